/**
 * Flat muscles (gluteus maximus, gluteus medius) as thick curved slabs rather than blends of
 * fibres: a mid-surface S(u, v) (u across the muscle, v along its fibres from origin to
 * insertion) given a thickness that is greatest in the belly and falls to nothing at every
 * border with an elliptical profile, so the borders are rounded and the belly convex, the way
 * an anatomy atlas draws them. The outer face carries shallow grooves between fascicles
 * running along v, so the fibre direction reads without a texture.
 *
 * The mid-surface is draped: wherever the slab's inner face would sink into what lies beneath
 * it (bone, a deeper muscle), the surface is pushed out along its normal, and the push is
 * spread to the neighbours so the muscle wraps over the trochanter instead of denting.
 * The mesh is built directly (top and bottom grids sharing their border), so it is closed
 * and watertight by construction.
 */
import type { Sdf } from './sdf'
import { api, type Manifold } from './mesh'
import { type V3, add, cross, dot, normalize, scale, sub } from './vec'

export interface SlabSpec {
  /** Mid-surface before draping; u across the muscle, v from origin (0) to insertion (1). */
  mid: (u: number, v: number) => V3
  /** Thickness in the belly (mm) before the borders round it off. */
  thickness: (u: number, v: number) => number
  /** Roughly out of the body at the belly: orients the normals. */
  outward: V3
  /** Share of the thickness outside the mid-surface. */
  outerShare: number
  /** Number of fascicles across the muscle and the depth of the grooves between them (mm). */
  fascicles: number
  grooveMm: number
  /** What the muscle lies on, and how far its inner face stays off it (mm). */
  floor?: Sdf
  clearanceMm: number
  /** Grid resolution across and along. */
  nu: number
  nv: number
}

export interface SlabGeometry {
  /** Grids of (nu + 1) x (nv + 1) points: draped mid-surface, outer and inner faces. */
  mid: V3[]
  outer: V3[]
  inner: V3[]
  nu: number
  nv: number
}

/**
 * Half cosine, half uniform spacing: denser near the borders where the elliptical profile
 * turns fastest, but never so dense that border edges fall below the files' position quantum
 * (they would collapse and open the mesh).
 */
const spaced = (i: number, n: number): number => 0.5 * (0.5 - 0.5 * Math.cos((Math.PI * i) / n)) + (0.5 * i) / n
/** Elliptical border profile: 1 in the middle, 0 at the border with a vertical tangent. */
const round = (x: number): number => Math.sqrt(Math.max(0, 1 - (2 * x - 1) ** 2))

export function slabGeometry(s: SlabSpec): SlabGeometry {
  const { nu, nv } = s
  const idx = (i: number, j: number): number => j * (nu + 1) + i
  const U = Array.from({ length: nu + 1 }, (_, i) => spaced(i, nu))
  const Vv = Array.from({ length: nv + 1 }, (_, j) => spaced(j, nv))
  const base: V3[] = []
  const thick: number[] = []
  for (let j = 0; j <= nv; j++)
    for (let i = 0; i <= nu; i++) {
      base.push(s.mid(U[i]!, Vv[j]!))
      thick.push(s.thickness(U[i]!, Vv[j]!) * round(U[i]!) * round(Vv[j]!))
    }
  const normalsOf = (pts: V3[]): V3[] => {
    const out: V3[] = []
    for (let j = 0; j <= nv; j++)
      for (let i = 0; i <= nu; i++) {
        const du = sub(pts[idx(Math.min(i + 1, nu), j)]!, pts[idx(Math.max(i - 1, 0), j)]!)
        const dv = sub(pts[idx(i, Math.min(j + 1, nv))]!, pts[idx(i, Math.max(j - 1, 0))]!)
        let n = normalize(cross(du, dv))
        if (dot(n, s.outward) < 0) n = scale(n, -1)
        out.push(n)
      }
    return out
  }
  // Drape: push each point out until the inner face clears the floor, then spread the push.
  let n = normalsOf(base)
  const push = new Float64Array(base.length)
  if (s.floor) {
    const floor = s.floor
    for (let k = 0; k < base.length; k++) {
      for (let step = 0; step < 120; step++) {
        const p = add(base[k]!, scale(n[k]!, push[k]! - thick[k]! * (1 - s.outerShare)))
        const d = floor(p[0], p[1], p[2])
        if (d >= s.clearanceMm) break
        push[k]! += Math.max(0.5, s.clearanceMm - d)
      }
    }
    // Spread by a max-filter relaxation: never less than needed, smooth toward the neighbours.
    for (let pass = 0; pass < 60; pass++) {
      const next = Float64Array.from(push)
      for (let j = 0; j <= nv; j++)
        for (let i = 0; i <= nu; i++) {
          let sum = 0
          let cnt = 0
          for (const [a, b] of [
            [i - 1, j],
            [i + 1, j],
            [i, j - 1],
            [i, j + 1],
          ] as const) {
            if (a < 0 || a > nu || b < 0 || b > nv) continue
            sum += push[idx(a, b)]!
            cnt++
          }
          next[idx(i, j)] = Math.max(push[idx(i, j)]!, (0.96 * sum) / cnt)
        }
      push.set(next)
    }
  }
  const mid = base.map((p, k) => add(p, scale(n[k]!, push[k]!)))
  n = normalsOf(mid)
  const outer: V3[] = []
  const inner: V3[] = []
  for (let j = 0; j <= nv; j++)
    for (let i = 0; i <= nu; i++) {
      const k = idx(i, j)
      const t = thick[k]!
      // Grooves between fascicles: rounded bundles, narrow furrows, shallower toward the borders.
      const bundle = Math.abs(Math.sin(Math.PI * U[i]! * s.fascicles)) ** 0.5
      const groove = s.grooveMm * (1 - bundle) * Math.min(1, t / 6)
      outer.push(add(mid[k]!, scale(n[k]!, t * s.outerShare - groove)))
      inner.push(add(mid[k]!, scale(n[k]!, -t * (1 - s.outerShare))))
    }
  return { mid, outer, inner, nu, nv }
}

/** The closed mesh of a slab: outer and inner grids sharing their border vertices. */
export function slabManifold(g: SlabGeometry): Manifold {
  const { Manifold, Mesh } = api()
  const { nu, nv } = g
  const idx = (i: number, j: number): number => j * (nu + 1) + i
  const border = (i: number, j: number): boolean => i === 0 || j === 0 || i === nu || j === nv
  const pos: number[] = []
  for (const p of g.outer) pos.push(p[0], p[1], p[2])
  // Inner vertices exist only inside the border; on it the inner face meets the outer one.
  const innerIndex = new Int32Array(g.inner.length).fill(-1)
  for (let j = 0; j <= nv; j++)
    for (let i = 0; i <= nu; i++) {
      const k = idx(i, j)
      if (border(i, j)) innerIndex[k] = k
      else {
        innerIndex[k] = pos.length / 3
        pos.push(g.inner[k]![0], g.inner[k]![1], g.inner[k]![2])
      }
    }
  // Orientation: grid order (u, v) gives the outward normal on the outer face when
  // (dS/du x dS/dv) points outward; check at the centre and flip otherwise.
  const c = idx(nu >> 1, nv >> 1)
  const du = sub(g.mid[idx((nu >> 1) + 1, nv >> 1)]!, g.mid[c]!)
  const dv = sub(g.mid[idx(nu >> 1, (nv >> 1) + 1)]!, g.mid[c]!)
  const outwardAtCentre = sub(g.outer[c]!, g.inner[c]!)
  const flip = dot(cross(du, dv), outwardAtCentre) < 0
  const tris: number[] = []
  // Split each cell along a diagonal with at least one end off the border: a diagonal joining
  // two border vertices would give the outer and inner faces the same triangle.
  const quad = (a: number, b: number, cc: number, d: number, reverse: boolean, alt: boolean): void => {
    const t = alt ? [a, b, d, b, cc, d] : [a, b, cc, a, cc, d]
    for (let k = 0; k < 6; k += 3) {
      if (reverse) tris.push(t[k]!, t[k + 2]!, t[k + 1]!)
      else tris.push(t[k]!, t[k + 1]!, t[k + 2]!)
    }
  }
  for (let j = 0; j < nv; j++)
    for (let i = 0; i < nu; i++) {
      const a = idx(i, j), b = idx(i + 1, j), cc = idx(i + 1, j + 1), d = idx(i, j + 1)
      const alt = border(i, j) && border(i + 1, j + 1)
      quad(a, b, cc, d, flip, alt)
      quad(innerIndex[a]!, innerIndex[b]!, innerIndex[cc]!, innerIndex[d]!, !flip, alt)
    }
  const mesh = new Mesh({ numProp: 3, vertProperties: Float32Array.from(pos), triVerts: Uint32Array.from(tris) })
  const m = new Manifold(mesh)
  const o = m.asOriginal()
  m.delete()
  return o
}
