/**
 * The right proximal femur as a signed distance function: head with fovea, neck, greater and
 * lesser trochanters joined by the intertrochanteric crest, and the shaft, capped by a flat cut
 * well inside the meshing box. The bone is solid: its inside (cortex, cancellous core and the
 * medullary canal) is interior.ts's, so the canal is a part of its own, not a void here.
 */
import {
  P,
  headRadius,
  junction,
  neckDir,
  shaftDown,
  shaftMedial,
  shaftUp,
  Z,
  ORIGIN,
} from './anatomy'
import { type SurfaceGuide, surfaceBump, surfacePit, surfaceRidge, withPits, withRelief } from './relief'
import { type Sdf, bcapsule, bounded, ellipsoid, halfSpace, ovalCapsule, smax, smin, sphere, union } from './sdf'
import { type V3, add, frameFromY, lerp, madd, normalize, scale } from './vec'

const lateral: V3 = scale(shaftMedial, -1)
const posterior: V3 = [0, 0, -1]

/** Points along the shaft axis, measured distally from the neck-shaft junction. */
export const shaftPoint = (mm: number): V3 => madd(junction, shaftDown, mm)

export const greaterTrochanterCentre: V3 = add(add(madd(junction, lateral, 15), scale(shaftUp, 20)), scale(posterior, 5))
/** The trochanter's summit curls up and back over the trochanteric fossa. */
export const greaterTrochanterTip: V3 = add(add(madd(junction, lateral, 8), scale(shaftUp, 40)), scale(posterior, 10))
const lesserBase = shaftPoint(38)
export const lesserTrochanterTip: V3 = add(add(lesserBase, scale(shaftMedial, 20)), scale(posterior, 20))
export const foveaDir: V3 = normalize(add(neckDir, [0.05, -0.45, -0.3]))
export const femurBottom: V3 = shaftPoint(P.femurLengthBelowJunctionMm)

/** Guides from inside the bone out through its surface, spaced evenly between two ends. */
function guidesBetween(a: SurfaceGuide, b: SurfaceGuide, n: number): SurfaceGuide[] {
  return Array.from({ length: n }, (_, i) => {
    const t = i / (n - 1)
    return { inside: lerp(a.inside, b.inside, t), out: normalize(lerp(a.out, b.out, t)) }
  })
}

/**
 * Where each atlas landmark of the femur is built, as guides out through the surface (the
 * shapes below and the label points in landmarks.ts both use them). Ridges run between their
 * two end guides.
 */
export const FEMUR_RELIEF = {
  /** Anterior, a low ridge from the greater trochanter's front down and medially to the lesser trochanter's level. */
  intertrochantericLine: [
    { inside: add(shaftPoint(-12), scale(lateral, 12)), out: normalize([-0.25, 0.2, 1]) },
    { inside: add(shaftPoint(36), scale(shaftMedial, 6)), out: normalize([0.3, -0.1, 1]) },
  ],
  /** Posterior, a prominent ridge from the greater trochanter's back to the lesser trochanter. */
  intertrochantericCrest: [
    { inside: [-50, -20, -14], out: normalize([-0.2, 0.15, -1]) },
    { inside: [-18, -66, -18], out: normalize([0.25, 0.1, -1]) },
  ],
  /** Posterolateral upper shaft: the gluteus maximus insertion, running down into the linea aspera. */
  glutealTuberosity: [
    { inside: shaftPoint(35), out: normalize(add(scale(lateral, 0.75), scale(posterior, 0.66))) },
    { inside: shaftPoint(84), out: normalize(add(scale(lateral, 0.25), scale(posterior, 0.97))) },
  ],
  /**
   * The posterior ridge down the shaft: the model shows its start, below the gluteal
   * tuberosity, fading out part way down (the rest of the shaft stays plain, which keeps the
   * files within their budgets).
   */
  lineaAspera: [
    { inside: shaftPoint(78), out: normalize(add(scale(lateral, 0.12), posterior)) },
    { inside: shaftPoint(160), out: posterior },
  ],
} satisfies Record<string, readonly [SurfaceGuide, SurfaceGuide]>
/** Along the crest, a little above its middle, where quadratus femoris inserts. */
export const QUADRATE_TUBERCLE_AT = 0.42
/** The trochanteric fossa: on the greater trochanter's medial face, behind the neck's base. */
export const TROCHANTERIC_FOSSA: SurfaceGuide = { inside: [-50, -14, -18], out: normalize([0.65, 0.1, -0.75]) }

export function femurSdf(): Sdf {
  const neckFrame = frameFromY(ORIGIN, neckDir, Z)
  // Elliptical neck, thinner front-to-back; narrowest just below the head.
  const rSi = P.neckDiameterSiMm / 2
  const rAp = P.neckDiameterApMm / 2
  const neck = ovalCapsule(neckFrame, -48, -headRadius + 6, rSi + 5, rAp + 5, rSi, rAp)
  const head = sphere(ORIGIN, headRadius)
  // The fovea capitis: a pit about 10 mm across and 3 mm deep, where the ligament of the head attaches.
  const fovea = sphere(madd(ORIGIN, foveaDir, headRadius + 2.6), 5.8)

  const shaftFrame = frameFromY(junction, shaftUp, lateral)
  // Metaphysis: the wide block between the trochanters, flattened front-to-back.
  const metaphysis = bounded(ellipsoid(frameFromY(shaftPoint(12), shaftUp, lateral), [22, 38, 18]), shaftPoint(12), 40)
  const gt = bounded(
    ellipsoid(frameFromY(greaterTrochanterCentre, shaftUp, lateral), [13, 26, 17]),
    greaterTrochanterCentre,
    27,
  )
  const gtSummit = bcapsule(greaterTrochanterCentre, greaterTrochanterTip, 11, 7)
  const lt = bcapsule(madd(lesserBase, shaftMedial, 4), lesserTrochanterTip, 10, 5)
  // Intertrochanteric crest: a ridge on the back from the trochanter's foot to the lesser trochanter.
  const crestTop = add(madd(greaterTrochanterCentre, posterior, 9), scale(shaftDown, -6))
  const crest = bcapsule(crestTop, madd(lesserTrochanterTip, shaftUp, 6), 6, 5)
  // Vastus ridge below the greater trochanter on the lateral side.
  const shaft = bcapsule(shaftPoint(-5), femurBottom, 16, 13.5)
  void shaftFrame

  const bone = union([shaft, metaphysis, gt, gtSummit, crest, lt], 8)
  const bottomCut = halfSpace(femurBottom, shaftDown)

  const base: Sdf = (x, y, z) => smin(smin(bone(x, y, z), neck(x, y, z), 9), head(x, y, z), 5)
  // Relief on the blended bone, tightly filleted so ridges stay ridges. The quadrate tubercle
  // sits on the crest, so it is found on the bone with its crest.
  const r = FEMUR_RELIEF
  const line = surfaceRidge(base, guidesBetween(r.intertrochantericLine[0], r.intertrochantericLine[1], 5), [4, 4, 4, 4, 4], [0.8, 2, 2.3, 2, 0.8])
  const crestRidge = surfaceRidge(base, guidesBetween(r.intertrochantericCrest[0], r.intertrochantericCrest[1], 5), [6, 6.5, 6.5, 6.5, 6], [2, 3.5, 4, 3.5, 2.5])
  const gluteal = surfaceRidge(base, guidesBetween(r.glutealTuberosity[0], r.glutealTuberosity[1], 5), [4.5, 5.5, 5.5, 5, 4], [0.8, 2.6, 3, 2.6, 1.8])
  const linea = surfaceRidge(base, guidesBetween(r.lineaAspera[0], r.lineaAspera[1], 6), [4, 4, 4, 4, 4, 4], [1.2, 3, 3.5, 3, 1.8, 0.2])
  const withCrest = withRelief(base, [line, crestRidge, gluteal, linea], 2)
  const quadrate = surfaceBump(withCrest, quadrateGuide(), 6, 2.5).sdf
  const withTubercle = withRelief(withCrest, [quadrate], 2)
  const fossa = surfacePit(withTubercle, TROCHANTERIC_FOSSA, 7.5, 6).sdf
  const pitted = withPits(withTubercle, [fossa], 2)

  return (x, y, z) => {
    let d = pitted(x, y, z)
    d = smax(d, -fovea(x, y, z), 1.5)
    d = Math.max(d, bottomCut(x, y, z))
    return d
  }
}

/** The guide through the quadrate tubercle: part way along the crest's guides. */
export function quadrateGuide(): SurfaceGuide {
  const [a, b] = FEMUR_RELIEF.intertrochantericCrest
  return { inside: lerp(a.inside, b.inside, QUADRATE_TUBERCLE_AT), out: normalize(lerp(a.out, b.out, QUADRATE_TUBERCLE_AT)) }
}


export const femurBounds = (): { min: V3; max: V3 } => ({
  min: [-78, femurBottom[1] - 4, -48],
  max: [34, 30, 36],
})
