/**
 * Measurements taken from triangle meshes (millimetres), not from the parameters that made
 * them: sphere fits, axes from cross-section centroids, the acetabular opening found by
 * casting rays, and gaps between implant and bone by ray casting. Used by the generator to
 * fill the manifest and by the tests on the files as written.
 */
import { type V3, add, cross, deg, dot, length, normalize, scale, sub } from './vec'

export interface TriMesh {
  positions: Float32Array
  indices: Uint32Array
}

/** Least-squares sphere through points: |p|^2 = 2 c.p + k. */
export function fitSphere(points: readonly V3[]): { centre: V3; radius: number; rms: number } {
  const A = Array.from({ length: 4 }, () => new Float64Array(4))
  const b = new Float64Array(4)
  for (const p of points) {
    const row = [2 * p[0], 2 * p[1], 2 * p[2], 1]
    const rhs = p[0] * p[0] + p[1] * p[1] + p[2] * p[2]
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) A[i]![j]! += row[i]! * row[j]!
      b[i]! += row[i]! * rhs
    }
  }
  const x = solve(A, b)
  const centre: V3 = [x[0]!, x[1]!, x[2]!]
  const radius = Math.sqrt(x[3]! + dot(centre, centre))
  let s = 0
  for (const p of points) s += (length(sub(p, centre)) - radius) ** 2
  return { centre, radius, rms: Math.sqrt(s / Math.max(1, points.length)) }
}

function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length
  const M = A.map((r, i) => [...r, b[i]!])
  for (let c = 0; c < n; c++) {
    let piv = c
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r
    ;[M[c], M[piv]] = [M[piv]!, M[c]!]
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const f = M[r]![c]! / M[c]![c]!
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!
    }
  }
  return Float64Array.from(M.map((r, i) => r[n]! / r[i]!))
}

export function vertices(m: TriMesh): V3[] {
  const out: V3[] = []
  for (let i = 0; i < m.positions.length; i += 3) out.push([m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!])
  return out
}

/** Fit the femoral head: vertices near the seed sphere on the head side of the neck, refined twice. */
export function fitHead(femur: TriMesh, seedCentre: V3, seedRadius: number, neckDir: V3): { centre: V3; radius: number; rms: number } {
  let pts = vertices(femur).filter((p) => {
    const d = sub(p, seedCentre)
    return Math.abs(length(d) - seedRadius) < 3 && dot(d, neckDir) > 0
  })
  let fit = fitSphere(pts)
  for (let k = 0; k < 2; k++) {
    pts = pts.filter((p) => Math.abs(length(sub(p, fit.centre)) - fit.radius) < 0.6)
    fit = fitSphere(pts)
  }
  return fit
}

/**
 * Centre of a cross-section: the mesh vertices in a thin slab across an axis (within `radius`
 * of it), fitted with a circle in the slab's plane. A fit rather than a centroid, because a
 * simplified mesh has more vertices where the surface curves more.
 */
export function sliceCentroid(m: TriMesh, origin: V3, axis: V3, at: number, radius: number, half = 1.5): V3 | null {
  const a = normalize(axis)
  const e1 = normalize(Math.abs(a[1]) < 0.9 ? cross(a, [0, 1, 0]) : cross(a, [1, 0, 0]))
  const e2 = cross(a, e1)
  const pts: [number, number][] = []
  const P = m.positions
  const local = (v: number): V3 => {
    const d: V3 = [P[3 * v]! - origin[0], P[3 * v + 1]! - origin[1], P[3 * v + 2]! - origin[2]]
    return [dot(d, a), dot(d, e1), dot(d, e2)]
  }
  const keep = (u: number, v: number): void => {
    if (Math.hypot(u, v) <= radius) pts.push([u, v])
  }
  // Vertices in the slab, and where edges cross the plane: a smooth surface simplified into long
  // triangles (a plain shaft) may have no vertex near the plane at all.
  for (let i = 0; i < P.length / 3; i++) {
    const [s, u, v] = local(i)
    if (Math.abs(s - at) <= half) keep(u, v)
  }
  const I = m.indices
  for (let t = 0; t < I.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const p = local(I[t + k]!)
      const q = local(I[t + ((k + 1) % 3)]!)
      if ((p[0] - at) * (q[0] - at) >= 0) continue
      const f = (at - p[0]) / (q[0] - p[0])
      keep(p[1] + f * (q[1] - p[1]), p[2] + f * (q[2] - p[2]))
    }
  }
  if (pts.length < 8) return null
  // Algebraic circle fit: u^2 + v^2 = 2 cu u + 2 cv v + k.
  const A = Array.from({ length: 3 }, () => new Float64Array(3))
  const b = new Float64Array(3)
  for (const [u, v] of pts) {
    const row = [2 * u, 2 * v, 1]
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) A[i]![j]! += row[i]! * row[j]!
      b[i]! += row[i]! * (u * u + v * v)
    }
  }
  const [cu, cv] = solve(A, b)
  return add(add(add(origin, scale(a, at)), scale(e1, cu!)), scale(e2, cv!))
}

/**
 * Neck-shaft angle in 3D: shaft axis through two cross-section centroids of the shaft, neck
 * axis from the fitted head centre through the centroid of a mid-neck cross-section; the
 * angle between the neck (toward the head) and the shaft (toward the knee).
 */
export function neckShaftAngle(
  femur: TriMesh,
  headCentre: V3,
  seedNeckDir: V3,
  seedShaftOrigin: V3,
  seedShaftDown: V3,
): { angleDeg: number; neckDir: V3; shaftDown: V3 } {
  const c1 = sliceCentroid(femur, seedShaftOrigin, seedShaftDown, 95, 30)
  const c2 = sliceCentroid(femur, seedShaftOrigin, seedShaftDown, 175, 30)
  const n1 = sliceCentroid(femur, headCentre, seedNeckDir, -28, 21)
  if (!c1 || !c2 || !n1) throw new Error('cross-section not found')
  const shaftDown = normalize(sub(c2, c1))
  const neckDir = normalize(sub(headCentre, n1))
  return { angleDeg: deg(Math.acos(dot(neckDir, shaftDown))), neckDir, shaftDown }
}

// ---- rays ----

/** A flat list of triangles near a point, for repeated ray casts. */
export function trianglesNear(m: TriMesh, centre: V3, radius: number): Float64Array {
  const out: number[] = []
  const P = m.positions
  const I = m.indices
  for (let t = 0; t < I.length; t += 3) {
    let near = false
    const tri: number[] = []
    for (let k = 0; k < 3; k++) {
      const v = I[t + k]! * 3
      const x = P[v]!, y = P[v + 1]!, z = P[v + 2]!
      tri.push(x, y, z)
      if (Math.hypot(x - centre[0], y - centre[1], z - centre[2]) < radius) near = true
    }
    if (near) out.push(...tri)
  }
  return Float64Array.from(out)
}

/** Distance along the ray to the nearest triangle hit (Moller-Trumbore), or Infinity. */
export function rayCast(tris: Float64Array, o: V3, d: V3, maxT = Infinity): number {
  let best = maxT
  for (let i = 0; i < tris.length; i += 9) {
    const e1x = tris[i + 3]! - tris[i]!, e1y = tris[i + 4]! - tris[i + 1]!, e1z = tris[i + 5]! - tris[i + 2]!
    const e2x = tris[i + 6]! - tris[i]!, e2y = tris[i + 7]! - tris[i + 1]!, e2z = tris[i + 8]! - tris[i + 2]!
    const px = d[1] * e2z - d[2] * e2y, py = d[2] * e2x - d[0] * e2z, pz = d[0] * e2y - d[1] * e2x
    const det = e1x * px + e1y * py + e1z * pz
    if (Math.abs(det) < 1e-12) continue
    const inv = 1 / det
    const tx = o[0] - tris[i]!, ty = o[1] - tris[i + 1]!, tz = o[2] - tris[i + 2]!
    const u = (tx * px + ty * py + tz * pz) * inv
    if (u < 0 || u > 1) continue
    const qx = ty * e1z - tz * e1y, qy = tz * e1x - tx * e1z, qz = tx * e1y - ty * e1x
    const v = (d[0] * qx + d[1] * qy + d[2] * qz) * inv
    if (v < 0 || u + v > 1) continue
    const t = (e2x * qx + e2y * qy + e2z * qz) * inv
    if (t > 1e-6 && t < best) best = t
  }
  return best
}

/** Evenly spread unit directions (Fibonacci sphere). */
export function fibonacciDirections(n: number): V3[] {
  const out: V3[] = []
  const golden = Math.PI * (3 - Math.sqrt(5))
  for (let i = 0; i < n; i++) {
    const y = 1 - (2 * (i + 0.5)) / n
    const r = Math.sqrt(1 - y * y)
    out.push([Math.cos(golden * i) * r, y, Math.sin(golden * i) * r])
  }
  return out
}

/**
 * The acetabulum from the pelvis mesh: the socket sphere fitted to vertices near the seed,
 * then the opening found by casting rays from the fitted centre: rays that leave without
 * meeting bone within `reach` mm point out through the opening, and their mean direction is
 * the acetabular axis. Inclination and anteversion use Murray's radiographic definitions.
 */
export function acetabulum(
  pelvis: TriMesh,
  seedCentre: V3,
  seedRadius: number,
): { centre: V3; radius: number; axis: V3; inclinationDeg: number; anteversionDeg: number } {
  let pts = vertices(pelvis).filter((p) => Math.abs(length(sub(p, seedCentre)) - seedRadius) < 1.5)
  let fit = fitSphere(pts)
  pts = pts.filter((p) => Math.abs(length(sub(p, fit.centre)) - fit.radius) < 0.5)
  fit = fitSphere(pts)
  const reach = fit.radius + 10
  const tris = trianglesNear(pelvis, fit.centre, reach + 5)
  let sum: V3 = [0, 0, 0]
  for (const d of fibonacciDirections(3000)) {
    if (rayCast(tris, fit.centre, d, reach) === reach) sum = add(sum, d)
  }
  const axis = normalize(sum)
  const inclinationDeg = deg(Math.atan2(Math.abs(axis[0]), -axis[1]))
  const anteversionDeg = deg(Math.asin(axis[2]))
  return { centre: fit.centre, radius: fit.radius, axis, inclinationDeg, anteversionDeg }
}

/** Percentiles of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b)
  if (!s.length) return NaN
  return s[Math.min(s.length - 1, Math.max(0, Math.round((p / 100) * (s.length - 1))))]!
}

/** Closest point on triangle abc to p (Ericson, Real-Time Collision Detection 5.1.5). */
function closestOnTriangle(p: V3, a: V3, b: V3, c: V3): V3 {
  const ab = sub(b, a), ac = sub(c, a), ap = sub(p, a)
  const d1 = dot(ab, ap), d2 = dot(ac, ap)
  if (d1 <= 0 && d2 <= 0) return a
  const bp = sub(p, b)
  const d3 = dot(ab, bp), d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return b
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return add(a, scale(ab, d1 / (d1 - d3)))
  const cp = sub(p, c)
  const d5 = dot(ab, cp), d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return c
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return add(a, scale(ac, d2 / (d2 - d6)))
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return add(b, scale(sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6))))
  const denom = 1 / (va + vb + vc)
  return add(a, add(scale(ab, vb * denom), scale(ac, vc * denom)))
}

/** Closest point on the surface of a mesh (mm), brute force. */
export function closestPointOnMesh(m: TriMesh, p: V3): V3 {
  const P = m.positions
  const I = m.indices
  let best = Infinity
  let bestQ: V3 = p
  const v = (i: number): V3 => [P[i * 3]!, P[i * 3 + 1]!, P[i * 3 + 2]!]
  for (let t = 0; t < I.length; t += 3) {
    const q = closestOnTriangle(p, v(I[t]!), v(I[t + 1]!), v(I[t + 2]!))
    const d = length(sub(p, q))
    if (d < best) {
      best = d
      bestQ = q
    }
  }
  return bestQ
}

/** Distance from a point to the surface of a mesh (mm). */
export function distanceToMesh(m: TriMesh, p: V3): number {
  return length(sub(p, closestPointOnMesh(m, p)))
}

/** The mesh vertex furthest along a direction: a surface point seen from that side. */
export function extremeVertex(m: TriMesh, dir: V3, near?: { centre: V3; radius: number }): V3 {
  const d = normalize(dir)
  let best: V3 = [0, 0, 0]
  let bestS = -Infinity
  for (let i = 0; i < m.positions.length; i += 3) {
    const p: V3 = [m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]
    if (near && length(sub(p, near.centre)) > near.radius) continue
    const s = dot(p, d)
    if (s > bestS) {
      bestS = s
      best = p
    }
  }
  return best
}
