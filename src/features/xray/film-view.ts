/**
 * The one bridge from the X-ray's scene to its panel that is not the store: where the film
 * camera stands (so the panel can draw the measurements over the canvas) and how the film was
 * drawn. Per-frame camera values stay out of the store; the scene publishes only when they
 * change, and the panel reads them with useSyncExternalStore.
 */
import type { FilmProjection } from './film-marks'

/** Computed from path lengths through the models, or the simpler look where the browser cannot blend into float targets. */
export type FilmRendering = 'computed' | 'simplified'

export interface FilmView {
  /** The student's film camera while it stands at the film's pose; `null` elsewhere, and when patients see the two films side by side. */
  projection: FilmProjection | null
  /** Whether the camera is at the film's pose (the angles are read only there). */
  atFilmPose: boolean
  /** Whether the camera moved since the frame before (a glide into the film, a drag). */
  cameraMoving: boolean
  rendering: FilmRendering
}

let current: FilmView | null = null
const listeners = new Set<() => void>()

export const filmView = {
  get: (): FilmView | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  publish(next: FilmView | null): void {
    if (sameView(current, next)) return
    current = next
    for (const listener of listeners) listener()
  },
}

/** A camera that moved by less than this (in projection-matrix units) is the same camera: no new overlay. */
const EPSILON = 1e-7

function sameView(a: FilmView | null, b: FilmView | null): boolean {
  if (a === null || b === null) return a === b
  if (a.atFilmPose !== b.atFilmPose || a.cameraMoving !== b.cameraMoving || a.rendering !== b.rendering) return false
  const p = a.projection
  const q = b.projection
  if (p === null || q === null) return p === q
  return p.width === q.width && p.height === q.height && p.viewProjection.every((v, i) => Math.abs(v - q.viewProjection[i]!) < EPSILON)
}
