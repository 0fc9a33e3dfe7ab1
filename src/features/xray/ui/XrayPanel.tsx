/**
 * Over the 3D view while the X-ray shows (DOM only; the scene publishes its camera through
 * film-view.ts). Students: the film switch, the angles drawn on the film and read out with their
 * safe ranges, and templating a cap size on the film before. Patients: the two films side by
 * side, one sentence under each. Everyone: a note when the film is the simplified one.
 */
import { useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import { useWalkthrough, XRAY_FILMS, type XrayFilm } from '../../../state/store'
import type { XrayMeasureText, XrayText } from '../../../content/views/xray-text'
import { PassageText } from '../../../ui/pages/PassageText'
import { fill, useText } from '../../../ui/useText'
import { filmsShown } from '../film'
import { anglesOf, filmLines, type FilmAngles } from '../film-marks'
import { filmView, type FilmView } from '../film-view'
import { CAP_SIZES_MM, MHRA_SMALL_HEAD_MM, modelCapMm, modelCupMm, templateVerdict, templatingSpec } from '../templating'
import { FilmOverlay } from './FilmOverlay'
import './xray.css'

const NARROW = '(max-width: 599px)'

export default function XrayPanel() {
  const audience = useWalkthrough((s) => s.audience)
  const chosen = useWalkthrough((s) => s.xrayFilm)
  const stepId = useWalkthrough((s) => s.stepId)
  const templateCapMm = useWalkthrough((s) => s.templateCapMm)
  // The projector's window shows what the presenter shows, without the controls.
  const inAudienceWindow = useWalkthrough((s) => s.view === 'audience')
  const view = useSyncExternalStore(filmView.subscribe, filmView.get)
  const text = useText().xray
  const films = filmsShown(audience, chosen, stepId)
  const film = films[0] ?? 'before'
  const simplified = view?.rendering === 'simplified' && (
    <p className="xray-note" role="note" data-xray-note="simplified">
      {text.simplifiedNote}
    </p>
  )

  if (audience === 'patient') {
    return (
      <div className="xray xray--patient">
        {simplified}
        <div className="xray-captions">
          {films.map((f) => (
            <p key={f} className="xray-caption" data-film={f}>
              <strong>{f === 'before' ? text.filmBefore : text.filmAfter}</strong>{' '}
              <PassageText passage={f === 'before' ? text.patientBefore : text.patientAfter} />
            </p>
          ))}
        </div>
      </div>
    )
  }

  const measuring = view?.projection && view.atFilmPose ? view.projection : null
  const overlay = measuring && <FilmOverlay film={film} projection={measuring} templateCapMm={film === 'before' ? templateCapMm : null} />
  if (inAudienceWindow) {
    return (
      <div className="xray xray--student">
        {overlay}
        {simplified}
      </div>
    )
  }
  return (
    <div className="xray xray--student">
      {overlay}
      <StudentCard film={film} view={view} angles={measuring ? anglesOf(filmLines(measuring)) : null} text={text} templateCapMm={templateCapMm}>
        {simplified}
      </StudentCard>
    </div>
  )
}

interface StudentCardProps {
  film: XrayFilm
  view: FilmView | null
  angles: FilmAngles | null
  text: XrayText
  templateCapMm: number | null
  children: ReactNode
}

function StudentCard({ film, view, angles, text, templateCapMm, children }: StudentCardProps) {
  const setXrayFilm = useWalkthrough((s) => s.setXrayFilm)
  const resetView = useWalkthrough((s) => s.resetView)
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW).matches)
  const readings = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const backToFilm = () => {
    resetView()
    // The button goes once the camera is back: keep the keyboard in the card.
    readings.current?.focus()
  }
  return (
    <section className="xray-card" aria-labelledby={titleId} data-film={film}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id={titleId} className="xray-card__title">
            {text.panelName}
          </h2>
        </summary>
        {children}
        <div className="xray-films" role="group" aria-label={text.filmChoice}>
          {XRAY_FILMS.map((f) => (
            <button key={f} type="button" className="tool-button xray-films__button" aria-pressed={film === f} data-xray-film={f} onClick={() => setXrayFilm(f)}>
              {f === 'before' ? text.filmBefore : text.filmAfter}
            </button>
          ))}
        </div>
        <div className="xray-readings" ref={readings} tabIndex={-1}>
          {view && !view.atFilmPose ? (
            // Said once the camera rests off the film, not during the glide into it.
            view.cameraMoving ? null : (
              <p className="xray-off-film">
                {text.offFilm}{' '}
                <button type="button" className="tool-button" onClick={backToFilm} data-xray-back>
                  {text.backToFilm}
                </button>
              </p>
            )
          ) : (
            angles &&
            (film === 'before' ? (
              <Measure id="neck-shaft" text={text.neckShaft} value={angles.neckShaftDeg} degrees={text.degrees} />
            ) : (
              <>
                <Measure id="cup-inclination" text={text.cupInclination} value={angles.cupInclinationDeg} degrees={text.degrees} check={{ low: 30, high: 50, template: text.inRange, outside: text.outOfRange }} />
                <Measure id="stem-shaft" text={text.stemShaft} value={angles.stemShaftDeg} degrees={text.degrees} />
              </>
            ))
          )}
        </div>
        {film === 'before' ? <Templating text={text} capMm={templateCapMm} /> : <p className="xray-hint">{text.templating.onBeforeFilm}</p>}
      </details>
    </section>
  )
}

interface Check {
  low: number
  high: number
  template: string
  outside: string
}

function Measure({ id, text, value, degrees, check }: { id: string; text: XrayMeasureText; value: number; degrees: string; check?: Check }) {
  const inside = check ? value >= check.low && value <= check.high : null
  return (
    <div className="xray-measure" data-measure={id} data-value={value.toFixed(2)}>
      <p className="xray-measure__value">
        <span className="xray-measure__name">{text.name}</span> <strong>{fill(degrees, { value: value.toFixed(1) })}</strong>
        {check && (
          <span className={`xray-measure__check xray-measure__check--${inside ? 'in' : 'out'}`}>
            {' '}
            {fill(inside ? check.template : check.outside, { low: check.low, high: check.high })}
          </span>
        )}
      </p>
      <p className="xray-measure__reference">
        <PassageText passage={text.reference} />
      </p>
      <ul className="xray-measure__range">
        {text.range.map((p, i) => (
          <li key={i}>
            <PassageText passage={p} />
          </li>
        ))}
      </ul>
    </div>
  )
}

function Templating({ text, capMm }: { text: XrayText; capMm: number | null }) {
  const setTemplateCap = useWalkthrough((s) => s.setTemplateCap)
  const selectId = useId()
  const t = text.templating
  const model = modelCapMm()
  const verdict = capMm === null ? null : templateVerdict(capMm, templatingSpec())
  return (
    <section className="xray-template-card" aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`} className="xray-card__subtitle">
        {t.title}
      </h3>
      <label htmlFor={selectId}>{t.sizeLabel}</label>{' '}
      <select id={selectId} value={capMm ?? ''} onChange={(e) => setTemplateCap(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">{t.off}</option>
        {CAP_SIZES_MM.map((mm) => (
          <option key={mm} value={mm}>
            {fill(mm === model ? t.modelSize : t.size, { mm })}
          </option>
        ))}
      </select>
      {verdict && (
        <div className="xray-verdict" data-verdict={verdict.notches ? 'notches' : 'clears'} aria-live="polite">
          <p className={`xray-verdict__result xray-verdict__result--${verdict.notches ? 'notches' : 'clears'}`}>
            <strong>{fill(verdict.notches ? t.notches : t.clears, { mm: Math.abs(verdict.clearanceMm).toFixed(1) })}</strong>
          </p>
          <p>{fill(t.prepared, { prepared: verdict.preparedDiameterMm })}</p>
          <p>
            <PassageText passage={{ ...t.cups, text: fill(t.cups.text, { cups: verdict.cups.map((c) => fill(t.size, { mm: c })).join(', ') }) }} />
          </p>
          {verdict.capMm <= MHRA_SMALL_HEAD_MM && (
            <p className="xray-verdict__warning">
              <PassageText passage={t.regulator} />
            </p>
          )}
          <p className="xray-hint">{t.legend}</p>
        </div>
      )}
      <p className="xray-hint">{fill(t.modelSizes, { cap: model, cup: modelCupMm() })}</p>
    </section>
  )
}
