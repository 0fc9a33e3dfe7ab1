/**
 * The 3D view's three ways of looking at the hip: as it is, as an X-ray, or cut through the
 * bone (src/features/xray, src/features/cut). Toggle buttons: one is pressed at a time, and
 * pressing the X-ray or the cut again goes back to the plain view (phones, short of room, show
 * only those two). Part of the view controls, so absent without WebGL like them.
 */
import type { ReactNode } from 'react'
import { SURGEON_VIEWS, useWalkthrough, type SurgeonView } from '../state/store'
import { useText } from './useText'
import { CutIcon, View3dIcon, XrayIcon } from './icons'

const ICONS = { none: View3dIcon, xray: XrayIcon, cut: CutIcon } as const

/** `views`: which of the surgeon's views to offer beside the plain 3D view (all by default). */
export function SurgeonViewSwitch({ views = SURGEON_VIEWS }: { views?: readonly SurgeonView[] }) {
  const current = useWalkthrough((s) => s.surgeonView)
  const open = useWalkthrough((s) => s.openSurgeonView)
  const close = useWalkthrough((s) => s.closeSurgeonView)
  const text = useText()
  const choices: { view: SurgeonView | null; name: string; Glyph: () => ReactNode }[] = [
    { view: null, name: text.ui.viewAsIs, Glyph: ICONS.none },
    ...views.map((view) => ({ view, name: text[view].name, Glyph: ICONS[view] })),
  ]
  return (
    <div className="surgeon-view-switch" role="group" aria-label={text.ui.surgeonViews}>
      {choices.map(({ view, name, Glyph }) => (
        <button
          key={view ?? 'as-is'}
          type="button"
          className="tool-button"
          aria-pressed={current === view}
          data-surgeon-view={view ?? 'none'}
          onClick={() => (view === null || view === current ? close() : open(view))}
        >
          <Glyph />
          <span className="tool-text">{name}</span>
        </button>
      ))}
    </div>
  )
}
