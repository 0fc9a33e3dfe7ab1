/**
 * Embedding, in the production build: a clinic's page on ANOTHER origin frames the app with
 * `?step=incision&embed=1&lang=es`, drives it through the postMessage API and hears its events;
 * a sibling frame's goto and malformed messages are ignored; `text=0` leaves the 3D view alone;
 * the frame has no site chrome and links to the full app; nothing in the frame errs or leaves the
 * app's origin. Then the Share dialog: the link, its QR code (an SVG), the snippet with embed=1.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Frame, Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { es } from '../../src/content/i18n/es'
import { startClinicHost, type ClinicHost } from './clinic-host'
import { DESKTOP, NO_PROBLEMS, PHONE, newAppPage, saveScreenshot, useBrowser, type Problems } from './harness'

const rig = useBrowser()
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** axe's WCAG 2.2 AA violations, as "rule: target" lines (empty when clean). */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA)
  if (include) builder.include(include)
  const { violations } = await builder.analyze()
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
}

let host: ClinicHost

before(async () => {
  host = await startClinicHost()
})

after(async () => {
  await host?.close()
})

interface StepEvent {
  type: string
  step: string
  audience: string
  lang: string
  ready: boolean
}

interface Framed {
  context: BrowserContext
  page: Page
  app: Frame
  problems: Problems
}

/**
 * Opens the clinic's page with the app framed at `search`. The watch is the harness's, but for
 * two origins: the clinic's own two files come from its origin; everything else must come from the
 * app's (the frame's requests are in the same context, so a CDN or an analytics call would show).
 */
async function openFramed(search: string, size: { w: number; h: number }): Promise<Framed> {
  const context = await rig.browser.newContext({ viewport: { width: size.w + 40, height: size.h + 80 } })
  const page = await context.newPage()
  const problems: Problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] }
  const hostFiles = host.files
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(`${msg.text()} @ ${msg.location().url}`)
  })
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)))
  context.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    const bare = url.split('?')[0]!
    if (hostFiles.has(bare)) return
    if (new URL(url).origin !== rig.server.origin) problems.foreignRequests.push(url)
  })
  const src = `${rig.server.appUrl}${search}`
  await page.goto(host.pageUrl(src, size))
  const app = await (await page.locator('#app').elementHandle())!.contentFrame()
  assert.ok(app, 'the app frame')
  await app.locator('.embed').waitFor({ timeout: 30_000 })
  return { context, page, app, problems }
}

const events = (page: Page): Promise<StepEvent[]> => page.evaluate(() => (window as unknown as { events: StepEvent[] }).events)

/** Waits until the app's frame has told its parent that this step is ready. */
async function heardReady(page: Page, step: string): Promise<StepEvent> {
  const handle = await page.waitForFunction(
    (id) => (window as unknown as { events: StepEvent[] }).events.find((e) => e.step === id && e.ready),
    step,
    { timeout: 90_000 },
  )
  return (await handle.jsonValue()) as StepEvent
}

describe('a clinic frames the app', () => {
  it('shows the step in Spanish with no site chrome, a link to the full app, and drives it through postMessage', async () => {
    const framed = await openFramed('?step=incision&embed=1&lang=es', { w: 800, h: 450 })
    const { page, app } = framed
    try {
      assert.notEqual(new URL(app.url()).origin, new URL(page.url()).origin, 'the app is on another origin than the clinic')

      // The first event names the link's step, register and language; then the view is ready.
      const first = (await page.waitForFunction(() => (window as unknown as { events: StepEvent[] }).events[0]))
      assert.deepEqual(await first.jsonValue(), { type: 'resurface:step', step: 'incision', audience: 'patient', lang: 'es', ready: false })
      assert.deepEqual(await heardReady(page, 'incision'), { type: 'resurface:step', step: 'incision', audience: 'patient', lang: 'es', ready: true })
      // (The view may go unready again for a moment, a label settling; the event stream says so too.)
      await app.locator('.viewport[data-step="incision"][data-ready="true"]').waitFor()

      // The step's text and position, in Spanish; no header, menu, footer note or page dialog.
      assert.equal(await app.locator('#step-title').textContent(), es.steps.incision.title)
      assert.match((await app.locator('.embed-position').textContent()) ?? '', /3/)
      assert.equal(await app.locator('.site-header, .guide-nav, .medical-note').count(), 0)
      assert.equal(await app.locator('dialog[open]').count(), 0)
      assert.equal(await app.locator('.embed-foot').getByText(es.share.learningOnly, { exact: true }).count(), 1)
      assert.equal(await app.locator('html').getAttribute('lang'), 'es-419')

      // "Open in Resurface": the full app at this step, language and register, in a new tab.
      const open = app.getByRole('link', { name: es.share.openInApp })
      assert.equal(await open.getAttribute('href'), `${rig.server.appUrl}?step=incision&audience=patient&lang=es`)
      assert.equal(await open.getAttribute('target'), '_blank')
      assert.equal(await open.getAttribute('rel'), 'noopener')

      await saveScreenshot('embed-800x450.png', await page.screenshot())
      const entries = await page.evaluate(() => history.length)

      // Not from the parent: a sibling frame of the clinic's page asks for another step.
      const sibling = page.frames().find((f) => f.url().endsWith('/clinic/sibling.html'))
      assert.ok(sibling, 'the sibling frame')
      await sibling.evaluate(() => {
        const target = (parent.document.getElementById('app') as HTMLIFrameElement).contentWindow
        target?.postMessage({ type: 'resurface:goto', step: 'closure' }, '*')
      })
      // Malformed, from the parent: wrong shapes and an unknown step.
      await page.evaluate(() => {
        const target = (document.getElementById('app') as HTMLIFrameElement).contentWindow!
        for (const message of ['resurface:goto', null, { type: 'resurface:goto' }, { type: 'resurface:goto', step: 'no-such-step' }, { type: 'resurface:goto', step: ['reduction'] }, { type: 'goto', step: 'reduction' }])
          target.postMessage(message, '*')
        // Then a good one, after the others: when its step arrives, the others have been handled.
        target.postMessage({ type: 'resurface:goto', step: 'guide-pin' }, '*')
      })
      assert.deepEqual(await heardReady(page, 'guide-pin'), { type: 'resurface:step', step: 'guide-pin', audience: 'patient', lang: 'es', ready: true })
      const steps = (await events(page)).map((e) => e.step)
      assert.ok(!steps.includes('closure'), `the sibling's goto was ignored: ${steps.join(', ')}`)
      assert.ok(!steps.includes('reduction'), 'the malformed gotos were ignored')
      assert.equal(await app.locator('#step-title').textContent(), es.steps['guide-pin'].title)
      // The frame's address follows, and stays embedded (a reload inside the frame stays a frame),
      // without adding entries to the host page's history (Back there leaves the clinic's page).
      assert.deepEqual(Object.fromEntries(new URL(app.url()).searchParams), { step: 'guide-pin', audience: 'patient', lang: 'es', embed: '1' })
      assert.equal(await page.evaluate(() => history.length), entries)

      // The frame's own Next moves on, and says so.
      await app.getByRole('button', { name: es.ui.nextStep, exact: true }).click()
      assert.equal((await heardReady(page, 'sleeve-reaming')).step, 'sleeve-reaming')
      assert.equal(await page.evaluate(() => history.length), entries, 'Next adds no entry to the host page history')
      assert.equal(await app.getByRole('link', { name: es.share.openInApp }).getAttribute('href'), `${rig.server.appUrl}?step=sleeve-reaming&audience=patient&lang=es`)

      assert.deepEqual(framed.problems, NO_PROBLEMS)
    } finally {
      await framed.context.close()
    }
  })

  it('text=0 shows the 3D view alone, with the step buttons and the link; both sizes fit their frame', async () => {
    const bare = await openFramed('?step=incision&embed=1&text=0', { w: 480, h: 640 })
    try {
      await heardReady(bare.page, 'incision')
      assert.equal(await bare.app.locator('#step-title, .embed-text, .step-text').count(), 0)
      assert.equal(await bare.app.locator('.viewport').count(), 1)
      assert.equal(await bare.app.getByRole('button', { name: en.ui.nextStep, exact: true }).count(), 1)
      assert.equal(await bare.app.getByRole('link', { name: en.share.openInApp }).count(), 1)
      assert.equal(new URL(bare.app.url()).searchParams.get('text'), '0')
      await saveScreenshot('embed-480x640-text0.png', await bare.page.screenshot())
      assert.deepEqual(bare.problems, NO_PROBLEMS)
    } finally {
      await bare.context.close()
    }

    for (const size of [{ w: 480, h: 640 }, { w: 800, h: 450 }]) {
      const framed = await openFramed('?step=cup-impaction&embed=1', size)
      try {
        await heardReady(framed.page, 'cup-impaction')
        // Nothing spills out of the frame: the document is exactly the frame's size, and the bar is in view.
        const fit = await framed.app.evaluate(() => {
          const bar = document.querySelector('.embed-bar')!.getBoundingClientRect()
          const view = document.querySelector('.viewport')!.getBoundingClientRect()
          return { scrollH: document.documentElement.scrollHeight, innerH: innerHeight, scrollW: document.documentElement.scrollWidth, innerW: innerWidth, barBottom: bar.bottom, viewH: view.height }
        })
        assert.ok(fit.scrollH <= fit.innerH && fit.scrollW <= fit.innerW, `fits ${size.w}x${size.h}: ${JSON.stringify(fit)}`)
        assert.ok(fit.barBottom <= fit.innerH, 'the step buttons are in view')
        assert.ok(fit.viewH >= 150, `the 3D view keeps room: ${fit.viewH}px`)
        await saveScreenshot(`embed-${size.w}x${size.h}.png`, await framed.page.screenshot())
        assert.deepEqual(framed.problems, NO_PROBLEMS)
      } finally {
        await framed.context.close()
      }
    }
  })
})

describe('the embedded view on its own', () => {
  it('has no WCAG 2.2 AA violation, with and without its text, in Spanish', async () => {
    const app = await newAppPage(rig.browser, rig.server, { viewport: { width: 480, height: 640 } })
    try {
      for (const search of ['?step=incision&embed=1&lang=es', '?step=guide-pin&embed=1&text=0&audience=student']) {
        await app.page.goto(`${rig.server.appUrl}${search}`)
        await app.page.locator('.embed .viewport[data-ready="true"]').waitFor({ timeout: 90_000 })
        assert.deepEqual(await axeViolations(app.page), [], search)
      }
      assert.deepEqual(app.problems, NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

describe('the Share dialog', () => {
  for (const [name, viewport] of [['desktop', { ...DESKTOP, height: 800 }], ['phone', PHONE]] as const) {
    it(`gives the step's link, its QR code and the embed snippet (${name})`, async () => {
      const app = await newAppPage(rig.browser, rig.server, { viewport })
      try {
        await app.open('?step=guide-pin&lang=es')
        const scripts: string[] = []
        app.page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(r.url())
        })
        assert.equal(await app.page.locator('.share-step-dialog').count(), 0)
        const button = app.page.getByRole('button', { name: es.share.shareLong, exact: true })
        // The step panel with its Share button: clean, and the button under the step's text.
        assert.deepEqual(await axeViolations(app.page, '.step-panel'), [])
        assert.equal(await app.page.locator('.step-text ~ .share-button').count(), 1)
        await button.click()
        const dialog = app.page.getByRole('dialog', { name: new RegExp(es.share.title) })
        await dialog.waitFor()
        assert.ok(scripts.length > 0, 'the dialog arrives as its own chunk, on the first open')

        const link = `${app.page.url().split('?')[0]}?step=guide-pin&audience=patient&lang=es`
        assert.equal(await dialog.locator('[data-share="link"]').textContent(), link)
        const qr = dialog.getByRole('img', { name: es.share.qrLabel.replace('{title}', es.steps['guide-pin'].title) })
        assert.equal(await qr.evaluate((el) => el.tagName.toLowerCase()), 'svg')
        assert.ok(Number(await qr.getAttribute('data-modules')) > 21)

        const snippet = (await dialog.locator('[data-share="snippet"]').textContent()) ?? ''
        // Read as HTML would read it (the app's Trusted Types policy keeps DOMParser out of the page).
        const tag = /^<iframe((?: [a-z]+="[^"<>]*")+)><\/iframe>$/.exec(snippet)
        assert.ok(tag, `one iframe element: ${snippet}`)
        const unescape = (v: string) => v.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')
        const frame = Object.fromEntries([...tag[1]!.matchAll(/ ([a-z]+)="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)]))
        assert.deepEqual(frame, {
          src: `${link}&embed=1`,
          title: `Resurface: ${es.steps['guide-pin'].title}`,
          width: '800',
          height: '600',
          allow: 'fullscreen',
          loading: 'lazy',
        })

        assert.deepEqual(await axeViolations(app.page, '.share-step-dialog'), [])

        await dialog.getByRole('button', { name: es.share.copyLink }).click()
        await dialog.getByRole('status').filter({ hasText: /\S/ }).waitFor()
        const said = await dialog.getByRole('status').textContent()
        assert.ok(said === es.share.linkCopied || said === es.share.copyByHand, said ?? '')

        // The whole dialog is on screen (it scrolls inside itself on a phone).
        const box = await dialog.boundingBox()
        assert.ok(box && box.x >= 0 && box.x + box.width <= viewport.width && box.y >= 0 && box.y + box.height <= viewport.height, JSON.stringify(box))
        await saveScreenshot(`share-dialog-${name}.png`, await app.page.screenshot())

        await app.page.keyboard.press('Escape')
        await dialog.waitFor({ state: 'detached' })
        assert.equal(await button.evaluate((el) => el === document.activeElement), true, 'focus back on Share')
        assert.deepEqual(app.problems, NO_PROBLEMS)
      } finally {
        await app.close()
      }
    })
  }
})
