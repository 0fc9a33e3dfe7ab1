import { describe, expect, it } from 'vitest'
import { CUT_MIN_MOTION_DPR, FAST_FRAME_MS, MIN_MOTION_DPR, MOTION_GAP_MS, MotionResolution, SLOW_FRAME_MS, STILL_DPR } from '../../src/lib/render-quality'

const run = (motion: MotionResolution, frameMs: number, frames: number) => {
  for (let i = 0; i < frames; i++) motion.observe(frameMs)
  return motion.dpr
}

describe('MotionResolution', () => {
  it('starts moving frames at the screen resolution, at most 1', () => {
    expect(new MotionResolution(1).dpr).toBe(1)
    expect(new MotionResolution(3).dpr).toBe(1)
    expect(new MotionResolution(0.75).dpr).toBe(0.75)
  })

  it('lowers the resolution while frames are slow, down to the floor and no further', () => {
    const motion = new MotionResolution(1)
    motion.observe(SLOW_FRAME_MS * 3)
    expect(motion.dpr).toBeLessThan(1)
    expect(run(motion, 250, 50)).toBe(MIN_MOTION_DPR)
  })

  it('goes down to a lower floor when a view asks (the cut), and back up to the usual one after', () => {
    const motion = new MotionResolution(1)
    for (let i = 0; i < 50; i++) motion.observe(250, CUT_MIN_MOTION_DPR)
    expect(motion.dpr).toBe(CUT_MIN_MOTION_DPR)
    expect(CUT_MIN_MOTION_DPR).toBeLessThan(MIN_MOTION_DPR)
    // Back in the plain view, slow frames never take it below the usual floor again.
    for (let i = 0; i < 50; i++) motion.observe(FAST_FRAME_MS / 2)
    expect(run(motion, 250, 50)).toBe(MIN_MOTION_DPR)
  })

  it('raises it again when frames are fast, up to the screen (capped at the still ratio)', () => {
    const dense = new MotionResolution(3)
    expect(run(dense, FAST_FRAME_MS / 2, 50)).toBe(STILL_DPR)
    const plain = new MotionResolution(1)
    run(plain, 250, 50)
    expect(run(plain, FAST_FRAME_MS / 2, 50)).toBe(1)
  })

  it('keeps the resolution when frames are in the comfortable band', () => {
    const motion = new MotionResolution(2)
    expect(run(motion, (SLOW_FRAME_MS + FAST_FRAME_MS) / 2, 20)).toBe(1)
  })

  it('ignores gaps between separate changes and nonsense timings', () => {
    const motion = new MotionResolution(1)
    for (const ms of [MOTION_GAP_MS + 1, 60_000, 0, -5, Number.NaN]) motion.observe(ms)
    expect(motion.dpr).toBe(1)
  })
})
