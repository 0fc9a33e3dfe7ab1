/**
 * The 3D view's three ways of looking at the hip: as it is, as an X-ray, or cut through the
 * bone (src/features/xray, src/features/cut). Toggle buttons: one is pressed at a time.
 * Part of the view controls, so absent without WebGL like them.
 */
import { useWalkthrough, type SurgeonView } from '../state/store'
import { useText } from './useText'

export function SurgeonViewSwitch() {
  const current = useWalkthrough((s) => s.surgeonView)
  const open = useWalkthrough((s) => s.openSurgeonView)
  const close = useWalkthrough((s) => s.closeSurgeonView)
  const text = useText()
  const choices: { view: SurgeonView | null; name: string }[] = [
    { view: null, name: text.ui.viewAsIs },
    { view: 'xray', name: text.xray.name },
    { view: 'cut', name: text.cut.name },
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
