/**
 * The model's measured numbers, from meshes keyed by part (millimetres). The generator runs it
 * on what it is about to write; the tests run it on the files as read back.
 */
import type { Part } from '../contract'
import { type TriMesh, acetabulum, fitHead, fitSphere, neckShaftAngle, percentile, rayCast, trianglesNear, vertices } from './measure'
import { type V3, add, cross, dot, length, normalize, scale, sub } from './vec'

export interface Seeds {
  headCentre: V3
  headRadius: number
  neckDir: V3
  shaftOrigin: V3
  shaftDown: V3
  socketRadius: number
}

export interface Measured {
  headDiameterMm: number
  headFitRmsMm: number
  neckShaftAngleDeg: number
  socketDiameterMm: number
  inclinationDeg: number
  anteversionDeg: number
  acetabularAxis: V3
  cupGapMm: { median: number; p95: number; pole: number; coverage: number }
  cementGapMm: { p5: number; median: number; p95: number }
}

/** Gaps from each triangle of `from` along its outward normal to `to`, area-weighted samples. */
function gapsAlongNormals(from: TriMesh, to: TriMesh, centre: V3, reach: number, maxGap: number): { gap: number; area: number; centroid: V3 }[] {
  const tris = trianglesNear(to, centre, reach)
  const P = from.positions
  const I = from.indices
  const out: { gap: number; area: number; centroid: V3 }[] = []
  for (let t = 0; t < I.length; t += 3) {
    const a: V3 = [P[I[t]! * 3]!, P[I[t]! * 3 + 1]!, P[I[t]! * 3 + 2]!]
    const b: V3 = [P[I[t + 1]! * 3]!, P[I[t + 1]! * 3 + 1]!, P[I[t + 1]! * 3 + 2]!]
    const c: V3 = [P[I[t + 2]! * 3]!, P[I[t + 2]! * 3 + 1]!, P[I[t + 2]! * 3 + 2]!]
    const n = cross(sub(b, a), sub(c, a))
    const area = length(n) / 2
    if (area < 1e-9) continue
    const centroid = scale(add(add(a, b), c), 1 / 3)
    const g = rayCast(tris, centroid, normalize(n), maxGap)
    if (g < maxGap) out.push({ gap: g, area, centroid })
  }
  return out
}

function weightedPercentile(samples: { gap: number; area: number }[], p: number): number {
  const s = [...samples].sort((x, y) => x.gap - y.gap)
  const total = s.reduce((a, x) => a + x.area, 0)
  let acc = 0
  for (const x of s) {
    acc += x.area
    if (acc >= (p / 100) * total) return x.gap
  }
  return s.length ? s[s.length - 1]!.gap : NaN
}

export function measureModel(parts: ReadonlyMap<Part, TriMesh>, seeds: Seeds): Measured {
  const get = (p: Part): TriMesh => {
    const m = parts.get(p)
    if (!m) throw new Error(`missing part ${p}`)
    return m
  }
  const head = fitHead(get('femur'), seeds.headCentre, seeds.headRadius, seeds.neckDir)
  const nsa = neckShaftAngle(get('femur'), head.centre, seeds.neckDir, seeds.shaftOrigin, seeds.shaftDown)
  const acet = acetabulum(get('pelvis'), seeds.headCentre, seeds.socketRadius)

  // Cup: outer-surface triangles cast outward onto the reamed socket.
  const cup = get('cup')
  const cupFit = fitSphere(vertices(cup).filter((v) => length(sub(v, acet.centre)) > seeds.socketRadius - 0.5))
  const cupGaps = gapsAlongNormals(cup, get('pelvis-reamed'), cupFit.centre, cupFit.radius + 8, 5)
  const poleDir = scale(acet.axis, -1)
  const reamedTris = trianglesNear(get('pelvis-reamed'), cupFit.centre, cupFit.radius + 8)
  const polePoint = add(cupFit.centre, scale(poleDir, cupFit.radius))
  const pole = rayCast(reamedTris, polePoint, poleDir, 10)
  const outerCount = (() => {
    let n = 0
    const I = cup.indices
    const P = cup.positions
    for (let t = 0; t < I.length; t += 3) {
      const c: V3 = [0, 1, 2].reduce<V3>(
        (acc, k) => add(acc, scale([P[I[t + k]! * 3]!, P[I[t + k]! * 3 + 1]!, P[I[t + k]! * 3 + 2]!], 1 / 3)),
        [0, 0, 0],
      )
      if (length(sub(c, cupFit.centre)) > cupFit.radius - 0.5) n++
    }
    return n
  })()

  // Cap: every triangle facing bone within 3 mm: the cement mantle (and the stem's clearance).
  const cap = get('femoral-cap')
  const capGaps = gapsAlongNormals(cap, get('femur-stem-drilled'), head.centre, 60, 3)

  return {
    headDiameterMm: head.radius * 2,
    headFitRmsMm: head.rms,
    neckShaftAngleDeg: nsa.angleDeg,
    socketDiameterMm: acet.radius * 2,
    inclinationDeg: acet.inclinationDeg,
    anteversionDeg: acet.anteversionDeg,
    acetabularAxis: acet.axis,
    cupGapMm: {
      median: percentile(
        cupGaps.map((g) => g.gap),
        50,
      ),
      p95: weightedPercentile(cupGaps, 95),
      pole,
      coverage: cupGaps.filter((g) => length(sub(g.centroid, cupFit.centre)) > cupFit.radius - 0.5).length / Math.max(1, outerCount),
    },
    cementGapMm: { p5: weightedPercentile(capGaps, 5), median: weightedPercentile(capGaps, 50), p95: weightedPercentile(capGaps, 95) },
  }
}

export { dot }
