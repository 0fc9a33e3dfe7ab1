/**
 * Machined geometry built directly with manifold-3d: revolved profiles for the bone
 * preparation cutters, the implants and the instruments. Exact solids rather than level
 * sets, so volumes, gaps and clearances are what the profiles say.
 */
import type { Manifold } from './mesh'
import { api } from './mesh'
import { type Frame, type V3, frameFromY, frameMatrix } from './vec'

export const SEGMENTS = 72

/** Signed area of a closed polygon (positive = counter-clockwise). */
function area(poly: readonly [number, number][]): number {
  let a = 0
  for (let i = 0; i < poly.length; i++) {
    const [x0, y0] = poly[i]!
    const [x1, y1] = poly[(i + 1) % poly.length]!
    a += x0 * y1 - x1 * y0
  }
  return a / 2
}

/**
 * Revolve a profile given as (radius, height) points about the local Y axis (the tool or
 * implant axis). manifold-3d revolves about its Z axis, so the result is turned Z -> Y.
 */
export function revolveY(profile: readonly [number, number][], segments = SEGMENTS, degrees = 360): Manifold {
  const { Manifold } = api()
  const poly = area(profile) < 0 ? [...profile].reverse() : [...profile]
  const m = Manifold.revolve([poly], segments, degrees)
  const turned = m.rotate([-90, 0, 0])
  m.delete()
  return turned
}

/** Points of a circular arc in the (r, h) half-plane from angle a0 to a1 (degrees; 0 = +r). */
export function arc(radius: number, a0: number, a1: number, steps: number, centreH = 0): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i <= steps; i++) {
    const a = ((a0 + ((a1 - a0) * i) / steps) * Math.PI) / 180
    out.push([Math.max(0, radius * Math.cos(a)), centreH + radius * Math.sin(a)])
  }
  return out
}

/** Move a solid built in a local frame (Y = axis, origin = tip or centre) into the model. */
export function toWorld(local: Manifold, frame: Frame): Manifold {
  return local.transform(frameMatrix(frame) as Parameters<Manifold['transform']>[0])
}

export function frameAlong(origin: V3, axis: V3, xHint?: V3): Frame {
  return frameFromY(origin, axis, xHint)
}

/** A solid cylinder along local Y from y0 to y1. */
export function cylinderY(r: number, y0: number, y1: number, segments = 48): Manifold {
  return revolveY(
    [
      [0, y0],
      [r, y0],
      [r, y1],
      [0, y1],
    ],
    segments,
  )
}

/** A box given by min and max corners in local coordinates. */
export function box(min: V3, max: V3): Manifold {
  const { Manifold } = api()
  const c = Manifold.cube([max[0] - min[0], max[1] - min[1], max[2] - min[2]])
  const t = c.translate([min[0], min[1], min[2]])
  c.delete()
  return t
}

/** Union of many manifolds, deleting the inputs. */
export function unionAll(parts: Manifold[]): Manifold {
  const { Manifold } = api()
  const u = Manifold.union(parts)
  for (const p of parts) p.delete()
  return u
}
