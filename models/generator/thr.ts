/**
 * A total hip replacement (THR) on the same bones, for the comparison with resurfacing
 * (FACTS.md section 9): the neck osteotomy, the broach's swept volume in the canal, a tapered
 * stem with a neck and trunnion carrying a 36 mm ball at the hip's centre of rotation, and a
 * metal cup with a polyethylene liner in a socket reamed to the cup's size.
 *
 * Everything is built in the stem frame: origin where the neck axis meets the shaft axis
 * (`junction`), local Y up the shaft, local X lateral in the plane of the neck and shaft
 * (so the stem follows the neck's anteversion, as stems are inserted), local Z = X x Y.
 * The cutters and implants are exact solids (hulls, revolves, half-spaces); the measured
 * numbers come from the meshes (see thrMetrics.ts).
 */
import { ORIGIN, junction, neckDir, shaftUp } from './anatomy'
import { lesserTrochanterTip } from './femur'
import { type Manifold, api } from './mesh'
import { arc, revolveY, toWorld } from './machined'
import { cupFrame } from './preparation'
import type { Sdf } from './sdf'
import { type Frame, type V3, add, dot, frameFromY, madd, normalize, scale, sub } from './vec'

/** Modelling choices (FACTS 9: cut about 15 mm above the lesser trochanter, 45-60 deg; stem about 10-15 cm [89]; ball 32 or 36 mm [90]). */
export const THR = {
  /** Angle between the osteotomy plane and the shaft axis. */
  neckCutAngleDeg: 50,
  /** Height of the cut's medial end above the lesser trochanter's tip, along the shaft. */
  neckCutAboveLesserTrochanterMm: 15,
  /**
   * The saw cut stops at the greater trochanter: bone lateral of this (mm from the shaft axis,
   * in the neck plane) is kept, as the surgeon keeps the trochanter.
   */
  osteotomyLateralLimitMm: 4,
  /** Stem, shoulder to tip (Exeter standard 150 mm, shorter ones 95-125 mm [89]). */
  stemLengthMm: 130,
  ballDiameterMm: 36,
  /** The THR reamer and cup: just above the native 56 mm socket (modelling choice). */
  reamerDiameterMm: 57,
  /** Metal shell thickness of the cup (modelling choice). */
  cupShellMm: 3.5,
  /** Radial clearance between the ball and the liner's bearing surface (modelling choice). */
  linerClearanceMm: 0.05,
  /** Broach clearance around the stem (the broach is the stem's shape, a hair bigger). */
  broachClearanceMm: 0.4,
} as const

const nProj = sub(neckDir, scale(shaftUp, dot(neckDir, shaftUp)))
/** Lateral, perpendicular to the shaft, in the neck-shaft plane. */
export const stemLateral: V3 = normalize(scale(nProj, -1))
export const stemFrame: Frame = frameFromY(junction, shaftUp, stemLateral)

const toLocal = (p: V3): V3 => {
  const d = sub(p, stemFrame.origin)
  return [dot(d, stemFrame.x), dot(d, stemFrame.y), dot(d, stemFrame.z)]
}
const toGlobal = (l: V3): V3 => add(add(add(stemFrame.origin, scale(stemFrame.x, l[0])), scale(stemFrame.y, l[1])), scale(stemFrame.z, l[2]))
const dirGlobal = (l: V3): V3 => normalize(add(add(scale(stemFrame.x, l[0]), scale(stemFrame.y, l[1])), scale(stemFrame.z, l[2])))

const alpha = (THR.neckCutAngleDeg * Math.PI) / 180
/** Osteotomy plane normal (local), pointing superomedially toward where the head was. */
const cutNormalLocal: V3 = [-Math.cos(alpha), Math.sin(alpha), 0]
export const cutNormal: V3 = dirGlobal(cutNormalLocal)

/**
 * The osteotomy plane: its normal and its height where it crosses the shaft axis. The height
 * is found on the femur's SDF so that the cut's medial end (where the plane leaves the bone
 * on the medial side, in the neck-shaft plane) lies the chosen distance above the lesser
 * trochanter's tip, along the shaft.
 */
export function osteotomyPlane(femur: Sdf): { normal: V3; point: V3; medialEnd: V3 } {
  const ltHeight = toLocal(lesserTrochanterTip)[1]
  const target = ltHeight + THR.neckCutAboveLesserTrochanterMm
  // Along the plane's trace in the neck-shaft plane, going medially and down.
  const down: V3 = [-Math.sin(alpha), -Math.cos(alpha), 0]
  const medialEndAt = (y0: number): V3 => {
    let last: V3 = [0, y0, 0]
    for (let t = 0; t < 80; t += 0.05) {
      const l: V3 = [down[0] * t, y0 + down[1] * t, 0]
      const g = toGlobal(l)
      if (femur(g[0], g[1], g[2]) > 0) return last
      last = l
    }
    return last
  }
  let y0 = target + 15
  for (let i = 0; i < 30; i++) y0 += target - medialEndAt(y0)[1]
  const end = medialEndAt(y0)
  return { normal: cutNormal, point: toGlobal([0, y0, 0]), medialEnd: toGlobal(end) }
}

/** A rounded rectangle in the local XZ plane at height y: medial edge xm (< 0), lateral xl, half-depth d. */
function section(y: number, xm: number, xl: number, d: number, grow: number): V3[] {
  const r = Math.min(d, (xl - xm) / 2) * 0.85 + grow
  const pts: V3[] = []
  const corners: [number, number, number][] = [
    [xl - r + grow, d - r + grow, 0],
    [xm + r - grow, d - r + grow, 90],
    [xm + r - grow, -d + r - grow, 180],
    [xl - r + grow, -d + r - grow, 270],
  ]
  for (const [cx, cz, a0] of corners) {
    for (let k = 0; k <= 6; k++) {
      const a = ((a0 + (90 * k) / 6) * Math.PI) / 180
      pts.push([cx + r * Math.cos(a), y, cz + r * Math.sin(a)])
    }
  }
  return pts
}

/**
 * The stem body's sections (local mm: height, medial edge, lateral edge, half-depth front to
 * back), from above the cut down to the tip. A straight lateral border and a medial border
 * that follows the calcar's curve; double-tapered (narrower and thinner toward the tip).
 */
function stemSections(shoulderY: number): [number, number, number, number][] {
  const tipY = shoulderY - THR.stemLengthMm
  return [
    [shoulderY + 22, -30, 9.5, 9],
    [shoulderY - 12, -19.5, 9.5, 8.5],
    [shoulderY - 38, -11, 8.5, 7.5],
    [shoulderY - 70, -7, 7, 6.2],
    [tipY + 18, -4.6, 4.6, 4.6],
  ]
}

/** Hull segments between consecutive sections, plus a rounded tip. */
function stemBodyLocal(shoulderY: number, grow: number): Manifold {
  const { Manifold } = api()
  const secs = stemSections(shoulderY).map(([y, xm, xl, d]) => section(y, xm, xl, d, grow))
  const tipY = shoulderY - THR.stemLengthMm
  const last = stemSections(shoulderY)[4]!
  const tipR = last[3] + grow
  const dome: V3[] = []
  for (let i = 0; i <= 6; i++) {
    const el = ((-90 + (90 * i) / 6) * Math.PI) / 180
    for (let k = 0; k < 16; k++) {
      const az = (2 * Math.PI * k) / 16
      dome.push([tipR * Math.cos(el) * Math.cos(az), tipY + tipR + tipR * Math.sin(el), tipR * Math.cos(el) * Math.sin(az)])
    }
  }
  const pieces: Manifold[] = []
  for (let i = 0; i + 1 < secs.length; i++) pieces.push(Manifold.hull([...secs[i]!, ...secs[i + 1]!] as [number, number, number][]))
  pieces.push(Manifold.hull([...secs[secs.length - 1]!, ...dome] as [number, number, number][]))
  const u = Manifold.union(pieces)
  for (const p of pieces) p.delete()
  return u
}

/** The stem's neck-shaft angle (CCD): a common 135 deg, more valgus than the native 129 deg. */
const STEM_CCD_DEG = 135
const beta = ((180 - STEM_CCD_DEG) * Math.PI) / 180
const stemNeckLocal: V3 = [-Math.sin(beta), Math.cos(beta), 0]
/** The stem's neck axis, toward the ball; it passes through the hip's centre (the head centre is restored). */
export const stemNeckDir: V3 = dirGlobal(stemNeckLocal)
/** Neck and trunnion (a 12/14-type taper) in the neck frame: Y = the stem's neck axis, origin = ball centre. */
const TRUNNION = { baseS: -20, topS: -4.5, baseR: 7, topR: 6 } as const
export const neckFrame: Frame = frameFromY(ORIGIN, stemNeckDir, [0, 0, 1])
const trunnionR = (s: number): number => TRUNNION.baseR + ((TRUNNION.topR - TRUNNION.baseR) * (s - TRUNNION.baseS)) / (TRUNNION.topS - TRUNNION.baseS)

function neckAndTrunnionLocal(neckStart: number): Manifold {
  const t = TRUNNION
  return revolveY(
    [
      [0, neckStart],
      [6, neckStart],
      [6, t.baseS - 2],
      [t.baseR, t.baseS - 1],
      [t.baseR, t.baseS],
      [t.topR, t.topS - 0.5],
      [t.topR - 0.5, t.topS],
      [0, t.topS],
    ],
    48,
  )
}

export interface ThrParts {
  /** The osteotomy: the half-space above the cut, medial of the trochanter (world). */
  osteotomy: Manifold
  broach: Manifold
  stem: Manifold
  ball: Manifold
  reamer: Manifold
  /** A fresh copy of the reamer's sweep. */
  reamerCopy: () => Manifold
  cup: Manifold
  liner: Manifold
  plane: { normal: V3; point: V3; medialEnd: V3 }
  /** Stem tip on its axis, and the axis direction up the stem (toward the shoulder). */
  stemTip: V3
  stemAxis: V3
  /** Local height of the shoulder (top of the stem's lateral border), world point. */
  shoulder: V3
}

export function buildThr(femur: Sdf): ThrParts {
  const { Manifold } = api()
  const plane = osteotomyPlane(femur)
  const pLocal = toLocal(plane.point)
  const offset = dot(cutNormalLocal, pLocal)
  // The stem's shoulder: where the lateral border meets the cut plane (less the stem's 0.5 mm set-down).
  const xl = 9.5
  const shoulderY = (offset - 0.5 - cutNormalLocal[0] * xl) / cutNormalLocal[1]

  // ---- osteotomy: above the plane and medial of the lateral limit (local), as a big box trimmed ----
  const big = Manifold.cube([400, 400, 400], true)
  const aboveLocal = big.trimByPlane([cutNormalLocal[0], cutNormalLocal[1], cutNormalLocal[2]], offset)
  big.delete()
  const wedgeLocal = aboveLocal.trimByPlane([-1, 0, 0], -THR.osteotomyLateralLimitMm)
  aboveLocal.delete()
  const osteotomy = toWorld(wedgeLocal, stemFrame)
  wedgeLocal.delete()

  // ---- broach: the stem body a little bigger, up to just above the cut ----
  const broachFull = stemBodyLocal(shoulderY, THR.broachClearanceMm)
  const broachLocal = broachFull.trimByPlane([-cutNormalLocal[0], -cutNormalLocal[1], -cutNormalLocal[2]], -(offset + 0.5))
  broachFull.delete()
  const broach = toWorld(broachLocal, stemFrame)
  broachLocal.delete()

  // ---- stem: body below the cut (set 0.5 mm down), neck and trunnion along the neck axis ----
  const bodyFull = stemBodyLocal(shoulderY, 0)
  const bodyLocal = bodyFull.trimByPlane([-cutNormalLocal[0], -cutNormalLocal[1], -cutNormalLocal[2]], -(offset - 0.5))
  bodyFull.delete()
  const body = toWorld(bodyLocal, stemFrame)
  bodyLocal.delete()
  // The neck starts 6 mm inside the body, below where its axis crosses the cut.
  const o = toLocal(ORIGIN)
  const sCross = (dot(cutNormalLocal, o) - offset) / dot(cutNormalLocal, stemNeckLocal)
  const neckLocal = neckAndTrunnionLocal(-(sCross + 6))
  const neck = toWorld(neckLocal, neckFrame)
  neckLocal.delete()
  const stem = body.add(neck)
  body.delete()
  neck.delete()

  // ---- ball: a sphere at the hip's centre with a tapered bore for the trunnion ----
  const R = THR.ballDiameterMm / 2
  const t = TRUNNION
  const boreFrom = -R - 5
  const boreLocal = revolveY(
    [
      [0, boreFrom],
      [trunnionR(boreFrom) + 0.05, boreFrom],
      [t.topR + 0.05, t.topS + 0.4],
      [0, t.topS + 0.4],
    ],
    48,
  )
  const bore = toWorld(boreLocal, neckFrame)
  boreLocal.delete()
  const sphere = Manifold.sphere(R, 64)
  const ball = sphere.subtract(bore)
  sphere.delete()
  bore.delete()

  // ---- socket: reamer, cup shell, liner (acetabular frame, Y out of the socket) ----
  const rr = THR.reamerDiameterMm / 2
  const reamerCopy = (): Manifold => {
    const local = revolveY([...arc(rr, -90, 0, 24), [rr, 60], [0, 60]])
    const w = toWorld(local, cupFrame)
    local.delete()
    return w
  }
  const reamer = reamerCopy()
  const cupOuter = rr - 0.05
  const cupInner = cupOuter - THR.cupShellMm
  const cup = toWorld(revolveY([...arc(cupOuter, 0, -90, 16), ...arc(cupInner, -90, 0, 16)], 64), cupFrame)
  const linerInner = R + THR.linerClearanceMm
  const liner = toWorld(revolveY([...arc(cupInner - 0.05, 0, -90, 16), ...arc(linerInner, -90, 0, 16)], 64), cupFrame)

  const tipLocal: V3 = [0, shoulderY - THR.stemLengthMm, 0]
  return {
    osteotomy,
    broach,
    stem,
    ball,
    reamer,
    reamerCopy,
    cup,
    liner,
    plane,
    stemTip: toGlobal(tipLocal),
    stemAxis: shaftUp,
    shoulder: toGlobal([xl, shoulderY, 0]),
  }
}

export { madd }
