/**
 * The cut's controls and words, over the 3D view (DOM only; the scene publishes through
 * cut-overlay.ts): Move and Turn sliders for the plane (native range inputs, so mouse, touch and
 * keyboard all work) with their values, Reset, a legend of the colours the cut shows in this
 * step, and labels on what the cut shows, each at its point on the plane.
 */
import { useId, useState, useSyncExternalStore } from 'react'
import { DEFAULT_CUT_PLANE, useWalkthrough } from '../../../state/store'
import { useText, fill } from '../../../ui/useText'
import { SourceMarks } from '../../../ui/pages/SourceMarks'
import { CUT_OFFSET_LIMIT_MM, CUT_OFFSET_STEP_MM, CUT_TURN_LIMIT_DEG, CUT_TURN_STEP_DEG, clampCutPlane } from '../cut-plane'
import { CUT_COLOURS } from '../cut-colours'
import { cutOverlay } from '../cut-overlay'
import { layoutCutLabels } from '../cut-label-layout'
import type { CutLabelId } from '../cut-labels'
import './cut.css'

/** A label text's width, estimated (it only decides which side of its point the text goes). */
const LABEL_CHAR_PX = 8
const LABEL_PADDING_PX = 40
/** The phone layout (app.css). */
const PHONE_QUERY = '(max-width: 599px)'

export default function CutPanel() {
  const text = useText().cut
  const audience = useWalkthrough((s) => s.audience)
  const plane = clampCutPlane(useWalkthrough((s) => s.cutPlane))
  const setCutPlane = useWalkthrough((s) => s.setCutPlane)
  const overlay = useSyncExternalStore(cutOverlay.subscribe, cutOverlay.get)
  const titleId = useId()
  const student = audience === 'student'
  // The room's window shows what the presenter chose; its plane is moved from the presenter's.
  const controls = useWalkthrough((s) => s.view) !== 'audience'
  // Folded at first where it would cover what the cut is for: a phone's small view, or the
  // comparison's two hips side by side.
  const [openAtFirst] = useState(() => !window.matchMedia(PHONE_QUERY).matches && useWalkthrough.getState().compare === null)

  const moveText =
    plane.offsetMm === 0
      ? text.moveCentre
      : fill(plane.offsetMm > 0 ? text.moveTowardFront : text.moveTowardBack, { value: Math.abs(plane.offsetMm) })
  const atDefault = plane.offsetMm === DEFAULT_CUT_PLANE.offsetMm && plane.turnDeg === DEFAULT_CUT_PLANE.turnDeg
  const width = document.querySelector('.hip-scene')?.clientWidth ?? window.innerWidth
  const wordsOf = (id: CutLabelId) => (student ? text.labels[id].student : text.labels[id].patient)
  const placed = layoutCutLabels(overlay.labels, width, (p) => wordsOf(p.id).length * LABEL_CHAR_PX + LABEL_PADDING_PX)

  return (
    <>
      <svg className="cut-leaders" aria-hidden="true">
        {placed.map((l) => (
          <line key={l.id} x1={l.x} y1={l.y} x2={l.textX} y2={l.textY} />
        ))}
      </svg>
      <ul className="cut-labels" aria-label={text.labelsName}>
        {placed.map((l) => (
          <li key={l.id} className="cut-label" data-cut-label={l.id} data-side={l.side}>
            <span className="cut-label__dot" style={{ transform: `translate(${l.x}px, ${l.y}px)` }} aria-hidden="true" />
            <span className="cut-label__text" style={{ transform: `translate(${l.textX}px, ${l.textY}px)` }}>
              <span className="cut-label__inner">
                {wordsOf(l.id)}
                {student && <SourceMarks sources={text.labels[l.id].sources} />}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <section className="cut-panel" aria-labelledby={titleId} data-cut-panel="">
        <details className="cut-panel__fold" open={openAtFirst}>
          <summary className="cut-panel__summary">
            <h2 className="cut-panel__title" id={titleId}>
              {text.title}
            </h2>
          </summary>
          <p className="cut-panel__intro">{student ? text.intro.student : text.intro.patient}</p>
          {controls && (
            <>
              <PlaneSlider
                control="move"
                label={text.move}
                limit={CUT_OFFSET_LIMIT_MM}
                step={CUT_OFFSET_STEP_MM}
                value={plane.offsetMm}
                valueText={moveText}
                shown={fill(text.moveValue, { value: plane.offsetMm })}
                onChange={(offsetMm) => setCutPlane(clampCutPlane({ ...plane, offsetMm }))}
              />
              <PlaneSlider
                control="turn"
                label={text.turn}
                limit={CUT_TURN_LIMIT_DEG}
                step={CUT_TURN_STEP_DEG}
                value={plane.turnDeg}
                valueText={fill(text.turnValue, { value: plane.turnDeg })}
                shown={fill(text.turnValue, { value: plane.turnDeg })}
                onChange={(turnDeg) => setCutPlane(clampCutPlane({ ...plane, turnDeg }))}
              />
              <button type="button" className="cut-panel__reset" disabled={atDefault} onClick={() => setCutPlane(DEFAULT_CUT_PLANE)}>
                {text.reset}
              </button>
            </>
          )}
          <h3 className="cut-panel__legend-title">{text.legendTitle}</h3>
          {overlay.tissues.length === 0 ? (
            <p className="cut-panel__legend-empty">{text.legendEmpty}</p>
          ) : (
            <ul className="cut-legend">
              {overlay.tissues.map((tissue) => {
                const words = text.tissues[tissue]
                return (
                  <li key={tissue} className="cut-legend__item" data-tissue={tissue}>
                    <span className="cut-legend__swatch" style={{ background: CUT_COLOURS[tissue] }} aria-hidden="true" />
                    {student ? words.student : words.patient}
                    {student && <SourceMarks sources={words.sources} />}
                  </li>
                )
              })}
            </ul>
          )}
        </details>
      </section>
    </>
  )
}

interface PlaneSliderProps {
  control: 'move' | 'turn'
  label: string
  /** The range is -limit..limit (cut-plane.ts). */
  limit: number
  step: number
  value: number
  /** What a screen reader says for the value (e.g. "4 mm toward the front"). */
  valueText: string
  /** The value as shown beside the slider. */
  shown: string
  onChange: (value: number) => void
}

/** One of the plane's sliders: a native range input, so mouse, touch and keyboard all work. */
function PlaneSlider({ control, label, limit, step, value, valueText, shown, onChange }: PlaneSliderProps) {
  const id = useId()
  return (
    <div className="cut-panel__control">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        data-cut-control={control}
        min={-limit}
        max={limit}
        step={step}
        value={value}
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>{shown}</output>
    </div>
  )
}
