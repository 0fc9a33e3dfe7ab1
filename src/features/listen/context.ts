/**
 * What a reading belongs to: the step, the page, the audience and the language shown. When
 * any of them changes the text being read is no longer the one on screen, so the reading stops.
 */
import type { WalkthroughState } from '../../state/store'

type Context = Pick<WalkthroughState, 'stepId' | 'page' | 'audience' | 'lang'>

const differs = (a: Context, b: Context) => a.stepId !== b.stepId || a.page !== b.page || a.audience !== b.audience || a.lang !== b.lang

/** Calls `onChange` whenever the context changes; returns the unsubscribe (for a `useEffect`). */
export function onContextChange(
  store: { subscribe: (listener: (state: Context, was: Context) => void) => () => void },
  onChange: () => void,
): () => void {
  return store.subscribe((state, was) => {
    if (differs(state, was)) onChange()
  })
}
