/**
 * The surgeon's views (issue: views): frames drawn per second during a camera glide in the
 * plain 3D view, in the X-ray and with the cut on, in one page of one run (the ratios are what
 * count on software WebGL), and how long switching to each view takes. model-viewer has neither
 * view, so these rows have no peer column.
 *
 * A glide in each view is the camera's own move into it: opening the X-ray glides to the film's
 * pose with the film drawn every frame, opening the cut glides to face the plane with the cut
 * drawn, and closing either glides back to the step's pose in the plain view. Every glide lasts
 * the same TRANSITION_SECONDS, so frames per second compare like with like. Counted by the frame
 * probe (frames with draw calls) between the view's data-camera turning "moving" and "idle".
 *
 * Switch time: from the click on the view switch to the end of the first animation frame that
 * drew with the view's readiness mark on the 3D view's container (`data-xray`, `data-cut="on"`;
 * the plain view: neither). The first opening of each view fetches its code and interior.glb;
 * it is reported apart from the warm switches.
 */
import type { Browser, Page } from 'playwright-core'
import { VIEW, waitForView } from '../../tests/e2e/harness'
import { newBenchPage } from './bench-page'
import { median } from './table'

export type ViewName = 'plain' | 'xray' | 'cut'

export interface SurgeonViewsResult {
  /** Frames drawn per second over each glide, per view. */
  glideFps: Record<ViewName, number[]>
  /** Click to first frame drawn in the view: the first opening (cold), then warm switches. */
  coldSwitchMs: Partial<Record<ViewName, number>>
  warmSwitchMs: Record<ViewName, number[]>
}

const STEP = 'reduction'
const GLIDE_TIMEOUT_MS = 60_000

/** The container's readiness mark for a view (the plain view has none of the others'). */
const READY: Record<ViewName, string> = {
  plain: `${VIEW}:not([data-xray]):not([data-cut="on"])`,
  xray: `${VIEW}[data-xray]`,
  cut: `${VIEW}[data-cut="on"]`,
}

/**
 * Clicks the view's switch button and resolves with the switch time and the glide that follows:
 * both watched in the page (page clock) from before the click.
 */
async function switchTo(page: Page, view: ViewName): Promise<{ switchMs: number; glideFps: number | null }> {
  const button = page.locator(`.surgeon-view-switch button[data-surgeon-view="${view === 'plain' ? 'none' : view}"]`)
  await page.evaluate(
    ({ selector, ready, timeout }) => {
      const el = document.querySelector(selector)
      if (!el) throw new Error('no 3D view')
      const probe = () => window.__bench?.framesWithDraws ?? 0
      const w = window as unknown as { __switch?: Promise<{ switchMs: number; glideFps: number | null }>; __clickAt?: number }
      w.__switch = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the view did not switch and settle')), timeout)
        let switched: number | null = null
        let glideStart: { t: number; f: number } | null = null
        let glide: number | null = null
        const check = () => {
          const now = performance.now()
          if (switched === null && el.matches(ready) && probe() > 0) switched = now
          const camera = el.getAttribute('data-camera')
          if (camera === 'moving' && !glideStart) glideStart = { t: now, f: probe() }
          if (camera === 'idle' && glideStart && glide === null) glide = ((probe() - glideStart.f) * 1000) / (now - glideStart.t)
          const settled = switched !== null && camera === 'idle' && (glideStart === null ? now - (w.__clickAt ?? now) > 1500 : glide !== null)
          if (settled) {
            clearTimeout(timer)
            resolve({ switchMs: switched! - (w.__clickAt ?? 0), glideFps: glide })
            return
          }
          ;(window.__bench?.raf ?? requestAnimationFrame)(check)
        }
        ;(window.__bench?.raf ?? requestAnimationFrame)(check)
      })
    },
    { selector: VIEW, ready: READY[view], timeout: GLIDE_TIMEOUT_MS },
  )
  await button.evaluate((b) => {
    ;(window as unknown as { __clickAt: number }).__clickAt = performance.now()
    ;(b as HTMLButtonElement).click()
  })
  return page.evaluate(() => (window as unknown as { __switch: Promise<{ switchMs: number; glideFps: number | null }> }).__switch)
}

export async function measureSurgeonViews(browser: Browser, appUrl: string, origin: string, threshold: number, rounds = 3): Promise<SurgeonViewsResult> {
  const { page, close } = await newBenchPage(browser, origin, threshold)
  const result: SurgeonViewsResult = { glideFps: { plain: [], xray: [], cut: [] }, coldSwitchMs: {}, warmSwitchMs: { plain: [], xray: [], cut: [] } }
  const record = (view: ViewName, r: { switchMs: number; glideFps: number | null }, cold: boolean) => {
    if (cold) result.coldSwitchMs[view] = r.switchMs
    else result.warmSwitchMs[view].push(r.switchMs)
    if (r.glideFps !== null) result.glideFps[view].push(r.glideFps)
  }
  try {
    await page.goto(`${appUrl}?step=${STEP}&audience=student`)
    await waitForView(page, STEP)
    for (let i = 0; i < rounds; i++) {
      for (const view of ['xray', 'cut'] as const) {
        record(view, await switchTo(page, view), i === 0)
        record('plain', await switchTo(page, 'plain'), false)
      }
    }
    return result
  } finally {
    await close()
  }
}

export const viewsSummary = (r: SurgeonViewsResult) => ({
  glideFps: { plain: median(r.glideFps.plain), xray: median(r.glideFps.xray), cut: median(r.glideFps.cut) },
  coldSwitchMs: r.coldSwitchMs,
  warmSwitchMs: { plain: median(r.warmSwitchMs.plain), xray: median(r.warmSwitchMs.xray), cut: median(r.warmSwitchMs.cut) },
})
