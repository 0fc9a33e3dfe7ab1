/**
 * The simulated AP film: where its camera stands, and which film a step shows. Pure (no
 * three.js), so the camera rig and the tests share it.
 *
 * A real AP film of the hip is taken from in front with the tube about 1 m away: a perspective
 * camera at that distance gives the film's magnification and parallax (RENDERING.md).
 */
import type { Vec3 } from '../../../models/contract'
import type { Orbit } from '../../lib/camera-pose'
import { steps } from '../../content/steps'
import type { StepId } from '../../content/steps-index'
import type { Audience, XrayFilm } from '../../state/store'

export const FILM_DISTANCE_M = 1

/**
 * The middle of what the film shows: between the top of the acetabulum and the lesser
 * trochanter, toward the pelvis (the model's landmarks put the hip's extent around here).
 */
export function filmTarget(points: Partial<Record<string, Vec3>>): Vec3 {
  const head = points['femoral-head-centre'] ?? [0, 0, 0]
  const lesser = points['lesser-trochanter-tip'] ?? [head[0], head[1] - 0.075, head[2]]
  return [head[0] + 0.01, (head[1] + lesser[1]) / 2, head[2]]
}

/** The film's camera: straight from the front, level, 1 m away. */
export function filmOrbit(points: Partial<Record<string, Vec3>>): Orbit {
  return { target: filmTarget(points), azimuthDeg: 0, elevationDeg: 0, distanceM: FILM_DISTANCE_M }
}

/** The film a step shows unless the user chose: after the operation once both implants are in. */
export function filmForStep(stepId: StepId): XrayFilm {
  const step = steps.find((s) => s.id === stepId)
  const inPlace: readonly string[] = step?.implantsInPlace ?? []
  const done = inPlace.includes('cup') && inPlace.includes('femoral-cap')
  return done ? 'after' : 'before'
}

/** What the X-ray shows: students one film (the step's or the one they chose), patients both side by side. */
export function filmsShown(audience: Audience, chosen: XrayFilm | null, stepId: StepId): readonly XrayFilm[] {
  return audience === 'patient' ? ['before', 'after'] : [chosen ?? filmForStep(stepId)]
}
