/**
 * The app's .glb reader (src/scene/glb-reader.ts) against three's GLTFLoader, on every model
 * file the generator writes: the same nodes, the same places, the same vertices, normals,
 * indices and tissue names. And it refuses what it does not read.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Matrix4, Mesh, type BufferAttribute, type InterleavedBufferAttribute, type Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { ALL_MODEL_FILES } from '../../models/contract'
import { readGlb } from '../../src/scene/glb-reader'

const fileBytes = (file: string): ArrayBuffer => {
  const b = readFileSync(join(__dirname, '..', '..', 'models', file))
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer
}

async function withGltfLoader(bytes: ArrayBuffer): Promise<Object3D> {
  const loader = new GLTFLoader()
  loader.setMeshoptDecoder(MeshoptDecoder)
  return (await loader.parseAsync(bytes, '')).scene
}

/** Each mesh under a root, by its path of node names: world matrix, attributes (denormalised), indices, tissue. */
function describeMeshes(root: Object3D, tissueOf: (m: Mesh) => string) {
  root.updateMatrixWorld(true)
  const out = new Map<string, { matrix: number[]; attributes: Record<string, number[]>; index: number[]; tissue: string }>()
  root.traverse((o) => {
    if (!(o instanceof Mesh)) return
    // A node's primitives are told apart by their order (GLTFLoader's names for them are its own).
    const path: string[] = [o.parent === root ? o.name : `#${o.parent!.children.indexOf(o)}`]
    for (let p: Object3D | null = o.parent; p && p !== root; p = p.parent) path.unshift(p.name)
    const attributes: Record<string, number[]> = {}
    for (const [name, a] of Object.entries(o.geometry.attributes) as [string, BufferAttribute | InterleavedBufferAttribute][]) {
      const values: number[] = []
      // every 97th vertex keeps the test quick and still covers the whole buffer
      for (let i = 0; i < a.count; i += 97) for (let c = 0; c < a.itemSize; c++) values.push(a.getComponent(i, c))
      attributes[name] = [a.count, ...values]
    }
    const idx = o.geometry.index!
    out.set(path.join('/'), { matrix: new Matrix4().copy(o.matrixWorld).toArray(), attributes, index: Array.from(idx.array as Uint16Array), tissue: tissueOf(o) })
  })
  return out
}

describe('glb reader', () => {
  it.each([...ALL_MODEL_FILES])('reads %s as GLTFLoader does', async (file) => {
    const ours = describeMeshes(await readGlb(fileBytes(file)), (m) => String(m.userData.materialName))
    const theirs = describeMeshes(await withGltfLoader(fileBytes(file)), (m) => (m.material as { name: string }).name)
    expect(ours.size).toBeGreaterThan(0)
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort())
    for (const [path, mine] of ours) {
      const other = theirs.get(path)!
      expect(mine.tissue, path).toBe(other.tissue)
      expect(mine.index, path).toEqual(other.index)
      expect(Object.keys(mine.attributes).sort(), path).toEqual(Object.keys(other.attributes).sort())
      for (const [name, values] of Object.entries(mine.attributes)) expect(values, `${path} ${name}`).toEqual(other.attributes[name])
      mine.matrix.forEach((v, i) => expect(v, path).toBeCloseTo(other.matrix[i]!, 9))
    }
  })

  it('refuses a file that is not a .glb', async () => {
    await expect(readGlb(new TextEncoder().encode('{"asset":{}}').buffer as ArrayBuffer)).rejects.toThrow(/not a binary glTF/)
  })

  it('refuses an extension it does not read', async () => {
    const json = new TextEncoder().encode(JSON.stringify({ extensionsRequired: ['KHR_draco_mesh_compression'], buffers: [], bufferViews: [], accessors: [], meshes: [], nodes: [], scenes: [{ nodes: [] }] }).padEnd(120, ' '))
    const bin = new Uint8Array(4)
    const glb = new ArrayBuffer(12 + 8 + json.byteLength + 8 + bin.byteLength)
    const v = new DataView(glb)
    v.setUint32(0, 0x46546c67, true); v.setUint32(4, 2, true); v.setUint32(8, glb.byteLength, true)
    v.setUint32(12, json.byteLength, true); v.setUint32(16, 0x4e4f534a, true); new Uint8Array(glb, 20).set(json)
    v.setUint32(20 + json.byteLength, bin.byteLength, true); v.setUint32(24 + json.byteLength, 0x004e4942, true)
    await expect(readGlb(glb)).rejects.toThrow(/KHR_draco_mesh_compression/)
  })
})
