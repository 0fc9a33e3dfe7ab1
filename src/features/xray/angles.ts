/**
 * The angles read on an AP film, from lines on the film (pure 2D geometry, unit-tested).
 * Points are in the film's pixels (x to the right, y down) or in any 2D frame: the angles do
 * not depend on which, as long as both lines are in the same one.
 */
export type Point2 = readonly [number, number]

/** A line on the film, directed from `from` to `to`. */
export interface Line2 {
  readonly from: Point2
  readonly to: Point2
}

const DEG = 180 / Math.PI

const direction = ({ from, to }: Line2): Point2 => [to[0] - from[0], to[1] - from[1]]

/** The angle between two directed lines, 0-180 deg (the neck-shaft angle is one: neck toward the head, shaft toward the knee). */
export function angleBetweenDeg(a: Line2, b: Line2): number {
  const [ax, ay] = direction(a)
  const [bx, by] = direction(b)
  const la = Math.hypot(ax, ay)
  const lb = Math.hypot(bx, by)
  if (la === 0 || lb === 0) return Number.NaN
  const cos = (ax * bx + ay * by) / (la * lb)
  return Math.acos(Math.max(-1, Math.min(1, cos))) * DEG
}

/** How steep an undirected line is against the film's horizontal, 0-90 deg (the cup's inclination). */
export function inclinationDeg(line: Line2): number {
  const [x, y] = direction(line)
  if (x === 0 && y === 0) return Number.NaN
  return Math.atan2(Math.abs(y), Math.abs(x)) * DEG
}

/** Where two lines (extended) cross, or `null` when they are parallel. */
export function intersection(a: Line2, b: Line2): Point2 | null {
  const [ax, ay] = direction(a)
  const [bx, by] = direction(b)
  const den = ax * by - ay * bx
  if (Math.abs(den) < 1e-12) return null
  const t = ((b.from[0] - a.from[0]) * by - (b.from[1] - a.from[1]) * bx) / den
  return [a.from[0] + ax * t, a.from[1] + ay * t]
}

/** The direction of a line as an angle in radians (atan2 in the line's own frame), for drawing arcs. */
export function headingRad(line: Line2): number {
  const [x, y] = direction(line)
  return Math.atan2(y, x)
}

/** A point `distance` from `origin` along `heading` (radians). */
export function along(origin: Point2, heading: number, distance: number): Point2 {
  return [origin[0] + Math.cos(heading) * distance, origin[1] + Math.sin(heading) * distance]
}
