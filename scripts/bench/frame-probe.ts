/**
 * The frame probe: an init script (runs before any page script) that watches WebGL from the
 * outside, so both pages are measured the same way with no cooperation from either.
 *
 * - Every WebGL draw call is counted, with its triangles (TRIANGLES mode; instanced calls times
 *   their instance count).
 * - Draws are grouped by animation frame: the page's own requestAnimationFrame callbacks are
 *   wrapped, and the frame's timestamp is the key. A draw outside any rAF callback (a resize
 *   redraw, say) counts toward a pseudo-frame right after the last real one.
 * - "First frame that shows the hip": the first frame whose triangles pass `threshold`; the
 *   moment recorded is performance.now() at the draw call that crossed it (same clock as
 *   navigation and resource timing). That is when the frame was issued; it reaches the screen a
 *   little later, the same for both pages.
 *
 * Only counters are kept (no per-frame arrays), so the probe does not itself grow the heap that
 * the heap measure watches. The bench reads them through `window.__bench`.
 */

export interface ProbeCounters {
  /** The page's own rAF callbacks that ran (the probe's own rAF calls are not counted). */
  rafCallbacks: number
  /** Distinct frames in which at least one draw call was made. */
  framesWithDraws: number
  drawCalls: number
  triangles: number
}

export interface ProbeState extends ProbeCounters {
  threshold: number
  /** performance.now() at the draw call that took one frame past `threshold`; null until then. */
  firstFrameAt: number | null
  /** Triangles in that frame at that moment. */
  firstFrameTriangles: number
  /**
   * Of those, the ones drawn to the canvas itself (default framebuffer), not to an offscreen
   * target (shadow map, picking or occlusion pass): a check that the frame that crossed the
   * threshold was one the user could see.
   */
  firstFrameScreenTriangles: number
  /** Most triangles seen in one frame. */
  maxFrameTriangles: number
  /** The browser's rAF, unwrapped, for the bench's own waits (not counted). */
  raf: (cb: FrameRequestCallback) => number
}

declare global {
  interface Window {
    __bench?: ProbeState
  }
}

/** Runs in the page. Self-contained: no closure over module scope (it is serialised). */
export function installFrameProbe(threshold: number): void {
  const TRIANGLES = 4
  const originalRaf = window.requestAnimationFrame.bind(window)
  const state: ProbeState = {
    threshold,
    firstFrameAt: null,
    firstFrameTriangles: 0,
    firstFrameScreenTriangles: 0,
    maxFrameTriangles: 0,
    rafCallbacks: 0,
    framesWithDraws: 0,
    drawCalls: 0,
    triangles: 0,
    raf: originalRaf,
  }
  window.__bench = state

  let lastFrameTs = -1 // timestamp of the latest rAF frame seen
  let inRaf = false
  let drawFrameKey = Number.NaN // frame key of the latest draw
  let frameTriangles = 0
  let frameScreenTriangles = 0
  // the framebuffer each context draws into (absent or null: the canvas)
  const drawTarget = new WeakMap<object, unknown>()

  window.requestAnimationFrame = (callback: FrameRequestCallback): number =>
    originalRaf((ts: number) => {
      state.rafCallbacks++
      lastFrameTs = ts
      const wasIn = inRaf
      inRaf = true
      try {
        callback(ts)
      } finally {
        inRaf = wasIn
      }
    })

  const onDraw = (gl: object, mode: number, count: number, instances: number): void => {
    const key = inRaf ? lastFrameTs : lastFrameTs + 0.5
    if (key !== drawFrameKey) {
      drawFrameKey = key
      frameTriangles = 0
      frameScreenTriangles = 0
      state.framesWithDraws++
    }
    state.drawCalls++
    const tris = mode === TRIANGLES ? Math.floor(count / 3) * Math.max(1, instances) : 0
    state.triangles += tris
    frameTriangles += tris
    if ((drawTarget.get(gl) ?? null) === null) frameScreenTriangles += tris
    if (frameTriangles > state.maxFrameTriangles) state.maxFrameTriangles = frameTriangles
    if (state.firstFrameAt === null && frameTriangles > state.threshold) {
      state.firstFrameAt = performance.now()
      state.firstFrameTriangles = frameTriangles
      state.firstFrameScreenTriangles = frameScreenTriangles
    }
  }

  type Proto = Record<string, unknown>
  const wrap = (proto: Proto, name: string, read: (args: unknown[]) => [number, number, number]): void => {
    const original = proto[name]
    if (typeof original !== 'function') return
    proto[name] = function (this: object, ...args: unknown[]) {
      const [mode, count, instances] = read(args)
      onDraw(this, mode, count, instances)
      return (original as (...a: unknown[]) => unknown).apply(this, args)
    }
  }
  const FRAMEBUFFER = 0x8d40
  const DRAW_FRAMEBUFFER = 0x8ca9
  const watchTarget = (proto: Proto): void => {
    const original = proto.bindFramebuffer
    if (typeof original !== 'function') return
    proto.bindFramebuffer = function (this: object, target: unknown, framebuffer: unknown) {
      if (target === FRAMEBUFFER || target === DRAW_FRAMEBUFFER) drawTarget.set(this, framebuffer ?? null)
      return (original as (...a: unknown[]) => unknown).call(this, target, framebuffer)
    }
  }
  const n = (v: unknown): number => (typeof v === 'number' ? v : 0)
  for (const ctor of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!ctor) continue
    const proto = ctor.prototype as unknown as Proto
    watchTarget(proto)
    // drawArrays(mode, first, count); drawElements(mode, count, type, offset)
    wrap(proto, 'drawArrays', (a) => [n(a[0]), n(a[2]), 1])
    wrap(proto, 'drawElements', (a) => [n(a[0]), n(a[1]), 1])
    // drawArraysInstanced(mode, first, count, instances); drawElementsInstanced(mode, count, type, offset, instances)
    wrap(proto, 'drawArraysInstanced', (a) => [n(a[0]), n(a[2]), n(a[3])])
    wrap(proto, 'drawElementsInstanced', (a) => [n(a[0]), n(a[1]), n(a[4])])
    // drawRangeElements(mode, start, end, count, type, offset)
    wrap(proto, 'drawRangeElements', (a) => [n(a[0]), n(a[3]), 1])
  }
}
