/** Camera pose math: the schema's azimuth/elevation convention, round trips and the glide. */
import { describe, expect, it } from 'vitest'
import {
  easeInOutCubic,
  interpolateOrbit,
  lookAtToOrbit,
  orbitToLookAt,
  poseToLookAt,
  shortestTurnDeg,
  viewDirection,
  viewSide,
  type Orbit,
} from '../../src/lib/camera-pose'
import type { Vec3 } from '../../models/contract'

const close = (a: readonly number[], b: readonly number[], digits = 9) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, digits))

describe('viewDirection follows the schema (0 front +Z, 90 patient right -X, 180 behind -Z)', () => {
  it.each([
    [0, 0, [0, 0, 1]],
    [90, 0, [-1, 0, 0]],
    [180, 0, [0, 0, -1]],
    [270, 0, [1, 0, 0]],
    [0, 89, [0, Math.sin((89 * Math.PI) / 180), Math.cos((89 * Math.PI) / 180)]],
  ] as const)('azimuth %d, elevation %d', (az, el, expected) => close(viewDirection(az, el), expected))

  it('is a unit vector with the elevation as its height', () => {
    const d = viewDirection(37, 23)
    expect(Math.hypot(...d)).toBeCloseTo(1, 12)
    expect(d[1]).toBeCloseTo(Math.sin((23 * Math.PI) / 180), 12)
  })
})

describe('poseToLookAt', () => {
  const points: Partial<Record<string, Vec3>> = { 'femoral-head-centre': [-0.08, 0.9, 0.01] }

  it('puts the camera at the distance from the landmark, looking at it', () => {
    const { position, target } = poseToLookAt({ target: 'femoral-head-centre', azimuthDeg: 150, elevationDeg: 20, distanceM: 0.3 }, points)
    expect(target).toEqual([-0.08, 0.9, 0.01])
    expect(Math.hypot(position[0] - target[0], position[1] - target[1], position[2] - target[2])).toBeCloseTo(0.3, 12)
    // 150 deg is behind and to the patient's right: -X and -Z of the target, and above it.
    expect(position[0]).toBeLessThan(target[0])
    expect(position[2]).toBeLessThan(target[2])
    expect(position[1]).toBeGreaterThan(target[1])
  })

  it('falls back to the given target when the landmark is missing', () => {
    const { target } = poseToLookAt({ target: 'psis', azimuthDeg: 0, elevationDeg: 0, distanceM: 1 }, points, [1, 2, 3])
    expect(target).toEqual([1, 2, 3])
  })
})

describe('lookAtToOrbit inverts orbitToLookAt', () => {
  it.each([
    [0, 0, 0.5], [90, 10, 0.3], [150, 25, 0.28], [-120, -30, 1.2], [179, 5, 0.4],
  ])('azimuth %d elevation %d distance %d', (az, el, d) => {
    const orbit: Orbit = { target: [0.1, -0.2, 0.3], azimuthDeg: az, elevationDeg: el, distanceM: d }
    const back = lookAtToOrbit(orbitToLookAt(orbit))
    expect(shortestTurnDeg(back.azimuthDeg, az)).toBeCloseTo(0, 9)
    expect(back.elevationDeg).toBeCloseTo(el, 9)
    expect(back.distanceM).toBeCloseTo(d, 12)
    close(back.target, orbit.target)
  })

  it('survives a camera on its target', () => {
    expect(lookAtToOrbit({ position: [1, 1, 1], target: [1, 1, 1] }).distanceM).toBe(0)
  })
})

describe('the glide', () => {
  const from: Orbit = { target: [0, 0, 0], azimuthDeg: 170, elevationDeg: 10, distanceM: 0.6 }
  const to: Orbit = { target: [0.1, 0, 0], azimuthDeg: -170, elevationDeg: 30, distanceM: 0.3 }

  it('starts and ends exactly at the poses', () => {
    expect(interpolateOrbit(from, to, 0)).toEqual(from)
    const end = interpolateOrbit(from, to, 1)
    expect(shortestTurnDeg(end.azimuthDeg, to.azimuthDeg)).toBeCloseTo(0, 9)
    expect(end.elevationDeg).toBeCloseTo(30, 9)
    expect(end.distanceM).toBeCloseTo(0.3, 12)
    close(end.target, to.target)
  })

  it('turns the short way round (170 to -170 passes 180, not 0)', () => {
    const mid = interpolateOrbit(from, to, 0.5)
    expect(Math.abs(shortestTurnDeg(mid.azimuthDeg, 180))).toBeLessThan(1e-9)
  })

  it('keeps its distance between the two (never swings in through the hip)', () => {
    for (let t = 0; t <= 1; t += 0.05) {
      const d = interpolateOrbit(from, to, t).distanceM
      expect(d).toBeGreaterThanOrEqual(0.3 - 1e-12)
      expect(d).toBeLessThanOrEqual(0.6 + 1e-12)
    }
  })

  it('eases: slow at both ends, monotonic, clamped', () => {
    expect(easeInOutCubic(0)).toBe(0)
    expect(easeInOutCubic(1)).toBe(1)
    expect(easeInOutCubic(-1)).toBe(0)
    expect(easeInOutCubic(2)).toBe(1)
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5, 12)
    expect(easeInOutCubic(0.05)).toBeLessThan(0.05)
    let last = 0
    for (let t = 0; t <= 1; t += 0.01) {
      const v = easeInOutCubic(t)
      expect(v).toBeGreaterThanOrEqual(last)
      last = v
    }
  })

  it.each([[10, 350, -20], [350, 10, 20], [0, 180, 180], [-90, 90, 180], [720, 5, 5]])('shortest turn %d -> %d is %d', (a, b, d) => {
    expect(shortestTurnDeg(a, b)).toBeCloseTo(d, 12)
  })
})

describe('viewSide names the side for the text description', () => {
  it.each([[0, 'front'], [45, 'front-side'], [90, 'side'], [150, 'back-side'], [180, 'back'], [-90, 'inner-side'], [360, 'front']] as const)('%d deg is %s', (az, side) => {
    expect(viewSide(az)).toBe(side)
  })
})
