/**
 * Under the 3D view while the comparison is open: its three views, the hip shown (on a phone,
 * where there is room for one), Reset view, and the way back to the step. The arrow keys move
 * between the views, as they move between the steps in the walkthrough.
 */
import { useEffect } from 'react'
import { COMPARE_SIDES, COMPARE_VIEWS, useWalkthrough } from '../../../state/store'
import { ChevronLeftIcon, ResetViewIcon } from '../../../ui/icons'
import { SurgeonViewSwitch } from '../../../ui/SurgeonViewSwitch'
import type { SurgeonView } from '../../../state/store'

const COMPARABLE_VIEWS: readonly SurgeonView[] = ['cut']
import { useText } from '../../../ui/useText'
import { hasWebGL2 } from '../../../ui/webgl'
import './compare.css'

/** Keys that belong to what has focus, not to the views. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

export function CompareControls() {
  const compare = useWalkthrough((s) => s.compare)
  const side = useWalkthrough((s) => s.compareSide)
  const openCompare = useWalkthrough((s) => s.openCompare)
  const closeCompare = useWalkthrough((s) => s.closeCompare)
  const setCompareSide = useWalkthrough((s) => s.setCompareSide)
  const resetView = useWalkthrough((s) => s.resetView)
  const text = useText().compare
  const ui = useText().ui

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = useWalkthrough.getState()
      if (state.compare === null || state.page !== null || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
      if (step === 0) return
      const index = COMPARE_VIEWS.indexOf(state.compare) + step
      const next = COMPARE_VIEWS[Math.max(0, Math.min(COMPARE_VIEWS.length - 1, index))]
      if (next && next !== state.compare) state.openCompare(next)
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  if (compare === null) return null
  return (
    <div className="compare-controls">
      <div className="compare-controls__views" role="group" aria-label={text.viewsLabel}>
        {COMPARE_VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            className="compare-controls__view"
            aria-pressed={view === compare}
            onClick={() => openCompare(view)}
          >
            {text.views[view].name}
          </button>
        ))}
      </div>
      <div className="compare-controls__row">
        {hasWebGL2() && (
          <div className="compare-controls__sides" role="group" aria-label={text.sidesLabel}>
            {COMPARE_SIDES.map((s) => (
              <button key={s} type="button" className="compare-controls__side" aria-pressed={s === side} onClick={() => setCompareSide(s)}>
                {text.sides[s]}
              </button>
            ))}
          </div>
        )}
        {hasWebGL2() && (
          <button type="button" className="tool-button" onClick={resetView}>
            <ResetViewIcon />
            <span className="tool-text">{ui.resetView}</span>
          </button>
        )}
        {/* The cut goes through both hips; the X-ray is of the resurfacing hip alone, so it is not offered here. */}
        {hasWebGL2() && <SurgeonViewSwitch views={COMPARABLE_VIEWS} />}
        <button type="button" className="tool-button compare-controls__close" onClick={closeCompare}>
          <ChevronLeftIcon />
          <span className="tool-text">{text.close}</span>
        </button>
      </div>
    </div>
  )
}
