/**
 * Labels after the camera comes to rest (issue 14): for every step, how long after the glide
 * into it ends the step's labels are placed. model-viewer has no such labels: no peer column.
 *
 * One page in the student register at 1280x720 walks the steps with Next step (a glide into
 * each), then Home back to the first step (a glide into it), so every step is reached by a
 * glide once (two steps keep the pose of the one before: their camera is at rest from the step
 * change). Before each key press an observer in the page (page clock, MutationObserver) waits
 * for the view to show the new step with data-camera "idle" after any glide, and from that
 * moment for the labels' `.scene-labels[data-state]` to turn "settled" (every label's
 * occlusion checked with the camera at rest, and placed); it notes data-ready="true" too. Each
 * sample waits for the view to be fully ready before the next key press.
 */
import type { Browser, Page } from 'playwright-core'
import { STEP_IDS } from '../../src/content/steps-index'
import { steps } from '../../src/content/steps'
import { VIEW, waitForView } from '../../tests/e2e/harness'
import { newBenchPage } from './bench-page'
import { median } from './table'

export interface LabelsSample {
  stepId: string
  /** The step has an animation of its own (an instrument, an implant, the femur): the still frame waits for its end. */
  animated: boolean
  /** data-camera back to "idle" to the labels' data-state "settled". */
  settledMs: number
  /** data-camera back to "idle" to data-ready="true" (the whole view ready). */
  readyMs: number
}

export interface LabelsResult {
  samples: LabelsSample[]
}

const TIMEOUT_MS = 60_000

/**
 * Installed before the key press: resolves once the camera has come to rest on `stepId` and
 * the labels have settled and the view has said it is ready. The camera comes to rest at the
 * end of the glide into the step, or at the step change itself where the step keeps the pose
 * of the one before (no glide).
 */
async function armRestWatch(page: Page, stepId: string): Promise<void> {
  await page.evaluate(
    ({ selector, stepId, timeout }) => {
      const view = document.querySelector(selector)
      if (!view) throw new Error('no 3D view')
      const w = window as unknown as { __rest?: Promise<{ settledMs: number; readyMs: number }> }
      w.__rest = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the camera did not come to rest on ${stepId} with its labels placed`)), timeout)
        let restAt: number | null = null
        let settledAt: number | null = null
        let readyAt: number | null = null
        // The labels' state still says "settled" for the step before until the first frame of
        // the new one: only a "settled" after a "pending" on this step counts. The two can come
        // in one task (a step that keeps its pose is checked in its first frames), so the
        // records' old values say whether it was pending, not a read of the attribute.
        let pendingSeen = false
        const check = () => {
          const now = performance.now()
          if (view.getAttribute('data-step') !== stepId) return
          const labels = view.querySelector('.scene-labels')?.getAttribute('data-state')
          if (view.getAttribute('data-camera') === 'moving') {
            restAt = settledAt = readyAt = null
            return
          }
          restAt ??= now
          if (settledAt === null && pendingSeen && labels === 'settled') settledAt = now
          if (readyAt === null && view.getAttribute('data-ready') === 'true') readyAt = now
          if (settledAt !== null && readyAt !== null) {
            observer.disconnect()
            clearTimeout(timer)
            resolve({ settledMs: settledAt - restAt, readyMs: readyAt - restAt })
          }
        }
        const observer = new MutationObserver((records) => {
          if (view.getAttribute('data-step') === stepId)
            for (const r of records) if (r.attributeName === 'data-state' && (r.oldValue === 'pending' || (r.target as Element).getAttribute('data-state') === 'pending')) pendingSeen = true
          check()
        })
        observer.observe(view, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-step', 'data-camera', 'data-state', 'data-ready'] })
      })
    },
    { selector: VIEW, stepId, timeout: TIMEOUT_MS },
  )
}

async function glideTo(page: Page, key: 'ArrowRight' | 'Home', stepId: string): Promise<LabelsSample> {
  await armRestWatch(page, stepId)
  await page.keyboard.press(key)
  const rest = await page.evaluate(() => (window as unknown as { __rest: Promise<{ settledMs: number; readyMs: number }> }).__rest)
  await waitForView(page, stepId)
  const animated = steps.find((s) => s.id === stepId)?.motion.kind !== 'none'
  return { stepId, animated, ...rest }
}

export async function measureLabels(browser: Browser, appUrl: string, origin: string, threshold: number): Promise<LabelsResult> {
  const { page, close } = await newBenchPage(browser, origin, threshold)
  try {
    await page.goto(`${appUrl}?step=${STEP_IDS[0]}&audience=student`)
    await waitForView(page, STEP_IDS[0])
    const samples: LabelsSample[] = []
    for (const stepId of STEP_IDS.slice(1)) samples.push(await glideTo(page, 'ArrowRight', stepId))
    samples.push(await glideTo(page, 'Home', STEP_IDS[0]))
    return { samples }
  } finally {
    await close()
  }
}

const worstOf = (samples: readonly LabelsSample[]) => {
  const worst = samples.reduce<LabelsSample | null>((w, s) => (w === null || s.settledMs > w.settledMs ? s : w), null)
  return worst ? { stepId: worst.stepId, ms: worst.settledMs } : null
}

/** The median and the worst step of the labels' delay (all steps, and those without an animation), and the whole view's median. */
export function labelsSummary({ samples }: LabelsResult) {
  const still = samples.filter((s) => !s.animated)
  return {
    n: samples.length,
    medianMs: median(samples.map((s) => s.settledMs)),
    worst: worstOf(samples),
    readyMedianMs: median(samples.map((s) => s.readyMs)),
    withoutAnimation: { n: still.length, medianMs: median(still.map((s) => s.settledMs)), worst: worstOf(still) },
  }
}
