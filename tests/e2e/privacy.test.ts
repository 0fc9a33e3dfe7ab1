/**
 * Private and safe: the production build carries a strict Content-Security-Policy that the
 * browser really enforces, the whole walkthrough runs under it without one violation, nothing
 * is requested from another origin, and nothing is stored but the user's own preferences,
 * once they add something to it, their consultation sheet, and the offline copy of the app's own files.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { STEP_IDS } from '../../src/content/steps-index'
import { PAGE_IDS } from '../../src/state/store'
import { PREFERENCES_KEY } from '../../src/state/preferences'
import { SHEET_KEY } from '../../src/features/decide/sheet'
import { QUIZ_RESULTS_KEY } from '../../src/features/quiz/results-store'
import { en } from '../../src/content/i18n/en'
import { CONTENT_SECURITY_POLICY } from '../../vite.config'
import type { Page } from 'playwright-core'
import { BASE_PATH, DIST, newAppPage, NO_PROBLEMS, problemsOf, useAppPage, waitForView } from './harness'

interface Violation {
  directive: string
  blocked: string
  source: string
}

declare global {
  interface Window {
    __cspViolations?: Violation[]
  }
}

/** Runs before the app's own scripts, in every document of the context. */
function recordViolations() {
  window.__cspViolations = []
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations?.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` })
  })
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? [])

describe('content security policy', () => {
  // Reduced motion: glides are cuts, so walking every step is quick; the policy is the same.
  // The service worker runs, as for a visitor: its registration and downloads are under the policy too.
  const rig = useAppPage({ reducedMotion: 'reduce', serviceWorkers: 'allow' })

  it('is written into the built page, before any script', async () => {
    const html = await readFile(join(DIST, 'index.html'), 'utf8')
    const meta = html.indexOf('http-equiv="Content-Security-Policy"')
    assert.ok(meta > 0, 'the built index.html has a CSP meta tag')
    assert.ok(meta < html.indexOf('<script'), 'the policy comes before the first script')
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in the page')
    assert.doesNotMatch(html, /<style|\sstyle="/, 'no inline style in the page')
    for (const directive of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "connect-src 'self'"]) {
      assert.ok(CONTENT_SECURITY_POLICY.includes(directive), `policy has ${directive}`)
    }
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|'unsafe-eval'|https?:|\*/, 'no inline, no eval, no other origin')
  })

  it('is enforced: eval, inline script, inline style and other origins are refused', async () => {
    // A page of its own: the refusals it provokes are logged as console errors.
    const probePage = await newAppPage(rig.browser, rig.server)
    const { context, page } = probePage
    await context.addInitScript(recordViolations)
    await probePage.open()
    const probe = await page.evaluate(async () => {
      // A string timer is compiled like eval, from the page's own task (DevTools' evaluate
      // itself is exempt from the page's policy, so a direct eval here would prove nothing).
      const probed = window as unknown as { __evalRan?: boolean; __inlineRan?: boolean }
      probed.__evalRan = false
      try {
        ;(setTimeout as unknown as (code: string, ms: number) => number)('window.__evalRan = true', 0)
      } catch {
        /* refused at once by require-trusted-types-for; without it, script-src refuses it */
      }
      const inline = document.createElement('script')
      probed.__inlineRan = false
      // a Trusted Types policy would refuse this assignment too; the script must not run either way
      try {
        inline.text = 'window.__inlineRan = true'
      } catch {
        /* refused by require-trusted-types-for */
      }
      document.body.append(inline)
      const style = document.createElement('style')
      style.textContent = 'body { outline: 7px solid rgb(1, 2, 3) }'
      document.head.append(style)
      const styled = getComputedStyle(document.body).outlineWidth === '7px'
      style.remove()
      inline.remove()
      let fetched = true
      try {
        await fetch('http://example.invalid/track')
      } catch {
        fetched = false
      }
      await new Promise((r) => setTimeout(r, 50))
      return { evalRan: probed.__evalRan, inlineRan: probed.__inlineRan, styled, fetched }
    })
    assert.deepEqual(probe, { evalRan: false, inlineRan: false, styled: false, fetched: false })
    const seen = new Set((await violations(page)).map((v) => v.directive))
    await probePage.close()
    // Trusted Types refuses the script text before script-src gets to; either is a refusal.
    for (const directives of [['require-trusted-types-for', 'script-src'], ['style-src-elem'], ['connect-src']]) {
      const reported = [...seen].some((d) => directives.some((directive) => d.startsWith(directive)))
      assert.ok(reported, `a ${directives.join(' or ')} violation was reported (saw ${[...seen].join(', ')})`)
    }
  })

  it('the whole walkthrough runs with no violation and no request to another origin', async () => {
    const { context, page } = rig.app
    await context.addInitScript(recordViolations)
    const requests: string[] = []
    context.on('request', (r) => requests.push(r.url()))
    await rig.app.open(`?step=${STEP_IDS[0]}`)
    await waitForView(page, STEP_IDS[0])
    for (const stepId of STEP_IDS.slice(1)) {
      await page.keyboard.press('ArrowRight')
      await waitForView(page, stepId)
    }
    for (const audience of ['student', 'patient']) {
      await page.getByRole('radio', { name: new RegExp(audience, 'i') }).first().click()
    }
    for (const pageId of PAGE_IDS) {
      await rig.app.open(`?step=${STEP_IDS[0]}&page=${pageId}`)
      await page.getByRole('dialog').waitFor()
    }
    assert.deepEqual(await violations(page), [], 'no CSP violation anywhere in the walkthrough')
    assert.ok(requests.some((u) => u.endsWith('.glb')), 'the models were loaded under the policy')
    const origins = new Set(requests.map((u) => new URL(u).origin))
    assert.deepEqual([...origins], [new URL(page.url()).origin], 'every request went to the page’s own origin')
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS)
  })

  it('stores nothing but the user’s own preferences: no cookies, no other storage', async () => {
    const { context, page } = rig.app
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).map((r) => (r.active ?? r.waiting ?? r.installing)?.scriptURL),
      cached: (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat(),
    }))
    assert.deepEqual(await context.cookies(), [])
    // The offline copy (src/features/offline): at most the app's own worker, and a cache of the
    // app's own files, each one a file of the build; nothing about the person.
    const appUrl = rig.server.appUrl
    const precache = /^workbox-precache-v2-/
    assert.ok(stored.workers.every((url) => url === `${appUrl}sw.js`), `only the app's worker: ${stored.workers.join(', ')}`)
    const notTheBuild = stored.cached.filter((url) => {
      const { origin, pathname } = new URL(url)
      return origin !== new URL(appUrl).origin || !pathname.startsWith(BASE_PATH) || !existsSync(join(DIST, pathname.slice(BASE_PATH.length)))
    })
    assert.deepEqual(notTheBuild, [], 'the cache holds files of the build only')
    assert.deepEqual(
      { ...stored, local: stored.local.filter((k) => k !== PREFERENCES_KEY && k !== QUIZ_RESULTS_KEY), caches: stored.caches.filter((name) => !precache.test(name)), workers: [], cached: [] },
      { cookie: '', local: [], session: [], databases: [], caches: [], workers: [], cached: [] },
    )
  })

  it('stores the consultation sheet under its own key only once the person adds to it, and nothing else', async () => {
    const { context, page } = rig.app
    await rig.app.open('?page=questions')
    const keys = () => page.evaluate(() => Object.keys(localStorage).sort())
    assert.deepEqual((await keys()).filter((k) => k !== PREFERENCES_KEY), [], 'visiting the questions page stores nothing')
    await page.getByRole('dialog').getByRole('checkbox', { name: new RegExp(en.sheet.addToSheet) }).first().check()
    assert.deepEqual((await keys()).filter((k) => k !== PREFERENCES_KEY), [SHEET_KEY])
    const sheet = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SHEET_KEY)) ?? 'null') as Record<string, unknown>
    assert.deepEqual(Object.keys(sheet).sort(), ['own', 'questions', 'values', 'version'], 'only the person’s own choices')
    assert.deepEqual(await context.cookies(), [])
    assert.deepEqual(
      await page.evaluate(() => ({ session: Object.keys(sessionStorage), cookie: document.cookie })),
      { session: [], cookie: '' },
    )
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS)
  })
})
