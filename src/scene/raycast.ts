/**
 * The scene's one raycaster, shared by the labels' occlusion rays and the user's picks.
 *
 * three-mesh-bvh (bounding volume trees: a ray visits a few dozen triangles instead of every one
 * of the hip's) is fetched with a dynamic import once the first 3D frame is on screen, so the
 * code before that frame does not grow; until it arrives, rays use three's plain raycast. A
 * tree is built once per geometry and kept with it: HipRig swaps which parts show per step, the
 * geometries themselves never change.
 *
 * Each occlusion check and each pick is timed with a `performance.measure` ('resurface:occlusion',
 * 'resurface:pick') for the benchmark; nothing is logged.
 */
import { Mesh, Raycaster, Vector2, type BufferGeometry, type Camera, type Intersection, type Object3D, type Vector3 } from 'three'

type Bvh = typeof import('./bvh')
export type RayMeasure = 'resurface:occlusion' | 'resurface:pick'

let bvh: Bvh | null = null
let loading: Promise<void> | null = null
const raycaster = new Raycaster()

/** Fetches three-mesh-bvh and patches Mesh raycasting (meshes without a tree keep three's own). */
export function loadAcceleratedRaycast(): Promise<void> {
  loading ??= import('./bvh').then((m) => {
    Mesh.prototype.raycast = m.acceleratedRaycast
    bvh = m
  })
  return loading
}

/** Whether rays are accelerated yet (for the benchmark and tests). */
export const raysAccelerated = () => bvh !== null

function treeFor(geometry: BufferGeometry, m: Bvh): void {
  if (!geometry.boundsTree) geometry.boundsTree = new m.MeshBVH(geometry)
}

/** Builds the trees of every mesh under `roots` that has none (once the module is in). */
export function buildTrees(roots: readonly Object3D[]): void {
  const m = bvh
  if (!m) return
  for (const root of roots)
    root.traverse((child) => {
      if (child instanceof Mesh) treeFor(child.geometry as BufferGeometry, m)
    })
}

/**
 * Loads the module if need be, then builds the trees of the meshes under `roots` in idle time, a few meshes per slice, so the
 * first ray after a model file arrives does not pay for them. Returns the cancel.
 */
export function buildTreesWhenIdle(roots: Iterable<Object3D>): () => void {
  let cancelled = false
  const meshes: Mesh[] = []
  for (const root of roots)
    root.traverse((child) => {
      if (child instanceof Mesh && !(child.geometry as BufferGeometry).boundsTree) meshes.push(child)
    })
  const idle = (work: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 500 }) : window.setTimeout(work, 16)
  const slice = () => {
    const m = bvh
    if (cancelled || !m) return
    const until = performance.now() + 8
    while (meshes.length > 0 && performance.now() < until) treeFor(meshes.pop()!.geometry as BufferGeometry, m)
    if (meshes.length > 0) idle(slice)
  }
  void loadAcceleratedRaycast().then(() => idle(slice))
  return () => {
    cancelled = true
  }
}

/**
 * The hits along a ray through `objects` (and their children), nearest first, within `far`.
 * `firstHitOnly` stops at the nearest hit (a pick); an occlusion ray needs them all, to look
 * past the point's own structure.
 */
export function castRay(origin: Vector3, direction: Vector3, far: number, objects: readonly Object3D[], firstHitOnly: boolean): Intersection[] {
  buildTrees(objects)
  raycaster.set(origin, direction)
  raycaster.far = far
  raycaster.firstHitOnly = firstHitOnly
  return raycaster.intersectObjects(objects as Object3D[], true)
}

/** Runs `work` timed as one `measure` entry (no marks are left behind). */
export function measured<T>(name: RayMeasure, work: () => T): T {
  const start = performance.now()
  try {
    return work()
  } finally {
    performance.measure(name, { start, end: performance.now(), detail: { accelerated: bvh !== null } })
  }
}

const scratchNdc = new Vector2()

/** The nearest hit under a point of the view (normalised device coordinates), through `objects`. */
export function castFromCamera(ndcX: number, ndcY: number, camera: Camera, objects: readonly Object3D[]): Intersection | null {
  buildTrees(objects)
  raycaster.setFromCamera(scratchNdc.set(ndcX, ndcY), camera)
  raycaster.far = Infinity
  raycaster.firstHitOnly = true
  return raycaster.intersectObjects(objects as Object3D[], true)[0] ?? null
}
