/**
 * The teaching session's measures (issue: teach): how long the projector takes to draw the step
 * the presenter moved to, and what a pick (touching a structure) and the labels' occlusion
 * check cost. model-viewer has neither, so these rows have no peer column.
 *
 * - Sync delay: presenter and audience windows in one browser context, as on a lecturer's laptop.
 *   The presenter's step change is a real keydown on its window (page clock at dispatch); the
 *   audience notes when its view says it shows the new step and then two animation frames have
 *   run (the frame with the new step has been drawn). Both clocks are `timeOrigin + now`, on one
 *   machine. Each sample waits for the audience to come to rest before the next.
 * - Pick and occlusion: the app's own performance measures (`resurface:pick`,
 *   `resurface:occlusion`, see src/scene/raycast.ts), once the accelerated raycaster has loaded.
 */
import type { Browser, Page } from 'playwright-core'
import { STEP_IDS } from '../../src/content/steps-index'
import { waitForView } from '../../tests/e2e/harness'
import { median } from './table'

export interface TeachingResult {
  syncMs: number[]
  pickMs: number[]
  occlusionMs: number[]
}

const SYNC_STEPS = ['healthy-hip', 'arthritic-hip', 'incision', 'exposure', 'capsule-dislocation', 'femoral-sizing', 'acetabular-reaming', 'cup-impaction', 'guide-pin', 'sleeve-reaming', 'head-shaping'] as const
const PICK_STEPS = ['healthy-hip', 'exposure', 'cup-impaction', 'head-shaping', 'cap-cementing'] as const

/** tsx keeps function names with a `__name` helper the page does not have: give it a no-op one. */
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn'

/** The moment (ms since the epoch, page clock) the audience's view had drawn `stepId`. */
const whenDrawn = (audience: Page, stepId: string) =>
  audience.evaluate(
    (stepId) =>
      new Promise<number>((done) => {
        const view = document.querySelector<HTMLElement>('.viewport')
        if (!view) throw new Error('no 3D view in the audience window')
        const drawn = () => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.timeOrigin + performance.now())))
        if (view.dataset.step === stepId) return drawn()
        const watch = new MutationObserver(() => {
          if (view.dataset.step !== stepId) return
          watch.disconnect()
          drawn()
        })
        watch.observe(view, { attributes: true, attributeFilter: ['data-step'] })
      }),
    stepId,
  )

async function syncDelays(browser: Browser, appUrl: string, samples: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  await context.addInitScript(KEEP_NAMES_SHIM)
  try {
    const presenter = await context.newPage()
    await presenter.goto(`${appUrl}?step=${SYNC_STEPS[0]}&audience=student&view=presenter`)
    await waitForView(presenter, SYNC_STEPS[0])
    const audience = await context.newPage()
    await audience.goto(`${appUrl}?step=${SYNC_STEPS[0]}&view=audience`)
    await waitForView(audience, SYNC_STEPS[0])
    // The projector's window is the one in front, as in a lecture; the presenter's store still drives it.
    await audience.bringToFront()
    const delays: number[] = []
    for (let i = 1; i <= samples; i++) {
      const stepId = SYNC_STEPS[i]
      if (!stepId) break
      const drawn = whenDrawn(audience, stepId)
      const sent = await presenter.evaluate(() => {
        const at = performance.timeOrigin + performance.now()
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
        return at
      })
      delays.push((await drawn) - sent)
      await waitForView(audience, stepId)
    }
    return delays
  } finally {
    await context.close()
  }
}

/** Durations of the app's own measures of a name, made with the accelerated raycaster (their detail says so). */
const measures = (page: Page, name: string) =>
  page.evaluate(
    (name) =>
      performance
        .getEntriesByName(name, 'measure')
        .filter((e) => (e as PerformanceMeasure).detail?.accelerated === true)
        .map((e) => e.duration),
    name,
  )

/**
 * One page walks every step (Next step; no reloads, so the accelerated raycaster loaded after
 * the first frame serves them all). At some steps it clicks each shown label's point and closes
 * the name again. Every occlusion check and pick made with the accelerated raycaster counts.
 */
async function pickCosts(browser: Browser, appUrl: string): Promise<{ pickMs: number[]; occlusionMs: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  await context.addInitScript(KEEP_NAMES_SHIM)
  try {
    const page = await context.newPage()
    await page.goto(`${appUrl}?step=${STEP_IDS[0]}&audience=student`)
    await waitForView(page, STEP_IDS[0])
    for (const [i, stepId] of STEP_IDS.entries()) {
      if (i > 0) {
        // A click on the model gives the 3D view the keyboard (arrows turn it there): the button moves on.
        await page.locator('.step-buttons button').last().click()
        await waitForView(page, stepId)
      }
      if (!(PICK_STEPS as readonly string[]).includes(stepId)) continue
      const dots = await page.locator('.scene-labels__dot[visibility="visible"]').evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect()
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
        }),
      )
      for (const { x, y } of dots) {
        await page.mouse.click(x, y)
        await page.keyboard.press('Escape')
      }
    }
    return { pickMs: await measures(page, 'resurface:pick'), occlusionMs: await measures(page, 'resurface:occlusion') }
  } finally {
    await context.close()
  }
}

export async function measureTeaching(browser: Browser, appUrl: string, samples = 10): Promise<TeachingResult> {
  const syncMs = await syncDelays(browser, appUrl, samples)
  const { pickMs, occlusionMs } = await pickCosts(browser, appUrl)
  return { syncMs, pickMs, occlusionMs }
}

export const summary = (xs: number[]) => ({ median: median(xs), worst: xs.length ? Math.max(...xs) : Number.NaN, n: xs.length })
