/**
 * What is inside the bone (interior.glb): the cancellous cores, the femoral canal and the
 * cement mantle, for the X-ray and the cross-section.
 *
 * - A cancellous core is the bone's own SDF inset by a cortical thickness. FACTS.md gives no
 *   cortical thickness, so the numbers below are modelling choices ("about"): femur about
 *   1.5 mm under the head's joint surface, about 3 mm in the neck and trochanters, about 5 mm
 *   in the shaft, blended smoothly; the pelvis about 1.5 mm. Each preparation stage's core is
 *   the native core intersected with that stage's bone, so a cut never leaves the core
 *   sticking out of its bone and the cut faces of the bone are cancellous where they should be.
 *   Under the socket the 1.5 mm cortex is the subchondral plate: the final reamer (1 mm past the
 *   native socket) thins it but does not open the core, so the reamed socket's core is the
 *   native one (the total hip's 57 mm reamer, 0.5 mm past, likewise).
 * - The femoral canal (marrow) is a tapered tube along the shaft axis from the lesser
 *   trochanter's level to the distal end (about 14 mm across at the top, about 11 mm at the
 *   bottom: a modelling choice), kept inside the core by insetting the core a little further.
 * - The cement mantle is the closed cavity of the seated cap's bore minus the prepared head and
 *   minus the cap (and the stem hole): the 1 mm gap of FACTS.md section 3 step 11 [20],
 *   touching both.
 * Interior parts are meshed coarser than the outer surfaces: nobody sees them from outside,
 * and interior.glb has its own byte budget.
 */
import { headRadius, junction, shaftDown } from './anatomy'
import { femurBounds, lesserTrochanterTip, shaftPoint, femurBottom } from './femur'
import { cylinderY, revolveY, toWorld } from './machined'
import { type Manifold, meshSdf } from './mesh'
import { pelvisBounds } from './pelvis'
import { pinFrame, prepared } from './preparation'
import { type Sdf, capsule, smoothstep } from './sdf'
import { type V3, dot, sub } from './vec'

/** Cortical thickness (mm): modelling choices, FACTS.md gives none. */
export const CORTEX_MM = { femoralHead: 1.5, femoralNeck: 3, femoralShaft: 5, pelvis: 1.5 } as const
/** The canal stays this much further inside the core (a rim of cancellous bone around it). */
export const CANAL_MARGIN_MM = 1.5
/** Canal radius (mm) at its top (the lesser trochanter's level) and at the distal end. */
export const CANAL_RADIUS_MM = { top: 7, bottom: 5.5 } as const

/** Mesh edge lengths (mm) and simplification for the interior: coarser than the outer bone. */
const FEMUR_CORE_EDGE = 1.8
const PELVIS_CORE_EDGE = 2.4
const CANAL_EDGE = 1.8

/** How far (mm) a point lies distal to the neck-shaft junction along the shaft axis. */
const belowJunction = (x: number, y: number, z: number): number => dot(sub([x, y, z], junction), shaftDown)

/**
 * Femoral cortical thickness at a point: thin under the head's joint surface, thicker in the
 * neck and trochanters, thickest in the shaft below the lesser trochanter.
 */
export function femoralCortexMm(x: number, y: number, z: number): number {
  const fromCentre = Math.hypot(x, y, z)
  const c = CORTEX_MM
  const neck = smoothstep(headRadius - 6, headRadius + 4, fromCentre) * (c.femoralNeck - c.femoralHead)
  const shaft = smoothstep(30, 80, belowJunction(x, y, z)) * (c.femoralShaft - c.femoralNeck)
  return c.femoralHead + neck + shaft
}

export const femoralCoreSdf = (femur: Sdf): Sdf => (x, y, z) => femur(x, y, z) + femoralCortexMm(x, y, z)
export const pelvicCoreSdf = (pelvis: Sdf): Sdf => (x, y, z) => pelvis(x, y, z) + CORTEX_MM.pelvis

/** The canal: a tapered tube down the shaft, intersected with the core inset a little more. */
export function canalSdf(femur: Sdf): Sdf {
  const top: V3 = shaftPoint(dot(sub(lesserTrochanterTip, junction), shaftDown))
  // Past the model's distal end: the inset core closes the canal above the distal cut.
  const bottom: V3 = shaftPoint(dot(sub(femurBottom, junction), shaftDown) + 10)
  const tube = capsule(top, bottom, CANAL_RADIUS_MM.top, CANAL_RADIUS_MM.bottom)
  const core = femoralCoreSdf(femur)
  return (x, y, z) => Math.max(tube(x, y, z), core(x, y, z) + CANAL_MARGIN_MM)
}

export function femoralCore(femur: Sdf): Manifold {
  return meshSdf(femoralCoreSdf(femur), femurBounds(), FEMUR_CORE_EDGE, 0.2)
}
export function pelvicCore(pelvis: Sdf): Manifold {
  return meshSdf(pelvicCoreSdf(pelvis), pelvisBounds(), PELVIS_CORE_EDGE, 0.25)
}
export function femoralCanal(femur: Sdf): Manifold {
  const b = femurBounds()
  // Only the shaft: the canal starts at the lesser trochanter's level.
  return meshSdf(canalSdf(femur), { min: b.min, max: [b.max[0], junction[1] - 20, b.max[2]] }, CANAL_EDGE, 0.15)
}

/**
 * The cap's bore as a closed solid: the cap's inner contour (flat top, chamfer, cylinder) down
 * to the plane of its skirt, revolved about the guide pin with the cap's own segments so its
 * surface is the cap's inner surface.
 */
export function capBore(): Manifold {
  const p = prepared
  const profile: [number, number][] = [
    [0, p.capSkirt],
    [p.capInnerRadius, p.capSkirt],
    [p.capInnerRadius, p.capChamferK - p.capInnerRadius],
    [p.capChamferK - p.capInnerTop, p.capInnerTop],
    [0, p.capInnerTop],
  ]
  const local = revolveY(profile)
  const world = toWorld(local, pinFrame)
  local.delete()
  return world
}

/**
 * Cement = the bore's cavity minus the prepared head minus the cap, and minus the stem hole:
 * the mantle is the layer over the milled head (FACTS.md gives no figure for cement around the
 * stem, so the model leaves the hole's 0.6 mm clearance around the stem empty).
 */
export function cementMantle(cap: Manifold, preparedFemur: Manifold): Manifold {
  const bore = capBore()
  const noBone = bore.subtract(preparedFemur)
  bore.delete()
  const noCap = noBone.subtract(cap)
  noBone.delete()
  // A hair wider than the drill, with other segments, so no face of it coincides with the hole's.
  const p = prepared
  const local = cylinderY(p.holeRadius + 0.1, p.holeDepth - 1, p.capInnerTop + 1, 48)
  const drill = toWorld(local, pinFrame)
  local.delete()
  const cement = noCap.subtract(drill)
  noCap.delete()
  drill.delete()
  return cement
}
