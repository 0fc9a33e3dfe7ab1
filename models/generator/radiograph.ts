/**
 * What an AP film of the model measures (manifest `radiograph`), from the landmark axes the
 * models are built on. The film is taken from in front with parallel rays, so a direction on the
 * film is the axis with its z (anterior) part dropped. FACTS.md section 11 gives the angles
 * a student reads: the cup's inclination, the native neck-shaft angle and the cap's stem-shaft
 * angle; the templating numbers say when a cap would notch the neck (section 3 step 6).
 */
import type { TriMesh } from './measure'
import type { V3 } from './vec'

const DEG = 180 / Math.PI
const r2 = (x: number): number => Math.round(x * 100) / 100

/** An axis direction on the AP film (unit, in the film's x-y plane). */
export function onFilm(d: readonly number[]): [number, number] {
  const l = Math.hypot(d[0]!, d[1]!)
  if (l < 1e-9) throw new Error('axis runs along the beam: it has no direction on the film')
  return [d[0]! / l, d[1]! / l]
}

/** Angle (deg, 0-180) between two directions as the film shows them. */
export function filmAngleDeg(a: readonly number[], b: readonly number[]): number {
  const [ax, ay] = onFilm(a)
  const [bx, by] = onFilm(b)
  return Math.acos(Math.max(-1, Math.min(1, ax * bx + ay * by))) * DEG
}

/** Angle (deg, 0-90) between a line on the film and the film's vertical (the model's pelvis is level). */
export function fromVerticalDeg(d: readonly number[]): number {
  const [, y] = onFilm(d)
  return Math.acos(Math.min(1, Math.abs(y))) * DEG
}

export interface FilmAxes {
  /** Neck axis, from the neck toward the head. */
  neck: readonly number[]
  /** Shaft axis, toward the knee. */
  shaft: readonly number[]
  /** Guide-pin axis = the cap's stem axis, toward the head. */
  pin: readonly number[]
  /** Acetabular axis, out of the socket. */
  acetabular: readonly number[]
}

/**
 * - neck-shaft: the neck (toward the head) against the shaft (toward the knee), about 130 deg;
 * - stem-shaft: the cap's stem axis (the guide pin) against the shaft, the same convention;
 * - cup inclination: the line across the cup's opening against the horizontal, which is the
 *   acetabular axis (normal to the opening) against the vertical.
 */
export function filmAngles(a: FilmAxes): { neckShaftAngleDeg: number; stemShaftAngleDeg: number; cupInclinationDeg: number } {
  return {
    neckShaftAngleDeg: r2(filmAngleDeg(a.neck, a.shaft)),
    stemShaftAngleDeg: r2(filmAngleDeg(a.pin, a.shaft)),
    cupInclinationDeg: r2(fromVerticalDeg(a.acetabular)),
  }
}

/** How far (mm) below the head centre, along the pin (toward the head), a point lies. */
export function stationBelowMm(point: V3, headCentre: V3, pin: readonly number[]): number {
  return -((point[0] - headCentre[0]) * pin[0]! + (point[1] - headCentre[1]) * pin[1]! + (point[2] - headCentre[2]) * pin[2]!)
}

/** Vertices count as "at the station" within this distance along the pin (mm). */
export const STATION_HALF_WIDTH_MM = 1

/**
 * The neck's largest distance from the pin axis at a station: over the femur's vertices within
 * `STATION_HALF_WIDTH_MM` of it along the pin, and closer to the axis than `withinMm` (the head's
 * radius), so the trochanter, which the same plane can reach far from the axis, is not counted.
 * A bore narrower than twice this would notch the neck.
 */
export function neckRadiusAboutPinMm(femur: TriMesh, headCentre: V3, pin: readonly number[], stationMm: number, withinMm: number): number {
  const P = femur.positions
  let best = 0
  for (let i = 0; i < P.length; i += 3) {
    const d: V3 = [P[i]! - headCentre[0], P[i + 1]! - headCentre[1], P[i + 2]! - headCentre[2]]
    const s = d[0] * pin[0]! + d[1] * pin[1]! + d[2] * pin[2]!
    if (Math.abs(-s - stationMm) > STATION_HALF_WIDTH_MM) continue
    const r = Math.sqrt(Math.max(0, d[0] * d[0] + d[1] * d[1] + d[2] * d[2] - s * s))
    if (r < withinMm && r > best) best = r
  }
  if (best === 0) throw new Error('no femur vertices at the sizing station')
  return best
}

export interface Templating {
  stationMm: number
  neckRadiusAboutPinMm: number
  capToPreparedMm: number
}

export function templating(
  femur: TriMesh,
  headCentre: V3,
  headRadiusMm: number,
  pin: readonly number[],
  gaugeTip: V3,
  capOuterDiameterMm: number,
  preparedHeadDiameterMm: number,
): Templating {
  const station = stationBelowMm(gaugeTip, headCentre, pin)
  return {
    stationMm: r2(station),
    neckRadiusAboutPinMm: r2(neckRadiusAboutPinMm(femur, headCentre, pin, station, headRadiusMm)),
    capToPreparedMm: r2(capOuterDiameterMm - preparedHeadDiameterMm),
  }
}
