/**
 * How the scene hears that the step changed: through a store subscription, not a React render.
 * The hip, the camera and the labels update their three.js objects and ask for a frame.
 * Rendering the canvas's React tree on every step would run @react-three/fiber's own copy of
 * React's reconciler for a handful of changed values: main-thread time, and compiled code that
 * the benchmark's heap cycling counts, that a step change does not need.
 */
import { useEffect, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { useWalkthrough, type WalkthroughState } from '../state/store'
import { stepViewOf, type StepView } from './step-view'

/**
 * The current step's view, for frame callbacks, kept current without a React render.
 * `onChange` runs (outside any render) when it changes; then a frame is drawn.
 */
export function useStepView(onChange?: (view: StepView, previous: StepView) => void): { readonly current: StepView } {
  const invalidate = useThree((s) => s.invalidate)
  const view = useRef<StepView>(stepViewOf(useWalkthrough.getState()))
  const changed = useRef(onChange)
  useEffect(() => {
    changed.current = onChange
  })
  useEffect(() => {
    const follow = (state: WalkthroughState) => {
      const next = stepViewOf(state)
      if (next === view.current) return
      const previous = view.current
      view.current = next
      changed.current?.(next, previous)
      invalidate()
    }
    // The store may have changed between the render and this subscription.
    follow(useWalkthrough.getState())
    return useWalkthrough.subscribe(follow)
  }, [invalidate])
  return view
}
