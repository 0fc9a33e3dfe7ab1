/**
 * Surface relief for bone landmarks: ridges, tubercles and pits placed on a bone's existing
 * surface, so each stands (or sinks) a set height from it whatever blend of primitives lies
 * underneath. Atlas landmarks are mostly this kind of detail (a crest is a few millimetres
 * proud of the bone, a fossa a few millimetres deep), and building them on the surface found
 * by marching keeps their height exact where a free-floating primitive would be buried in one
 * place and stand out as a blob in another.
 */
import { type Sdf, bounded, capsule, marchToSurface, smax, smin, sphere } from './sdf'
import { type V3, length, lerp, madd, normalize, sub } from './vec'

/** Where a guide meets the surface: marched out of the bone from `inside` along `out`. */
export interface SurfaceGuide {
  inside: V3
  out: V3
}

export function surfacePoint(base: Sdf, g: SurfaceGuide): V3 {
  return marchToSurface(base, g.inside, normalize(g.out))
}

/**
 * A ridge along the surface: a chain of capsules whose axis lies `radius - height` under the
 * surface at each guide, so the ridge stands `height` proud with a rounded crest `radius` wide.
 * Radii and heights may vary along the ridge (a ridge fading out at its ends).
 */
export function surfaceRidge(base: Sdf, guides: readonly SurfaceGuide[], radii: readonly number[], heights: readonly number[]): Sdf {
  const axis = guides.map((g, i) => madd(surfacePoint(base, g), normalize(g.out), heights[i]! - radii[i]!))
  const parts: Sdf[] = []
  for (let i = 0; i + 1 < axis.length; i++) parts.push(capsule(axis[i]!, axis[i + 1]!, radii[i]!, radii[i + 1]!))
  const ridge: Sdf = (x, y, z) => {
    let d = Infinity
    for (const p of parts) d = Math.min(d, p(x, y, z))
    return d
  }
  // Culled by a bounding sphere: the mesher calls this for every grid point of the bone.
  const centre = lerp(axis[0]!, axis[axis.length - 1]!, 0.5)
  const reach = Math.max(...axis.map((a, i) => length(sub(a, centre)) + radii[i]!))
  return bounded(ridge, centre, reach, 10)
}

/** A rounded bump standing `height` proud of the surface: a sphere sunk into it. */
export function surfaceBump(base: Sdf, g: SurfaceGuide, radius: number, height: number): { sdf: Sdf; top: V3 } {
  const s = surfacePoint(base, g)
  const n = normalize(g.out)
  return { sdf: sphere(madd(s, n, height - radius), radius), top: madd(s, n, height) }
}

/** A pit `depth` deep: a sphere centred outside the surface, to be subtracted. */
export function surfacePit(base: Sdf, g: SurfaceGuide, radius: number, depth: number): { sdf: Sdf; floor: V3 } {
  const s = surfacePoint(base, g)
  const n = normalize(g.out)
  return { sdf: sphere(madd(s, n, radius - depth), radius), floor: madd(s, n, -depth) }
}

/** Add relief (ridges, bumps) with a tight fillet, so ridges stay edges rather than swell. */
export function withRelief(base: Sdf, relief: readonly Sdf[], k: number): Sdf {
  return (x, y, z) => {
    let d = base(x, y, z)
    for (const r of relief) d = smin(d, r(x, y, z), k)
    return d
  }
}

/** Dig pits with a fillet of k at their lips. */
export function withPits(base: Sdf, pits: readonly Sdf[], k: number): Sdf {
  return (x, y, z) => {
    let d = base(x, y, z)
    for (const p of pits) d = smax(d, -p(x, y, z), k)
    return d
  }
}
