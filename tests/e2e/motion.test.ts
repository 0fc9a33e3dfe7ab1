/**
 * Camera motion: a step change glides the camera (data-camera goes "moving", then "idle"), and
 * with prefers-reduced-motion it cuts at once: "moving" never appears.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { newAppPage, NO_PROBLEMS, problemsOf, VIEW, waitForView, useBrowser } from './harness'

const rig = useBrowser()

/** Records every value data-camera takes from now on. */
async function recordCamera(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate((selector) => {
    const view = document.querySelector(selector)
    const seen: string[] = []
    ;(window as unknown as { cameraStates: string[] }).cameraStates = seen
    if (!view) throw new Error('no 3D view')
    new MutationObserver(() => seen.push(view.getAttribute('data-camera') ?? '')).observe(view, {
      attributes: true,
      attributeFilter: ['data-camera'],
    })
  }, VIEW)
  return () => page.evaluate(() => (window as unknown as { cameraStates: string[] }).cameraStates)
}

describe('camera motion', () => {
  it('glides to the next step by default', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    try {
      await app.open('?step=healthy-hip')
      await waitForView(app.page, 'healthy-hip')
      const states = await recordCamera(app.page)
      await app.page.keyboard.press('ArrowRight')
      await waitForView(app.page, 'arthritic-hip')
      assert.ok((await states()).includes('moving'), 'the camera moved before coming to rest')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('cuts straight to the next step when the user prefers reduced motion', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=healthy-hip')
      await waitForView(app.page, 'healthy-hip')
      const states = await recordCamera(app.page)
      for (const id of ['arthritic-hip', 'incision'] as const) {
        await app.page.keyboard.press('ArrowRight')
        await waitForView(app.page, id)
      }
      assert.deepEqual((await states()).filter((s) => s === 'moving'), [], 'the camera never glides')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
