/**
 * Where the two hips of the comparison stand: the resurfacing hip where the walkthrough's is,
 * the total hip beside it toward the patient's left (+X), far enough that the two pelvises do
 * not touch. One hip per side of the screen on a wide view; one hip at a time on a narrow one.
 * Pure (no three.js), shared by the scene and its tests.
 */
import type { Part, PointLandmark, Vec3 } from '../../../models/contract'
import type { CameraPose } from '../../content/schema'
import type { CompareSide } from '../../state/store'
import type { Orbit } from '../../lib/camera-pose'

/** The model's hip spans about 15 cm from the greater trochanter to the pubic midline. */
export const THR_OFFSET_M: Vec3 = [0.17, 0, 0]

/** Parts drawn on the total hip's side (moved by THR_OFFSET_M). */
export const THR_SIDE_PARTS: ReadonlySet<Part> = new Set<Part>([
  'femur-thr', 'pelvis-thr-reamed', 'thr-stem', 'thr-ball', 'thr-cup', 'thr-liner', 'removed-femur-thr', 'removed-socket-thr',
  'femur-thr-cancellous', 'femur-thr-canal', 'pelvis-thr-reamed-cancellous',
])

/** Landmarks on the total hip's side. */
export const THR_SIDE_LANDMARKS: ReadonlySet<PointLandmark> = new Set<PointLandmark>([
  'thr-ball-centre', 'thr-stem-tip', 'thr-neck-cut', 'thr-cup-pole', 'thr-stem-shoulder', 'removed-femur-thr', 'removed-socket-thr',
])

/** Which hips a view of the comparison shows. */
export type CompareFraming = 'both' | CompareSide

/** Whether a label's point is on a hip that a framing shows. */
export const framesLandmark = (framing: CompareFraming, anchor: PointLandmark): boolean =>
  framing === 'both' || THR_SIDE_LANDMARKS.has(anchor) === (framing === 'thr')

/** A landmark where the comparison draws it. */
export function comparisonPoint(name: PointLandmark, points: Partial<Record<PointLandmark, Vec3>>): Vec3 | undefined {
  const p = points[name]
  if (!p || !THR_SIDE_LANDMARKS.has(name)) return p
  return [p[0] + THR_OFFSET_M[0], p[1] + THR_OFFSET_M[1], p[2] + THR_OFFSET_M[2]]
}

/**
 * Both hips side by side need the camera further back, more so on a view that is not wide:
 * the pair is about twice as wide as one hip.
 */
const bothFactor = (aspect: number) => Math.max(1.15, 2.1 / Math.max(aspect, 0.3))
const oneFactor = (aspect: number) => Math.max(1, 1.1 / Math.max(aspect, 0.3))

/**
 * The camera for a comparison view: its pose is set on the resurfacing hip; the other hip's
 * framing moves the target across by the offset, both hips' to half-way.
 */
export function compareOrbit(pose: CameraPose, framing: CompareFraming, points: Partial<Record<PointLandmark, Vec3>>, aspect: number): Orbit {
  const base = points[pose.target] ?? points['femoral-head-centre'] ?? [0, 0, 0]
  const shift = framing === 'both' ? 0.5 : framing === 'thr' ? 1 : 0
  return {
    target: [base[0] + THR_OFFSET_M[0] * shift, base[1] + THR_OFFSET_M[1] * shift, base[2] + THR_OFFSET_M[2] * shift],
    azimuthDeg: pose.azimuthDeg,
    elevationDeg: pose.elevationDeg,
    distanceM: pose.distanceM * (framing === 'both' ? bothFactor(aspect) : oneFactor(aspect)),
  }
}

/** The phone layout (app.css): the comparison shows one hip at a time there, with a switch. */
export const NARROW_COMPARE_QUERY = '(max-width: 599px)'
