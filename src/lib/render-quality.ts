/**
 * How sharp the 3D view draws. Phones and software WebGL draw few frames per second at full
 * resolution, so while something moves the view draws at a lower pixel ratio that follows the
 * measured frame time (as model-viewer scales its render), and once all is still it draws one
 * frame at twice the screen's resolution, which is its antialiasing (the WebGL context has none:
 * multisampling every moving frame cost more than half the frame rate in software WebGL).
 */

/** The still frame's pixel ratio: supersampled on ordinary screens, native on dense ones. */
export const STILL_DPR = 2
/** The lowest pixel ratio while moving (model-viewer's default floor is the same). */
export const MIN_MOTION_DPR = 0.5
/**
 * The cut through the bone draws the parts it crosses from both sides (its caps are their back
 * faces) and the inside of the bone too, so while it moves it may draw coarser: in software
 * WebGL its glide went from 0.46 to about 0.73 of the plain view's frame rate with this floor
 * (and back faces culled on parts the plane misses). The still frame is as sharp as ever.
 */
export const CUT_MIN_MOTION_DPR = 0.25
/** Frames slower than this lower the resolution while moving... */
export const SLOW_FRAME_MS = 1000 / 30
/** ...and frames faster than this raise it again. */
export const FAST_FRAME_MS = 1000 / 50
/** Frames further apart than this are separate changes, not one motion: they measure nothing. */
export const MOTION_GAP_MS = 1000
/** How long nothing must change before the sharp still frame is drawn. */
export const SETTLE_MS = 200

const STEP_DOWN = 0.8
const STEP_UP = 1.25

/** The pixel ratio for moving frames, learnt from how long they take; kept across motions. */
export class MotionResolution {
  dpr: number
  private average: number | null = null
  private readonly max: number

  /** `screenDpr`: window.devicePixelRatio. Moving frames start at most at 1 and never exceed the screen's. */
  constructor(screenDpr: number) {
    this.max = Math.max(MIN_MOTION_DPR, Math.min(STILL_DPR, screenDpr))
    this.dpr = Math.min(1, this.max)
  }

  /**
   * A moving frame came `frameMs` after the one before; returns the pixel ratio for the next.
   * `floor`: the lowest it may go (MIN_MOTION_DPR unless a view needs lower).
   */
  observe(frameMs: number, floor = MIN_MOTION_DPR): number {
    if (!(frameMs > 0) || frameMs > MOTION_GAP_MS) return this.dpr
    this.average = this.average === null ? frameMs : this.average * 0.6 + frameMs * 0.4
    const next =
      this.average > SLOW_FRAME_MS
        ? Math.max(floor, this.dpr * STEP_DOWN)
        : this.average < FAST_FRAME_MS
          ? Math.min(this.max, this.dpr * STEP_UP)
          : this.dpr
    if (next !== this.dpr) {
      this.dpr = next
      // Judge the new resolution by its own frames.
      this.average = null
    }
    return this.dpr
  }
}
