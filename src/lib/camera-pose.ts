/**
 * Camera pose math: a semantic pose (look at a landmark from an azimuth, an elevation and a
 * distance) turned into a camera position and target, and the eased glide between two poses.
 * Pure functions on plain tuples, so they are tested without WebGL.
 *
 * Convention (src/content/schema.ts): azimuth turns about +Y; 0 deg looks from the front (+Z),
 * 90 deg from the patient's right (-X), 180 deg from behind (-Z). Elevation is above the
 * horizontal.
 */
import type { Vec3 } from '../../models/contract'
import type { CameraPose } from '../content/schema'

export interface LookAt {
  position: Vec3
  target: Vec3
}

/** Where the camera sits around its target, in the schema's angles (degrees) and metres. */
export interface Orbit {
  target: Vec3
  azimuthDeg: number
  elevationDeg: number
  distanceM: number
}

const DEG = Math.PI / 180

/** Unit vector from the target toward the camera for an azimuth and elevation. */
export function viewDirection(azimuthDeg: number, elevationDeg: number): Vec3 {
  const az = azimuthDeg * DEG
  const el = elevationDeg * DEG
  return [-Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el)]
}

export function orbitToLookAt(orbit: Orbit): LookAt {
  const [dx, dy, dz] = viewDirection(orbit.azimuthDeg, orbit.elevationDeg)
  const [tx, ty, tz] = orbit.target
  const d = orbit.distanceM
  return { position: [tx + dx * d, ty + dy * d, tz + dz * d], target: [tx, ty, tz] }
}

/** The inverse of `orbitToLookAt`; azimuth in (-180, 180]. */
export function lookAtToOrbit({ position, target }: LookAt): Orbit {
  const dx = position[0] - target[0]
  const dy = position[1] - target[1]
  const dz = position[2] - target[2]
  const distanceM = Math.hypot(dx, dy, dz)
  if (distanceM === 0) return { target: [...target], azimuthDeg: 0, elevationDeg: 0, distanceM: 0 }
  const elevationDeg = Math.asin(Math.max(-1, Math.min(1, dy / distanceM))) / DEG
  const azimuthDeg = Math.atan2(-dx, dz) / DEG
  return { target: [...target], azimuthDeg, elevationDeg, distanceM }
}

/**
 * The step's semantic pose resolved against the manifest's landmarks. An unknown landmark
 * falls back to `fallbackTarget`, so a model rebuilt without that point still gets framed.
 */
export function poseToOrbit(
  pose: CameraPose,
  points: Partial<Record<string, Vec3>>,
  fallbackTarget: Vec3 = [0, 0, 0],
): Orbit {
  const target = points[pose.target] ?? fallbackTarget
  return { target: [...target], azimuthDeg: pose.azimuthDeg, elevationDeg: pose.elevationDeg, distanceM: pose.distanceM }
}

export function poseToLookAt(pose: CameraPose, points: Partial<Record<string, Vec3>>, fallbackTarget?: Vec3): LookAt {
  return orbitToLookAt(poseToOrbit(pose, points, fallbackTarget))
}

/** Signed smallest turn from `from` to `to`, in (-180, 180]. */
export function shortestTurnDeg(from: number, to: number): number {
  const d = (((to - from) % 360) + 540) % 360 - 180
  return d === -180 ? 180 : d
}

/** Smooth start and stop (cubic ease in-out), clamped to [0, 1]. */
export function easeInOutCubic(t: number): number {
  const x = Math.max(0, Math.min(1, t))
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2
}

/**
 * The camera between two orbits at eased time `t` (0..1): the target slides, the camera swings
 * round the shorter way and the distance changes geometrically (zooming feels even).
 * Swinging on the sphere instead of sliding in a straight line keeps the hip in view.
 */
export function interpolateOrbit(from: Orbit, to: Orbit, t: number): Orbit {
  const k = easeInOutCubic(t)
  const lerp = (a: number, b: number) => a + (b - a) * k
  const safeFrom = Math.max(from.distanceM, 1e-6)
  const safeTo = Math.max(to.distanceM, 1e-6)
  return {
    target: [lerp(from.target[0], to.target[0]), lerp(from.target[1], to.target[1]), lerp(from.target[2], to.target[2])],
    azimuthDeg: from.azimuthDeg + shortestTurnDeg(from.azimuthDeg, to.azimuthDeg) * k,
    elevationDeg: lerp(from.elevationDeg, to.elevationDeg),
    distanceM: safeFrom * (safeTo / safeFrom) ** k,
  }
}

/** Glide length: long enough to follow, short enough not to wait for (issue: about 1-1.5 s). */
export const TRANSITION_SECONDS = 1.2

/** Orbit and zoom limits: close enough to read the cut bone, far enough to see the whole hip. */
export const CAMERA_LIMITS = { minDistanceM: 0.1, maxDistanceM: 1.2 } as const

export type ViewSide = 'front' | 'front-side' | 'side' | 'back-side' | 'back' | 'inner-side'

/** A words-free name of the side the camera looks from, for the canvas's text description. */
export function viewSide(azimuthDeg: number): ViewSide {
  const a = ((azimuthDeg % 360) + 360) % 360
  if (a <= 22.5 || a > 337.5) return 'front'
  if (a <= 67.5) return 'front-side'
  if (a <= 112.5) return 'side'
  if (a <= 157.5) return 'back-side'
  if (a <= 202.5) return 'back'
  return 'inner-side'
}
