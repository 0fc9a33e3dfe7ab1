/**
 * The AP film's formulas (models/generator/radiograph.ts) on hand-made axes and a hand-made
 * neck: projection drops the anterior part, the angle conventions, the station and the notch
 * radius.
 */
import { describe, expect, it } from 'vitest'
import {
  filmAngleDeg,
  filmAngles,
  fromVerticalDeg,
  neckRadiusAboutPinMm,
  onFilm,
  stationBelowMm,
  templating,
} from '../../models/generator/radiograph'
import type { TriMesh } from '../../models/generator/measure'

const rad = (d: number): number => (d * Math.PI) / 180

describe('film projection', () => {
  it('drops the anterior (z) part of a direction', () => {
    expect(onFilm([3, 4, 100])).toEqual([0.6, 0.8])
    expect(() => onFilm([0, 0, 1])).toThrow()
  })
  it('measures the angle between two lines as the film shows them, not in 3D', () => {
    // 90 deg apart on the film however far each leans toward the beam.
    expect(filmAngleDeg([1, 0, 5], [0, -1, -3])).toBeCloseTo(90, 10)
    // 3D angle 60 deg between these, but on the film they coincide.
    expect(filmAngleDeg([1, 0, 0], [1, 0, Math.sqrt(3)])).toBeCloseTo(0, 10)
  })
  it('inclination: the axis (normal to the opening) against the vertical, whichever way it points', () => {
    const a = rad(40)
    expect(fromVerticalDeg([-Math.sin(a), -Math.cos(a), 0.4])).toBeCloseTo(40, 10)
    expect(fromVerticalDeg([Math.sin(a), Math.cos(a), -0.4])).toBeCloseTo(40, 10)
  })
  it('neck-shaft and stem-shaft: the neck toward the head against the shaft toward the knee (about 130 deg, not 50)', () => {
    const shaft = [0, -1, 0]
    const neck = [Math.sin(rad(50)), Math.cos(rad(50)), 0.2]
    const pin = [Math.sin(rad(40)), Math.cos(rad(40)), 0.2]
    const r = filmAngles({ neck, shaft, pin, acetabular: [-Math.sin(rad(45)), -Math.cos(rad(45)), 0.3] })
    expect(r).toEqual({ neckShaftAngleDeg: 130, stemShaftAngleDeg: 140, cupInclinationDeg: 45 })
  })
})

describe('templating', () => {
  // A neck: rings of vertices about the y axis (the pin), radius 15 mm at y = -16 and 30 mm
  // (a trochanter, far out) in the same slab, and a 24 mm head ring at y = 0.
  const ring = (y: number, r: number, cx = 0): number[] =>
    Array.from({ length: 36 }, (_, i) => [cx + r * Math.cos(rad(i * 10)), y, r * Math.sin(rad(i * 10))]).flat()
  const femur: TriMesh = {
    positions: Float32Array.from([...ring(-16, 15), ...ring(-16.5, 14), ...ring(-16, 3, 40), ...ring(0, 24), ...ring(-20, 19)]),
    indices: new Uint32Array(),
  }
  it('the station is the distance below the head centre along the pin', () => {
    expect(stationBelowMm([0, -16, 5], [0, 0, 0], [0, 1, 0])).toBeCloseTo(16, 10)
    expect(stationBelowMm([0, 10, 0], [0, 0, 0], [0, 1, 0])).toBeCloseTo(-10, 10)
  })
  it('the neck radius counts only vertices within 1 mm of the station and nearer the pin than the head radius', () => {
    expect(neckRadiusAboutPinMm(femur, [0, 0, 0], [0, 1, 0], 16, 24)).toBeCloseTo(15, 4)
    // Without the limit the trochanter's vertices (about 37-43 mm out) would count.
    expect(neckRadiusAboutPinMm(femur, [0, 0, 0], [0, 1, 0], 16, 100)).toBeGreaterThan(40)
    expect(() => neckRadiusAboutPinMm(femur, [0, 0, 0], [0, 1, 0], 50, 24)).toThrow()
  })
  it('rounds to 2 decimals and gives cap outer minus prepared head', () => {
    expect(templating(femur, [0, 0, 0], 24, [0, 1, 0], [0, -16, 0], 50, 43)).toEqual({
      stationMm: 16,
      neckRadiusAboutPinMm: 15,
      capToPreparedMm: 7,
    })
  })
})
