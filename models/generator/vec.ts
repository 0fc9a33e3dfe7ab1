/**
 * Small 3-vector helpers for setting shapes up. Hot loops (the signed distance functions)
 * do their own arithmetic on plain numbers instead, because a tuple per call would make the
 * mesher several times slower.
 */
export type V3 = readonly [number, number, number]

export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const length = (a: V3): number => Math.hypot(a[0], a[1], a[2])
export const normalize = (a: V3): V3 => scale(a, 1 / length(a))
export const lerp = (a: V3, b: V3, t: number): V3 => add(a, scale(sub(b, a), t))
/** a + b*s */
export const madd = (a: V3, b: V3, s: number): V3 => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s]
export const deg = (r: number): number => (r * 180) / Math.PI
export const rad = (d: number): number => (d * Math.PI) / 180

/** Rotate v about the unit axis k by angle (radians), Rodrigues' formula. */
export function rotate(v: V3, k: V3, angle: number): V3 {
  const c = Math.cos(angle)
  const s = Math.sin(angle)
  const kv = cross(k, v)
  const kd = dot(k, v) * (1 - c)
  return [v[0] * c + kv[0] * s + k[0] * kd, v[1] * c + kv[1] * s + k[1] * kd, v[2] * c + kv[2] * s + k[2] * kd]
}

/** Any unit vector perpendicular to a unit vector. */
export function perpendicular(a: V3): V3 {
  const helper: V3 = Math.abs(a[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]
  return normalize(cross(a, helper))
}

/** An orthonormal frame whose local Y is `y` (unit), with local X as close to `xHint` as possible. */
export interface Frame {
  origin: V3
  x: V3
  y: V3
  z: V3
}
export function frameFromY(origin: V3, y: V3, xHint?: V3): Frame {
  const yn = normalize(y)
  const hint = xHint ?? perpendicular(yn)
  const x = normalize(sub(hint, scale(yn, dot(hint, yn))))
  const z = cross(x, yn)
  return { origin, x, y: yn, z }
}

/** Column-major 4x4 matrix (manifold-3d and glTF order) mapping frame-local coordinates to world. */
export function frameMatrix(f: Frame): number[] {
  return [f.x[0], f.x[1], f.x[2], 0, f.y[0], f.y[1], f.y[2], 0, f.z[0], f.z[1], f.z[2], 0, f.origin[0], f.origin[1], f.origin[2], 1]
}

/** Quaternion [x, y, z, w] of the rotation whose columns are the frame axes. */
export function frameQuaternion(f: Frame): [number, number, number, number] {
  const m00 = f.x[0], m10 = f.x[1], m20 = f.x[2]
  const m01 = f.y[0], m11 = f.y[1], m21 = f.y[2]
  const m02 = f.z[0], m12 = f.z[1], m22 = f.z[2]
  const trace = m00 + m11 + m22
  let x: number, y: number, z: number, w: number
  if (trace > 0) {
    const s = 0.5 / Math.sqrt(trace + 1)
    w = 0.25 / s
    x = (m21 - m12) * s
    y = (m02 - m20) * s
    z = (m10 - m01) * s
  } else if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22)
    w = (m21 - m12) / s
    x = 0.25 * s
    y = (m01 + m10) / s
    z = (m02 + m20) / s
  } else if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22)
    w = (m02 - m20) / s
    x = (m01 + m10) / s
    y = 0.25 * s
    z = (m12 + m21) / s
  } else {
    const s = 2 * Math.sqrt(1 + m22 - m00 - m11)
    w = (m10 - m01) / s
    x = (m02 + m20) / s
    y = (m12 + m21) / s
    z = 0.25 * s
  }
  const n = Math.hypot(x, y, z, w)
  return [x / n, y / n, z / n, w / n]
}
