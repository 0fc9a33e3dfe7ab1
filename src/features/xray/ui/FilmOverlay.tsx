/**
 * The measurements and the templating drawn over the student's film (SVG over the canvas, in
 * its CSS pixels). Decorative for screen readers: the card beside it gives every value as text.
 */
import { along, headingRad, intersection, type Line2, type Point2 } from '../angles'
import { anglesOf, filmLines, templateMarks, type FilmProjection } from '../film-marks'
import { templateVerdict, templatingSpec } from '../templating'
import type { XrayFilm } from '../../../state/store'

const ARC_RADIUS_PX = 34
const fmt = (n: number) => n.toFixed(1)
const pts = (...points: Point2[]) => points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ')

/** The arc between two headings (radians, y down) about a vertex, the short way round, and where its value goes. */
function arc(vertex: Point2, from: number, to: number): { d: string; label: Point2 } {
  let delta = to - from
  while (delta > Math.PI) delta -= 2 * Math.PI
  while (delta <= -Math.PI) delta += 2 * Math.PI
  const start = along(vertex, from, ARC_RADIUS_PX)
  const end = along(vertex, to, ARC_RADIUS_PX)
  return {
    d: `M ${pts(start)} A ${ARC_RADIUS_PX} ${ARC_RADIUS_PX} 0 0 ${delta > 0 ? 1 : 0} ${pts(end)}`,
    label: along(vertex, from + delta / 2, ARC_RADIUS_PX + 24),
  }
}

function Value({ at, value }: { at: Point2; value: number }) {
  return (
    <text x={fmt(at[0])} y={fmt(at[1])} className="xray-mark__value">
      {`${value.toFixed(1)}°`}
    </text>
  )
}

/** Two axes drawn from where they cross toward their ends (the head, the knee), the arc between them and the value. */
function Angle({ id, a, b, value }: { id: string; a: Line2; b: Line2; value: number }) {
  const vertex = intersection(a, b)
  if (!vertex) return null
  const { d, label } = arc(vertex, Math.atan2(a.to[1] - vertex[1], a.to[0] - vertex[0]), Math.atan2(b.to[1] - vertex[1], b.to[0] - vertex[0]))
  return (
    <g className="xray-mark" data-measure={id} data-value={value.toFixed(2)}>
      <polyline points={pts(vertex, a.to)} />
      <polyline points={pts(vertex, b.to)} />
      <path d={d} className="xray-mark__arc" />
      <Value at={label} value={value} />
    </g>
  )
}

/** The cup's opening line against the film's horizontal, from the opening's middle. */
function CupInclination({ opening, value }: { opening: Line2; value: number }) {
  const mid: Point2 = [(opening.from[0] + opening.to[0]) / 2, (opening.from[1] + opening.to[1]) / 2]
  const half = Math.hypot(opening.to[0] - opening.from[0], opening.to[1] - opening.from[1]) / 2
  // The horizontal runs toward the opening's inferomedial end, where the angle opens.
  const medial = opening.to[0] >= opening.from[0] ? 1 : -1
  const horizontal: Line2 = { from: mid, to: [mid[0] + medial * (half + 24), mid[1]] }
  const { d, label } = arc(mid, headingRad(horizontal), headingRad({ from: mid, to: opening.to }))
  return (
    <g className="xray-mark" data-measure="cup-inclination" data-value={value.toFixed(2)}>
      <polyline points={pts(opening.from, opening.to)} />
      <polyline points={pts(horizontal.from, horizontal.to)} className="xray-mark__reference" />
      <path d={d} className="xray-mark__arc" />
      <Value at={label} value={value} />
    </g>
  )
}

function Templating({ projection, capMm }: { projection: FilmProjection; capMm: number }) {
  const spec = templatingSpec()
  const marks = templateMarks(projection, capMm, spec)
  const { notches } = templateVerdict(capMm, spec)
  return (
    <g className={`xray-template xray-template--${notches ? 'notches' : 'clears'}`} data-template-cap={capMm}>
      <circle cx={fmt(marks.capCentre[0])} cy={fmt(marks.capCentre[1])} r={fmt(marks.capRadiusPx)} className="xray-template__cap" />
      {marks.bore.map((line, i) => (
        <polyline key={`bore-${i}`} points={pts(line.from, line.to)} className="xray-template__bore" />
      ))}
      {marks.neckEdges.map((line, i) => (
        <polyline key={`neck-${i}`} points={pts(line.from, line.to)} className="xray-template__neck" />
      ))}
    </g>
  )
}

export function FilmOverlay({ film, projection, templateCapMm }: { film: XrayFilm; projection: FilmProjection; templateCapMm: number | null }) {
  const lines = filmLines(projection)
  const angles = anglesOf(lines)
  return (
    <svg
      className="xray-overlay"
      aria-hidden="true"
      width={projection.width}
      height={projection.height}
      viewBox={`0 0 ${projection.width} ${projection.height}`}
      data-film={film}
    >
      {film === 'before' ? (
        <>
          <Angle id="neck-shaft" a={lines.neck} b={lines.shaft} value={angles.neckShaftDeg} />
          {templateCapMm !== null && <Templating projection={projection} capMm={templateCapMm} />}
        </>
      ) : (
        <>
          <CupInclination opening={lines.cupOpening} value={angles.cupInclinationDeg} />
          <Angle id="stem-shaft" a={lines.stem} b={lines.shaft} value={angles.stemShaftDeg} />
        </>
      )}
    </svg>
  )
}
