/**
 * The cut's geometry and labels without a browser: the default plane holds the neck axis and
 * the shaft's direction and faces the front; the settings are clamped; turning keeps the neck
 * axis in the plane; each label's point lies on the plane inside its tissue and disappears when
 * the plane misses it; labels follow the parts of the step; label texts never overlap.
 */
import { describe, expect, it } from 'vitest'
import manifestJson from '../../models/manifest.json'
import type { Part, Vec3 } from '../../models/contract'
import {
  CUT_OFFSET_LIMIT_MM,
  CUT_TURN_LIMIT_DEG,
  clampCutPlane,
  cutGeometry,
  projectOntoPlane,
  type CutGeometry,
} from '../../src/features/cut/cut-plane'
import { CUT_LABELS, cutAnchor, cutAnchorSpecs, labelsInStep } from '../../src/features/cut/cut-labels'
import { LABEL_LINE_PX, layoutCutLabels } from '../../src/features/cut/cut-label-layout'
import { CUT_COLOURS } from '../../src/features/cut/cut-colours'
import { en } from '../../src/content/i18n/en'
import { fleschKincaidGrade } from '../../src/lib/readability'
import { isSourceId } from '../../src/content/references'
import { knownInaccuracies } from './known-inaccuracies'

const { points, axes } = manifestJson.landmarks as unknown as {
  points: Record<string, Vec3>
  axes: Record<string, { origin: Vec3; direction: Vec3 }>
}
const model = { points, axes, parameters: manifestJson.parameters as Record<string, number> }
const neck = axes['neck-axis']!
const shaft = axes['shaft-axis']!

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const unit = (a: Vec3): Vec3 => {
  const l = Math.hypot(...a)
  return [a[0] / l, a[1] / l, a[2] / l]
}
const distanceToPlane = (p: Vec3, g: CutGeometry) => dot(sub(p, g.point), g.normal)
const plane = (offsetMm = 0, turnDeg = 0) => cutGeometry({ offsetMm, turnDeg }, neck, shaft.direction)
const distanceToLine = (p: Vec3, origin: Vec3, direction: Vec3) => {
  const d = unit(direction)
  const v = sub(p, origin)
  const along = dot(v, d)
  return Math.hypot(v[0] - d[0] * along, v[1] - d[1] * along, v[2] - d[2] * along)
}

describe('the cut plane', () => {
  it('by default holds the neck axis and the shaft direction, and faces the front (roughly coronal)', () => {
    const g = plane()
    expect(Math.hypot(...g.normal)).toBeCloseTo(1, 9)
    expect(distanceToPlane(neck.origin, g)).toBeCloseTo(0, 9)
    expect(dot(g.normal, unit(neck.direction))).toBeCloseTo(0, 9)
    expect(dot(g.normal, unit(shaft.direction))).toBeCloseTo(0, 9)
    // +Z is anterior: the normal points to the front, within 20 degrees of it.
    expect(g.normal[2]).toBeGreaterThan(Math.cos((20 * Math.PI) / 180))
  })

  it('clamps the settings to where the plane still crosses the head and neck, and mends bad values', () => {
    expect(clampCutPlane({ offsetMm: 99, turnDeg: -99 })).toEqual({ offsetMm: CUT_OFFSET_LIMIT_MM, turnDeg: -CUT_TURN_LIMIT_DEG })
    expect(clampCutPlane({ offsetMm: -99, turnDeg: 99 })).toEqual({ offsetMm: -CUT_OFFSET_LIMIT_MM, turnDeg: CUT_TURN_LIMIT_DEG })
    expect(clampCutPlane({ offsetMm: Number.NaN, turnDeg: Number.POSITIVE_INFINITY })).toEqual({ offsetMm: 0, turnDeg: 0 })
    expect(clampCutPlane({ offsetMm: 5, turnDeg: -20 })).toEqual({ offsetMm: 5, turnDeg: -20 })
    // The limit keeps the plane inside the femoral head (radius from the manifest).
    expect(CUT_OFFSET_LIMIT_MM).toBeLessThan(model.parameters.femoralHeadDiameterMm! / 2)
    // A plane past the limit is the plane at the limit.
    expect(plane(40)).toEqual(plane(CUT_OFFSET_LIMIT_MM))
  })

  it('turns about the neck axis: the axis stays in the plane, the normal turns by the angle', () => {
    const base = plane()
    for (const turn of [-60, -25, 15, 45, 60]) {
      const g = plane(0, turn)
      expect(dot(g.normal, unit(neck.direction))).toBeCloseTo(0, 9)
      expect(distanceToPlane(neck.origin, g)).toBeCloseTo(0, 9)
      expect(distanceToPlane([neck.origin[0] + neck.direction[0] * 0.03, neck.origin[1] + neck.direction[1] * 0.03, neck.origin[2] + neck.direction[2] * 0.03], g)).toBeCloseTo(0, 9)
      expect((Math.acos(Math.min(1, dot(g.normal, base.normal))) * 180) / Math.PI).toBeCloseTo(Math.abs(turn), 6)
    }
  })

  it('moves along its normal by the offset, and projects points onto itself', () => {
    const g = plane(7, 30)
    expect(distanceToPlane(neck.origin, g)).toBeCloseTo(-0.007, 9)
    const foot = projectOntoPlane([0.05, -0.02, 0.03], g)
    expect(distanceToPlane(foot, g)).toBeCloseTo(0, 12)
  })
})

describe('what the cut labels', () => {
  const specs = cutAnchorSpecs(model)
  const pin = axes['guide-pin-axis']!
  const p = model.parameters

  it('puts each label on the plane, inside its tissue, wherever the plane is within its limits', () => {
    for (const offset of [-10, 0, 6]) {
      for (const turn of [-40, 0, 30]) {
        const g = plane(offset, turn)
        const cement = cutAnchor(specs.cement, g)
        expect(cement, `cement at ${offset} mm, ${turn} deg`).not.toBeNull()
        expect(distanceToPlane(cement!, g)).toBeCloseTo(0, 9)
        // In the 1 mm gap between the milled head and the cap's bore.
        const r = distanceToLine(cement!, pin.origin, pin.direction) * 1000
        expect(r).toBeGreaterThan(p.preparedHeadDiameterMm! / 2 - 0.3)
        expect(r).toBeLessThan(p.preparedHeadDiameterMm! / 2 + p.cementGapMm! + 0.3)
        const cortex = cutAnchor(specs.cortical, g)
        if (cortex) expect(distanceToLine(cortex, neck.origin, neck.direction) * 1000).toBeLessThan(p.neckDiameterSiMm! / 2)
        const cup = cutAnchor(specs.cup, g)!
        const rc = Math.hypot(...sub(cup, points['acetabular-centre']!)) * 1000
        expect(rc).toBeGreaterThan(p.capOuterDiameterMm! / 2)
        expect(rc).toBeLessThan(p.cupOuterDiameterMm! / 2)
      }
    }
  })

  it("hides a label where the plane misses its tissue: the cap's 6 mm stem only near the pin axis", () => {
    expect(cutAnchor(specs['cap-stem'], plane(0))).not.toBeNull()
    expect(cutAnchor(specs['cap-stem'], plane(12))).toBeNull()
    expect(cutAnchor(specs['cap-stem'], plane(-12))).toBeNull()
  })

  it('labels only what the step has: no cement before the cap, no cup before it is in', () => {
    const shown = (parts: Part[]) => (part: Part) => parts.includes(part)
    const guidePin = labelsInStep(shown(['femur', 'femur-cancellous', 'femoral-canal', 'cartilage-femoral', 'pelvis']), specs)
    expect(guidePin).toEqual(['cortical', 'cancellous', 'canal', 'cartilage'])
    const reduction = labelsInStep(shown(['femur-stem-drilled', 'femur-stem-drilled-cancellous', 'femoral-canal', 'femoral-cap', 'cement-mantle', 'cup']), specs)
    expect(reduction).toEqual(['cortical', 'cancellous', 'canal', 'cement', 'cap', 'cap-stem', 'cup'])
    expect(labelsInStep(shown(['femur-thr', 'thr-stem']), specs)).toEqual(['thr-stem'])
  })

  it('has words for every label and tissue: plain for patients (grade 8 or lower), sourced for students', () => {
    // Two- or three-word names are graded together, as the text a patient reads in the view.
    const patientWords = [...CUT_LABELS.map((id) => en.cut.labels[id].patient), ...Object.values(en.cut.tissues).map((t) => t.patient)]
    expect(fleschKincaidGrade(patientWords.map((w) => `${w}.`).join(' '))).toBeLessThanOrEqual(8)
    for (const id of CUT_LABELS) {
      const words = en.cut.labels[id]
      expect(words.sources.every(isSourceId), id).toBe(true)
      expect(knownInaccuracies(words.patient), id).toEqual([])
      expect(knownInaccuracies(words.student), id).toEqual([])
    }
    expect(fleschKincaidGrade(en.cut.intro.patient)).toBeLessThanOrEqual(8)
    // The numbers in the words are FACTS.md's: the cement mantle's 1 mm [20].
    expect(en.cut.labels.cement.student).toMatch(/about 1 mm/)
    expect(en.cut.labels.cement.sources).toContain('20')
    for (const tissue of Object.keys(CUT_COLOURS) as (keyof typeof CUT_COLOURS)[]) expect(en.cut.tissues[tissue].patient, tissue).not.toBe('')
  })

  it('gives the layers the legend names colours far apart', () => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
    const layers = ['cortical-bone', 'cancellous-bone', 'marrow', 'cement', 'cobalt-chrome', 'porous-coating', 'cartilage', 'muscle'] as const
    for (const a of layers)
      for (const b of layers) {
        if (a === b) continue
        const [x, y] = [rgb(CUT_COLOURS[a]), rgb(CUT_COLOURS[b])]
        expect(Math.abs(x[0]! - y[0]!) + Math.abs(x[1]! - y[1]!) + Math.abs(x[2]! - y[2]!), `${a} vs ${b}`).toBeGreaterThan(60)
      }
  })
})

describe('laying out the label texts', () => {
  const width = (chars: number) => () => chars * 8

  it('stacks the texts so none overlap, and keeps each beside its point', () => {
    const places = [
      { id: 'cement', x: 400, y: 200 },
      { id: 'cap', x: 420, y: 205 },
      { id: 'cup', x: 430, y: 190 },
      { id: 'cap-stem', x: 380, y: 300 },
    ] as const
    const placed = layoutCutLabels(places, 900, width(20))
    expect(placed).toHaveLength(4)
    const stack = [...placed].sort((a, b) => a.textY - b.textY)
    for (let i = 1; i < stack.length; i++) expect(stack[i]!.textY - stack[i - 1]!.textY).toBeGreaterThanOrEqual(LABEL_LINE_PX)
    for (const l of placed) expect(l.textX).toBeGreaterThan(l.x)
    // A text never moves up from its point, only down (the first of a stack stays level with it).
    expect(placed.find((l) => l.id === 'cup')!.textY).toBe(190)
  })

  it('puts a text on the left where it would run off the right edge, and inside the view on a narrow one', () => {
    const [nearEdge] = layoutCutLabels([{ id: 'cup', x: 800, y: 100 }], 900, width(20))
    expect(nearEdge!.side).toBe('left')
    expect(nearEdge!.textX).toBeLessThan(800)
    // 200 px of text beside a point in the middle of a 300 px view fits on neither side: it is pulled in.
    const [narrow] = layoutCutLabels([{ id: 'canal', x: 150, y: 100 }], 300, width(25))
    expect(narrow!.side).toBe('left')
    expect(narrow!.textX - 200).toBeGreaterThanOrEqual(0)
    expect(narrow!.textX).toBeLessThanOrEqual(300)
  })
})
