/**
 * The simulated X-ray's pure parts: the angles read from lines on the film (with a worked
 * example), the film angles of the model's own axes against the manifest's, templating's notch
 * rule and size pairs, which film a step shows, and the X-ray's words (sourced, readable).
 */
import { describe, expect, it } from 'vitest'
import { angleBetweenDeg, inclinationDeg, intersection, type Line2 } from '../../src/features/xray/angles'
import { anglesOf, filmLines, parallelRadiograph, project, referenceAngles, templateMarks, type FilmProjection } from '../../src/features/xray/film-marks'
import { filmForStep, filmsShown } from '../../src/features/xray/film'
import {
  CAP_SIZES_MM,
  CUP_SIZES_MM,
  matchingCups,
  modelCapMm,
  modelCupMm,
  templateVerdict,
  templatingSpec,
  type TemplatingSpec,
} from '../../src/features/xray/templating'
import { ATTENUATION_PER_CM, FILM_PARTS, filmBrightness } from '../../src/features/xray/attenuation'
import { PARTS } from '../../models/contract'
import manifest from '../../models/manifest.json'
import { en } from '../../src/content/i18n/en'
import { isSourceId } from '../../src/content/references'
import { fleschKincaidGrade } from '../../src/lib/readability'
import { knownInaccuracies } from './known-inaccuracies'

const line = (from: [number, number], to: [number, number]): Line2 => ({ from, to })

describe('angles on the film', () => {
  it('a worked neck-shaft angle: a neck rising 45° medially over a vertical shaft opens 135°', () => {
    // Film pixels, y down: the shaft runs straight down from (0,0); the neck runs from (0,0)
    // up and medially to (10,-10): the angle between "toward the head" and "toward the knee".
    const shaft = line([0, 0], [0, 100])
    const neck = line([0, 0], [10, -10])
    expect(angleBetweenDeg(neck, shaft)).toBeCloseTo(135, 10)
    // Direction matters for directed lines: reversing the shaft gives the supplement.
    expect(angleBetweenDeg(neck, line([0, 100], [0, 0]))).toBeCloseTo(45, 10)
  })

  it('a worked cup inclination: an opening 4 across and 3 down is 36.87° against the horizontal, either way round', () => {
    expect(inclinationDeg(line([0, 0], [4, 3]))).toBeCloseTo(36.8699, 3)
    expect(inclinationDeg(line([4, 3], [0, 0]))).toBeCloseTo(36.8699, 3)
    expect(inclinationDeg(line([0, 0], [-4, 3]))).toBeCloseTo(36.8699, 3)
    expect(inclinationDeg(line([0, 0], [0, 5]))).toBeCloseTo(90, 10)
    expect(inclinationDeg(line([1, 1], [1, 1]))).toBeNaN()
  })

  it('lines cross where they should, and parallel lines do not', () => {
    expect(intersection(line([0, 0], [1, 1]), line([0, 2], [2, 0]))).toEqual([1, 1])
    expect(intersection(line([0, 0], [1, 0]), line([0, 1], [1, 1]))).toBeNull()
  })
})

/** A film camera like the app's: 1 m in front of the film target, looking straight back, fov 30°, 800x600. */
function frontCamera(): FilmProjection {
  const eye: [number, number, number] = [0.01, -0.0375, 1]
  const f = 1 / Math.tan((15 * Math.PI) / 180)
  const aspect = 800 / 600
  const near = 0.01
  const far = 10
  // Column-major projection * view (the view is a translation by -eye: the camera looks down -Z).
  const p = [f / aspect, 0, 0, 0, 0, f, 0, 0, 0, 0, (far + near) / (near - far), -1, 0, 0, (2 * far * near) / (near - far), 0]
  const v = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -eye[0], -eye[1], -eye[2], 1]
  const m = new Array<number>(16).fill(0)
  for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) for (let k = 0; k < 4; k++) m[c * 4 + r]! += p[k * 4 + r]! * v[c * 4 + k]!
  return { viewProjection: m, width: 800, height: 600, eye }
}

describe('the model on the film', () => {
  const camera = frontCamera()

  it('projects the point straight ahead to the middle of the canvas, and up on the model is up on the film', () => {
    const [x, y] = project(camera, [0.01, -0.0375, 0])
    expect(x).toBeCloseTo(400, 6)
    expect(y).toBeCloseTo(300, 6)
    expect(project(camera, [0.01, 0.05, 0])[1]).toBeLessThan(300)
  })

  it('reads angles through the 1 m camera within 1° of the manifest’s film', () => {
    const reference = referenceAngles()
    const read = anglesOf(filmLines(camera))
    expect(Math.abs(read.neckShaftDeg - reference.neckShaftDeg)).toBeLessThan(1)
    expect(Math.abs(read.stemShaftDeg - reference.stemShaftDeg)).toBeLessThan(1)
    expect(Math.abs(read.cupInclinationDeg - reference.cupInclinationDeg)).toBeLessThan(1)
  })

  it('the parallel projection of the model’s axes gives the manifest’s film angles, the inclination and the pin’s valgus the generator built in', () => {
    const flat = parallelRadiograph()
    const reference = referenceAngles()
    expect(Math.abs(flat.neckShaftDeg - reference.neckShaftDeg)).toBeLessThan(0.1)
    expect(Math.abs(flat.stemShaftDeg - reference.stemShaftDeg)).toBeLessThan(0.1)
    expect(Math.abs(flat.cupInclinationDeg - reference.cupInclinationDeg)).toBeLessThan(0.1)
    // The socket's radiographic inclination is the generator's acetabular inclination parameter.
    expect(Math.abs(flat.cupInclinationDeg - manifest.parameters.acetabularInclinationDeg)).toBeLessThan(0.1)
    // The guide pin is set in valgus to the neck: the stem-shaft angle is larger than the neck-shaft angle.
    expect(flat.stemShaftDeg).toBeGreaterThan(flat.neckShaftDeg)
    expect(flat.stemShaftDeg).toBeGreaterThan(130)
  })

  it('draws the templated cap around the head and the bore closer together for a smaller cap', () => {
    const spec = templatingSpec()
    const small = templateMarks(camera, 38, spec)
    const large = templateMarks(camera, 58, spec)
    expect(large.capRadiusPx).toBeGreaterThan(small.capRadiusPx)
    const gap = (m: typeof small) => Math.hypot(m.bore[0].from[0] - m.bore[1].from[0], m.bore[0].from[1] - m.bore[1].from[1])
    expect(gap(large)).toBeGreaterThan(gap(small))
    // The cap's radius on the film is its size at the film's magnification (about 1 at 1 m).
    const pxPerM = 300 / Math.tan((15 * Math.PI) / 180)
    expect(large.capRadiusPx).toBeCloseTo(0.029 * pxPerM, -1)
  })
})

describe('templating the cap', () => {
  const spec: TemplatingSpec = { stationMm: 30, neckRadiusAboutPinMm: 17, capToPreparedMm: 7 }

  it('offers the head sizes from 38 to 58 mm and the cups from 44 to 66 mm, in 2 mm steps', () => {
    expect(CAP_SIZES_MM).toEqual([38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 58])
    expect(CUP_SIZES_MM[0]).toBe(44)
    expect(CUP_SIZES_MM.at(-1)).toBe(66)
    expect(CUP_SIZES_MM.every((c, i) => i === 0 || c - CUP_SIZES_MM[i - 1]! === 2)).toBe(true)
  })

  it('notches when the prepared radius is below the neck’s radius about the pin, with the clearance in mm', () => {
    // 40 mm cap -> 33 mm prepared -> 16.5 mm radius, 0.5 mm inside a 17 mm neck.
    const v40 = templateVerdict(40, spec)
    expect(v40.preparedDiameterMm).toBe(33)
    expect(v40.clearanceMm).toBeCloseTo(-0.5, 10)
    expect(v40.notches).toBe(true)
    // 42 mm -> 35 mm -> 17.5 mm: clears by 0.5 mm.
    const v42 = templateVerdict(42, spec)
    expect(v42.clearanceMm).toBeCloseTo(0.5, 10)
    expect(v42.notches).toBe(false)
    // Exactly the neck's radius is not a notch.
    expect(templateVerdict(41, spec).notches).toBe(false)
  })

  it('pairs each cap with the cups 6-8 mm larger, and flags heads of 46 mm or less', () => {
    expect(matchingCups(50)).toEqual([56, 58])
    expect(matchingCups(38)).toEqual([44, 46])
    expect(matchingCups(58)).toEqual([64, 66])
    expect(templateVerdict(46, spec).belowRegulatorAdvice).toBe(true)
    expect(templateVerdict(48, spec).belowRegulatorAdvice).toBe(false)
  })

  it('with the model’s numbers: the smallest cap notches, the model’s own cap clears, and its cup pairs with it', () => {
    const model = templatingSpec()
    expect(templateVerdict(CAP_SIZES_MM[0]!, model).notches).toBe(true)
    expect(templateVerdict(modelCapMm(), model).notches).toBe(false)
    expect(matchingCups(modelCapMm())).toContain(modelCupMm())
  })
})

describe('which film', () => {
  it('shows the film before the operation until both implants are in', () => {
    expect(filmForStep('arthritic-hip')).toBe('before')
    expect(filmForStep('cup-impaction')).toBe('before')
    expect(filmForStep('cap-cementing')).toBe('before')
    expect(filmForStep('reduction')).toBe('after')
    expect(filmForStep('recovery')).toBe('after')
  })

  it('students see one film (theirs, or the step’s); patients both', () => {
    expect(filmsShown('student', null, 'reduction')).toEqual(['after'])
    expect(filmsShown('student', 'before', 'reduction')).toEqual(['before'])
    expect(filmsShown('patient', 'before', 'reduction')).toEqual(['before', 'after'])
  })
})

describe('what the films are made of', () => {
  it('uses only real parts, and the implants only after the operation', () => {
    for (const film of ['before', 'after'] as const) for (const part of Object.keys(FILM_PARTS[film])) expect(PARTS).toContain(part)
    expect(FILM_PARTS.before.cup).toBeUndefined()
    expect(FILM_PARTS.after.cup?.channel).toBe('metal')
    expect(FILM_PARTS.after['femoral-cap']?.perCm).toBe(ATTENUATION_PER_CM.metal)
  })

  it('the cortex weighs more than the core inside it, and the core more than the canal', () => {
    const core = FILM_PARTS.before['femur-cancellous']!.perCm
    const canal = FILM_PARTS.before['femoral-canal']!.perCm
    expect(core).toBeLessThan(0)
    expect(canal).toBeLessThan(0)
    // Cortex, then cortex + core, then + canal: each layer less dense, never below water.
    const cancellous = ATTENUATION_PER_CM.bone + core
    expect(cancellous).toBeGreaterThan(ATTENUATION_PER_CM.water)
    expect(cancellous + canal).toBeCloseTo(ATTENUATION_PER_CM.water, 10)
  })

  it('develops air black, soft tissue faint, bone grey and 3 mm of metal white', () => {
    expect(filmBrightness(0)).toBe(0)
    const soft = filmBrightness(4 * ATTENUATION_PER_CM.water)
    const bone = filmBrightness(3 * ATTENUATION_PER_CM.bone)
    const metal = filmBrightness(0.6 * ATTENUATION_PER_CM.metal + 3 * ATTENUATION_PER_CM.bone)
    expect(soft).toBeLessThan(0.25)
    expect(bone).toBeGreaterThan(soft)
    expect(bone).toBeLessThan(0.85)
    expect(metal).toBeGreaterThan(0.98)
  })
})

describe('the X-ray’s words', () => {
  const text = en.xray
  const passages = [
    text.patientBefore,
    text.patientAfter,
    ...[text.neckShaft, text.cupInclination, text.stemShaft].flatMap((m) => [m.reference, ...m.range]),
    text.templating.cups,
    text.templating.regulator,
  ]

  it('cites sources that exist, for every claim', () => {
    for (const p of passages) {
      expect(p.sources.length, p.text).toBeGreaterThan(0)
      for (const id of p.sources) expect(isSourceId(id), `${p.text}: ${id}`).toBe(true)
    }
  })

  it('gives patients one sentence per film at grade 8 or lower, free of the known inaccuracies', () => {
    for (const p of [text.patientBefore, text.patientAfter]) {
      expect(fleschKincaidGrade(p.text), p.text).toBeLessThanOrEqual(8)
      expect(knownInaccuracies(p.text), p.text).toEqual([])
    }
  })

  it('says which reference the cup inclination is read against, and the regulator’s advice', () => {
    expect(text.cupInclination.reference.text).toMatch(/inter-teardrop/)
    expect(text.cupInclination.reference.text).toMatch(/horizontal/)
    expect(text.templating.regulator.text).toMatch(/46 mm or less/)
  })
})
