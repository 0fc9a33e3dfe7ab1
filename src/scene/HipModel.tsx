/**
 * The hip in the canvas: a `HipRig` (hip-rig.ts) driven from `useFrame`, so the parts move
 * and change without a React render per frame.
 */
import { useEffect, useState } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { ScenePlan } from '../lib/scene-plan'
import { HipRig } from './hip-rig'
import type { PartObjects } from './model-loader'
import type { SceneRefs } from './scene-refs'

interface HipModelProps {
  parts: PartObjects
  plan: ScenePlan
  /** Changes when the animation must start over (a new step, or Replay). */
  animationKey: string
  paused: boolean
  reducedMotion: boolean
  refs: SceneRefs
}

export function HipModel({ parts, plan, animationKey, paused, reducedMotion, refs }: HipModelProps) {
  const invalidate = useThree((s) => s.invalidate)
  const [rig] = useState(() => new HipRig(refs))

  useEffect(() => {
    rig.attach(parts)
    invalidate()
  }, [rig, parts, invalidate])

  useEffect(() => {
    rig.wake()
    invalidate()
  }, [rig, plan, animationKey, paused, reducedMotion, invalidate])

  useFrame((state, delta) => {
    const { moving } = rig.update(plan, animationKey, delta, paused, reducedMotion)
    if (moving) state.invalidate()
  })

  return <primitive object={rig.root} />
}
