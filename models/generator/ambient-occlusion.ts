/**
 * Baked ambient occlusion: one value per vertex, 1 = open sky, 0 = fully occluded, written to
 * every mesh as the glTF attribute `_AO` (the app multiplies it into ambient and environment
 * light only, so a socket's floor and a head inside its socket read as deep without darkening
 * what the key light strikes).
 *
 * Rays, not SDF samples: many parts (cartilage, implants, machined stages) are manifold
 * booleans with no SDF, and a part is occluded by the others it is shown with (the head by the
 * pelvis). Each vertex casts a fixed set of cosine-weighted hemisphere rays (a Hammersley set,
 * turned about the normal by a golden-ratio angle per vertex, so neighbours sample different
 * directions and no Math.random is involved: the files are byte-exact), against a BVH of the
 * part's scene (three-mesh-bvh). A hit counts for less the farther it is, so distant walls only
 * shade softly; then a few passes of one-ring averaging turn the sampling noise into a smooth
 * gradient.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import type { Part } from '../contract'
import type { MeshData } from './mesh'

export interface AoOptions {
  /** Hemisphere rays per vertex. */
  rays: number
  /** Hits farther than this (mm) do not occlude; nearer ones occlude linearly more. */
  maxDistanceMm: number
  /** One-ring averaging passes after sampling. */
  smoothingPasses: number
}
export const AO_OPTIONS: AoOptions = { rays: 20, maxDistanceMm: 28, smoothingPasses: 3 }

const JOINT: readonly Part[] = ['pelvis', 'femur', 'cartilage-femoral', 'cartilage-acetabular', 'labrum']
const WORN_JOINT: readonly Part[] = ['pelvis', 'femur', 'cartilage-femoral-worn', 'cartilage-acetabular-worn', 'labrum']
const BONES: readonly Part[] = ['pelvis', 'femur']
const THR: readonly Part[] = ['femur-thr', 'pelvis-thr-reamed', 'thr-stem', 'thr-ball', 'thr-cup', 'thr-liner']

/**
 * What occludes each part, besides itself: the parts it is always shown with, in the pose it is
 * modelled in. Parts the app hides step by step (muscles over muscles, the skin, the osteophytes)
 * occlude nothing else, or a hidden muscle would leave its shadow on the one beneath. The
 * prepared femurs are seen dislocated, so only themselves; the final steps seat the cap in the
 * cup in the reamed socket.
 */
export const AO_SCENE: Partial<Record<Part, readonly Part[]>> = {
  ...Object.fromEntries(JOINT.map((p) => [p, JOINT])),
  'cartilage-femoral-worn': WORN_JOINT,
  'cartilage-acetabular-worn': WORN_JOINT,
  'osteophytes-femoral': [...WORN_JOINT, 'osteophytes-acetabular'],
  'osteophytes-acetabular': [...WORN_JOINT, 'osteophytes-femoral'],
  capsule: BONES,
  'gluteus-maximus': BONES,
  'gluteus-medius': BONES,
  piriformis: BONES,
  'short-rotators': BONES,
  'quadratus-femoris': BONES,
  'sciatic-nerve': BONES,
  cup: ['pelvis-reamed', 'femoral-cap'],
  'femoral-cap': ['cup', 'femur-stem-drilled'],
  ...Object.fromEntries(THR.map((p) => [p, THR])),
}

/** One BVH over several meshes' triangles (positions in the same frame, mm). */
export function occluderBvh(meshes: readonly MeshData[]): MeshBVH {
  const nVert = meshes.reduce((n, m) => n + m.positions.length / 3, 0)
  const nIdx = meshes.reduce((n, m) => n + m.groups.reduce((k, g) => k + g.indices.length, 0), 0)
  const positions = new Float32Array(nVert * 3)
  const index = new Uint32Array(nIdx)
  let v = 0
  let i = 0
  for (const m of meshes) {
    positions.set(m.positions, v * 3)
    for (const g of m.groups) {
      for (let k = 0; k < g.indices.length; k++) index[i++] = g.indices[k]! + v
    }
    v += m.positions.length / 3
  }
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  geometry.setIndex(new BufferAttribute(index, 1))
  return new MeshBVH(geometry)
}

/** Van der Corput radical inverse in base 2: the second coordinate of a Hammersley set. */
function radicalInverse(i: number): number {
  let bits = i >>> 0
  bits = ((bits << 16) | (bits >>> 16)) >>> 0
  bits = (((bits & 0x55555555) << 1) | ((bits & 0xaaaaaaaa) >>> 1)) >>> 0
  bits = (((bits & 0x33333333) << 2) | ((bits & 0xcccccccc) >>> 2)) >>> 0
  bits = (((bits & 0x0f0f0f0f) << 4) | ((bits & 0xf0f0f0f0) >>> 4)) >>> 0
  bits = (((bits & 0x00ff00ff) << 8) | ((bits & 0xff00ff00) >>> 8)) >>> 0
  return bits / 4294967296
}

/** Cosine-weighted hemisphere directions about +z: (radius, angle, height) per ray. */
function hemisphere(n: number): { r: number; phi: number; h: number }[] {
  return Array.from({ length: n }, (_, i) => {
    const u = (i + 0.5) / n
    return { r: Math.sqrt(u), phi: 2 * Math.PI * radicalInverse(i), h: Math.sqrt(1 - u) }
  })
}

const GOLDEN = 0.6180339887498949
/** Rays start this far (mm) off the surface so they do not hit the triangles they leave. */
const RAY_OFFSET_MM = 0.03

/** Ambient occlusion of each vertex of `receiver` against `scene` (which must include the receiver). */
export function bakeAmbientOcclusion(receiver: MeshData, scene: MeshBVH, o: AoOptions = AO_OPTIONS): Float32Array {
  const P = receiver.positions
  const N = receiver.normals
  const n = P.length / 3
  const dirs = hemisphere(o.rays)
  const ray = new Ray(new Vector3(), new Vector3())
  const raw = new Float32Array(n)
  for (let v = 0; v < n; v++) {
    const nx = N[3 * v]!, ny = N[3 * v + 1]!, nz = N[3 * v + 2]!
    // Orthonormal basis about the normal (Duff et al. 2017, branch-free).
    const s = nz >= 0 ? 1 : -1
    const a = -1 / (s + nz)
    const b = nx * ny * a
    const tx = 1 + s * nx * nx * a, ty = s * b, tz = -s * nx
    const bx = b, by = s + ny * ny * a, bz = -ny
    const turn = 2 * Math.PI * ((v * GOLDEN) % 1)
    let occluded = 0
    for (const d of dirs) {
      const c = d.r * Math.cos(d.phi + turn), e = d.r * Math.sin(d.phi + turn)
      ray.direction.set(tx * c + bx * e + nx * d.h, ty * c + by * e + ny * d.h, tz * c + bz * e + nz * d.h)
      ray.origin.set(P[3 * v]! + nx * RAY_OFFSET_MM, P[3 * v + 1]! + ny * RAY_OFFSET_MM, P[3 * v + 2]! + nz * RAY_OFFSET_MM)
      const hit = scene.raycastFirst(ray, DoubleSide, 0, o.maxDistanceMm)
      if (hit) occluded += 1 - hit.distance / o.maxDistanceMm
    }
    raw[v] = 1 - occluded / o.rays
  }
  return smoothOverSurface(receiver, raw, o.smoothingPasses)
}

/**
 * Average each vertex with its one-ring, `passes` times. Vertices split at creases or between
 * primitives share a position: they are welded first, so both sides of an edge get one value
 * and no seam shows.
 */
function smoothOverSurface(m: MeshData, values: Float32Array, passes: number): Float32Array {
  const P = m.positions
  const n = P.length / 3
  const weld = new Uint32Array(n)
  const byPos = new Map<string, number>()
  let nw = 0
  for (let v = 0; v < n; v++) {
    const k = `${P[3 * v]},${P[3 * v + 1]},${P[3 * v + 2]}`
    let w = byPos.get(k)
    if (w === undefined) byPos.set(k, (w = nw++))
    weld[v] = w
  }
  let cur = new Float64Array(nw)
  const count = new Float64Array(nw)
  for (let v = 0; v < n; v++) {
    cur[weld[v]!]! += values[v]!
    count[weld[v]!]!++
  }
  for (let w = 0; w < nw; w++) cur[w]! /= count[w]!
  // Edges between welded vertices, each listed once per triangle side (fine for averaging).
  const edgesFrom: number[] = []
  const edgesTo: number[] = []
  for (const g of m.groups) {
    const I = g.indices
    for (let t = 0; t < I.length; t += 3) {
      for (let k = 0; k < 3; k++) {
        edgesFrom.push(weld[I[t + k]!]!)
        edgesTo.push(weld[I[t + ((k + 1) % 3)]!]!)
      }
    }
  }
  for (let p = 0; p < passes; p++) {
    const sum = new Float64Array(nw)
    const deg = new Float64Array(nw)
    for (let e = 0; e < edgesFrom.length; e++) {
      const a = edgesFrom[e]!, b = edgesTo[e]!
      sum[a]! += cur[b]!
      deg[a]!++
      sum[b]! += cur[a]!
      deg[b]!++
    }
    const next = new Float64Array(nw)
    for (let w = 0; w < nw; w++) next[w] = deg[w]! > 0 ? 0.5 * cur[w]! + (0.5 * sum[w]!) / deg[w]! : cur[w]!
    cur = next
  }
  const out = new Float32Array(n)
  for (let v = 0; v < n; v++) out[v] = Math.min(1, Math.max(0, cur[weld[v]!]!))
  return out
}

/**
 * Bake every part's occlusion in place (`mesh.ao`), against its scene (AO_SCENE; itself when not
 * listed). Parts carried by a node transform (the instruments) occlude only themselves, in
 * their own frame.
 */
export function bakeScenes(nodes: readonly { part: Part; mesh: MeshData }[], o: AoOptions = AO_OPTIONS): void {
  const byPart = new Map(nodes.map((x) => [x.part, x.mesh]))
  const cache = new Map<string, MeshBVH>()
  for (const { part, mesh } of nodes) {
    const others = (AO_SCENE[part] ?? []).filter((p) => p !== part && byPart.has(p))
    const members = [part, ...others].sort()
    const key = members.join('|')
    let bvh = cache.get(key)
    if (!bvh) cache.set(key, (bvh = occluderBvh(members.map((p) => byPart.get(p)!))))
    mesh.ao = bakeAmbientOcclusion(mesh, bvh, o)
  }
}
