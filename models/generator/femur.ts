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
import { type Sdf, bcapsule, bounded, ellipsoid, halfSpace, ovalCapsule, smax, smin, sphere, union } from './sdf'
import { type V3, add, frameFromY, madd, normalize, scale } from './vec'

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

export function femurSdf(): Sdf {
  const neckFrame = frameFromY(ORIGIN, neckDir, Z)
  // Elliptical neck, thinner front-to-back; narrowest just below the head.
  const rSi = P.neckDiameterSiMm / 2
  const rAp = P.neckDiameterApMm / 2
  const neck = ovalCapsule(neckFrame, -48, -headRadius + 6, rSi + 5, rAp + 5, rSi, rAp)
  const head = sphere(ORIGIN, headRadius)
  const fovea = sphere(madd(ORIGIN, foveaDir, headRadius + 2.2), 4.6)

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

  return (x, y, z) => {
    let d = bone(x, y, z)
    d = smin(d, neck(x, y, z), 9)
    d = smin(d, head(x, y, z), 5)
    d = smax(d, -fovea(x, y, z), 1.5)
    d = Math.max(d, bottomCut(x, y, z))
    return d
  }
}

export const femurBounds = (): { min: V3; max: V3 } => ({
  min: [-78, femurBottom[1] - 4, -48],
  max: [34, 30, 36],
})
