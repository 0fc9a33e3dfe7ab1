/**
 * The hip in the canvas: a `HipRig` (hip-rig.ts) driven from `useFrame`, so the parts move
 * and change without a React render per frame, or per step (see useStepView.ts).
 */
import { useEffect, useState } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { HipRig } from './hip-rig'
import type { PartObjects } from './model-loader'
import type { SceneRefs } from './scene-refs'
import { useStepView } from './useStepView'
import { useReducedMotion } from './useReducedMotion'

interface HipModelProps {
  parts: PartObjects
  refs: SceneRefs
}

export function HipModel({ parts, refs }: HipModelProps) {
  const invalidate = useThree((s) => s.invalidate)
  const reducedMotion = useReducedMotion()
  const [rig] = useState(() => new HipRig(refs))
  // A new plan, animation or pause: the next frame applies it.
  const view = useStepView(() => rig.wake())

  useEffect(() => {
    rig.attach(parts)
    invalidate()
  }, [rig, parts, invalidate])

  useEffect(() => {
    rig.wake()
    invalidate()
  }, [rig, reducedMotion, invalidate])

  useFrame((state, delta) => {
    const { plan, animationKey, paused } = view.current
    const { moving } = rig.update(plan, animationKey, delta, paused, reducedMotion)
    if (moving) state.invalidate()
  })

  return <primitive object={rig.root} />
}
