/**
 * Replay, Pause/Play (WCAG 2.2.2), Reset view, Landmarks (students), and the Layers panel
 * toggle, under the 3D view. Without WebGL there is no 3D view for them to act on, so they are
 * not offered.
 */
import { useId, useRef, useState } from 'react'
import { useWalkthrough } from '../state/store'
import { LandmarksIcon, LayersIcon, PauseIcon, PlayIcon, ReplayIcon, ResetViewIcon } from './icons'
import { LayersPanel } from './LayersPanel'
import { SurgeonViewSwitch } from './SurgeonViewSwitch'
import { useText } from './useText'
import { hasWebGL2 } from './webgl'

export function ViewControls() {
  const paused = useWalkthrough((s) => s.paused)
  const replay = useWalkthrough((s) => s.replay)
  const togglePaused = useWalkthrough((s) => s.togglePaused)
  const resetView = useWalkthrough((s) => s.resetView)
  // The student register's anatomy labels. Offered in a test and in the X-ray or the cut too (they
  // show no labels; the choice waits for the plain view), so the bar keeps its layout.
  const landmarksOffered = useWalkthrough((s) => s.audience === 'student')
  const landmarks = useWalkthrough((s) => s.landmarks)
  const setLandmarks = useWalkthrough((s) => s.setLandmarks)
  const text = useText()
  const [layersOpen, setLayersOpen] = useState(false)
  const layersButton = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  const closeLayers = () => {
    setLayersOpen(false)
    layersButton.current?.focus()
  }

  if (!hasWebGL2()) return null

  return (
    <>
      <div className="view-controls" role="group" aria-label={text.ui.viewControls}>
        {/* Inside the bar, so it opens just above it however many rows the bar wraps to. */}
        {layersOpen && <LayersPanel id={panelId} onClose={closeLayers} />}
        <button type="button" className="tool-button" aria-label={text.ui.replayAnimation} onClick={replay} data-icon-only-when-crowded>
          <ReplayIcon />
          <span className="tool-text">{text.ui.replay}</span>
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label={paused ? text.ui.playAnimation : text.ui.pauseAnimation}
          onClick={togglePaused}
          data-icon-only-when-crowded
        >
          {paused ? <PlayIcon /> : <PauseIcon />}
          <span className="tool-text">{paused ? text.ui.play : text.ui.pause}</span>
        </button>
        <button type="button" className="tool-button" onClick={resetView}>
          <ResetViewIcon />
          <span className="tool-text">{text.ui.resetView}</span>
        </button>
        {landmarksOffered && (
          <button
            type="button"
            className="tool-button landmarks-toggle"
            aria-pressed={landmarks}
            title={text.ui.landmarks}
            onClick={() => setLandmarks(!landmarks)}
            data-icon-only-when-crowded
          >
            <LandmarksIcon />
            <span className="tool-text">{text.ui.landmarks}</span>
          </button>
        )}
        <button
          ref={layersButton}
          type="button"
          className="tool-button"
          aria-expanded={layersOpen}
          aria-controls={layersOpen ? panelId : undefined}
          onClick={() => setLayersOpen((o) => !o)}
        >
          <LayersIcon />
          <span className="tool-text">{text.ui.layers}</span>
        </button>
        <SurgeonViewSwitch />
      </div>
    </>
  )
}
