/**
 * Where a Listen control goes (the step panel, every page). This part is in the first bundle
 * and stays tiny; the controls and the engine are a chunk fetched as soon as the control is
 * first drawn, so that a tap speaks at once, inside the tap's handler, as iOS requires.
 * A browser without speech synthesis shows no control at all.
 */
import { Component, Suspense, lazy, type ReactNode } from 'react'

const ListenControls = lazy(() => import('./ListenControls').then((m) => ({ default: m.ListenControls })))

export const canSpeak = (): boolean =>
  typeof window !== 'undefined' && 'speechSynthesis' in window && window.speechSynthesis != null && typeof window.SpeechSynthesisUtterance === 'function'

/**
 * `placement` 'after' is a second place in the step panel, after the text, used on the
 * narrowest phones (below 360 px) where the kicker's line has no room and a line of its own
 * would push the step's first words off the first screen (listen.css shows one or the other).
 */
export function Listen({ placement = 'lead' }: { placement?: 'lead' | 'after' }) {
  if (!canSpeak()) return null
  return (
    <Quiet>
      <Suspense fallback={null}>
        <ListenControls placement={placement} />
      </Suspense>
    </Quiet>
  )
}

/** If the chunk cannot arrive (offline, a new deploy), the step reads as before, just without Listen. */
class Quiet extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override render() {
    return this.state.failed ? null : this.props.children
  }
}
