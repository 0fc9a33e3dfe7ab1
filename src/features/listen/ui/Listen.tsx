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

export function Listen() {
  if (!canSpeak()) return null
  return (
    <Quiet>
      <Suspense fallback={null}>
        <ListenControls />
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
