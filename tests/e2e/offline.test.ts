/**
 * Offline and installable (src/features/offline, vite.config.ts): the build's service worker
 * keeps every file of the app, so after one visit a link into the app works with no network,
 * in Spanish, with the 3D hip; a first visit that cannot get the models still shows the usual
 * error with Try again and claims no offline copy; a new version waits for the person's click
 * (never reloads a page by itself, says nothing in a teaching session's windows).
 *
 * These pages run the service worker (`serviceWorkers: 'allow'`); the harness blocks it elsewhere.
 */
import assert from 'node:assert/strict'
import AxeBuilder from '@axe-core/playwright'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { en } from '../../src/content/i18n/en'
import { es } from '../../src/content/i18n/es'
import { LANGUAGE_TAGS } from '../../src/content/i18n/languages'
import {
  DESKTOP,
  DIST,
  foregroundPixels,
  launchBrowser,
  NO_PROBLEMS,
  PHONE,
  problemsOf,
  saveScreenshot,
  startServer,
  VIEW,
  viewShot,
  waitForView,
  watch,
  type Problems,
  type StaticServer,
} from './harness'

/** The files the worker precaches, from the sw.js Workbox generated (`{url:"...",revision:...}`). */
const precachedIn = (sw: string): string[] => [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!)

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)))
}

/** Resolves once a worker controls the page and the offline copy is complete (the store says `ready`). */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.locator('.notice-region[data-offline="ready"]').waitFor({ state: 'attached', timeout: 90_000 })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })
}

const UPDATE_NOTICE = '.notice[data-notice="update"]'

/** Marks the page's current document, to tell later whether it was reloaded. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true))
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true)

let browser: Browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

describe('the offline copy', () => {
  let server: StaticServer
  before(async () => {
    server = await startServer()
  })
  after(async () => {
    await server?.close()
  })

  it('holds every file of the build; the worker and the manifest are served as such', async () => {
    const sw = await readFile(join(DIST, 'sw.js'), 'utf8')
    const precached = precachedIn(sw)
    assert.equal(new Set(precached).size, precached.length, 'no file is listed twice')
    // Everything but the worker's own code: a file left out (a new extension, one over the size limit) fails here.
    const files = (await filesOf(DIST)).filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f))
    assert.deepEqual([...precached].sort(), files.sort())
    for (const kind of ['index.html', '.glb', '.js', '.css', 'manifest.webmanifest', 'icons/maskable-512.png']) {
      assert.ok(precached.some((f) => f.endsWith(kind)), `precaches ${kind}`)
    }
    assert.match(sw, /createHandlerBoundToURL\("index.html"\)/, 'navigations fall back to the page')

    const worker = await fetch(`${server.appUrl}sw.js`)
    assert.match(worker.headers.get('content-type') ?? '', /^text\/javascript/)
    const manifestResponse = await fetch(`${server.appUrl}manifest.webmanifest`)
    assert.match(manifestResponse.headers.get('content-type') ?? '', /^application\/manifest\+json/)
    const manifest = (await manifestResponse.json()) as {
      name: string
      start_url: string
      scope: string
      display: string
      icons: { src: string; sizes: string; purpose: string }[]
    }
    assert.deepEqual({ name: manifest.name, start_url: manifest.start_url, scope: manifest.scope, display: manifest.display }, { name: 'Resurface', start_url: './', scope: './', display: 'standalone' })
    for (const purpose of ['any', 'maskable']) {
      for (const size of [192, 512]) {
        const icon = manifest.icons.find((i) => i.purpose === purpose && i.sizes === `${size}x${size}`)
        assert.ok(icon, `a ${purpose} icon of ${size} px`)
        const png = PNG.sync.read(await readFile(join(DIST, icon.src)))
        assert.deepEqual([png.width, png.height], [size, size], `${icon.src} is ${size} px`)
      }
    }
    const html = await readFile(join(DIST, 'index.html'), 'utf8')
    assert.match(html, /<link rel="manifest" href="\.\/manifest\.webmanifest">/)
    assert.doesNotMatch(html, /registerSW|serviceWorker/, 'no registration script in the page')
  })

  it('after one visit, a link into the app works with no network: Spanish text and the 3D hip', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'allow' })
    try {
      const first = await context.newPage()
      const problems = watch(context, first, server.origin)
      await first.goto(`${server.appUrl}?step=healthy-hip`)
      await waitForView(first, 'healthy-hip')
      await waitForOfflineCopy(first)
      // The worker's URL gets through Trusted Types by the app's policy only: a plain string is refused.
      const refused = await first.evaluate(() =>
        navigator.serviceWorker.register('./sw.js').then(
          () => 'registered',
          (error: unknown) => (error instanceof TypeError ? 'TypeError' : String(error)),
        ),
      )
      assert.equal(refused, 'TypeError', 'registering a plain URL string is refused by require-trusted-types-for')

      await context.setOffline(true)
      // the network really is gone: a file that is not in the copy cannot be had
      const outside = await first.evaluate(() => fetch('./not-in-the-build.txt').then(() => 'fetched', () => 'failed'))
      assert.equal(outside, 'failed')

      const page = await context.newPage()
      const pageProblems = watch(context, page, server.origin)
      await page.goto(`${server.appUrl}?step=guide-pin&lang=es`)
      await page.locator('#step-title', { hasText: es.steps['guide-pin'].title }).waitFor()
      // the Spanish pack (a chunk of its own) came from the copy: the page is in Spanish, no notice of a failed pack
      assert.equal(await page.evaluate(() => document.documentElement.lang), LANGUAGE_TAGS.es)
      assert.equal(await page.locator('[data-notice="language-failed"]').count(), 0)
      await waitForView(page, 'guide-pin')
      const shot = await viewShot(page)
      const { count, total } = foregroundPixels(shot)
      assert.ok(count / total > 0.05, `the hip is drawn offline (${count} of ${total} pixels)`)
      await saveScreenshot('offline-guide-pin-es.png', await page.screenshot())

      // The first page's expected noise: the refused plain URL and the file that is not in the copy.
      const offlineNoise = { console: /requires 'TrustedScriptURL' assignment|not-in-the-build\.txt|ERR_INTERNET_DISCONNECTED/ }
      assert.deepEqual(problemsOf(problems, offlineNoise), NO_PROBLEMS)
      assert.deepEqual(problemsOf(pageProblems), NO_PROBLEMS)
    } finally {
      await context.close()
    }
  })

  it('on a phone, the welcome page is read with no 3D behind it, the copy made meanwhile; Start opens the view', async () => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, serviceWorkers: 'allow' })
    try {
      const page = await context.newPage()
      const problems = watch(context, page, server.origin)
      await page.goto(server.appUrl)
      const dialog = page.getByRole('dialog')
      await dialog.waitFor()
      assert.equal(await dialog.getAttribute('data-page'), 'welcome')
      // The copy starts only after the page has loaded and the view has been considered: once it
      // is complete, a view that was going to start would long have done so.
      await waitForOfflineCopy(page)
      assert.equal(await page.locator('canvas').count(), 0, 'no 3D view behind the welcome page')
      const pageModelFetches = () =>
        page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.glb')).length)
      assert.equal(await pageModelFetches(), 0, 'the page fetched no model (the worker did, for the copy)')

      await dialog.getByRole('button', { name: en.pages.welcome.start }).last().click()
      await dialog.waitFor({ state: 'hidden' })
      await waitForView(page, 'healthy-hip')
      assert.ok((await pageModelFetches()) > 0, 'the view loaded its model once the page closed')
      const { count, total } = foregroundPixels(await viewShot(page))
      assert.ok(count / total > 0.05, `the hip is drawn (${count} of ${total} pixels)`)
      assert.deepEqual(problemsOf(problems), NO_PROBLEMS)
    } finally {
      await context.close()
    }
  })

  it('a first visit that cannot get the models shows the error with Try again, and claims no copy', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'allow' })
    try {
      // No network for the models, for the page and for the worker's download alike.
      await context.route('**/*.glb', (route) => route.abort('internetdisconnected'))
      const page = await context.newPage()
      const problems = watch(context, page, server.origin)
      await page.goto(`${server.appUrl}?step=guide-pin`)
      const panel = page.locator(`${VIEW} [role="alert"]`)
      await panel.waitFor({ timeout: 60_000 })
      assert.match((await panel.textContent()) ?? '', new RegExp(en.ui.viewportErrorTitle))
      // The worker tried to store the app and could not: its install ended without an active worker.
      await page.waitForFunction(
        async () => {
          const registration = await navigator.serviceWorker.getRegistration()
          return registration !== undefined && !registration.installing && !registration.waiting
        },
        undefined,
        { timeout: 60_000, polling: 250 },
      )
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active ?? null), null)
      assert.notEqual(await page.locator('.notice-region[data-offline]').getAttribute('data-offline'), 'ready', 'no claim to work offline')
      assert.equal(await page.getByText(en.offline.offlineReady).count(), 0)
      // the network is back: Try again recovers
      await context.unroute('**/*.glb')
      await panel.getByRole('button', { name: en.ui.viewportRetry }).click()
      await waitForView(page, 'guide-pin')
      assert.deepEqual(problemsOf(problems, { console: /\.glb|ERR_INTERNET_DISCONNECTED|Failed to load resource/ }), NO_PROBLEMS)
    } finally {
      await context.close()
    }
  })
})

describe('a new version', () => {
  let folder: string
  let server: StaticServer
  let context: BrowserContext
  const watched: Problems[] = []
  before(async () => {
    // A copy of the build that this test turns into the next version while the pages are open.
    folder = await mkdtemp(join(tmpdir(), 'resurface-update-'))
    await cp(DIST, folder, { recursive: true })
    server = await startServer(folder)
    context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'allow' })
  })
  after(async () => {
    await context?.close()
    await server?.close()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  const open = async (search: string): Promise<Page> => {
    const page = await context.newPage()
    watched.push(watch(context, page, server.origin))
    await page.goto(`${server.appUrl}${search}`)
    await page.locator('#step-title, .presenter').first().waitFor()
    return page
  }
  const version = (page: Page) => page.evaluate(() => document.querySelector('meta[name="resurface-test-version"]')?.getAttribute('content') ?? 'first')

  /**
   * Publishes the next version: a changed page (a marker in its head) and the worker that lists
   * it with its new revision, as a new build would. The worker's bytes change, so the browser
   * installs it on the next check.
   */
  async function publishNextVersion(): Promise<void> {
    const htmlFile = join(folder, 'index.html')
    const html = await readFile(htmlFile, 'utf8')
    await writeFile(htmlFile, html.replace('<meta charset="UTF-8" />', '<meta charset="UTF-8" />\n    <meta name="resurface-test-version" content="second" />'))
    const swFile = join(folder, 'sw.js')
    const sw = await readFile(swFile, 'utf8')
    const next = sw.replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, '{url:"index.html",revision:"next-version"}')
    assert.notEqual(next, sw, 'the worker lists index.html with a revision')
    await writeFile(swFile, next)
  }

  it('waits for the person: a notice on desktop and phone, none in a teaching window, and only a click reloads', async () => {
    const page = await open('?step=incision')
    await waitForView(page, 'incision')
    await waitForOfflineCopy(page)
    assert.equal(await page.locator(UPDATE_NOTICE).count(), 0, 'no notice while nothing is new')

    await publishNextVersion()
    // Another visit checks for a new worker (browsers do on every navigation): it installs and waits.
    const other = await open('?step=guide-pin')
    await other.locator(UPDATE_NOTICE).waitFor({ timeout: 90_000 })
    const presenter = await open('?view=presenter&step=guide-pin')
    await page.reload()
    await page.locator(UPDATE_NOTICE).waitFor({ timeout: 60_000 })
    for (const p of [page, other, presenter]) await markDocument(p)

    const notice = page.locator(UPDATE_NOTICE)
    assert.match((await notice.textContent()) ?? '', new RegExp(en.offline.updateAvailable))
    assert.equal(await version(page), 'first', 'the page still runs the version it opened with')
    // the notice passes WCAG 2.2 AA (contrast, names of its two buttons)
    const axe = await new AxeBuilder({ page }).include('.notice[data-notice="update"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), [])
    await waitForView(page, 'incision')
    await saveScreenshot('offline-update-desktop.png', await page.screenshot())
    await page.setViewportSize(PHONE)
    await waitForView(page, 'incision')
    await saveScreenshot('offline-update-phone.png', await page.screenshot())
    await page.setViewportSize(DESKTOP)
    // a teaching session's window says nothing (a reload there would break the lecture)
    assert.equal(await presenter.getByText(en.offline.updateAvailable).count(), 0)

    // Not now: the notice goes, the page stays as it is
    await other.locator(UPDATE_NOTICE).getByRole('button', { name: en.offline.dismissUpdate }).click()
    await other.locator(UPDATE_NOTICE).waitFor({ state: 'detached' })
    assert.equal(await sameDocument(other), true)

    // Use it now: this page reloads into the new version
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: en.offline.useUpdate }).click()])
    await page.locator('#step-title').waitFor()
    assert.equal(await version(page), 'second', 'the reload shows the new version')
    assert.equal(new URL(page.url()).searchParams.get('step'), 'incision', 'at the same step')
    await waitForView(page, 'incision')
    assert.equal(await page.locator(UPDATE_NOTICE).count(), 0)

    // The other pages were switched to the new worker but not reloaded: the walkthrough offers the
    // reload again (its code is the old one), the presenter's window says nothing.
    await other.locator(UPDATE_NOTICE).waitFor({ timeout: 30_000 })
    assert.equal(await sameDocument(other), true, 'the other tab was not reloaded')
    assert.equal(await sameDocument(presenter), true, "the presenter's window was not reloaded")
    assert.equal(await presenter.getByText(en.offline.updateAvailable).count(), 0)
    await Promise.all([other.waitForEvent('load'), other.locator(UPDATE_NOTICE).getByRole('button', { name: en.offline.useUpdate }).click()])
    await other.locator('#step-title').waitFor()
    assert.equal(await version(other), 'second')

    for (const problems of watched) assert.deepEqual(problemsOf(problems), NO_PROBLEMS)
  })
})
