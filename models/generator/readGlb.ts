/**
 * Read a model file back the way a viewer would: decode meshopt, apply every node's world
 * transform (compression moves dequantisation into node transforms), and return each part's
 * triangles in model millimetres. Used by the tests and the report.
 */
import type { Document } from '@gltf-transform/core'
import type { Part, Tissue } from '../contract'
import { io } from './gltf'
import type { TriMesh } from './measure'

export interface PartMesh extends TriMesh {
  /** Tissue (material name) of each primitive, with its triangle count. */
  primitives: { tissue: Tissue; triangles: number }[]
}

export async function readDocument(bytes: Uint8Array): Promise<Document> {
  return (await io()).readBinary(bytes)
}

export function partsOf(doc: Document): Map<Part, PartMesh> {
  const out = new Map<Part, PartMesh>()
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh) continue
    const m = node.getWorldMatrix()
    const positions: number[] = []
    const indices: number[] = []
    const primitives: PartMesh['primitives'] = []
    // Primitives share one position accessor per part; weld by accessor identity.
    const base = new Map<unknown, number>()
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION')
      const idx = prim.getIndices()
      if (!pos || !idx) continue
      let offset = base.get(pos)
      if (offset === undefined) {
        offset = positions.length / 3
        base.set(pos, offset)
        const e = [0, 0, 0]
        for (let i = 0; i < pos.getCount(); i++) {
          pos.getElement(i, e)
          const x = e[0]!, y = e[1]!, z = e[2]!
          positions.push(
            (m[0] * x + m[4] * y + m[8] * z + m[12]) * 1000,
            (m[1] * x + m[5] * y + m[9] * z + m[13]) * 1000,
            (m[2] * x + m[6] * y + m[10] * z + m[14]) * 1000,
          )
        }
      }
      const n = idx.getCount()
      for (let i = 0; i < n; i++) indices.push(idx.getScalar(i) + offset)
      primitives.push({ tissue: (prim.getMaterial()?.getName() ?? '') as Tissue, triangles: n / 3 })
    }
    out.set(node.getName() as Part, {
      positions: Float32Array.from(positions),
      indices: Uint32Array.from(indices),
      primitives,
    })
  }
  return out
}
