/**
 * Reads the generator's .glb files into three.js objects: one object per node, named as the
 * node, with its mesh's primitives as meshes and each material known by its name only (the app
 * dresses every mesh in its own tissue materials: materials.ts).
 *
 * Why not three's GLTFLoader: it reads all of glTF (textures, skins, animation, cameras, lights,
 * a dozen extensions), and what it imports keeps about 25 KB gzip of three.js and loader code in
 * the bundle before the first 3D frame. These files use a small, fixed subset, which this reader
 * checks and refuses past (a clear error, shown with Try again, rather than a wrong model):
 * triangle primitives with indices, attributes in buffer views (meshopt-compressed,
 * EXT_meshopt_compression, and quantised, KHR_mesh_quantization), nodes with a translation,
 * rotation and scale, one scene, no textures, no sparse accessors. A unit test reads every model
 * file with both readers and compares what they produce (tests/unit/glb-reader.test.ts).
 */
import {
  BufferAttribute,
  BufferGeometry,
  Group,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  Mesh,
  type Object3D,
} from 'three'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

interface MeshoptView {
  buffer: number
  byteOffset?: number
  byteLength: number
  byteStride: number
  count: number
  mode: 'ATTRIBUTES' | 'TRIANGLES' | 'INDICES'
  filter?: 'NONE' | 'OCTAHEDRAL' | 'QUATERNION' | 'EXPONENTIAL'
}
interface Gltf {
  extensionsRequired?: string[]
  buffers: { byteLength: number; uri?: string }[]
  bufferViews: { buffer: number; byteOffset?: number; byteLength: number; byteStride?: number; extensions?: { EXT_meshopt_compression?: MeshoptView } }[]
  accessors: { bufferView?: number; byteOffset?: number; componentType: number; normalized?: boolean; count: number; type: string; sparse?: unknown }[]
  meshes: { name?: string; primitives: { attributes: Record<string, number>; indices?: number; material?: number; mode?: number }[] }[]
  materials?: { name?: string }[]
  nodes: { name?: string; mesh?: number; children?: number[]; translation?: number[]; rotation?: number[]; scale?: number[]; matrix?: number[] }[]
  scene?: number
  scenes: { nodes: number[] }[]
}

const SUPPORTED_EXTENSIONS = new Set(['EXT_meshopt_compression', 'KHR_mesh_quantization'])
const GLB_MAGIC = 0x46546c67
const CHUNK_JSON = 0x4e4f534a
const CHUNK_BIN = 0x004e4942

type TypedArrayType = Int8ArrayConstructor | Uint8ArrayConstructor | Int16ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor
const COMPONENT: Record<number, TypedArrayType> = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
}
const ITEM_SIZE: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 }

/** glTF attribute names as three.js names them (custom ones, like `_AO`, lower-cased as GLTFLoader does). */
function attributeName(gltfName: string): string {
  if (gltfName === 'POSITION') return 'position'
  if (gltfName === 'NORMAL') return 'normal'
  if (gltfName === 'TEXCOORD_0') return 'uv'
  if (gltfName === 'COLOR_0') return 'color'
  return gltfName.toLowerCase()
}

function fail(why: string): never {
  throw new Error(`unsupported model file: ${why}`)
}

function chunks(bytes: ArrayBuffer): { json: Gltf; bin: Uint8Array<ArrayBuffer> } {
  const view = new DataView(bytes)
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== GLB_MAGIC) fail('not a binary glTF (.glb)')
  let json: Gltf | null = null
  let bin: Uint8Array<ArrayBuffer> | null = null
  for (let offset = 12; offset + 8 <= bytes.byteLength; ) {
    const length = view.getUint32(offset, true)
    const type = view.getUint32(offset + 4, true)
    const body = new Uint8Array(bytes, offset + 8, length)
    if (type === CHUNK_JSON) json = JSON.parse(new TextDecoder().decode(body)) as Gltf
    else if (type === CHUNK_BIN) bin = body
    offset += 8 + length
  }
  if (!json || !bin) fail('a JSON or binary chunk is missing')
  return { json, bin }
}

/** Reads a .glb file; resolves with the default scene's root. */
export async function readGlb(bytes: ArrayBuffer): Promise<Group> {
  const { json, bin } = chunks(bytes)
  for (const ext of json.extensionsRequired ?? []) if (!SUPPORTED_EXTENSIONS.has(ext)) fail(`extension ${ext}`)
  await MeshoptDecoder.ready

  // Buffer 0 is the binary chunk; a meshopt fallback buffer has no bytes and is never read.
  const views = new Map<number, Uint8Array<ArrayBuffer>>()
  const viewBytes = (index: number): Uint8Array<ArrayBuffer> => {
    const known = views.get(index)
    if (known) return known
    const bv = json.bufferViews[index] ?? fail(`buffer view ${index}`)
    const meshopt = bv.extensions?.EXT_meshopt_compression
    let out: Uint8Array<ArrayBuffer>
    if (meshopt) {
      if (meshopt.buffer !== 0) fail('meshopt data outside the binary chunk')
      const source = bin.subarray(meshopt.byteOffset ?? 0, (meshopt.byteOffset ?? 0) + meshopt.byteLength)
      out = new Uint8Array(meshopt.count * meshopt.byteStride)
      MeshoptDecoder.decodeGltfBuffer(out, meshopt.count, meshopt.byteStride, source, meshopt.mode, meshopt.filter ?? 'NONE')
    } else {
      if (bv.buffer !== 0) fail('data outside the binary chunk')
      out = bin.slice(bv.byteOffset ?? 0, (bv.byteOffset ?? 0) + bv.byteLength)
    }
    views.set(index, out)
    return out
  }

  const attribute = (index: number): BufferAttribute | InterleavedBufferAttribute => {
    const acc = json.accessors[index] ?? fail(`accessor ${index}`)
    if (acc.sparse || acc.bufferView === undefined) fail('sparse accessors')
    const Type = COMPONENT[acc.componentType] ?? fail(`component type ${acc.componentType}`)
    const itemSize = ITEM_SIZE[acc.type] ?? fail(`accessor type ${acc.type}`)
    const data = viewBytes(acc.bufferView)
    const stride = json.bufferViews[acc.bufferView]!.extensions?.EXT_meshopt_compression?.byteStride ?? json.bufferViews[acc.bufferView]!.byteStride
    const elementBytes = Type.BYTES_PER_ELEMENT
    const offset = acc.byteOffset ?? 0
    const normalized = acc.normalized === true
    if (stride && stride !== itemSize * elementBytes) {
      // Quantised vec3s are padded to 4-byte strides: an interleaved view, as GLTFLoader makes.
      const array = new Type(data.buffer, data.byteOffset, (data.byteLength / elementBytes) | 0)
      return new InterleavedBufferAttribute(new InterleavedBuffer(array, stride / elementBytes), itemSize, offset / elementBytes, normalized)
    }
    return new BufferAttribute(new Type(data.buffer, data.byteOffset + offset, acc.count * itemSize), itemSize, normalized)
  }

  const meshObject = (meshIndex: number): Object3D => {
    const def = json.meshes[meshIndex] ?? fail(`mesh ${meshIndex}`)
    const meshes = def.primitives.map((p, i) => {
      if ((p.mode ?? 4) !== 4 || p.indices === undefined) fail('primitives other than indexed triangles')
      const geometry = new BufferGeometry()
      for (const [name, index] of Object.entries(p.attributes)) geometry.setAttribute(attributeName(name), attribute(index))
      const indices = attribute(p.indices)
      if (!(indices instanceof BufferAttribute)) fail('interleaved indices')
      geometry.setIndex(indices)
      const mesh = new Mesh(geometry)
      mesh.userData.materialName = p.material === undefined ? '' : (json.materials?.[p.material]?.name ?? '')
      if (def.primitives.length > 1) mesh.name = `${def.name ?? 'mesh'}_${i}`
      return mesh
    })
    if (meshes.length === 1) return meshes[0]!
    const group = new Group()
    group.add(...meshes)
    return group
  }

  const nodeObject = (index: number): Object3D => {
    const def = json.nodes[index] ?? fail(`node ${index}`)
    if (def.matrix) fail('node matrices')
    const object = def.mesh === undefined ? new Group() : meshObject(def.mesh)
    object.name = def.name ?? ''
    if (def.translation) object.position.fromArray(def.translation)
    if (def.rotation) object.quaternion.fromArray(def.rotation)
    if (def.scale) object.scale.fromArray(def.scale)
    for (const child of def.children ?? []) object.add(nodeObject(child))
    return object
  }

  const scene = json.scenes[json.scene ?? 0] ?? fail('no scene')
  const root = new Group()
  for (const node of scene.nodes) root.add(nodeObject(node))
  return root
}
