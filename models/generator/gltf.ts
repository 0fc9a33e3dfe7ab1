/**
 * Writing glTF binaries with @gltf-transform/core: one node per part, named after the part,
 * one material per tissue, positions in metres. Compression is meshopt
 * (EXT_meshopt_compression), whose decoder ships inside three.js.
 */
import { Document, NodeIO, type Material, type Node } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMaterialsClearcoat, KHRMaterialsSheen, KHRMeshQuantization } from '@gltf-transform/extensions'
import { meshopt } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import type { Part, Tissue } from '../contract'
import type { MeshData } from './mesh'
import type { V3 } from './vec'

/** Starting points from MODELS.md, tuned by looking at renders. */
const MATERIALS: Record<Tissue, { color: string; roughness: number; metalness?: number; alpha?: number; doubleSided?: boolean }> = {
  'cortical-bone': { color: '#E6D9BE', roughness: 0.6 },
  'cancellous-bone': { color: '#C08A74', roughness: 0.85 },
  // Osteophytes are bone: the cortex's colour a shade warmer, a little rougher (new, unremodelled bone).
  osteophyte: { color: '#E0D0AA', roughness: 0.68 },
  cartilage: { color: '#DCE5EC', roughness: 0.3 },
  labrum: { color: '#E8E2D6', roughness: 0.45 },
  capsule: { color: '#D6D0C6', roughness: 0.5, alpha: 0.55, doubleSided: true },
  muscle: { color: '#8E2C2A', roughness: 0.5 },
  nerve: { color: '#E8D77A', roughness: 0.5 },
  skin: { color: '#DDA98E', roughness: 0.55 },
  'cobalt-chrome': { color: '#C4C5C4', roughness: 0.15, metalness: 1 },
  // Sintered beads scatter light: a darker, matte metal than the polished bearing.
  'porous-coating': { color: '#9C9A94', roughness: 0.92, metalness: 0.55 },
  steel: { color: '#CFCBC6', roughness: 0.3, metalness: 1 },
  polyethylene: { color: '#ECE8DC', roughness: 0.7 },
  'removed-bone': { color: '#E8902A', roughness: 0.55 },
  marrow: { color: '#E2B24E', roughness: 0.8 },
  cement: { color: '#F1EDD6', roughness: 0.7 },
}

function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
}
function hexToLinear(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16)
  return [srgbToLinear(((n >> 16) & 255) / 255), srgbToLinear(((n >> 8) & 255) / 255), srgbToLinear((n & 255) / 255)]
}

/** Ambient occlusion is stored in 255 / AO_LEVELS steps of the byte (a divisor of 255). */
const AO_LEVELS = 51

export interface PartNode {
  part: Part
  mesh: MeshData
  /** Node translation (mm) and rotation quaternion; the mesh positions are then in node-local mm. */
  translation?: V3
  rotation?: [number, number, number, number]
}

export function buildDocument(nodes: readonly PartNode[]): Document {
  const doc = new Document()
  doc.getRoot().getAsset().generator = 'resurface models/generator'
  const buffer = doc.createBuffer()
  const scene = doc.createScene('scene')
  const materials = new Map<Tissue, Material>()
  const material = (t: Tissue): Material => {
    let m = materials.get(t)
    if (!m) {
      const spec = MATERIALS[t]
      const [r, g, b] = hexToLinear(spec.color)
      m = doc
        .createMaterial(t)
        .setBaseColorFactor([r, g, b, spec.alpha ?? 1])
        .setRoughnessFactor(spec.roughness)
        .setMetallicFactor(spec.metalness ?? 0)
        .setDoubleSided(spec.doubleSided ?? false)
        .setAlphaMode(spec.alpha !== undefined ? 'BLEND' : 'OPAQUE')
      materials.set(t, m)
    }
    return m
  }
  for (const n of nodes) {
    const mesh = doc.createMesh(n.part)
    const pos = new Float32Array(n.mesh.positions.length)
    for (let i = 0; i < pos.length; i++) pos[i] = n.mesh.positions[i]! / 1000
    const position = doc.createAccessor(`${n.part}-position`).setType('VEC3').setArray(pos).setBuffer(buffer)
    const normal = doc.createAccessor(`${n.part}-normal`).setType('VEC3').setArray(n.mesh.normals.slice()).setBuffer(buffer)
    if (!n.mesh.ao) throw new Error(`${n.part}: no baked ambient occlusion`)
    // One normalised unsigned byte per vertex (already-integer data is left alone by the
    // quantiser), on AO_LEVELS steps: ambient light is a small share of a pixel, so 1/51 steps
    // do not band, and fewer distinct values compress better.
    const ao = doc
      .createAccessor(`${n.part}-ao`)
      .setType('SCALAR')
      .setArray(Uint8Array.from(n.mesh.ao, (v) => Math.round(Math.min(1, Math.max(0, v)) * AO_LEVELS) * (255 / AO_LEVELS)))
      .setNormalized(true)
      .setBuffer(buffer)
    for (const g of n.mesh.groups) {
      const maxIndex = g.indices.reduce((m, v) => (v > m ? v : m), 0)
      // (Our index arrays are never over shared memory; newer lib typings ask that it be said.)
      const indices = maxIndex < 65536 ? Uint16Array.from(g.indices) : (g.indices as Uint32Array<ArrayBuffer>)
      const idx = doc.createAccessor(`${n.part}-${g.tissue}-indices`).setType('SCALAR').setArray(indices).setBuffer(buffer)
      const prim = doc
        .createPrimitive()
        .setAttribute('POSITION', position)
        .setAttribute('NORMAL', normal)
        .setAttribute('_AO', ao)
        .setIndices(idx)
        .setMaterial(material(g.tissue))
      mesh.addPrimitive(prim)
    }
    const node: Node = doc.createNode(n.part).setMesh(mesh).setExtras({ part: n.part })
    if (n.translation) node.setTranslation([n.translation[0] / 1000, n.translation[1] / 1000, n.translation[2] / 1000])
    if (n.rotation) node.setRotation(n.rotation)
    scene.addChild(node)
  }
  doc.getRoot().setDefaultScene(scene)
  return doc
}

export async function io(): Promise<NodeIO> {
  await MeshoptDecoder.ready
  await MeshoptEncoder.ready
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization, KHRMaterialsClearcoat, KHRMaterialsSheen])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'meshopt.encoder': MeshoptEncoder })
}

export async function writeUncompressed(doc: Document): Promise<Uint8Array> {
  return (await io()).writeBinary(doc)
}

/** Quantize and meshopt-compress in place, then write. */
export async function writeCompressed(doc: Document, level: 'medium' | 'high' = 'medium'): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level, quantizationVolume: 'scene' }))
  return (await io()).writeBinary(doc)
}
