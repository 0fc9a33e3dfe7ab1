/**
 * How the scene hears that the step changed: through a store subscription, not a React render.
 * The hip, the camera and the labels update their three.js objects and ask for a frame.
 * Rendering the canvas's React tree on every step would run @react-three/fiber's own copy of
 * React's reconciler for a handful of changed values: main-thread time, and compiled code that
 * the benchmark's heap cycling counts, that a step change does not need.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react'
import { useThree } from '@react-three/fiber'
import { useWalkthrough, type WalkthroughState } from '../state/store'
import { NARROW_COMPARE_QUERY } from '../features/compare/layout'
import { stepViewOf, type StepView } from './step-view'

/** The phone layout, where the comparison frames one hip at a time (null where there is no matchMedia). */
const narrowQuery = () => (typeof matchMedia === 'function' ? matchMedia(NARROW_COMPARE_QUERY) : null)

/**
 * The current step's view, for frame callbacks, kept current without a React render.
 * `onChange` runs (outside any render) when it changes; then a frame is drawn.
 */
export function useStepView(onChange?: (view: StepView, previous: StepView) => void): { readonly current: StepView } {
  const invalidate = useThree((s) => s.invalidate)
  const view = useRef<StepView>(stepViewOf(useWalkthrough.getState(), narrowQuery()?.matches ?? false))
  const changed = useRef(onChange)
  useEffect(() => {
    changed.current = onChange
  })
  useEffect(() => {
    const query = narrowQuery()
    const follow = (state: WalkthroughState) => {
      const next = stepViewOf(state, query?.matches ?? false)
      if (next === view.current) return
      const previous = view.current
      view.current = next
      changed.current?.(next, previous)
      invalidate()
    }
    // The store may have changed between the render and this subscription.
    follow(useWalkthrough.getState())
    const onResize = () => follow(useWalkthrough.getState())
    query?.addEventListener('change', onResize)
    const unsubscribe = useWalkthrough.subscribe(follow)
    return () => {
      unsubscribe()
      query?.removeEventListener('change', onResize)
    }
  }, [invalidate])
  return view
}

const subscribeNarrow = (onChange: () => void) => {
  const query = narrowQuery()
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}
const isNarrow = () => narrowQuery()?.matches ?? false

/**
 * The labels the view shows (the step's, or the comparison's), for the text beside the canvas:
 * the same array the tracker in the canvas reads, so the two agree on what is shown.
 */
export function useViewLabels(): StepView['labels'] {
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow)
  return useWalkthrough((s) => stepViewOf(s, narrow).labels)
}
