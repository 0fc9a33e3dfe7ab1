/**
 * Around a part of the page whose code is fetched when first shown (a page, a panel): while it
 * arrives nothing is drawn in its place, and if it cannot arrive (offline, a new version
 * deployed meanwhile) a message and a reload take its place instead of a blank app. Reloading
 * keeps the user's place: every state that matters is in the URL.
 */
import { Component, Suspense, type ReactNode } from 'react'
import { useText } from './useText'

interface BoundaryProps {
  children: ReactNode
  failed: ReactNode
}

class PartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override render() {
    return this.state.failed ? this.props.failed : this.props.children
  }
}

export function LazyPart({ children }: { children: ReactNode }) {
  const { ui } = useText()
  const failed = (
    <div className="lazy-part-failed" role="alert">
      <h2>{ui.partLoadFailedTitle}</h2>
      <p>{ui.partLoadFailedText}</p>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        {ui.partLoadFailedReload}
      </button>
    </div>
  )
  return (
    <PartBoundary failed={failed}>
      <Suspense fallback={null}>{children}</Suspense>
    </PartBoundary>
  )
}
