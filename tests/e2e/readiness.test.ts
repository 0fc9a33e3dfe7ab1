/**
 * The 3D view's one readiness signal (src/scene/readiness.ts): `data-ready` on `.viewport`.
 * A watcher installed before the app's own script records every change of it; at each moment
 * it turns "true" the watcher notes what the view showed then (step, camera, models, the
 * canvas's frame and its size, the labels' state), so the tests check the rule held at that
 * moment, not some time later.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { STILL_DPR } from '../../src/lib/render-quality'
import { launchBrowser, newAppPage, NO_PROBLEMS, problemsOf, SHOWN_LABEL, startServer, VIEW, type StaticServer } from './harness'

/** What the view showed when data-ready changed (or the step did), recorded in the page. */
interface Moment {
  attribute: 'data-ready' | 'data-step'
  ready: string | null
  step: string | null
  camera: string | null
  models: string | null
  status: string | null
  quality: string | null
  labels: string | null
  /** The drawing buffer's width over the canvas's CSS width: STILL_DPR x devicePixelRatio for the sharp frame. */
  bufferScale: number | null
  shownLabels: number
}

/** A plain string (no compiled functions), run before the app's script in every page of the context. */
const WATCH_READINESS = `(() => {
  window.__readiness = [];
  const note = (view, attribute) => {
    const canvas = view.querySelector('canvas');
    const labels = view.querySelector('.scene-labels');
    window.__readiness.push({
      attribute,
      ready: view.getAttribute('data-ready'),
      step: view.getAttribute('data-step'),
      camera: view.getAttribute('data-camera'),
      models: view.getAttribute('data-models'),
      status: view.getAttribute('data-status'),
      quality: canvas ? canvas.getAttribute('data-quality') : null,
      labels: labels ? labels.getAttribute('data-state') : null,
      bufferScale: canvas && canvas.clientWidth ? canvas.width / canvas.clientWidth : null,
      shownLabels: view.querySelectorAll('${SHOWN_LABEL}').length,
    });
  };
  new MutationObserver((records) => {
    for (const r of records) {
      const view = r.target;
      if (view.classList && view.classList.contains('viewport')) note(view, r.attributeName);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-step'] });
})()`

const moments = (page: Page) => page.evaluate('window.__readiness') as Promise<Moment[]>
const readyAt = (page: Page, stepId: string) => page.locator(`${VIEW}[data-step="${stepId}"][data-ready="true"]`).waitFor({ timeout: 60_000 })

/** Every moment the view said "ready", it was: the rule's parts, seen in the page at that moment. */
function assertReadyMomentsHold(all: Moment[], dpr: number): void {
  const ready = all.filter((m) => m.attribute === 'data-ready' && m.ready === 'true')
  assert.ok(ready.length > 0, 'the view said it was ready at least once')
  for (const m of ready) {
    assert.equal(m.camera, 'idle', `camera at rest when ready: ${JSON.stringify(m)}`)
    assert.equal(m.models, 'complete', `every file in when ready: ${JSON.stringify(m)}`)
    assert.equal(m.status, 'ready', JSON.stringify(m))
    assert.equal(m.quality, 'still', `the sharp frame drawn when ready: ${JSON.stringify(m)}`)
    assert.ok(m.bufferScale !== null && Math.abs(m.bufferScale - STILL_DPR * dpr) < 0.05, `drawn at the still resolution: ${JSON.stringify(m)}`)
    assert.equal(m.labels, 'settled', `labels placed when ready: ${JSON.stringify(m)}`)
  }
}

let server: StaticServer
before(async () => {
  server = await startServer()
})
after(async () => {
  await server?.close()
})

describe('data-ready with WebGL', () => {
  let browser: Browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })

  it('is false until the models are in and the still frame is drawn, false at once on a step change, true again only with the labels placed', async () => {
    const app = await newAppPage(browser, server, { deviceScaleFactor: 1 })
    try {
      await app.context.addInitScript(WATCH_READINESS)
      await app.open('?step=healthy-hip&audience=student')
      await readyAt(app.page, 'healthy-hip')
      const opening = await moments(app.page)
      assert.equal(opening[0]?.ready, 'false', 'the view starts out not ready')

      // Forward with the button (a glide), and with the step list's End (a long glide).
      await app.page.getByRole('button', { name: 'Next step', exact: true }).click()
      await readyAt(app.page, 'arthritic-hip')
      assert.ok((await app.page.locator(SHOWN_LABEL).count()) > 0, 'the labels of the new step are shown')
      await app.page.keyboard.press('End')
      await readyAt(app.page, 'recovery')

      const all = await moments(app.page)
      assertReadyMomentsHold(all, 1)
      // A new step is never shown as ready: at the step change data-ready is already "false".
      const stepChanges = all.filter((m) => m.attribute === 'data-step')
      assert.deepEqual(stepChanges.map((m) => m.step), ['arthritic-hip', 'recovery'])
      for (const m of stepChanges) assert.equal(m.ready, 'false', `not ready the moment the step changed: ${JSON.stringify(m)}`)
      // Each ready moment shows the labels of its own step, placed (these steps have labels in view).
      const readySteps = all.filter((m) => m.attribute === 'data-ready' && m.ready === 'true')
      assert.deepEqual([...new Set(readySteps.map((m) => m.step))], ['healthy-hip', 'arthritic-hip', 'recovery'])
      for (const m of readySteps) assert.ok(m.shownLabels > 0, `labels shown when ready: ${JSON.stringify(m)}`)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('is false after a failed model load, and Try again brings it back', async () => {
    const app = await newAppPage(browser, server, { deviceScaleFactor: 1 })
    try {
      await app.context.addInitScript(WATCH_READINESS)
      await app.page.route('**/*.glb', (route) => route.abort('failed'))
      await app.open('?step=exposure')
      const panel = app.page.locator(`${VIEW} [role="alert"]`)
      await panel.waitFor({ timeout: 60_000 })
      assert.equal(await app.page.locator(VIEW).getAttribute('data-ready'), 'false')
      assert.equal((await moments(app.page)).filter((m) => m.ready === 'true').length, 0, 'never ready while a file is missing')
      await app.page.unroute('**/*.glb')
      await panel.getByRole('button', { name: en.ui.viewportRetry }).click()
      await readyAt(app.page, 'exposure')
      assert.equal(await panel.count(), 0, 'the error panel is gone')
      assertReadyMomentsHold(await moments(app.page), 1)
      assert.deepEqual(problemsOf(app.problems, { console: /Failed to load resource|ERR_FAILED|\.glb/ }), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

describe('data-ready without WebGL', () => {
  let browser: Browser
  before(async () => {
    browser = await launchBrowser({ webgl: false })
  })
  after(async () => {
    await browser?.close()
  })

  it('never claims ready, and the page says there is no 3D view', async () => {
    const app = await newAppPage(browser, server)
    try {
      await app.context.addInitScript(WATCH_READINESS)
      await app.open('?step=incision')
      await app.page.locator(`${VIEW}[data-status="no-webgl"][data-ready="false"]`).waitFor()
      await app.page.getByText(en.ui.viewportNoWebGLTitle).waitFor()
      await app.page.getByRole('button', { name: 'Next step', exact: true }).click()
      await app.page.locator(`${VIEW}[data-step="exposure"]`).waitFor()
      // Long enough for a page that could draw to have said so (the view takes under a second here).
      await app.page.waitForLoadState('networkidle')
      assert.equal(await app.page.locator(VIEW).getAttribute('data-ready'), 'false')
      assert.equal((await moments(app.page)).filter((m) => m.ready === 'true').length, 0)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
