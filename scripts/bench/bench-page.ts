/**
 * A fresh browser context (empty cache, no storage, no service worker) per page under test, at 1280x720, with the
 * frame probe installed and the harness's watch over console errors and foreign requests.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { DESKTOP, watch, type Problems } from '../../tests/e2e/harness'
import { installFrameProbe, type ProbeCounters } from './frame-probe'

export interface BenchPage {
  context: BrowserContext
  page: Page
  problems: Problems
  close: () => Promise<void>
}

/**
 * tsx compiles with esbuild's keepNames, which wraps nested functions in `__name(fn, "name")`;
 * functions Playwright serialises into the page then need that helper to exist there.
 */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);'

/**
 * The app's service worker is blocked unless asked for: every load is a first visit, and the
 * worker's download of the whole app after the first view does not share the CPU with the
 * measures. second-visit.ts allows it.
 */
export async function newBenchPage(
  browser: Browser,
  origin: string,
  threshold: number,
  { serviceWorkers = 'block' }: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, serviceWorkers })
  await context.addInitScript({ content: NAME_SHIM })
  await context.addInitScript(installFrameProbe, threshold)
  const page = await context.newPage()
  const problems = watch(context, page, origin)
  return { context, page, problems, close: () => context.close() }
}

export interface CounterSnapshot extends ProbeCounters {
  /** performance.now() in the page when read */
  at: number
}

export async function readCounters(page: Page): Promise<CounterSnapshot> {
  return page.evaluate(() => {
    const b = window.__bench
    if (!b) throw new Error('frame probe missing')
    return { at: performance.now(), rafCallbacks: b.rafCallbacks, framesWithDraws: b.framesWithDraws, drawCalls: b.drawCalls, triangles: b.triangles }
  })
}

/** Rates per second between two snapshots. */
export function ratesBetween(a: CounterSnapshot, b: CounterSnapshot): { drawnFps: number; rafPerSecond: number; seconds: number } {
  const seconds = (b.at - a.at) / 1000
  return {
    seconds,
    drawnFps: (b.framesWithDraws - a.framesWithDraws) / seconds,
    rafPerSecond: (b.rafCallbacks - a.rafCallbacks) / seconds,
  }
}

/** The probe's count of frames with draw calls. */
export const drawnFrames = (page: Page): Promise<number> => page.evaluate(() => window.__bench?.framesWithDraws ?? 0)

/** Resolves once a frame with draw calls has happened after `count` was read (unwrapped rAF). */
export async function drawnSince(page: Page, count: number, timeout = 60_000): Promise<void> {
  await page.evaluate(
    ({ count, timeout }) =>
      new Promise<void>((done, fail) => {
        const raf = window.__bench?.raf ?? requestAnimationFrame
        const start = performance.now()
        const check = () => {
          if ((window.__bench?.framesWithDraws ?? 0) > count) done()
          else if (performance.now() - start > timeout) fail(new Error('no frame was drawn'))
          else raf(check)
        }
        check()
      }),
    { count, timeout },
  )
}

/** JS heap in use after forcing garbage collection (CDP), in bytes. */
export async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page)
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize
  } finally {
    await cdp.detach()
  }
}
