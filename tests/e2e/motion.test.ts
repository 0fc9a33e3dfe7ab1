/**
 * Camera motion: a step change glides the camera (data-camera goes "moving", then "idle"), and
 * with prefers-reduced-motion it cuts at once: "moving" never appears. Step animations (WCAG
 * 2.2.2): Pause stops them at once, Play goes on, and nothing moves on its own after 5 seconds.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { differingShare, newAppPage, NO_PROBLEMS, problemsOf, VIEW, viewShot, waitForView, useBrowser } from './harness'

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

  it('pauses a step animation at once, plays it on, and nothing moves after 5 seconds', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    const { page } = app
    const button = (name: string) => page.getByRole('button', { name, exact: true })
    const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    /** Share of the view's pixels that change over `ms` milliseconds. */
    const changeOver = async (ms: number) => {
      await settle()
      const before = await viewShot(page)
      await page.waitForTimeout(ms)
      await settle()
      return differingShare(before, await viewShot(page))
    }
    try {
      // Reduction: the femur swings back into the socket, a large motion across the view.
      await app.open('?step=reduction')
      await waitForView(page, 'reduction')
      await button(en.ui.replayAnimation).click()
      await button(en.ui.pauseAnimation).click()
      await button(en.ui.playAnimation).waitFor()
      // The view draws at a lower resolution while things move and sharpens once they stop
      // (AdaptiveDpr, 250 ms debounce): let that one change pass before looking for motion.
      await page.waitForTimeout(500)
      assert.ok((await changeOver(800)) < 0.001, 'paused: the view holds still')
      await button(en.ui.playAnimation).click()
      assert.ok((await changeOver(800)) > 0.005, 'playing: the animation goes on')
      // The step's animation lasts under 5 s (lib/scene-plan.ts caps it); after that, stillness.
      await page.waitForTimeout(5_000)
      assert.ok((await changeOver(1_000)) < 0.001, 'nothing moves on its own after 5 s')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
