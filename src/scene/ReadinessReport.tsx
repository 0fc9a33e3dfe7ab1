/**
 * Tells the view's readiness (readiness.ts) about every frame the canvas draws: whether it was
 * the sharp still frame, and whether the labels were placed in it. It also lends the tracker the
 * canvas's invalidate, so a change seen outside the canvas always gets a frame drawn.
 */
import { useEffect, useRef } from 'react'
import { addAfterEffect, useFrame, useThree } from '@react-three/fiber'
import type { LabelDom } from './Labels'
import type { ViewReadiness } from './readiness'
import type { SceneRefs } from './scene-refs'

export function ReadinessReport({ readiness, refs, labels }: { readiness: ViewReadiness; refs: SceneRefs; labels: LabelDom }) {
  const invalidate = useThree((s) => s.invalidate)
  const still = useRef(false)
  useEffect(() => {
    readiness.setFrameRequester(() => invalidate())
    return () => readiness.setFrameRequester(null)
  }, [readiness, invalidate])
  // Read in a frame callback: after the frame, RenderQuality may already have ended the still frame.
  useFrame(() => {
    still.current = refs.stillFrame.now
  })
  // After the frame is drawn, when the label tracker has written its state for it.
  useEffect(
    () =>
      addAfterEffect(() => {
        readiness.frameDrawn(still.current, labels.root?.dataset.state === 'settled')
        still.current = false
      }),
    [readiness, labels],
  )
  return null
}
