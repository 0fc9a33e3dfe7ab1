/**
 * Signed distance functions in millimetres, negative inside (Inigo Quilez's convention; the
 * mesher flips the sign for manifold-3d, whose level sets are positive inside).
 *
 * Organic shapes are blends of a few primitives with a polynomial smooth minimum, which
 * gives bone and muscle their fillets for free. Ellipsoids, tapered capsules and blends are
 * bounds rather than exact distances; that is enough for meshing, which only needs the sign
 * and a well-behaved value near the surface.
 *
 * Every function takes plain numbers (no tuples) because the mesher calls it millions of
 * times.
 */
import { type Frame, type V3, normalize, sub, dot, length } from './vec'

export type Sdf = (x: number, y: number, z: number) => number

/** Polynomial smooth minimum: union with a fillet of about k millimetres. */
export function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.min(a, b) - h * h * k * 0.25
}
/** Smooth maximum: intersection or subtraction with a fillet. */
export function smax(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.max(a, b) + h * h * k * 0.25
}
const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v)
export const smoothstep = (e0: number, e1: number, v: number): number => {
  const t = clamp((v - e0) / (e1 - e0), 0, 1)
  return t * t * (3 - 2 * t)
}

export function sphere(c: V3, r: number): Sdf {
  const [cx, cy, cz] = c
  return (x, y, z) => Math.hypot(x - cx, y - cy, z - cz) - r
}

/** A capsule whose radius varies linearly from ra at a to rb at b (a "round cone", approximated). */
export function capsule(a: V3, b: V3, ra: number, rb: number = ra): Sdf {
  const [ax, ay, az] = a
  const bax = b[0] - ax, bay = b[1] - ay, baz = b[2] - az
  const len2 = bax * bax + bay * bay + baz * baz
  return (x, y, z) => {
    const pax = x - ax, pay = y - ay, paz = z - az
    const t = clamp((pax * bax + pay * bay + paz * baz) / len2, 0, 1)
    return Math.hypot(pax - bax * t, pay - bay * t, paz - baz * t) - (ra + (rb - ra) * t)
  }
}

/**
 * A chain of tapered capsules through points with radii (a tube along a path). Neighbouring
 * capsules share their end sphere, so a plain minimum already joins them without a step; a
 * smooth minimum there would swell the tube into a ring at every joint (where both distances are
 * equal it subtracts its whole fillet). Each joint is filleted only as much as it bends: none
 * where the path runs straight, up to `k` where it turns by 60 degrees or more.
 */
export function tube(points: readonly V3[], radii: readonly number[], k: number): Sdf {
  const parts: Sdf[] = []
  const blend: number[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    parts.push(capsule(points[i]!, points[i + 1]!, radii[i]!, radii[i + 1]!))
    if (i > 0) {
      const cos = dot(normalize(sub(points[i]!, points[i - 1]!)), normalize(sub(points[i + 1]!, points[i]!)))
      blend.push(k * Math.min(1, 2 * (1 - cos)))
    }
  }
  return (x, y, z) => {
    let d = parts[0]!(x, y, z)
    for (let i = 1; i < parts.length; i++) {
      const v = parts[i]!(x, y, z)
      const kb = blend[i - 1]!
      d = kb > 0.01 ? smin(d, v, kb) : Math.min(d, v)
    }
    return d
  }
}

/** Coordinates of a point in a frame, as a closure-friendly triple. */
function localizer(f: Frame): (x: number, y: number, z: number, out: Float64Array) => void {
  const [ox, oy, oz] = f.origin
  const [xx, xy, xz] = f.x
  const [yx, yy, yz] = f.y
  const [zx, zy, zz] = f.z
  return (x, y, z, out) => {
    const px = x - ox, py = y - oy, pz = z - oz
    out[0] = px * xx + py * xy + pz * xz
    out[1] = px * yx + py * yy + pz * yz
    out[2] = px * zx + py * zy + pz * zz
  }
}

/** Ellipsoid with semi-axes r along the frame's x, y, z (Quilez's bound). */
export function ellipsoid(f: Frame, r: V3): Sdf {
  const loc = localizer(f)
  const q = new Float64Array(3)
  const [rx, ry, rz] = r
  return (x, y, z) => {
    loc(x, y, z, q)
    const k0 = Math.hypot(q[0]! / rx, q[1]! / ry, q[2]! / rz)
    const k1 = Math.hypot(q[0]! / (rx * rx), q[1]! / (ry * ry), q[2]! / (rz * rz))
    return k1 === 0 ? -Math.min(rx, ry, rz) : (k0 * (k0 - 1)) / k1
  }
}

/** Any SDF evaluated in a frame's local coordinates (local y = frame.y, ...). */
export function inFrame(f: Frame, local: Sdf): Sdf {
  const loc = localizer(f)
  const q = new Float64Array(3)
  return (x, y, z) => {
    loc(x, y, z, q)
    return local(q[0]!, q[1]!, q[2]!)
  }
}

/** Capsule along local y from y0 to y1 with elliptical section (radii rx, rz), in a frame. */
export function ovalCapsule(f: Frame, y0: number, y1: number, rx0: number, rz0: number, rx1: number, rz1: number): Sdf {
  return inFrame(f, (x, y, z) => {
    const t = clamp((y - y0) / (y1 - y0), 0, 1)
    const rx = rx0 + (rx1 - rx0) * t
    const rz = rz0 + (rz1 - rz0) * t
    const r = Math.min(rx, rz)
    const dy = y - (y0 + (y1 - y0) * t)
    // Scale the section to a circle of radius r: a bound that is fine for mild ellipticity.
    return Math.hypot((x * r) / rx, dy, (z * r) / rz) - r
  })
}

/** Torus in a frame: ring of radius R in the local xz plane, tube radius r. */
export function torus(f: Frame, R: number, r: number): Sdf {
  return inFrame(f, (x, y, z) => Math.hypot(Math.hypot(x, z) - R, y) - r)
}

/** Half-space {p : dot(p - o, n) <= 0}, negative inside. */
export function halfSpace(o: V3, n: V3): Sdf {
  const nn = normalize(n)
  const [nx, ny, nz] = nn
  const off = dot(o, nn)
  return (x, y, z) => x * nx + y * ny + z * nz - off
}

/** Smooth union of many SDFs. */
export function union(parts: readonly Sdf[], k: number): Sdf {
  return (x, y, z) => {
    let d = Infinity
    for (const p of parts) {
      const v = p(x, y, z)
      d = d === Infinity ? v : smin(d, v, k)
    }
    return d
  }
}

/** a minus b, with a fillet of k. */
export function subtract(a: Sdf, b: Sdf, k: number): Sdf {
  return (x, y, z) => smax(a(x, y, z), -b(x, y, z), k)
}
export function intersect(a: Sdf, b: Sdf, k: number): Sdf {
  return (x, y, z) => smax(a(x, y, z), b(x, y, z), k)
}
/** A shell of thickness t just outside the surface of a (from level 0 to level t). */
export function shellOutside(a: Sdf, t: number): Sdf {
  return (x, y, z) => {
    const d = a(x, y, z)
    return Math.abs(d - t / 2) - t / 2
  }
}

/**
 * Cull a primitive by a bounding sphere: far from it, return the distance to the sphere
 * (a lower bound, positive), so the mesher skips the primitive's own arithmetic. Only safe
 * when `margin` exceeds every blend radius the primitive takes part in.
 */
export function bounded(sdf: Sdf, centre: V3, radius: number, margin = 12): Sdf {
  const [cx, cy, cz] = centre
  return (x, y, z) => {
    const d = Math.hypot(x - cx, y - cy, z - cz) - radius
    return d > margin ? d : sdf(x, y, z)
  }
}

/** Bounding sphere of a segment with radii, for `bounded`. */
export function segmentBound(a: V3, b: V3, r: number): { centre: V3; radius: number } {
  const centre: V3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2]
  return { centre, radius: length(sub(b, a)) / 2 + r }
}

/** A bounded capsule (the common case in muscles and bone struts). */
export function bcapsule(a: V3, b: V3, ra: number, rb: number = ra, margin = 12): Sdf {
  const bound = segmentBound(a, b, Math.max(ra, rb))
  return bounded(capsule(a, b, ra, rb), bound.centre, bound.radius, margin)
}

/** March from `from` along unit `dir` until the SDF turns positive; return that surface point. */
export function marchToSurface(sdf: Sdf, from: V3, dir: V3, maxDist = 400): V3 {
  const d = normalize(dir)
  let t = 0
  let inside = sdf(from[0], from[1], from[2]) < 0
  const step = 0.25
  if (!inside) {
    // Walk backward first until inside, so we always find the exit of this structure.
    for (let s = 0; s < maxDist; s += step) {
      if (sdf(from[0] - d[0] * s, from[1] - d[1] * s, from[2] - d[2] * s) < 0) {
        t = -s
        inside = true
        break
      }
    }
    if (!inside) return from
  }
  while (t < maxDist) {
    const x = from[0] + d[0] * t, y = from[1] + d[1] * t, z = from[2] + d[2] * t
    if (sdf(x, y, z) >= 0) return [x, y, z]
    t += step
  }
  return from
}
