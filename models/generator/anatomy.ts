/**
 * The anatomical parameters and the derived axes every other module builds on.
 *
 * Numbers come from /work/shared/clinical/FACTS.md section 4 (source ids in brackets);
 * modelling choices that the fact sheet does not give are marked as such. Everything is in
 * millimetres with the femoral head centre (= acetabular centre in the neutral pose) at the
 * origin; the writer scales to metres.
 */
import { type V3, add, cross, madd, normalize, rad, rotate, scale } from './vec'

export const PARAMETERS = {
  /** Bone head diameter; with 2 mm cartilage the articular sphere is 52 mm. Men 49.2 +/- 3.8 [67]. */
  femoralHeadDiameterMm: 48,
  /** Modelled "about 2 mm" (FACTS: 1.5-2 mm, say "about") [80][81]. */
  cartilageThicknessMm: 2,
  /** 129.2 deg [68]. */
  neckShaftAngleDeg: 129.2,
  /** Median 14.2 deg [70]. */
  femoralAnteversionDeg: 14.2,
  /** 42.9 +/- 6.8 mm [69]. */
  femoralOffsetMm: 42.9,
  /** Anatomical shaft in the coronal plane, about 7 deg from vertical (modelling choice). */
  shaftAdductionDeg: 7,
  /** Narrowest neck, superior-inferior x anterior-posterior (modelling choice below the X-ray 40 mm [72]). */
  neckDiameterSiMm: 33,
  neckDiameterApMm: 29,
  /** 38.8 deg [73]. */
  acetabularInclinationDeg: 38.8,
  /** About 18-19 deg [74][75]. */
  acetabularAnteversionDeg: 18.5,
  /** Labrum 2-3 mm thick [77][78][79] (modelled as a 2.5 mm radius ring). */
  labrumThicknessMm: 5,
  /** Guide pin in relative valgus: about 140 deg to the shaft recommended [12]; up to 10 deg valgus [13]. */
  guidePinShaftAngleDeg: 140,
  /** Prepared head: cylinder diameter (sleeve reamer bore) and plane-cut height above the head centre. */
  preparedHeadDiameterMm: 43,
  planeCutHeightMm: 21,
  sleeveReamerDepthMm: -5,
  /** Cement mantle: Conserve Plus aims at 1 mm [20]. */
  cementGapMm: 1,
  /** Cap outer diameter (bearing) and the cup: shell 3-4 mm [1], cup about 6-8 mm larger than its head [33][37]. */
  capOuterDiameterMm: 50,
  cupOuterDiameterMm: 58,
  stemDiameterMm: 6,
  stemHoleDiameterMm: 7.2,
  stemHoleDepthMm: -22,
  /** The proximal femur is modelled to this length below the neck-shaft junction. */
  femurLengthBelowJunctionMm: 205,
} as const

export const P = PARAMETERS

export const headRadius = P.femoralHeadDiameterMm / 2
export const articularRadius = headRadius + P.cartilageThicknessMm
/** Native socket bone radius: femoral cartilage + acetabular cartilage (contact, no gap). */
export const socketRadius = articularRadius + P.cartilageThicknessMm

export const ORIGIN: V3 = [0, 0, 0]
export const X: V3 = [1, 0, 0]
export const Y: V3 = [0, 1, 0]
export const Z: V3 = [0, 0, 1]

// ---- femur axes ----
const adduction = rad(P.shaftAdductionDeg)
/** Distal direction of the anatomical shaft: down and toward the midline (+X). */
export const shaftDown: V3 = [Math.sin(adduction), -Math.cos(adduction), 0]
export const shaftUp: V3 = scale(shaftDown, -1)
/** Medial perpendicular to the shaft in the coronal plane. */
export const shaftMedial: V3 = [Math.cos(adduction), Math.sin(adduction), 0]
const anteversion = rad(P.femoralAnteversionDeg)
const neckMedial = normalize(add(scale(shaftMedial, Math.cos(anteversion)), scale(Z, Math.sin(anteversion))))
/** Neck axis, from the neck base toward the head. */
export const neckDir: V3 = normalize(
  add(scale(shaftUp, Math.cos(rad(180 - P.neckShaftAngleDeg))), scale(neckMedial, Math.sin(rad(180 - P.neckShaftAngleDeg)))),
)
/** Where the neck axis meets the shaft axis. */
export const neckLength = P.femoralOffsetMm / Math.sin(rad(180 - P.neckShaftAngleDeg))
export const junction: V3 = madd(ORIGIN, neckDir, -neckLength)
/** Normal of the plane holding the neck and shaft axes (anterior-ish). */
export const neckShaftNormal: V3 = normalize(cross(neckDir, shaftUp))
/** Guide pin: the neck axis turned in valgus so it makes `guidePinShaftAngleDeg` with the shaft. */
export const pinDir: V3 = rotate(neckDir, neckShaftNormal, rad(P.guidePinShaftAngleDeg - P.neckShaftAngleDeg))

// ---- acetabulum ----
const ri = rad(P.acetabularInclinationDeg)
const ra = rad(P.acetabularAnteversionDeg)
/** Acetabular axis out of the socket (radiographic definitions, Murray): lateral, inferior, anterior. */
export const acetabularAxis: V3 = [-Math.sin(ri) * Math.cos(ra), -Math.cos(ri) * Math.cos(ra), Math.sin(ra)]
/** The bony rim plane lies this far out along the axis from the centre (socket a little deeper than a hemisphere). */
export const rimOffset = 3

// ---- pelvic landmarks that shape the hemipelvis (modelling choices, Bell's hip-centre ratios) ----
export const ASIS: V3 = [-30, 70, 50]
export const PSIS: V3 = [40, 78, -103]
export const ISCHIAL_TUBEROSITY: V3 = [22, -72, -38]
export const PUBIC_BODY: V3 = [74, -42, 48]
