import type { Vec3 } from '../../models/contract'

/** The point at fraction `t` (0..1) of a polyline's length. */
export function pointAlongPolyline(points: readonly Vec3[], t: number): Vec3 | null {
  if (points.length === 0) return null
  const lengths: number[] = []
  let total = 0
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!, b = points[i]!
    const l = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])
    lengths.push(l)
    total += l
  }
  let remaining = Math.max(0, Math.min(1, t)) * total
  for (let i = 1; i < points.length; i++) {
    const l = lengths[i - 1]!
    if (remaining <= l || i === points.length - 1) {
      const a = points[i - 1]!, b = points[i]!
      const k = l > 0 ? Math.min(1, remaining / l) : 0
      return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k]
    }
    remaining -= l
  }
  return points[points.length - 1] ?? null
}
