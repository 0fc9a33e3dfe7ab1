/**
 * The 3D view's three ways of looking at the hip: as it is, as an X-ray, or cut through the
 * bone (src/features/xray, src/features/cut). Toggle buttons: one is pressed at a time.
 * Part of the view controls, so absent without WebGL like them.
 */
import { SURGEON_VIEWS, useWalkthrough, type SurgeonView } from '../state/store'
import { useText } from './useText'

/** `views`: which of the surgeon's views to offer beside the plain 3D view (all by default). */
export function SurgeonViewSwitch({ views = SURGEON_VIEWS }: { views?: readonly SurgeonView[] }) {
  const current = useWalkthrough((s) => s.surgeonView)
  const open = useWalkthrough((s) => s.openSurgeonView)
  const close = useWalkthrough((s) => s.closeSurgeonView)
  const text = useText()
  const choices: { view: SurgeonView | null; name: string }[] = [
    { view: null, name: text.ui.viewAsIs },
    ...views.map((view) => ({ view, name: text[view].name })),
  ]
  return (
    <div className="surgeon-view-switch" role="group" aria-label={text.ui.surgeonViews}>
      {choices.map(({ view, name }) => (
        <button
          key={view ?? 'as-is'}
          type="button"
          className="tool-button"
          aria-pressed={current === view}
          data-surgeon-view={view ?? 'none'}
          onClick={() => (view === null ? close() : open(view))}
        >
          <span className="tool-text">{name}</span>
        </button>
      ))}
    </div>
  )
}
