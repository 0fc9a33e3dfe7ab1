/**
 * The total hip replacement's numbers, measured from its meshes (millimetres): the generator
 * runs this on what it is about to write, the tests on the files as read back. Seeds (the
 * landmarks) only say where to look.
 */
import { type TriMesh, fitSphere, vertices } from './measure'
import { type V3, add, cross, deg, dot, length, normalize, scale, sub } from './vec'

export interface ThrSeeds {
  /** The ball's centre as built (the sphere fit starts from it). */
  ballCentre: V3
  /** The stem's tip and its axis, up the stem. */
  stemTip: V3
  stemAxis: V3
  /** The acetabular centre (the THR cup is centred on it). */
  socketCentre: V3
  /** The shaft axis's direction (toward the knee) and the lesser trochanter's tip. */
  shaftDown: V3
  lesserTrochanterTip: V3
}

export interface ThrMeasured {
  ballCentre: V3
  ballDiameterMm: number
  cupOuterDiameterMm: number
  linerInnerDiameterMm: number
  stemLengthMm: number
  neckCutAngleToShaftDeg: number
  neckCutAboveLesserTrochanterMm: number
  /** The osteotomy face: unit normal (toward where the head was) and centroid. */
  cutNormal: V3
  cutCentroid: V3
}

/** Sphere fit of the vertices within `band` mm of the extreme radius (outer or inner) from a centre. */
function fitShellSurface(m: TriMesh, centre: V3, side: 'outer' | 'inner', band = 0.5): { centre: V3; radius: number } {
  const vs = vertices(m)
  const r = vs.map((v) => length(sub(v, centre)))
  const extreme = side === 'outer' ? Math.max(...r) : Math.min(...r)
  const pts = vs.filter((_, i) => Math.abs(r[i]! - extreme) < band)
  return fitSphere(pts)
}

/** Triangles of a mesh whose unit normal is within `maxDeg` of `dir`, with areas and centroids. */
function facing(m: TriMesh, dir: V3, maxDeg: number): { n: V3; area: number; c: V3; v: V3[] }[] {
  const out: { n: V3; area: number; c: V3; v: V3[] }[] = []
  const P = m.positions
  const I = m.indices
  const cosMax = Math.cos((maxDeg * Math.PI) / 180)
  for (let t = 0; t < I.length; t += 3) {
    const v = [0, 1, 2].map((k): V3 => [P[I[t + k]! * 3]!, P[I[t + k]! * 3 + 1]!, P[I[t + k]! * 3 + 2]!])
    const n = cross(sub(v[1]!, v[0]!), sub(v[2]!, v[0]!))
    const area = length(n) / 2
    if (area < 1e-9) continue
    const u = normalize(n)
    if (dot(u, dir) < cosMax) continue
    out.push({ n: u, area, c: scale(add(add(v[0]!, v[1]!), v[2]!), 1 / 3), v })
  }
  return out
}

/**
 * @param cutFaces the femur-thr's cut faces (its `cancellous-bone` primitive): the osteotomy
 *   is the part of them that faces up toward where the head was, the broach's walls face the
 *   stem.
 */
export function measureThr(
  parts: { stem: TriMesh; ball: TriMesh; cup: TriMesh; liner: TriMesh; cutFaces: TriMesh },
  seeds: ThrSeeds,
): ThrMeasured {
  // Ball: the vertices on its spherical surface (not the trunnion's bore).
  const ballVs = vertices(parts.ball)
  const seedR = Math.max(...ballVs.map((v) => length(sub(v, seeds.ballCentre))))
  let ballFit = fitSphere(ballVs.filter((v) => Math.abs(length(sub(v, seeds.ballCentre)) - seedR) < 0.5))
  ballFit = fitSphere(ballVs.filter((v) => Math.abs(length(sub(v, ballFit.centre)) - ballFit.radius) < 0.3))
  const cupFit = fitShellSurface(parts.cup, seeds.socketCentre, 'outer')
  const linerFit = fitShellSurface(parts.liner, seeds.socketCentre, 'inner')

  // Stem length: from the tip up the axis to the top of the lateral border (the shoulder); the
  // neck and trunnion rise medially, toward the ball.
  const axis = normalize(seeds.stemAxis)
  const toBall = sub(ballFit.centre, seeds.stemTip)
  const lateral = normalize(scale(sub(toBall, scale(axis, dot(toBall, axis))), -1))
  let lo = Infinity
  let hi = -Infinity
  for (const v of vertices(parts.stem)) {
    const d = sub(v, seeds.stemTip)
    const h = dot(d, axis)
    lo = Math.min(lo, h)
    if (dot(d, lateral) > 4) hi = Math.max(hi, h)
  }

  // The osteotomy face: cut faces that look up and toward the ball, not the broach's walls.
  const up = scale(normalize(seeds.shaftDown), -1)
  const seedNormal = normalize(add(up, scale(lateral, -0.8)))
  // The broach's floor, at the stem's tip, faces up too: keep only faces in the stem's upper half.
  const face = facing(parts.cutFaces, seedNormal, 35).filter(
    (f) => dot(sub(f.c, seeds.stemTip), axis) > lo + (hi - lo) / 2,
  )
  let n: V3 = [0, 0, 0]
  let c: V3 = [0, 0, 0]
  let area = 0
  for (const f of face) {
    n = add(n, scale(f.n, f.area))
    c = add(c, scale(f.c, f.area))
    area += f.area
  }
  const cutNormal = normalize(n)
  const cutCentroid = scale(c, 1 / area)
  const angleToShaft = 90 - deg(Math.acos(Math.min(1, Math.abs(dot(cutNormal, up)))))
  let lowest = Infinity
  for (const f of face) for (const v of f.v) lowest = Math.min(lowest, dot(v, up))
  const aboveLt = lowest - dot(seeds.lesserTrochanterTip, up)

  return {
    ballCentre: ballFit.centre,
    ballDiameterMm: ballFit.radius * 2,
    cupOuterDiameterMm: cupFit.radius * 2,
    linerInnerDiameterMm: linerFit.radius * 2,
    stemLengthMm: hi - lo,
    neckCutAngleToShaftDeg: angleToShaft,
    neckCutAboveLesserTrochanterMm: aboveLt,
    cutNormal,
    cutCentroid,
  }
}
