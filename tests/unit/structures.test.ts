/**
 * What a touch in the 3D view names: every structure has words in both registers and a
 * glossary line, every part of the models is some structure, regions resolve on the real
 * meshes (the surface near a landmark, not only the landmark), and each step's cycle of
 * visible structures follows its scene plan.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ALL_MODEL_FILES, PARTS, type Part, type PointLandmark, type Vec3 } from '../../models/contract'
import { partsOf, readDocument, type PartMesh } from '../../models/generator/readGlb'
import { languagePacks, LANGUAGES } from './language-packs'
import { FEMUR_PARTS, PELVIS_PARTS, STRUCTURES, UNNAMED_PARTS } from '../../src/content/structures'
import { STEP_IDS } from '../../src/content/steps-index'
import { structureAt, visibleStructures } from '../../src/lib/structures'
import { fleschKincaidGrade } from '../../src/lib/readability'
import { szigrisztPazos } from '../../src/lib/readability-es'
import { landmarkPoints } from '../../src/scene/manifest'

describe('the structures a user can touch', () => {
  it('each has words in both registers and a one-line glossary meaning, in every language', () => {
    for (const lang of LANGUAGES) {
      const pack = languagePacks[lang]
      for (const s of STRUCTURES) {
        expect(pack.labels[s.term]?.patient.trim(), s.term).toBeTruthy()
        expect(pack.labels[s.term]?.student.trim(), s.term).toBeTruthy()
        const definition = pack.glossary[s.glossary]?.definition ?? ''
        expect(definition.trim(), s.term).toBeTruthy()
        // One line beside the touched point: a sentence or two, plain words.
        expect(definition.length, s.term).toBeLessThanOrEqual(160)
      }
      // Plain words, measured like the glossary page: the lines a touch can show, together.
      const lines = [...new Set(STRUCTURES.map((s) => pack.glossary[s.glossary].definition))].join(' ')
      // Each language by its own measure: Flesch-Kincaid grade 8 for English, INFLESZ 55 for Spanish.
      if (lang === 'en') expect(fleschKincaidGrade(lines)).toBeLessThanOrEqual(8)
      else expect(szigrisztPazos(lines)).toBeGreaterThanOrEqual(55)
    }
  })

  it('are one structure per term', () => {
    const terms = STRUCTURES.map((s) => s.term)
    expect(new Set(terms).size).toBe(terms.length)
  })

  it('name every part of the models, unless it is deliberately unnamed', () => {
    const named = new Set(STRUCTURES.flatMap((s) => s.parts))
    for (const part of PARTS) expect(named.has(part) || UNNAMED_PARTS.includes(part), part).toBe(true)
    // And every part with a structure gets one from a touch anywhere on it.
    for (const part of PARTS) if (!UNNAMED_PARTS.includes(part)) expect(structureAt(part, [9, 9, 9], landmarkPoints), part).not.toBeNull()
  })

  it('give a part its own structure away from any region', () => {
    expect(structureAt('gluteus-medius', [0, 0, 0], landmarkPoints)).toBe('gluteus-medius')
    expect(structureAt('cartilage-femoral-worn', [0, 0, 0], landmarkPoints)).toBe('worn-cartilage')
    expect(structureAt('removed-socket-thr', [0, 0, 0], landmarkPoints)).toBe('removed-socket')
    expect(structureAt('femur', landmarkPoints['femoral-shaft-mid']!, landmarkPoints)).toBe('femur')
    expect(structureAt('pelvis', landmarkPoints['iliac-crest']!, landmarkPoints)).toBe('pelvis')
    expect(structureAt('pelvis', landmarkPoints['ischial-tuberosity']!, landmarkPoints)).toBe('pelvis')
  })

  it('resolve each region at its landmark, on every mesh it names a place of', () => {
    for (const s of STRUCTURES) {
      if (!s.region) continue
      const at = landmarkPoints[s.region.landmark]
      expect(at, s.region.landmark).toBeDefined()
      for (const part of s.parts) expect(structureAt(part, at!, landmarkPoints), `${s.term} on ${part}`).toBe(s.term)
    }
    // Regions only name places on the meshes they list.
    expect(structureAt('cup', landmarkPoints['acetabular-centre']!, landmarkPoints)).toBe('cup')
    expect(structureAt('femur', landmarkPoints['femoral-head-top']!, landmarkPoints)).toBe('femoral-head')
  })
})

describe('regions on the real meshes', () => {
  const meshes = new Map<Part, PartMesh>()
  beforeAll(async () => {
    for (const f of ALL_MODEL_FILES) {
      const doc = await readDocument(new Uint8Array(readFileSync(join(__dirname, '../../models', f))))
      for (const [p, m] of partsOf(doc)) meshes.set(p, m)
    }
  })
  /** The mesh's vertex nearest a point, in metres (the reader gives millimetres). */
  const nearestVertex = (mesh: PartMesh, p: Vec3): Vec3 => {
    let best: Vec3 = [NaN, NaN, NaN]
    let bestD = Infinity
    const v = mesh.positions
    for (let i = 0; i < v.length; i += 3) {
      const q: Vec3 = [v[i]! / 1000, v[i + 1]! / 1000, v[i + 2]! / 1000]
      const d = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2])
      if (d < bestD) [best, bestD] = [q, d]
    }
    return best
  }
  // The head and the socket are named from their centres, inside the bone: a touch on their
  // surface must still name them. The prepared heads are smaller; the total hip's femur has none.
  const cases: [Part, PointLandmark, string][] = [
    ...(['femur', 'femur-sleeve-reamed', 'femur-planed', 'femur-chamfered', 'femur-stem-drilled'] as const).flatMap(
      (part): [Part, PointLandmark, string][] => [
        [part, 'femoral-head-top', 'femoral-head'],
        [part, 'femoral-neck-mid', 'femoral-neck'],
        [part, 'greater-trochanter-tip', 'greater-trochanter'],
        [part, 'lesser-trochanter-tip', 'lesser-trochanter'],
        [part, 'femoral-shaft-mid', 'femur'],
      ],
    ),
    ['femur-thr', 'greater-trochanter-tip', 'greater-trochanter'],
    ['femur-thr', 'femoral-shaft-mid', 'femur'],
    ...PELVIS_PARTS.flatMap((part): [Part, PointLandmark, string][] => [
      [part, 'acetabular-rim-superior', 'acetabulum'],
      [part, 'acetabular-fossa', 'acetabulum'],
      [part, 'obturator-foramen', 'obturator-foramen'],
      [part, 'psis', 'psis'],
      [part, 'iliac-crest', 'pelvis'],
    ]),
  ]
  it.each(cases)('%s: the surface nearest %s is named %s', (part, landmark, term) => {
    const mesh = meshes.get(part)
    expect(mesh, part).toBeDefined()
    expect(structureAt(part, nearestVertex(mesh!, landmarkPoints[landmark]!), landmarkPoints)).toBe(term)
  })
  it('femoral parts cover the same regions', () => {
    expect(FEMUR_PARTS.every((p) => meshes.has(p))).toBe(true)
  })
})

describe('the structures a step shows', () => {
  it('follow the scene plan: the skin only where it is solid, muscles not while see-through', () => {
    expect(visibleStructures('incision')).toContain('skin')
    expect(visibleStructures('incision')).toContain('scalpel')
    expect(visibleStructures('healthy-hip')).not.toContain('skin')
    expect(visibleStructures('healthy-hip')).not.toContain('gluteus-maximus')
    expect(visibleStructures('healthy-hip')).toContain('cartilage')
    expect(visibleStructures('arthritic-hip')).toContain('worn-cartilage')
    expect(visibleStructures('arthritic-hip')).not.toContain('cartilage')
    expect(visibleStructures('cap-cementing')).toContain('femoral-cap')
    expect(visibleStructures('acetabular-reaming')).toContain('acetabular-reamer')
    expect(visibleStructures('acetabular-reaming')).not.toContain('labrum')
  })

  it('include a region when its part is shown, and drop it with the part', () => {
    const shown = visibleStructures('healthy-hip')
    for (const t of ['femoral-head', 'femoral-neck', 'greater-trochanter', 'lesser-trochanter', 'femur', 'acetabulum', 'psis'] as const)
      expect(shown).toContain(t)
    const noBone = visibleStructures('healthy-hip', { bone: 'ghost' })
    expect(noBone).not.toContain('femoral-head')
    expect(noBone).not.toContain('pelvis')
    expect(noBone).toContain('cartilage')
  })

  it('follow the user’s layers', () => {
    expect(visibleStructures('exposure', { muscle: 'shown' })).toContain('piriformis')
    expect(visibleStructures('exposure')).not.toContain('piriformis')
  })

  it('are in a stable order and the same array each time', () => {
    for (const id of STEP_IDS) {
      const terms = visibleStructures(id)
      expect(visibleStructures(id)).toBe(terms)
      const order = STRUCTURES.map((s) => s.term)
      expect([...terms].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(terms)
      expect(terms.length, id).toBeGreaterThan(3)
    }
  })
})
