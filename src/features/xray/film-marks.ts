/**
 * What the measurements and the templating draw on the film, from the manifest's axes and the
 * film camera's projection (pure: no three.js, so the panel and the tests share it).
 *
 * The lines are the generator's own axes, the ones the model is built on: the native neck axis,
 * the shaft axis, the guide-pin axis (the cap's stem follows it) and the socket's axis (the
 * cup's). Projected through the 1 m film camera they give the angles a surgeon reads on the AP
 * film; `parallelRadiograph` gives the same angles for rays that are parallel (the manifest's
 * definition), which differ from the camera's by a fraction of a degree.
 */
import type { Vec3 } from '../../../models/contract'
import type { Radiograph } from '../../../models/manifest-schema'
import { manifest } from '../../scene/manifest'
import { angleBetweenDeg, inclinationDeg, type Line2, type Point2 } from './angles'
import type { TemplatingSpec } from './templating'

/** The film camera as the scene last drew it: enough to project a model point to the canvas's CSS pixels. */
export interface FilmProjection {
  /** Projection times view matrix, column-major (three's `elements`). */
  readonly viewProjection: readonly number[]
  /** The canvas's size in CSS pixels. */
  readonly width: number
  readonly height: number
  /** Where the camera is (model frame, metres). */
  readonly eye: Vec3
}

type Line3 = readonly [Vec3, Vec3]

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k]
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
const unit = (a: Vec3): Vec3 => scale(a, 1 / (Math.hypot(a[0], a[1], a[2]) || 1))

/** A model point on the canvas, in CSS pixels (y down). */
export function project({ viewProjection: m, width, height }: FilmProjection, [x, y, z]: Vec3): Point2 {
  const w = m[3]! * x + m[7]! * y + m[11]! * z + m[15]!
  const nx = (m[0]! * x + m[4]! * y + m[8]! * z + m[12]!) / w
  const ny = (m[1]! * x + m[5]! * y + m[9]! * z + m[13]!) / w
  return [(nx * 0.5 + 0.5) * width, (0.5 - ny * 0.5) * height]
}

const projectLine = (p: FilmProjection, [a, b]: Line3): Line2 => ({ from: project(p, a), to: project(p, b) })

const { axes, points } = manifest.landmarks
const HEAD_CENTRE: Vec3 = points['femoral-head-centre'] ?? axes['neck-axis'].origin
const CUP_CENTRE: Vec3 = points['acetabular-centre'] ?? axes['acetabular-axis'].origin
const CUP_RADIUS_M = manifest.implants.cupOuterDiameterMm / 2000
const MM = 0.001

/** A length of each axis to draw, in metres: the neck from its middle to the head, the shaft down from the neck. */
const NECK_DRAWN_M = 0.045
const SHAFT_DRAWN_M = 0.12

/** The native neck, directed toward the head (the axis's direction points from the neck to the head centre). */
const NECK: Line3 = [sub(axes['neck-axis'].origin, scale(axes['neck-axis'].direction, NECK_DRAWN_M)), axes['neck-axis'].origin]
/** The cap's stem, along the guide-pin axis, directed toward the head like the neck. */
const STEM: Line3 = [sub(axes['guide-pin-axis'].origin, scale(axes['guide-pin-axis'].direction, NECK_DRAWN_M)), axes['guide-pin-axis'].origin]
/** The shaft, directed toward the knee. */
const SHAFT: Line3 = [axes['shaft-axis'].origin, add(axes['shaft-axis'].origin, scale(axes['shaft-axis'].direction, SHAFT_DRAWN_M))]

/** The diameter of the cup's opening that the film shows widest: across the rim, square to the line of sight. */
function cupOpening(eye: Vec3): Line3 {
  const across = unit(cross(axes['acetabular-axis'].direction, unit(sub(CUP_CENTRE, eye))))
  // Superolateral end first (the patient's right is -X): the line runs from there to inferomedial.
  const a = add(CUP_CENTRE, scale(across, CUP_RADIUS_M))
  const b = sub(CUP_CENTRE, scale(across, CUP_RADIUS_M))
  return a[1] >= b[1] ? [a, b] : [b, a]
}

export interface FilmLines {
  neck: Line2
  stem: Line2
  shaft: Line2
  cupOpening: Line2
}

export function filmLines(p: FilmProjection): FilmLines {
  return { neck: projectLine(p, NECK), stem: projectLine(p, STEM), shaft: projectLine(p, SHAFT), cupOpening: projectLine(p, cupOpening(p.eye)) }
}

export interface FilmAngles {
  neckShaftDeg: number
  stemShaftDeg: number
  cupInclinationDeg: number
}

export function anglesOf(lines: FilmLines): FilmAngles {
  return {
    neckShaftDeg: angleBetweenDeg(lines.neck, lines.shaft),
    stemShaftDeg: angleBetweenDeg(lines.stem, lines.shaft),
    cupInclinationDeg: inclinationDeg(lines.cupOpening),
  }
}

/** The same angles with parallel rays from the front (the coronal plane): the manifest's definition. */
export function parallelRadiograph(): FilmAngles {
  const flat = ([a, b]: Line3): Line2 => ({ from: [a[0], -a[1]], to: [b[0], -b[1]] })
  const opening = cupOpening([CUP_CENTRE[0], CUP_CENTRE[1], CUP_CENTRE[2] + 1e6])
  return anglesOf({ neck: flat(NECK), stem: flat(STEM), shaft: flat(SHAFT), cupOpening: flat(opening) })
}

/** The generator's film angles (models/generator/radiograph.ts), which the app's must match within 1 deg. */
export function referenceAngles(radiograph: Radiograph = manifest.radiograph): FilmAngles {
  return {
    neckShaftDeg: radiograph.neckShaftAngleDeg,
    stemShaftDeg: radiograph.stemShaftAngleDeg,
    cupInclinationDeg: radiograph.cupInclinationDeg,
  }
}

/** What templating a cap size draws: the cap's outline at the head, the sleeve reamer's bore, and the neck's edges at the sizing station. */
export interface TemplateMarks {
  capCentre: Point2
  capRadiusPx: number
  bore: readonly [Line2, Line2]
  neckEdges: readonly [Line2, Line2]
}

/** Half the length of the tick that marks each edge of the neck at the sizing station. */
const NECK_TICK_M = 0.003

export function templateMarks(p: FilmProjection, capMm: number, spec: TemplatingSpec): TemplateMarks {
  const pin = axes['guide-pin-axis']
  const sight = unit(sub(HEAD_CENTRE, p.eye))
  const side = unit(cross(pin.direction, sight))
  const onPin = (mm: number) => add(pin.origin, scale(pin.direction, mm * MM))
  const capRadiusM = (capMm / 2) * MM
  const centre = project(p, HEAD_CENTRE)
  const rim = project(p, add(HEAD_CENTRE, scale(unit(cross(sight, [0, 1, 0])), capRadiusM)))
  const boreRadiusM = ((capMm - spec.capToPreparedMm) / 2) * MM
  const top = onPin(capMm / 2)
  const station = onPin(-spec.stationMm)
  const boreLine = (sign: 1 | -1): Line2 =>
    projectLine(p, [add(top, scale(side, sign * boreRadiusM)), add(station, scale(side, sign * boreRadiusM))])
  const neckEdge = (sign: 1 | -1): Line2 => {
    const edge = add(station, scale(side, sign * spec.neckRadiusAboutPinMm * MM))
    return projectLine(p, [add(edge, scale(pin.direction, NECK_TICK_M)), sub(edge, scale(pin.direction, NECK_TICK_M))])
  }
  return {
    capCentre: centre,
    capRadiusPx: Math.hypot(rim[0] - centre[0], rim[1] - centre[1]),
    bore: [boreLine(1), boreLine(-1)],
    neckEdges: [neckEdge(1), neckEdge(-1)],
  }
}
