/**
 * Facts about models/hip.glb read from its glTF JSON chunk (no decoding needed: accessor counts
 * are in the JSON even when the buffers are meshopt-compressed).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from '../../tests/e2e/harness'

interface Gltf {
  nodes: { name?: string; mesh?: number }[]
  meshes: { primitives: { indices?: number; attributes: Record<string, number>; mode?: number }[] }[]
  accessors: { count: number }[]
}

export const HIP_GLB = join(ROOT, 'models', 'hip.glb')

/** Triangles per node name. */
export async function hipTriangles(file = HIP_GLB): Promise<Record<string, number>> {
  const glb = await readFile(file)
  if (glb.readUInt32LE(0) !== 0x46546c67) throw new Error(`${file} is not a GLB`)
  const jsonLength = glb.readUInt32LE(12)
  const gltf = JSON.parse(glb.subarray(20, 20 + jsonLength).toString('utf8')) as Gltf
  const out: Record<string, number> = {}
  for (const [i, node] of gltf.nodes.entries()) {
    if (node.mesh === undefined) continue
    const name = node.name ?? `node-${i}`
    let triangles = 0
    for (const p of gltf.meshes[node.mesh]?.primitives ?? []) {
      if ((p.mode ?? 4) !== 4) continue
      const accessor = p.indices ?? p.attributes.POSITION
      triangles += Math.floor((accessor === undefined ? 0 : (gltf.accessors[accessor]?.count ?? 0)) / 3)
    }
    out[name] = (out[name] ?? 0) + triangles
  }
  return out
}

/**
 * The first-frame detector's threshold: half the triangles of the two bones (pelvis and femur).
 * Both pages show both bones in their first view (the app hides skin and muscle there, the
 * peer shows the file as it is), and nothing else either page draws comes near that count, so a
 * frame past it has the hip in it.
 */
export async function firstFrameThreshold(): Promise<{ threshold: number; bones: number; total: number }> {
  const tris = await hipTriangles()
  const bones = (tris.pelvis ?? 0) + (tris.femur ?? 0)
  if (bones === 0) throw new Error('hip.glb has no pelvis or femur node')
  const total = Object.values(tris).reduce((a, b) => a + b, 0)
  return { threshold: Math.floor(bones / 2), bones, total }
}
