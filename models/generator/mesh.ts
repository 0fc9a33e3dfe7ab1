/**
 * Meshing with manifold-3d: signed distance functions to watertight manifolds, manifolds to
 * plain triangle arrays tagged with a tissue per triangle.
 *
 * manifold-3d lives in WASM memory that JavaScript's garbage collector does not see, so every
 * temporary Manifold is deleted explicitly (see `using`).
 */
import Module from 'manifold-3d'
import type { Manifold as ManifoldT, Mesh as MeshT } from 'manifold-3d'
import type { Tissue } from '../contract'
import type { Sdf } from './sdf'
import type { V3 } from './vec'

type Wasm = Awaited<ReturnType<typeof Module>>
let wasm: Wasm | undefined

export async function manifoldApi(): Promise<Wasm> {
  if (!wasm) {
    wasm = await Module()
    wasm.setup()
  }
  return wasm
}
export function api(): Wasm {
  if (!wasm) throw new Error('call manifoldApi() first')
  return wasm
}
export type Manifold = ManifoldT

/**
 * Mesh an SDF (negative inside) over a box at roughly `edge` mm, then simplify. Each vertex is
 * found on the surface to within `toleranceMm` by root-finding, not interpolated between grid
 * points: the bones' SDFs are bounds (ellipsoids, blends), not distances, so linear
 * interpolation leaves sub-millimetre ripples that the light picks out as lumps.
 */
export function meshSdf(sdf: Sdf, bounds: { min: V3; max: V3 }, edge: number, simplifyMm = 0.05, toleranceMm = SURFACE_TOLERANCE_MM): Manifold {
  const { Manifold } = api()
  const raw = Manifold.levelSet(([x, y, z]) => -sdf(x, y, z), { min: [...bounds.min], max: [...bounds.max] }, edge, 0, toleranceMm)
  const simple = raw.simplify(simplifyMm)
  raw.delete()
  const original = simple.asOriginal()
  simple.delete()
  return original
}

/** How near the true surface (mm) the mesher puts each vertex. */
const SURFACE_TOLERANCE_MM = 0.01

/**
 * Unit outward normal of an SDF at a point, by central differences. On a smooth surface this
 * is the true normal, whatever the triangles around the vertex look like, so a simplified mesh
 * (long, thin triangles where the bone is flat) still shades as smooth bone.
 */
export function sdfNormal(sdf: Sdf, x: number, y: number, z: number, h = 0.02): [number, number, number] {
  const gx = sdf(x + h, y, z) - sdf(x - h, y, z)
  const gy = sdf(x, y + h, z) - sdf(x, y - h, z)
  const gz = sdf(x, y, z + h) - sdf(x, y, z - h)
  const l = Math.hypot(gx, gy, gz)
  return l > 0 ? [gx / l, gy / l, gz / l] : [0, 0, 0]
}

/** Triangles of one part, grouped into primitives by tissue. */
export interface MeshData {
  /** Millimetres, xyz per vertex. */
  positions: Float32Array
  normals: Float32Array
  /** Baked ambient occlusion per vertex, 0-1 (ambient-occlusion.ts); written as `_AO`. */
  ao?: Float32Array
  /** One entry per primitive. */
  groups: { tissue: Tissue; indices: Uint32Array }[]
}

export function triangleCount(m: MeshData): number {
  return m.groups.reduce((n, g) => n + g.indices.length / 3, 0)
}

/**
 * Convert a manifold to mesh data. Triangles whose run came from an original listed in
 * `tissueByOriginal` get that tissue; all others get `fallback`. Normals are split where the
 * surface folds by more than `creaseDeg`, so machined edges and cut faces stay crisp while
 * organic surfaces stay smooth.
 */
export function toMeshData(
  m: Manifold,
  fallback: Tissue,
  tissueByOriginal: ReadonlyMap<number, Tissue> = new Map(),
  creaseDeg = 50,
  minEdgeMm = 0.1,
  surface?: Sdf,
): MeshData {
  const mesh: MeshT = m.getMesh()
  const np = mesh.numProp
  const tri = mesh.triVerts
  const nTri = tri.length / 3
  const tissueOfTri: Tissue[] = new Array<Tissue>(nTri).fill(fallback)
  const runIndex = mesh.runIndex
  const runOriginalID = mesh.runOriginalID
  for (let r = 0; r < runOriginalID.length; r++) {
    const t = tissueByOriginal.get(runOriginalID[r]!)
    if (!t) continue
    for (let i = runIndex[r]! / 3; i < runIndex[r + 1]! / 3; i++) tissueOfTri[i] = t
  }
  // Merge property-split vertices back to positions so smoothing sees the true topology.
  const nVert = mesh.vertProperties.length / np
  const canon = new Uint32Array(nVert)
  for (let i = 0; i < nVert; i++) canon[i] = i
  for (let i = 0; i < mesh.mergeFromVert.length; i++) canon[mesh.mergeFromVert[i]!] = mesh.mergeToVert[i]!
  const P = mesh.vertProperties
  // Collapse edges shorter than `minEdgeMm`: booleans leave slivers along cut boundaries whose
  // corners would land on the same point once the file quantises positions, leaving
  // degenerate triangles and a mesh that is no longer watertight as stored.
  const parent = new Uint32Array(nVert)
  for (let i = 0; i < nVert; i++) parent[i] = i
  const find = (a: number): number => {
    while (parent[a] !== a) a = parent[a] = parent[parent[a]!]!
    return a
  }
  const minEdge2 = minEdgeMm * minEdgeMm
  // Neighbours of each vertex, merged as vertices merge: a collapse is made only when the edge's
  // two ends share exactly two neighbours (the link condition), or it would pinch the surface
  // into an edge shared by four triangles.
  const adj: number[][] = Array.from({ length: nVert }, () => [])
  for (let t = 0; t < tri.length; t += 3) {
    for (let k = 0; k < 3; k++) adj[canon[tri[t + k]!]!]!.push(canon[tri[t + ((k + 1) % 3)]!]!, canon[tri[t + ((k + 2) % 3)]!]!)
  }
  const linkOk = (a: number, b: number): boolean => {
    const na = new Set<number>()
    for (const x of adj[a]!) na.add(find(x))
    const common = new Set<number>()
    for (const x of adj[b]!) {
      const r = find(x)
      if (r !== a && r !== b && na.has(r)) common.add(r)
    }
    return common.size <= 2
  }
  for (let t = 0; t < tri.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = find(canon[tri[t + k]!]!)
      const b = find(canon[tri[t + ((k + 1) % 3)]!]!)
      if (a === b) continue
      const dx = P[a * np]! - P[b * np]!, dy = P[a * np + 1]! - P[b * np + 1]!, dz = P[a * np + 2]! - P[b * np + 2]!
      if (dx * dx + dy * dy + dz * dz >= minEdge2 || !linkOk(a, b)) continue
      const lo = Math.min(a, b), hi = Math.max(a, b)
      parent[hi] = lo
      for (const x of adj[hi]!) adj[lo]!.push(x)
      adj[hi] = []
    }
  }
  for (let i = 0; i < nVert; i++) canon[i] = find(canon[i]!)
  const pos = (v: number, k: number): number => P[canon[v]! * np + k]!

  const faceN = new Float64Array(nTri * 3)
  for (let t = 0; t < nTri; t++) {
    const a = tri[3 * t]!, b = tri[3 * t + 1]!, c = tri[3 * t + 2]!
    const ux = pos(b, 0) - pos(a, 0), uy = pos(b, 1) - pos(a, 1), uz = pos(b, 2) - pos(a, 2)
    const vx = pos(c, 0) - pos(a, 0), vy = pos(c, 1) - pos(a, 1), vz = pos(c, 2) - pos(a, 2)
    // Area-weighted normal (not normalised): bigger faces count more in vertex normals.
    faceN[3 * t] = uy * vz - uz * vy
    faceN[3 * t + 1] = uz * vx - ux * vz
    faceN[3 * t + 2] = ux * vy - uy * vx
  }
  // Faces around each canonical vertex.
  const counts = new Uint32Array(nVert + 1)
  for (let i = 0; i < tri.length; i++) counts[canon[tri[i]!]! + 1]!++
  for (let i = 0; i < nVert; i++) counts[i + 1]! += counts[i]!
  const fill = counts.slice()
  const around = new Uint32Array(tri.length)
  for (let t = 0; t < nTri; t++) for (let k = 0; k < 3; k++) around[fill[canon[tri[3 * t + k]!]!]!++] = t
  const cosCrease = Math.cos((creaseDeg * Math.PI) / 180)
  const unit = (t: number): [number, number, number] => {
    const x = faceN[3 * t]!, y = faceN[3 * t + 1]!, z = faceN[3 * t + 2]!
    const l = Math.hypot(x, y, z)
    return l > 0 ? [x / l, y / l, z / l] : [0, 0, 0]
  }

  const gradients = new Map<number, [number, number, number]>()
  const gradient = (v: number): [number, number, number] => {
    let g = gradients.get(v)
    if (!g) gradients.set(v, (g = sdfNormal(surface!, pos(v, 0), pos(v, 1), pos(v, 2))))
    return g
  }
  const outPos: number[] = []
  const outNrm: number[] = []
  const key = new Map<string, number>()
  const groupIdx = new Map<Tissue, number[]>()
  for (let t = 0; t < nTri; t++) {
    const ca = canon[tri[3 * t]!]!, cb = canon[tri[3 * t + 1]!]!, cc = canon[tri[3 * t + 2]!]!
    if (ca === cb || cb === cc || ca === cc) continue
    const tissue = tissueOfTri[t]!
    let list = groupIdx.get(tissue)
    if (!list) groupIdx.set(tissue, (list = []))
    const nt = unit(t)
    for (let k = 0; k < 3; k++) {
      const v = canon[tri[3 * t + k]!]!
      let sx = 0, sy = 0, sz = 0
      for (let j = counts[v]!; j < counts[v + 1]!; j++) {
        const f = around[j]!
        // Only faces of the same tissue and within the crease angle smooth together.
        if (tissueOfTri[f] !== tissue) continue
        const nf = unit(f)
        if (nf[0] * nt[0] + nf[1] * nt[1] + nf[2] * nt[2] < cosCrease) continue
        sx += faceN[3 * f]!
        sy += faceN[3 * f + 1]!
        sz += faceN[3 * f + 2]!
      }
      let l = Math.hypot(sx, sy, sz)
      if (l < 1e-12) {
        // Only zero-area faces here (a sliver from a boolean): any unit normal will do.
        ;[sx, sy, sz] = Math.hypot(nt[0], nt[1], nt[2]) > 0.5 ? nt : [0, 1, 0]
        l = Math.hypot(sx, sy, sz)
      }
      let nx = sx / l, ny = sy / l, nz = sz / l
      if (surface && tissue === fallback) {
        // The surface's own normal where it agrees with the faces' (on smooth bone); the faces'
        // where it does not (along a crease, where the gradient belongs to one side only).
        const g = gradient(v)
        if (g[0] * nx + g[1] * ny + g[2] * nz > COS_GRADIENT_AGREES) [nx, ny, nz] = g
      }
      const id = `${v}|${tissue}|${Math.round(nx * 1000)}|${Math.round(ny * 1000)}|${Math.round(nz * 1000)}`
      let out = key.get(id)
      if (out === undefined) {
        out = outPos.length / 3
        key.set(id, out)
        outPos.push(pos(v, 0), pos(v, 1), pos(v, 2))
        outNrm.push(nx, ny, nz)
      }
      list.push(out)
    }
  }
  const groups = [...groupIdx.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([tissue, idx]) => ({ tissue, indices: Uint32Array.from(idx) }))
  return { positions: Float32Array.from(outPos), normals: Float32Array.from(outNrm), groups }
}

/** cos 30 deg: beyond this the SDF's normal and the faces' disagree, so the vertex sits on a crease. */
const COS_GRADIENT_AGREES = Math.cos((30 * Math.PI) / 180)

/** Place a manifold built in a local frame (column-major 4x4) into the model. */
export function placed(m: Manifold, matrix: number[]): Manifold {
  return m.transform(matrix as Parameters<Manifold['transform']>[0])
}
