/**
 * Draws quickly while anything changes and sharply once all is still (see lib/render-quality.ts).
 * Every frame is a frame of change except the one still frame drawn SETTLE_MS after the last.
 * The canvas carries `data-quality="moving" | "still"` for tests and the benchmark, and
 * `refs.stillFrame` tells the other frame callbacks which frame is the still one.
 *
 * It sets the renderer's pixel ratio itself, just before the frame draws (so a resized, cleared
 * canvas is never shown). The canvas's `dpr` prop stays at STILL_DPR: going through the fiber
 * store instead would make every re-render of the canvas reset the ratio.
 */
import { useEffect, useRef, useState } from 'react'
import { addAfterEffect, useFrame, useThree } from '@react-three/fiber'
import type { WebGLRenderer } from 'three'
import { CUT_MIN_MOTION_DPR, MIN_MOTION_DPR, MotionResolution, SETTLE_MS, STILL_DPR } from '../lib/render-quality'
import { useWalkthrough } from '../state/store'
import type { SceneRefs } from './scene-refs'

function drawAt(gl: WebGLRenderer, dpr: number, quality: 'moving' | 'still') {
  if (gl.getPixelRatio() !== dpr) gl.setPixelRatio(dpr)
  if (gl.domElement.dataset.quality !== quality) gl.domElement.dataset.quality = quality
}

export function RenderQuality({ refs }: { refs: SceneRefs }) {
  const invalidate = useThree((s) => s.invalidate)
  const [motion] = useState(() => new MotionResolution(window.devicePixelRatio || 1))
  const floor = useWalkthrough((s) => (s.surgeonView === 'cut' ? CUT_MIN_MOTION_DPR : MIN_MOTION_DPR))
  const lastFrame = useRef<number | null>(null)
  const settleTimer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(settleTimer.current), [])
  // The still frame is the still frame for every frame callback, whatever order they were
  // mounted in (the label tracker mounts after this, once the models are in): it ends once drawn.
  useEffect(() => addAfterEffect(() => refs.stillFrame.done()), [refs])

  useFrame(({ gl }) => {
    if (refs.stillFrame.now) {
      lastFrame.current = null
      drawAt(gl, STILL_DPR, 'still')
      return
    }
    const now = performance.now()
    drawAt(gl, lastFrame.current === null ? motion.dpr : motion.observe(now - lastFrame.current, floor), 'moving')
    lastFrame.current = now
    window.clearTimeout(settleTimer.current)
    settleTimer.current = window.setTimeout(() => {
      refs.stillFrame.arm()
      invalidate()
    }, SETTLE_MS)
  })

  return null
}
