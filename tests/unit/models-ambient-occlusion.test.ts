/**
 * Baked ambient occlusion (models/generator/ambient-occlusion.ts): the method on a hand-made
 * solid (a pit in a block is darker than the block's corner), and the committed files: every
 * primitive of every mesh carries `_AO` within [0, 1], and the anatomy is shaded where it should
 * be (the head inside the socket darker than the greater trochanter's summit, the acetabular
 * fossa darker than the iliac crest).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ALL_MODEL_FILES } from '../../models/contract'
import { bakeAmbientOcclusion, occluderBvh } from '../../models/generator/ambient-occlusion'
import { api, manifoldApi, toMeshData, type MeshData } from '../../models/generator/mesh'
import { readDocument } from '../../models/generator/readGlb'

const modelsDir = join(__dirname, '..', '..', 'models')
const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8')) as {
  landmarks: { points: Record<string, [number, number, number]> }
}

/** Vertex nearest a point (mm). */
function nearest(m: MeshData, p: readonly number[]): number {
  let best = 0
  let bd = Infinity
  for (let v = 0; v < m.positions.length / 3; v++) {
    const d = Math.hypot(m.positions[3 * v]! - p[0]!, m.positions[3 * v + 1]! - p[1]!, m.positions[3 * v + 2]! - p[2]!)
    if (d < bd) [bd, best] = [d, v]
  }
  return best
}

describe('ambient occlusion, the method', () => {
  beforeAll(async () => {
    await manifoldApi()
  })

  it('a vertex deep in a pit is darker than a convex corner, and every value is within [0, 1]', () => {
    const { Manifold } = api()
    const block = Manifold.cube([60, 30, 60], true)
    const ball = Manifold.sphere(12, 48).translate([0, 15, 0])
    const pitted = block.subtract(ball)
    const fine = pitted.refineToLength(3)
    const mesh = toMeshData(fine, 'cortical-bone')
    for (const m of [block, ball, pitted, fine]) m.delete()
    const ao = bakeAmbientOcclusion(mesh, occluderBvh([mesh]))
    expect(ao.length).toBe(mesh.positions.length / 3)
    for (const v of ao) {
      expect(v).toBeGreaterThanOrEqual(0)
      expect(v).toBeLessThanOrEqual(1)
    }
    const pitFloor = ao[nearest(mesh, [0, 3, 0])]!
    const corner = ao[nearest(mesh, [30, 15, 30])]!
    const flatTop = ao[nearest(mesh, [25, 15, -25])]!
    // From the pit's floor the opening is a 45-degree cone: half the cosine-weighted sky.
    expect(pitFloor).toBeLessThan(0.75)
    expect(corner).toBeGreaterThan(0.95)
    expect(flatTop).toBeGreaterThan(pitFloor + 0.2)
  })

  it('another part occludes: a plate held over a face darkens it', () => {
    const { Manifold } = api()
    const base = Manifold.cube([40, 10, 40], true)
    const fine = base.refineToLength(3)
    const lid = Manifold.cube([40, 2, 40], true).translate([0, 9, 0])
    const baseMesh = toMeshData(fine, 'cortical-bone')
    const lidMesh = toMeshData(lid, 'cortical-bone')
    for (const m of [base, fine, lid]) m.delete()
    const alone = bakeAmbientOcclusion(baseMesh, occluderBvh([baseMesh]))
    const covered = bakeAmbientOcclusion(baseMesh, occluderBvh([baseMesh, lidMesh]))
    const top = nearest(baseMesh, [0, 5, 0])
    expect(alone[top]).toBeGreaterThan(0.9)
    expect(covered[top]).toBeLessThan(alone[top]! - 0.3)
  })
})

describe('ambient occlusion in the committed files', () => {
  const byPart = new Map<string, { positions: number[]; ao: number[] }>()
  const missing: string[] = []
  beforeAll(async () => {
    for (const f of ALL_MODEL_FILES) {
      const doc = await readDocument(new Uint8Array(readFileSync(join(modelsDir, f))))
      for (const node of doc.getRoot().listNodes()) {
        const mesh = node.getMesh()
        if (!mesh) continue
        const m = node.getWorldMatrix()
        for (const prim of mesh.listPrimitives()) {
          const a = prim.getAttribute('_AO')
          const pos = prim.getAttribute('POSITION')!
          if (!a) {
            missing.push(`${f} ${node.getName()}`)
            continue
          }
          if (byPart.has(node.getName())) continue
          const positions: number[] = []
          const ao: number[] = []
          const e = [0, 0, 0]
          const s = [0]
          for (let i = 0; i < pos.getCount(); i++) {
            pos.getElement(i, e)
            const [x, y, z] = e as [number, number, number]
            positions.push(
              (m[0] * x + m[4] * y + m[8] * z + m[12]) * 1000,
              (m[1] * x + m[5] * y + m[9] * z + m[13]) * 1000,
              (m[2] * x + m[6] * y + m[10] * z + m[14]) * 1000,
            )
            a.getElement(i, s)
            ao.push(s[0]!)
          }
          expect(a.getNormalized(), node.getName()).toBe(true)
          byPart.set(node.getName(), { positions, ao })
        }
      }
    }
  })

  it('every primitive of every mesh has _AO, one value per vertex within [0, 1]', () => {
    expect(missing).toEqual([])
    expect(byPart.size).toBeGreaterThan(40)
    for (const [part, { positions, ao }] of byPart) {
      expect(ao.length, part).toBe(positions.length / 3)
      expect(Math.min(...ao), part).toBeGreaterThanOrEqual(0)
      expect(Math.max(...ao), part).toBeLessThanOrEqual(1)
    }
  })

  /** Mean AO of a part's vertices within `r` mm of a landmark. */
  const around = (part: string, landmark: string, r: number): number => {
    const { positions, ao } = byPart.get(part)!
    const p = manifest.landmarks.points[landmark]!.map((v) => v * 1000)
    let s = 0
    let n = 0
    for (let v = 0; v < ao.length; v++) {
      if (Math.hypot(positions[3 * v]! - p[0]!, positions[3 * v + 1]! - p[1]!, positions[3 * v + 2]! - p[2]!) > r) continue
      s += ao[v]!
      n++
    }
    expect(n, `${part} near ${landmark}`).toBeGreaterThan(3)
    return s / n
  }

  it('the head inside the socket is darker than the greater trochanter; the fossa darker than the iliac crest', () => {
    // The head: femur vertices within 2 mm of the head sphere, i.e. the joint surface.
    const femur = byPart.get('femur')!
    const r = manifest.landmarks.points['femoral-head-centre']!.map((v) => v * 1000)
    let s = 0
    let n = 0
    for (let v = 0; v < femur.ao.length; v++) {
      const d = Math.hypot(femur.positions[3 * v]! - r[0]!, femur.positions[3 * v + 1]! - r[1]!, femur.positions[3 * v + 2]! - r[2]!)
      if (d < 25 && femur.positions[3 * v + 1]! > r[1]! + 10) {
        s += femur.ao[v]!
        n++
      }
    }
    expect(n).toBeGreaterThan(20)
    const headDome = s / n
    expect(headDome).toBeLessThan(around('femur', 'greater-trochanter-tip', 6) - 0.3)
    expect(around('pelvis', 'acetabular-fossa', 6)).toBeLessThan(around('pelvis', 'iliac-crest', 6) - 0.3)
    expect(around('pelvis', 'greater-sciatic-notch', 6)).toBeLessThan(around('pelvis', 'iliac-crest', 6))
  })
})
