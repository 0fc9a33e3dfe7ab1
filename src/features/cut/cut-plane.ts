/**
 * The cross-section's plane, in the femur's own (neutral) frame: by default through the neck
 * axis and the shaft axis (so the cut shows the head, the neck, the cap's stem and the canal),
 * seen from the front; the user moves it along its normal and turns it about the neck axis,
 * within limits that keep it through the head and neck. Pure (no three.js).
 */
import type { Vec3 } from '../../../models/contract'
import type { Orbit } from '../../lib/camera-pose'
import { lookAtToOrbit } from '../../lib/camera-pose'
import { femurPosePoint } from '../../lib/scene-plan'
import type { FemurPose } from '../../content/modes'
import type { CutPlane } from '../../state/store'

/** How far the plane may move from the neck axis: it still crosses the head (radius 24 mm) well. */
export const CUT_OFFSET_LIMIT_MM = 16
/** How far it may turn about the neck axis either way. */
export const CUT_TURN_LIMIT_DEG = 60
/** One arrow-key step of the controls (Page Up / Down take larger ones, the browser's own). */
export const CUT_OFFSET_STEP_MM = 1
export const CUT_TURN_STEP_DEG = 5

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k]
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
const normalize = (a: Vec3): Vec3 => scale(a, 1 / (Math.hypot(...a) || 1))

export const clampCutPlane = (plane: CutPlane): CutPlane => ({
  offsetMm: Math.max(-CUT_OFFSET_LIMIT_MM, Math.min(CUT_OFFSET_LIMIT_MM, Number.isFinite(plane.offsetMm) ? plane.offsetMm : 0)),
  turnDeg: Math.max(-CUT_TURN_LIMIT_DEG, Math.min(CUT_TURN_LIMIT_DEG, Number.isFinite(plane.turnDeg) ? plane.turnDeg : 0)),
})

export interface CutGeometry {
  /** A point on the plane (model frame, metres): the head centre moved by the offset. */
  point: Vec3
  /** Unit normal toward the front (the side the default view looks from, cut away). */
  normal: Vec3
}

/** Rodrigues: `v` turned by `deg` about the unit axis `k`. */
function turn(v: Vec3, k: Vec3, deg: number): Vec3 {
  const a = (deg * Math.PI) / 180
  const c = Math.cos(a)
  const s = Math.sin(a)
  return add(add(scale(v, c), scale(cross(k, v), s)), scale(k, dot(k, v) * (1 - c)))
}

/** The plane for the user's settings, in the femur's neutral frame. */
export function cutGeometry(plane: CutPlane, neck: { origin: Vec3; direction: Vec3 }, shaftDirection: Vec3): CutGeometry {
  const { offsetMm, turnDeg } = clampCutPlane(plane)
  const axis = normalize(neck.direction)
  let normal = normalize(cross(axis, normalize(shaftDirection)))
  if (normal[2] < 0) normal = scale(normal, -1)
  normal = normalize(turn(normal, axis, turnDeg))
  return { point: add(neck.origin, scale(normal, offsetMm / 1000)), normal }
}

/** The camera for the cut: facing the plane from its front, on the femur where the step holds it. */
export function cutOrbit(geometry: CutGeometry, femurPose: FemurPose, pivot: Vec3, distanceM: number): Orbit {
  const target = femurPosePoint(geometry.point, femurPose, pivot)
  const ahead = femurPosePoint(add(geometry.point, scale(geometry.normal, distanceM)), femurPose, pivot)
  return lookAtToOrbit({ position: ahead, target })
}

/** The foot of `p` on the plane (same frame as the plane). */
export function projectOntoPlane(p: Vec3, plane: CutGeometry): Vec3 {
  const n = normalize(plane.normal)
  const d = dot([p[0] - plane.point[0], p[1] - plane.point[1], p[2] - plane.point[2]], n)
  return add(p, scale(n, -d))
}
