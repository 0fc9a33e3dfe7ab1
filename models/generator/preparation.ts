/**
 * Bone preparation as real geometry. Each stage is the previous bone minus the swept volume
 * of the instrument that makes it, all about the guide-pin axis (femur) or the acetabular
 * axis (socket). The profiles here are shared with the implants and instruments, so the cap
 * fits the head it was cut for and each cutter sits exactly where it stopped.
 *
 * Prepared head, in (radius r from the pin axis, height s along it from the head centre):
 * a cylinder of the sleeve reamer's bore, a 45-degree chamfer and a flat top cut by the
 * plane cutter; the cap's inner surface is the same contour offset by the cement gap.
 */
import { P, acetabularAxis, headRadius, ORIGIN, pinDir } from './anatomy'
import { type Manifold } from './mesh'
import { arc, frameAlong, revolveY, toWorld } from './machined'
import type { Frame } from './vec'

/** The femoral preparation frame: origin at the head centre, local Y along the guide pin. */
export const pinFrame: Frame = frameAlong(ORIGIN, pinDir, [0, 0, 1])
/** The acetabular frame: origin at the socket centre, local Y out of the socket. */
export const cupFrame: Frame = frameAlong(ORIGIN, acetabularAxis, [0, 1, 0])

export const prepared = (() => {
  const boreRadius = P.preparedHeadDiameterMm / 2
  const gap = P.cementGapMm
  const capOuter = P.capOuterDiameterMm / 2
  const capInnerRadius = boreRadius + gap
  const capInnerTop = P.planeCutHeightMm + gap
  // The chamfer line r + s = K on the cap's inside, as steep as a 1.5 mm wall at its foot allows.
  const minWall = 1.5
  const capChamferK = capInnerRadius + Math.sqrt((capOuter - minWall) ** 2 - capInnerRadius ** 2) - 0.05
  const boneChamferK = capChamferK - gap * Math.SQRT2
  return {
    boreRadius,
    planeHeight: P.planeCutHeightMm,
    sleeveDepth: P.sleeveReamerDepthMm,
    boneChamferK,
    capChamferK,
    capInnerRadius,
    capInnerTop,
    capOuter,
    capSkirt: P.sleeveReamerDepthMm,
    stemRadius: P.stemDiameterMm / 2,
    stemEnd: P.stemHoleDepthMm + 2,
    holeRadius: P.stemHoleDiameterMm / 2,
    holeDepth: P.stemHoleDepthMm,
    reamRadius: P.cupOuterDiameterMm / 2,
    /** The cup is a hair smaller than the reamer so the two surfaces never coincide (modelling clearance). */
    cupOuter: P.cupOuterDiameterMm / 2 - 0.05,
    cupInner: capOuter + 0.1,
  }
})()

const FAR = headRadius + 30

/** Swept volumes of the femoral cutters, in the pin frame (before placing). */
export function femoralCutters(): { stage: 'sleeve-reamed' | 'planed' | 'chamfered' | 'stem-drilled'; local: Manifold }[] {
  const p = prepared
  return [
    {
      stage: 'sleeve-reamed',
      local: revolveY([
        [p.boreRadius, p.sleeveDepth],
        [FAR, p.sleeveDepth],
        [FAR, FAR],
        [p.boreRadius, FAR],
      ]),
    },
    {
      stage: 'planed',
      local: revolveY([
        [0, p.planeHeight],
        [FAR, p.planeHeight],
        [FAR, FAR],
        [0, FAR],
      ]),
    },
    {
      stage: 'chamfered',
      local: revolveY([
        [p.boneChamferK + 10, -10],
        [FAR + 10, -10],
        [FAR + 10, FAR],
        [0, FAR],
        [0, p.boneChamferK],
      ]),
    },
    {
      stage: 'stem-drilled',
      local: revolveY(
        [
          [0, p.holeDepth],
          [p.holeRadius, p.holeDepth],
          [p.holeRadius, FAR],
          [0, FAR],
        ],
        32,
      ),
    },
  ]
}

/** The acetabular reamer's sweep: a hemisphere of the final reamer size plus its approach path. */
export function acetabularCutter(): Manifold {
  const r = prepared.reamRadius
  return toWorld(revolveY([...arc(r, -90, 0, 24), [r, 60], [0, 60]]), cupFrame)
}

export function placeFemoral(local: Manifold): Manifold {
  return toWorld(local, pinFrame)
}
