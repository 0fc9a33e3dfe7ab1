/**
 * The measures, the same for both pages:
 * - loadRun: one cold load in a fresh context: the time from navigation to the first frame that
 *   shows the hip (frame-probe.ts), first contentful paint, and every JS and .glb file fetched,
 *   with its size (raw, and gzip -9 computed here) and when it finished (Resource Timing, the
 *   page's own clock, zero at navigation start).
 * - motion: frames drawn and rAF callbacks per second while idle, then over camera transitions.
 * - heap: JS heap after GC, after the first pass over every step's view and after 10 more.
 */
import { readFile, stat } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { newBenchPage, heapAfterGc, ratesBetween, readCounters } from './bench-page'
import type { Target } from './targets'
import type { BenchServer } from './server'
import { heapBreakdown, type HeapBreakdown } from './heap-snapshot'

export interface Fetched {
  url: string
  kind: 'js' | 'glb'
  /** body bytes (decoded) */
  raw: number
  /** the body compressed with gzip -9 (JS; .glb: raw) */
  gzip: number
  /** Resource Timing responseEnd, ms from navigation start */
  end: number
}

export interface LoadRun {
  firstFrameMs: number
  firstFrameTriangles: number
  /** of those, drawn to the canvas itself (see frame-probe.ts) */
  firstFrameScreenTriangles: number
  fcpMs: number | null
  fetched: Fetched[]
  foreignRequests: string[]
  consoleErrors: string[]
  /** the largest canvas shown, once the page has settled: CSS size and drawing-buffer size */
  canvas: { css: [number, number]; buffer: [number, number] } | null
  /** PNG of the page taken as soon as the first frame was seen (first run only) */
  shot?: Buffer
}

const gzipCache = new Map<string, number>()
/** gzip -9 bytes of a file, as every JS figure of the bench is weighed. */
export async function gzipSize(file: string): Promise<number> {
  const cached = gzipCache.get(file)
  if (cached !== undefined) return cached
  const size = gzipSync(await readFile(file), { level: 9 }).length
  gzipCache.set(file, size)
  return size
}

const kindOf = (url: string): Fetched['kind'] | null => {
  const path = new URL(url).pathname
  if (path.endsWith('.glb')) return 'glb'
  if (/\.m?js$/.test(path)) return 'js'
  return null
}

/** A slow network for the byte accounting (about Lighthouse's simulated mobile link). */
export interface Throttle {
  latencyMs: number
  downKbps: number
}
export const SLOW_NETWORK: Throttle = { latencyMs: 150, downKbps: 1600 }

export async function loadRun(
  browser: Browser,
  server: BenchServer,
  target: Target,
  threshold: number,
  opts: { shot?: boolean; throttle?: Throttle } = {},
): Promise<LoadRun> {
  const bench = await newBenchPage(browser, server.origin, threshold)
  const { page } = bench
  try {
    if (opts.throttle) {
      const cdp = await bench.context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: opts.throttle.latencyMs,
        downloadThroughput: (opts.throttle.downKbps * 1000) / 8,
        uploadThroughput: (opts.throttle.downKbps * 1000) / 8,
      })
    }
    await page.goto(target.url)
    await page.waitForFunction(() => window.__bench?.firstFrameAt != null, undefined, { timeout: 90_000, polling: 'raf' })
    const shot = opts.shot ? await page.screenshot() : undefined
    // let the page finish what it started (the other models, late chunks) before reading timings
    await target.settle(page)
    const canvas = await page.evaluate(() => {
      // model-viewer keeps its canvas in its shadow root
      const all = [...document.querySelectorAll('canvas'), ...[...document.querySelectorAll('*')].flatMap((e) => [...(e.shadowRoot?.querySelectorAll('canvas') ?? [])])]
      const area = (c: HTMLCanvasElement) => c.getBoundingClientRect().width * c.getBoundingClientRect().height
      const big = all.sort((a, b) => area(b) - area(a))[0]
      if (!big) return null
      const r = big.getBoundingClientRect()
      return { css: [Math.round(r.width), Math.round(r.height)] as [number, number], buffer: [big.width, big.height] as [number, number] }
    })
    const timing = await page.evaluate(() => ({
      firstFrameAt: window.__bench?.firstFrameAt ?? -1,
      firstFrameTriangles: window.__bench?.firstFrameTriangles ?? 0,
      firstFrameScreenTriangles: window.__bench?.firstFrameScreenTriangles ?? 0,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        url: e.name,
        end: e.responseEnd,
        decoded: e.decodedBodySize,
      })),
    }))
    // Sizes are the served files' (the server sends them unchanged, gzip only on the wire);
    // Resource Timing says which were fetched and when each finished.
    const fetched: Fetched[] = []
    const mismatches: string[] = []
    for (const r of timing.resources) {
      const kind = kindOf(r.url)
      const file = server.fileFor(r.url)
      if (!kind || !file) continue
      const raw = (await stat(file)).size
      if (r.decoded !== raw) mismatches.push(`bench: ${r.url}: the page decoded ${r.decoded} bytes, the file has ${raw}`)
      fetched.push({ url: r.url, kind, raw, gzip: kind === 'js' ? await gzipSize(file) : raw, end: r.end })
    }
    return {
      firstFrameMs: timing.firstFrameAt,
      firstFrameTriangles: timing.firstFrameTriangles,
      firstFrameScreenTriangles: timing.firstFrameScreenTriangles,
      fcpMs: timing.fcp,
      canvas,
      fetched,
      foreignRequests: [...bench.problems.foreignRequests],
      consoleErrors: [...bench.problems.consoleErrors, ...bench.problems.pageErrors, ...mismatches],
      ...(shot ? { shot } : {}),
    }
  } finally {
    await bench.close()
  }
}

/** Sums of what had arrived by `moment` (ms from navigation start). */
export function bytesBy(run: LoadRun, kind: Fetched['kind'], moment: number): { raw: number; gzip: number; files: string[] } {
  const files = run.fetched.filter((f) => f.kind === kind && f.end <= moment)
  return {
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    files: files.map((f) => new URL(f.url).pathname),
  }
}

export interface MotionResult {
  idle: { drawnFps: number; rafPerSecond: number; seconds: number }
  transitions: { ms: number; drawnFps: number; rafPerSecond: number }[]
  heap: {
    firstLoad: number
    afterFirstPass: number
    afterPasses: number
    passes: number
    afterEachPass: number[]
    /** heap snapshots at the baseline and at the end: compiled code apart from the rest */
    snapshots: { afterFirstPass: HeapBreakdown; afterPasses: HeapBreakdown }
  }
  foreignRequests: string[]
  consoleErrors: string[]
}

/**
 * The heap cycling draws hundreds of frames; software WebGL pays per pixel, so it runs smaller
 * (still the app's desktop layout, from 900 px). The JS heap holds no per-pixel data (render
 * targets live in GPU memory).
 */
export const HEAP_VIEWPORT = { width: 960, height: 540 }

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

/**
 * One fresh page per target: idle rates, `transitions` camera moves, then the heap cycling.
 * The heap baseline is taken after one full pass (every step's view shown once, so every model
 * the page loads lazily is in), and compared with the heap after `passes` more passes: growth
 * there is memory kept per visit, which is what the budget is for.
 */
export async function motion(
  browser: Browser,
  origin: string,
  target: Target,
  threshold: number,
  opts: { idleSeconds: number; transitions: number; passes: number; reducedMotionForCycling: boolean },
  log: (s: string) => void,
): Promise<MotionResult> {
  const bench = await newBenchPage(browser, origin, threshold)
  const { page, context } = bench
  try {
    await page.goto(target.url)
    await target.settle(page)
    await sleep(500)

    const a = await readCounters(page)
    await sleep(opts.idleSeconds * 1000)
    const idle = ratesBetween(a, await readCounters(page))
    log(`  ${target.name}: idle ${idle.drawnFps.toFixed(1)} drawn frames/s, ${idle.rafPerSecond.toFixed(1)} rAF/s`)

    const transitions: MotionResult['transitions'] = []
    for (let i = 0; i < opts.transitions; i++) {
      const w = await target.transition(page, i)
      const seconds = (w.end - w.start) / 1000
      transitions.push({ ms: w.end - w.start, drawnFps: w.frames / seconds, rafPerSecond: w.rafs / seconds })
      log(`  ${target.name}: transition ${i + 1}: ${(seconds * 1000).toFixed(0)} ms, ${(w.frames / seconds).toFixed(1)} drawn frames/s`)
    }

    // back to the first view, then the heap cycling
    const heap = await cycleHeap(page, context, target, opts, log)
    return {
      idle,
      transitions,
      heap,
      foreignRequests: [...bench.problems.foreignRequests],
      consoleErrors: [...bench.problems.consoleErrors, ...bench.problems.pageErrors],
    }
  } finally {
    await bench.close()
  }
}

/**
 * The heap cycling on an open page (smaller: see HEAP_VIEWPORT): the heap on load, after a first
 * pass over every view, and after each of `passes` more passes (a leak climbs pass after pass,
 * noise does not), with heap snapshots at the baseline and at the end.
 */
async function cycleHeap(
  page: Page,
  context: BrowserContext,
  target: Target,
  opts: { passes: number; reducedMotionForCycling: boolean },
  log: (s: string) => void,
): Promise<MotionResult['heap']> {
  await page.setViewportSize(HEAP_VIEWPORT)
  await page.goto(target.url)
  await target.settle(page)
  if (opts.reducedMotionForCycling) await page.emulateMedia({ reducedMotion: 'reduce' })
  const firstLoad = await heapAfterGc(context, page)
  await target.cyclePass(page)
  const afterFirstPass = await heapAfterGc(context, page)
  const snapFirst = await heapBreakdown(context, page)
  log(`  ${target.name}: heap ${(firstLoad / 1e6).toFixed(1)} MB on load, ${(afterFirstPass / 1e6).toFixed(1)} MB after the first pass`)
  const afterEachPass: number[] = []
  for (let i = 0; i < opts.passes; i++) {
    await target.cyclePass(page)
    afterEachPass.push(await heapAfterGc(context, page))
  }
  const afterPasses = afterEachPass[afterEachPass.length - 1] ?? afterFirstPass
  const snapLast = await heapBreakdown(context, page)
  log(`  ${target.name}: heap after each of ${opts.passes} more passes (MB): ${afterEachPass.map((h) => (h / 1e6).toFixed(2)).join(', ')}`)
  return { firstLoad, afterFirstPass, afterPasses, passes: opts.passes, afterEachPass, snapshots: { afterFirstPass: snapFirst, afterPasses: snapLast } }
}

/**
 * The same heap cycling alone, in a page of its own: the control run uses it in a Chromium whose
 * V8 has its optimising compilers off, which tells memory the page keeps from JIT warm-up.
 */
export async function heapOnly(
  browser: Browser,
  origin: string,
  target: Target,
  threshold: number,
  opts: { passes: number; reducedMotionForCycling: boolean },
  log: (s: string) => void,
): Promise<MotionResult['heap']> {
  const bench = await newBenchPage(browser, origin, threshold)
  try {
    return await cycleHeap(bench.page, bench.context, target, opts, log)
  } finally {
    await bench.close()
  }
}

/** Machine facts for the report. */
export async function machineInfo(browser: Browser): Promise<{ renderer: string; vendor: string }> {
  const context = await browser.newContext()
  const page: Page = await context.newPage()
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')
      if (!gl) return { renderer: 'no WebGL2', vendor: '' }
      const ext = gl.getExtension('WEBGL_debug_renderer_info')
      return {
        renderer: String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
        vendor: String(gl.getParameter(ext ? ext.UNMASKED_VENDOR_WEBGL : gl.VENDOR)),
      }
    })
  } finally {
    await context.close()
  }
}
