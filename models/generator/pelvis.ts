/**
 * The right hemipelvis as a signed distance function: iliac wing with its crest between ASIS
 * and PSIS, the thick posterior column toward the sacroiliac joint, the ischium with its
 * spine and tuberosity, the pubis with superior and inferior rami around the obturator
 * foramen (a real hole, genus 1), and the acetabulum: a socket deeper than a hemisphere whose
 * rim plane is set at the fact sheet's inclination and anteversion, with the acetabular fossa
 * and notch dug out of its floor so the lunate surface remains as a horseshoe.
 */
import {
  ASIS,
  ISCHIAL_TUBEROSITY,
  ORIGIN,
  PSIS,
  PUBIC_BODY,
  Y,
  acetabularAxis,
  rimOffset,
  socketRadius,
} from './anatomy'
import { type SurfaceGuide, surfaceBump } from './relief'
import { type Sdf, bcapsule, bounded, capsule, ellipsoid, inFrame, smax, smin, smoothstep, sphere, tube, union } from './sdf'
import { type Frame, type V3, add, cross, frameFromY, lerp, madd, normalize, rotate, scale, sub } from './vec'

const a = acetabularAxis

/** Frame of the acetabulum: local y along the acetabular axis (out of the socket). */
export const acetabularFrame: Frame = frameFromY(ORIGIN, a, [0, 1, 0])

/**
 * The acetabular fossa and notch: a groove following the socket's floor from the fossa,
 * a little inferior of the pole, out to the notch in the inferior rim. Points at `depth` from
 * the centre along the arc between the two directions; the last one runs out past the rim.
 */
export function fossaPath(): V3[] {
  const pts: V3[] = []
  for (let i = 0; i <= 4; i++) {
    const t = i / 4
    const d = normalize(add(scale(fossaDir, 1 - t), scale(notchDir, t)))
    // Floor 1.5 mm below the socket sphere: shallow enough that the final reamer (1 mm
    // larger in radius) takes the fossa down to its floor, as reaming does.
    pts.push(scale(d, i === 4 ? 34 : socketRadius + FOSSA_FLOOR - FOSSA_RADII[i]!))
  }
  return pts
}
const FOSSA_FLOOR = 1.5
/** The fossa is widest on the floor and narrows to the notch. */
export const FOSSA_RADII = [13, 12.5, 11.5, 10, 9] as const

/** Direction from the centre to the acetabular notch: the inferior point of the rim. */
export const notchDir: V3 = normalize(add(scale(acetabularFrame.x, -1), scale(a, 0.05)))
/**
 * Centre of the acetabular fossa on the socket floor, a little inferior of the pole (turned
 * from the pole toward the notch, -x of the acetabular frame), so the lunate surface keeps its
 * broad weight-bearing roof above and its two horns run down either side of the fossa.
 */
export const fossaDir: V3 = normalize(rotate(scale(a, -1), acetabularFrame.z, -0.45))
/** The roof of the socket: the lunate surface's broadest part, turned from the pole away from the fossa. */
export const lunateRoofDir: V3 = normalize(rotate(scale(a, -1), acetabularFrame.z, 0.6))

/** The posterior inferior iliac spine: below the PSIS, above the greater sciatic notch. */
export const PIIS_GUIDE: SurfaceGuide = { inside: [34, 44, -76], out: normalize([0, -0.35, -1]) }
/** The pubic tubercle: at the medial end of the superior ramus, in front, where the inguinal ligament attaches. */
export const PUBIC_TUBERCLE: V3 = [72, -35, 59]
/** The ischial spine: a tapered point from the ischium's back, medially and backward, between the two notches. */
export const ISCHIAL_SPINE = { base: [18, -22, -32] as V3, tip: [32, -27, -58] as V3 }
/** The lesser sciatic notch: a rounded groove across the ischium's back between spine and tuberosity. */
export const LESSER_NOTCH = { a: [4, -44, -51] as V3, b: [42, -44, -51] as V3, radius: 9 }

/** Iliac wing plane: through ASIS, PSIS and a point above the socket; w points lateral-posterior. */
const wingU = normalize(sub(PSIS, ASIS))
const wingW0 = normalize(cross(sub(PSIS, ASIS), sub([-5, 35, -10], ASIS)))
const wingW: V3 = wingW0[0] < 0 ? wingW0 : scale(wingW0, -1)
const wingV = normalize(cross(wingW, wingU))
const wingCentre: V3 = madd(lerp(ASIS, PSIS, 0.5), wingV[1] > 0 ? wingV : scale(wingV, -1), 6)
const wingFrame: Frame = { origin: wingCentre, x: wingU, y: wingV[1] > 0 ? wingV : scale(wingV, -1), z: wingW }
const wingA = 88
const wingB = 52

/** Lateral bulge of the wing's outer (gluteal) surface: the iliac fossa is concave inside. */
const wingBulge = (u: number, v: number): number => 10 - 0.0013 * u * u - 0.0012 * v * v

/** A point on the wing's outer surface at wing-plane coordinates (u, v), pushed out by `out` mm. */
export function wingPoint(u: number, v: number, out = 0): V3 {
  const f = wingFrame
  return add(add(add(f.origin, scale(f.x, u)), scale(f.y, v)), scale(f.z, wingBulge(u, v) + 3 + out))
}
export const wingNormal: V3 = wingW

/** Centre of the iliac tubercle: a thickening of the crest's outer lip about 5 cm behind the ASIS. */
export const ILIAC_TUBERCLE_CENTRE: V3 = wingPoint(-60, 38, -2)

function iliacWing(): Sdf {
  const halfThickness = 3.2
  return inFrame(wingFrame, (u, v, w) => {
    // Approximate distance to the wing's outline, an ellipse in its plane.
    const k = Math.hypot(u / wingA, v / wingB)
    const edge = (k - 1) * Math.min(wingA, wingB) * (0.6 + 0.4 / Math.max(k, 0.4))
    const off = w - wingBulge(u, v)
    const slab = Math.abs(off) - halfThickness
    const plate = smax(edge, slab, 3)
    // The crest: a thick rounded rim along the upper outline only, fading out near ASIS/PSIS.
    const crestR = 7.5 * smoothstep(-14, 6, v) - 2
    const crest = Math.hypot(Math.max(edge, -30) * 0.9, off) - crestR
    return smin(plate, crest, 5)
  })
}

export function pelvisSdf(): Sdf {
  const rim = rimOffset
  const accFrame = frameFromY(madd(ORIGIN, a, -5), a, [0, 1, 0])
  const acetabularBulk = bounded(ellipsoid(accFrame, [39, 34, 39]), accFrame.origin, 40)
  const wing = bounded(iliacWing(), wingCentre, 100, 15)
  const asis = sphere(madd(ASIS, wingW, 1), 7)
  const psis = sphere(PSIS, 9)
  const iliacTubercle = sphere(ILIAC_TUBERCLE_CENTRE, 8)
  // Supra-acetabular column up into the wing, and the posterior column to the sacroiliac joint.
  const iliumBody = bcapsule([-4, 18, -6], [2, 52, -18], 19, 13)
  const posteriorColumn = bcapsule([6, 24, -20], [36, 58, -80], 17, 14)
  const auricular = bounded(ellipsoid(frameFromY([50, 62, -82], [0.25, 1, 0.1], [0.3, 0, -1]), [16, 24, 10]), [50, 62, -82], 25)
  const aiis = bcapsule([-8, 22, 20], [-18, 34, 34], 11, 8)
  // Ischium: body down and back to the tuberosity; spine pointing medially-back.
  const ischialBody = bcapsule([12, -16, -24], [18, -62, -34], 17, 14)
  const tuberosity = bounded(
    ellipsoid(frameFromY(ISCHIAL_TUBEROSITY, [0.15, 1, 0.25], [0, 0, -1]), [13, 19, 12]),
    ISCHIAL_TUBEROSITY,
    20,
  )
  // The spine is blended tightly after the soft lower union, so it stays a point.
  const spine = bcapsule(ISCHIAL_SPINE.base, ISCHIAL_SPINE.tip, 6, 1.8)
  // Pubis: superior ramus from the acetabulum to the body; inferior ramus back to the ischium.
  const superiorRamus = bcapsule([22, -12, 14], madd(PUBIC_BODY, [-1, 0.3, 0], 10), 12, 10)
  const pubicBody = bounded(ellipsoid(frameFromY(PUBIC_BODY, [0.2, 1, 0.1], [1, 0, 0]), [13, 24, 11]), PUBIC_BODY, 25)
  const inferiorRamus = bcapsule(madd(PUBIC_BODY, Y, -16), [42, -82, 8], 10, 9)
  const ischialRamus = bcapsule([42, -82, 8], [24, -82, -26], 9, 11)

  // The upper hemipelvis blends tightly; the ischium and pubis more softly, so the rami read
  // as continuous bars rather than joined tubes (not so softly that the foramen closes).
  // The lateral edge of the sacrum, joined to the ilium at the sacroiliac joint and running
  // down and medially toward the coccyx: it closes the back of the greater sciatic notch the
  // way the real sacrum does (so piriformis has its origin), without touching the ischium
  // (the sacrospinous ligament, not bone, bridges that gap; genus stays 1).
  const sacralLateral = tube(
    [
      [58, 84, -80],
      [66, 48, -92],
      [74, 14, -100],
      [80, -4, -102],
    ],
    [13, 12, 9, 7],
    6,
  )
  const sacralMedial = tube(
    [
      [86, 86, -90],
      [86, 48, -100],
      [86, 14, -105],
      [86, -4, -105],
    ],
    [11, 10, 8, 6],
    6,
  )
  // Lateral border and the part toward the midline blend into one plate, cut at the midline
  // (x = 88) as a sagittal section, like a hemipelvis specimen.
  const sacralEdge = bounded(
    (x: number, y: number, z: number) => smax(smin(sacralLateral(x, y, z), sacralMedial(x, y, z), 12), x - 88, 2),
    [74, 40, -95],
    62,
    14,
  )
  const ilium = union([wing, asis, psis, iliacTubercle, iliumBody, posteriorColumn, auricular, aiis, sacralEdge], 7)
  const lower = union([ischialBody, tuberosity, superiorRamus, pubicBody, inferiorRamus, ischialRamus], 11)
  // The superior ramus is not a round bar: the pecten pubis runs as a sharp ridge along its
  // upper-back edge from the iliopubic eminence to the pubic tubercle, and the obturator crest
  // along its lower-front edge, giving it a triangular section. Blended tightly so they stay edges.
  const iliopubicEminence = sphere([20, -1, 12], 7)
  const pecten = bcapsule([22, -2, 10], [64, -31, 40], 3.5, 2.5)
  const obturatorCrest = bcapsule([28, -22, 24], [66, -50, 54], 3.5, 3)
  const pubicTubercle = sphere(PUBIC_TUBERCLE, 6)
  const ramusEdges = union([iliopubicEminence, pecten, obturatorCrest, pubicTubercle], 3)
  const blended: Sdf = (x, y, z) => smin(smin(smin(ilium(x, y, z), lower(x, y, z), 9), ramusEdges(x, y, z), 5), spine(x, y, z), 3)
  const piis = surfaceBump(blended, PIIS_GUIDE, 6, 3).sdf
  const lesserNotch = capsule(LESSER_NOTCH.a, LESSER_NOTCH.b, LESSER_NOTCH.radius)
  const bone: Sdf = (x, y, z) => smax(smin(blended(x, y, z), piis(x, y, z), 3), -lesserNotch(x, y, z), 3)
  const [ax, ay, az] = a
  const path = fossaPath()
  const fossa = tube(path, FOSSA_RADII, 0.5)
  const greaterSciaticNotch = sphere([40, 0, -70], 20)
  return (x, y, z) => {
    // Flat face of the rim (the socket's opening plane) on the acetabular mass only; the
    // ischium and pubis continue beyond it.
    const plane = x * ax + y * ay + z * az - rim
    let d = smin(bone(x, y, z), smax(acetabularBulk(x, y, z), plane, 8), 9)
    d = smax(d, -greaterSciaticNotch(x, y, z), 6)
    // Nothing crosses the rim plane close to the socket: that is what makes the rim a rim.
    // The trim surface is the rim plane near the socket, flaring outward (a paraboloid) away
    // from it, so bone that crosses the plane further out (ischium, pubis) is shaved into a
    // smooth bevel rather than cut to a flat facet with a step at its edge.
    const flare = Math.max(0, Math.hypot(x, y, z) - 33)
    d = smax(d, plane - 0.06 * flare * flare, 6)
    // The socket itself, then the fossa and notch below the lunate surface.
    const socket = Math.hypot(x, y, z) - socketRadius
    d = smax(d, -socket, 2)
    d = smax(d, -fossa(x, y, z), 2)
    return d
  }
}

export const pelvisBounds = (): { min: V3; max: V3 } => ({
  min: [-52, -102, -122],
  max: [96, 142, 72],
})
