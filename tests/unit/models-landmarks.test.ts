/**
 * The atlas landmarks a lecturer names (issue 14): each manifest point lies on its bone, and the
 * feature it names is in the shape there. Shapes are read from the generator's own signed
 * distance functions: the local relief around a point is the height of the surface above (or
 * below) the point's tangent plane a few millimetres away, so a pit has the surface rising all
 * round it, a ridge falling away on both sides across it, a bump falling away all round. The
 * thresholds are above what the smooth bone under each feature gives (a 24 mm head or a 15 mm
 * shaft falls well under 1 mm within 5 mm), so each test fails if its feature is missing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { manifestSchema } from '../../models/manifest-schema'
import { femurSdf } from '../../models/generator/femur'
import { notchDir, pelvisSdf } from '../../models/generator/pelvis'
import { headRadius, socketRadius } from '../../models/generator/anatomy'
import type { Sdf } from '../../models/generator/sdf'
import { type V3, add, cross, dot, length, lerp, madd, normalize, scale, sub } from '../../models/generator/vec'

const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(__dirname, '..', '..', 'models', 'manifest.json'), 'utf8')))
type Name = keyof typeof manifest.landmarks.points
const pt = (name: Name): V3 => {
  const p = manifest.landmarks.points[name]
  return [p[0]! * 1000, p[1]! * 1000, p[2]! * 1000]
}
const axis = (name: keyof typeof manifest.landmarks.axes): V3 => manifest.landmarks.axes[name].direction as unknown as V3

const femur = femurSdf()
const pelvis = pelvisSdf()
const at = (s: Sdf, p: V3): number => s(p[0], p[1], p[2])

function normal(s: Sdf, p: V3): V3 {
  const h = 0.4
  return normalize([
    s(p[0] + h, p[1], p[2]) - s(p[0] - h, p[1], p[2]),
    s(p[0], p[1] + h, p[2]) - s(p[0], p[1] - h, p[2]),
    s(p[0], p[1], p[2] + h) - s(p[0], p[1], p[2] - h),
  ])
}

/** Height of the surface above the tangent plane at p, r mm away in tangent direction e. */
function height(s: Sdf, p: V3, n: V3, e: V3, r: number): number {
  const q = madd(p, e, r)
  for (let h = 15; h > -15; h -= 0.05) if (at(s, madd(q, n, h)) < 0) return h
  return -15
}
function tangents(n: V3): V3[] {
  const u = normalize(cross(n, Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]))
  const v = cross(n, u)
  return Array.from({ length: 8 }, (_, i) => {
    const t = (i * Math.PI) / 4
    return normalize(add(scale(u, Math.cos(t)), scale(v, Math.sin(t))))
  })
}
/** The surface heights all round the point, r mm away. */
const ring = (s: Sdf, p: V3, r: number): number[] => {
  const n = normal(s, p)
  return tangents(n).map((e) => height(s, p, n, e, r))
}
/** Heights on both sides across a ridge running along `along`. */
const across = (s: Sdf, p: V3, along: V3, r: number): [number, number] => {
  const n = normal(s, p)
  const c = normalize(cross(n, along))
  return [height(s, p, n, c, r), height(s, p, n, scale(c, -1), r)]
}
const alongRidge = (s: Sdf, p: V3, along: V3, r: number): [number, number] => {
  const n = normal(s, p)
  const a = normalize(sub(along, scale(n, dot(along, n))))
  return [height(s, p, n, a, r), height(s, p, n, scale(a, -1), r)]
}

const FEMUR_POINTS: Name[] = [
  'fovea-capitis',
  'head-neck-junction',
  'greater-trochanter-tip',
  'trochanteric-fossa',
  'lesser-trochanter-tip',
  'intertrochanteric-line',
  'intertrochanteric-crest',
  'quadrate-tubercle',
  'gluteal-tuberosity',
  'linea-aspera',
]
const PELVIS_POINTS: Name[] = [
  'iliac-crest',
  'iliac-tubercle',
  'asis',
  'aiis',
  'psis',
  'piis',
  'greater-sciatic-notch',
  'lesser-sciatic-notch',
  'ischial-spine',
  'ischial-tuberosity',
  'pubic-ramus-superior',
  'pubic-ramus-inferior',
  'pubic-tubercle',
  'lunate-surface',
  'acetabular-fossa',
  'acetabular-notch',
  'teardrop',
]

describe('atlas landmarks on their bone', () => {
  it.each(FEMUR_POINTS)('%s lies on the femur', (name) => {
    expect(Math.abs(at(femur, pt(name)))).toBeLessThan(0.8)
  })
  // The notch point is the rim's circle where the rim is missing: in the gap, not on bone.
  it.each(PELVIS_POINTS.filter((n) => n !== 'acetabular-notch'))('%s lies on the pelvis', (name) => {
    expect(Math.abs(at(pelvis, pt(name)))).toBeLessThan(0.8)
  })
})

describe('femur: the features are in the shape', () => {
  const neck = axis('neck-axis')
  const shaft = axis('shaft-axis')
  it('the fovea capitis is a pit in the head, posterior-inferior to its pole', () => {
    const p = pt('fovea-capitis')
    expect(Math.min(...ring(femur, p, 5))).toBeGreaterThan(1)
    expect(length(p)).toBeLessThan(headRadius - 1.5)
    const pole = scale(neck, headRadius)
    expect(p[1]).toBeLessThan(pole[1])
    expect(p[2]).toBeLessThan(pole[2])
  })
  it('the head-neck junction is the waist between head and neck (concave along the neck axis)', () => {
    const p = pt('head-neck-junction')
    const [towardHead, towardNeck] = alongRidge(femur, p, neck, 6)
    expect(towardHead).toBeGreaterThan(0.5)
    expect(towardNeck).toBeGreaterThan(0.2)
    expect(length(p)).toBeGreaterThan(headRadius)
  })
  it('the greater trochanter tip is the summit, lateral and above the lesser trochanter', () => {
    const p = pt('greater-trochanter-tip')
    expect(Math.max(...ring(femur, p, 5))).toBeLessThan(-0.8)
    expect(p[0]).toBeLessThan(pt('head-neck-junction')[0])
  })
  it('the trochanteric fossa is a deep pit on the medial-posterior side of the greater trochanter', () => {
    const p = pt('trochanteric-fossa')
    expect(Math.min(...ring(femur, p, 6))).toBeGreaterThan(1.5)
    const gt = pt('greater-trochanter-tip')
    expect(p[0]).toBeGreaterThan(gt[0])
    expect(p[1]).toBeLessThan(gt[1])
    expect(normal(femur, p)[2]).toBeLessThan(-0.3)
  })
  it('the lesser trochanter tip is a bump, posteromedial', () => {
    const p = pt('lesser-trochanter-tip')
    expect(Math.max(...ring(femur, p, 6))).toBeLessThan(-1.5)
    expect(p[2]).toBeLessThan(pt('intertrochanteric-line')[2] - 25)
  })
  const lineDir = normalize(sub(pt('lesser-trochanter-tip'), pt('greater-trochanter-tip')))
  it('the intertrochanteric line is a low ridge on the front', () => {
    const p = pt('intertrochanteric-line')
    for (const h of across(femur, p, lineDir, 5)) expect(h).toBeLessThan(-1)
    expect(normal(femur, p)[2]).toBeGreaterThan(0.6)
  })
  it('the intertrochanteric crest is a prominent ridge on the back', () => {
    const p = pt('intertrochanteric-crest')
    for (const h of across(femur, p, lineDir, 6)) expect(h).toBeLessThan(-1.5)
    expect(normal(femur, p)[2]).toBeLessThan(-0.6)
  })
  it('the quadrate tubercle is a bump on the crest', () => {
    const p = pt('quadrate-tubercle')
    for (const h of alongRidge(femur, p, lineDir, 8)) expect(h).toBeLessThan(-0.8)
    for (const h of across(femur, p, lineDir, 6)) expect(h).toBeLessThan(-1.5)
    expect(normal(femur, p)[2]).toBeLessThan(-0.6)
  })
  it('the gluteal tuberosity is a ridge on the posterolateral upper shaft', () => {
    const p = pt('gluteal-tuberosity')
    for (const h of across(femur, p, shaft, 6)) expect(h).toBeLessThan(-1.2)
    const n = normal(femur, p)
    expect(n[0]).toBeLessThan(-0.2)
    expect(n[2]).toBeLessThan(-0.4)
    expect(p[1]).toBeLessThan(pt('lesser-trochanter-tip')[1])
  })
  it('the linea aspera is a ridge down the back of the shaft, below the gluteal tuberosity', () => {
    const p = pt('linea-aspera')
    for (const h of across(femur, p, shaft, 5)) expect(h).toBeLessThan(-1.5)
    expect(normal(femur, p)[2]).toBeLessThan(-0.8)
    expect(p[1]).toBeLessThan(pt('gluteal-tuberosity')[1])
  })
})

describe('pelvis: the features are in the shape', () => {
  const all = PELVIS_POINTS.map(pt)
  it('the iliac crest is the top of the bone', () => {
    expect(pt('iliac-crest')[1]).toBeGreaterThanOrEqual(Math.max(...all.map((p) => p[1])) - 10)
  })
  it('the iliac tubercle thickens the crest about 5 cm behind the ASIS', () => {
    const p = pt('iliac-tubercle')
    const crestDir = normalize(sub(pt('psis'), pt('asis')))
    for (const h of alongRidge(pelvis, p, crestDir, 12)) expect(h).toBeLessThan(-1.5)
    const d = length(sub(p, pt('asis')))
    expect(d).toBeGreaterThan(35)
    expect(d).toBeLessThan(70)
    expect(p[2]).toBeLessThan(pt('asis')[2])
  })
  it('the ASIS is the front of the crest, well above and in front of the AIIS', () => {
    const asis = pt('asis')
    // The most anterior bone above the socket is at the ASIS.
    let front: V3 = [0, 0, -Infinity]
    for (let x = -70; x <= 40; x += 2)
      for (let y = 45; y <= 145; y += 2)
        for (let z = 90; z > Math.max(front[2], 0); z -= 0.5)
          if (at(pelvis, [x, y, z]) < 0) {
            front = [x, y, z]
            break
          }
    expect(length(sub(front, asis))).toBeLessThan(10)
    expect(asis[2]).toBeGreaterThan(pt('aiis')[2] + 10)
    expect(asis[1]).toBeGreaterThan(pt('aiis')[1] + 15)
  })
  it('the AIIS is a bump below the ASIS and above the acetabular rim', () => {
    const p = pt('aiis')
    expect(Math.max(...ring(pelvis, p, 5))).toBeLessThan(-1)
    expect(p[1]).toBeGreaterThan(pt('acetabular-rim-superior')[1] + 5)
    expect(p[1]).toBeLessThan(pt('asis')[1] - 15)
  })
  it('the PSIS is the back of the crest', () => {
    expect(pt('psis')[2]).toBeLessThanOrEqual(Math.min(...all.map((p) => p[2])))
  })
  it('the PIIS is a bump below the PSIS, above the greater sciatic notch', () => {
    const p = pt('piis')
    // The bone falls away from it on every side but up, toward the PSIS.
    expect(ring(pelvis, p, 5).filter((h) => h < -0.8).length).toBeGreaterThanOrEqual(5)
    const n = normal(pelvis, p)
    expect(height(pelvis, p, n, normalize(sub([0, -1, 0], scale(n, -n[1]))), 6)).toBeLessThan(-1)
    expect(p[1]).toBeLessThan(pt('psis')[1] - 15)
    expect(p[1]).toBeGreaterThan(pt('greater-sciatic-notch')[1] + 15)
  })
  it('the greater sciatic notch is a deep concavity of the outline between the PIIS and the spine', () => {
    const a = pt('piis')
    const b = pt('ischial-spine')
    // The chord across the notch's mouth runs through the gap, and the notch point lies deep in front of it.
    for (const t of [0.35, 0.5, 0.65]) expect(at(pelvis, lerp(a, b, t))).toBeGreaterThan(2)
    const p = pt('greater-sciatic-notch')
    const u = normalize(sub(b, a))
    const off = sub(sub(p, a), scale(u, dot(sub(p, a), u)))
    expect(length(off)).toBeGreaterThan(15)
    expect(off[2]).toBeGreaterThan(0)
  })
  it('the lesser sciatic notch is a groove between the spine and the tuberosity', () => {
    const p = pt('lesser-sciatic-notch')
    // Concave along the posterior border (the notch's outline runs up-down there).
    for (const h of alongRidge(pelvis, p, [0, 1, 0], 7)) expect(h).toBeGreaterThan(1)
    expect(at(pelvis, lerp(pt('ischial-spine'), pt('ischial-tuberosity'), 0.45))).toBeGreaterThan(1)
  })
  it('the ischial spine lies between the two notches and points back beyond both', () => {
    const s = pt('ischial-spine')
    const g = pt('greater-sciatic-notch')
    const l = pt('lesser-sciatic-notch')
    expect(s[1]).toBeLessThan(g[1])
    expect(s[1]).toBeGreaterThan(l[1])
    expect(s[2]).toBeLessThan(Math.min(g[2], l[2]) - 8)
    expect(Math.max(...ring(pelvis, s, 4))).toBeLessThan(-1.5)
  })
  it('the ischial tuberosity is the low, posterior mass of the ischium', () => {
    const p = pt('ischial-tuberosity')
    expect(p[1]).toBeLessThan(pt('obturator-foramen')[1] - 20)
    expect(p[2]).toBeLessThan(pt('lesser-sciatic-notch')[2])
  })
  it('the pubic rami pass above and below the obturator foramen', () => {
    const f = pt('obturator-foramen')
    expect(pt('pubic-ramus-superior')[1]).toBeGreaterThan(f[1] + 15)
    expect(pt('pubic-ramus-inferior')[1]).toBeLessThan(f[1] - 15)
    expect(at(pelvis, f)).toBeGreaterThan(5)
  })
  it('the pubic tubercle is a bump medial and anterior on the superior ramus', () => {
    const p = pt('pubic-tubercle')
    const r = pt('pubic-ramus-superior')
    expect(p[0]).toBeGreaterThan(r[0] + 15)
    expect(p[2]).toBeGreaterThan(r[2] + 10)
    expect(Math.max(...ring(pelvis, p, 4))).toBeLessThan(-0.8)
  })
  const poleDir = scale(axis('acetabular-axis'), -1)
  it('the lunate surface is the socket roof, on the articular sphere', () => {
    const p = pt('lunate-surface')
    expect(Math.abs(length(p) - socketRadius)).toBeLessThan(0.7)
    expect(p[1]).toBeGreaterThan(15)
  })
  it('the acetabular fossa is dug below the articular sphere, between the pole and the notch', () => {
    const p = pt('acetabular-fossa')
    expect(length(p)).toBeGreaterThan(socketRadius + 0.8)
    expect(dot(normalize(p), notchDir)).toBeGreaterThan(dot(poleDir, notchDir))
    expect(p[1]).toBeLessThan(pt('lunate-surface')[1] - 10)
  })
  it('the acetabular notch is a gap in the inferior rim', () => {
    const p = pt('acetabular-notch')
    expect(p[1]).toBeLessThan(-10)
    // Straight out of the centre through the notch: no bone until well past the socket's wall.
    const d = normalize(lerp(normalize(p), poleDir, 0.15))
    for (let r = 0; r <= socketRadius + 1.5; r += 0.5) expect(at(pelvis, scale(d, r))).toBeGreaterThan(0)
    // The rim either side of it is bone within a millimetre of the socket's wall.
    const a = axis('acetabular-axis')
    for (const turn of [-1, 1]) {
      const side = normalize(add(scale(normalize(sub(p, scale(a, dot(p, a)))), Math.cos(1.2)), scale(cross(a, normalize(p)), turn * Math.sin(1.2))))
      const e = normalize(lerp(side, poleDir, 0.15))
      expect(at(pelvis, scale(e, socketRadius + 1))).toBeLessThan(0)
    }
  })
  it('the teardrop is on the medial acetabular wall, below the head centre', () => {
    const p = pt('teardrop')
    expect(normal(pelvis, p)[0]).toBeGreaterThan(0.5)
    expect(p[1]).toBeLessThan(0)
    expect(p[0]).toBeGreaterThan(socketRadius)
    expect(length(p)).toBeLessThan(socketRadius + 18)
  })
})
