/**
 * Landmarks in model millimetres, found on the same signed distance functions the meshes are
 * made from: label points are marched out to the surface of their structure from inside,
 * toward the side it is seen from, so the app's occlusion test sees them.
 */
import type { AxisLandmark, Part, PointLandmark, PolylineLandmark } from '../contract'

/** Landmarks of the total hip replacement (thr.glb): found on its meshes in build.ts, not here. */
export type ThrPointLandmark = Extract<PointLandmark, `thr-${string}` | `removed-${string}`>
type BasePoint = Exclude<PointLandmark, ThrPointLandmark>
type BaseAxis = Exclude<AxisLandmark, 'thr-stem-axis'>
import { type TriMesh, closestPointOnMesh, extremeVertex } from './measure'
import {
  ASIS,
  ISCHIAL_TUBEROSITY,
  ORIGIN,
  PSIS,
  PUBIC_BODY,
  acetabularAxis,
  headRadius,
  junction,
  neckDir,
  pinDir,
  rimOffset,
  shaftDown,
  shaftUp,
  socketRadius,
} from './anatomy'
import { FEMUR_RELIEF, TROCHANTERIC_FOSSA, foveaDir, greaterTrochanterTip, lesserTrochanterTip, quadrateGuide, shaftPoint } from './femur'
import { type SurfaceGuide, surfacePoint } from './relief'
import { MUSCLES, SCIATIC_PATH, muscleSdf } from './softTissue'
import { ILIAC_TUBERCLE_CENTRE, ISCHIAL_SPINE, PIIS_GUIDE, PUBIC_TUBERCLE, acetabularFrame, fossaDir, lunateRoofDir, notchDir, wingNormal, wingPoint } from './pelvis'
import { prepared } from './preparation'
import { type Sdf, marchToSurface } from './sdf'
import { type V3, add, cross, length, lerp, madd, normalize, scale, sub } from './vec'

export interface Sdfs {
  femur: Sdf
  pelvis: Sdf
  capsule: Sdf
  sciatic: Sdf
  envelope: Sdf
}

/** First point where a ray from outside enters the solid (moved back 0.2 mm, onto the surface). */
function rayHit(sdf: Sdf, from: V3, dir: V3, maxDist = 200): V3 {
  const d = normalize(dir)
  for (let t = 0; t < maxDist; t += 0.2) {
    const p = madd(from, d, t)
    if (sdf(p[0], p[1], p[2]) < 0) return madd(from, d, Math.max(0, t - 0.2))
  }
  return from
}

/** Resample a polyline to n points evenly spaced by arc length. */
function resample(points: readonly V3[], n: number): V3[] {
  const cum = [0]
  for (let i = 1; i < points.length; i++) cum.push(cum[i - 1]! + length(sub(points[i]!, points[i - 1]!)))
  const total = cum[cum.length - 1]!
  const out: V3[] = []
  for (let k = 0; k < n; k++) {
    const s = (total * k) / (n - 1)
    let i = 1
    while (i < points.length - 1 && cum[i]! < s) i++
    const t = (s - cum[i - 1]!) / (cum[i]! - cum[i - 1]! || 1)
    out.push(lerp(points[i - 1]!, points[i]!, Math.min(1, Math.max(0, t))))
  }
  return out
}

/**
 * The posterior incision: over the back third of the greater trochanter, curving up and back
 * toward the PSIS [FACTS 3.2], projected onto the skin and lifted 1 mm off it.
 */
export function incisionLine(envelope: Sdf): V3[] {
  const guide: V3[] = [
    [-62, -85, -12],
    [-64, -50, -18],
    [-62, -18, -24],
    [-56, 10, -34],
    [-44, 34, -52],
    [-26, 52, -72],
  ]
  const onSkin = guide.map((g) => {
    const inner: V3 = [10, g[1], -10]
    const dir = normalize(sub(g, inner))
    const s = marchToSurface(envelope, inner, dir)
    return madd(s, dir, 1)
  })
  return resample(onSkin, 13)
}

/** The point where a guide part way between a ridge's two end guides meets the bone. */
function along(sdf: Sdf, [a, b]: readonly [SurfaceGuide, SurfaceGuide], t: number): V3 {
  return surfacePoint(sdf, { inside: lerp(a.inside, b.inside, t), out: normalize(lerp(a.out, b.out, t)) })
}

const round = (v: V3): [number, number, number] => [v[0], v[1], v[2]]

export function computeLandmarks(s: Sdfs): {
  points: Record<BasePoint, V3>
  axes: Record<BaseAxis, { origin: V3; direction: V3 }>
  polylines: Record<PolylineLandmark, V3[]>
} {
  const back: V3 = [0, 0, -1]
  const backLateral = normalize([-0.5, 0, -0.87])
  const incision = incisionLine(s.envelope)
  const rimR = Math.sqrt(socketRadius ** 2 - rimOffset ** 2)
  const rimCentre = madd(ORIGIN, acetabularAxis, rimOffset)
  const rim: V3[] = []
  for (let i = 0; i < 24; i++) {
    const t = (2 * Math.PI * i) / 24
    rim.push(add(rimCentre, add(scale(acetabularFrame.x, rimR * Math.cos(t)), scale(acetabularFrame.z, rimR * Math.sin(t)))))
  }
  // Superior rim: the in-plane direction closest to +Y.
  const upInPlane = normalize(sub([0, 1, 0], scale(acetabularAxis, acetabularAxis[1])))
  const muscle = (name: keyof typeof MUSCLES): V3 => {
    const m = MUSCLES[name]
    return marchToSurface(muscleSdf(m), m.labelFrom, m.labelDir)
  }
  const obturatorCentre: V3 = [38, -52, 16]
  const points: Record<BasePoint, V3> = {
    'femoral-head-centre': ORIGIN,
    'femoral-head-top': marchToSurface(s.femur, ORIGIN, [0, 1, 0]),
    'femoral-neck-mid': marchToSurface(s.femur, madd(ORIGIN, neckDir, -(headRadius + 10)), normalize(cross(neckDir, shaftUp))),
    'greater-trochanter-tip': marchToSurface(s.femur, greaterTrochanterTip, [0, 1, 0]),
    'lesser-trochanter-tip': marchToSurface(s.femur, madd(lesserTrochanterTip, normalize([0.6, 0, -0.8]), -3), normalize([0.6, 0, -0.8])),
    'intertrochanteric-crest': along(s.femur, FEMUR_RELIEF.intertrochantericCrest, 0.2),
    'femoral-shaft-mid': marchToSurface(s.femur, shaftPoint(120), backLateral),
    'acetabular-centre': ORIGIN,
    'acetabular-rim-superior': add(rimCentre, scale(upInPlane, rimR)),
    'acetabular-fossa': rayHit(s.pelvis, ORIGIN, fossaDir),
    'obturator-foramen': obturatorCentre,
    'iliac-crest': marchToSurface(s.pelvis, wingPoint(-15, 46, -3), [0, 1, 0]),
    asis: marchToSurface(s.pelvis, ASIS, normalize([-0.3, 0.2, 1])),
    psis: marchToSurface(s.pelvis, PSIS, normalize([0, 0.2, -1])),
    'ischial-tuberosity': marchToSurface(s.pelvis, ISCHIAL_TUBEROSITY, normalize([0, -0.6, -0.8])),
    'pubic-ramus-superior': marchToSurface(s.pelvis, lerp([22, -12, 14], PUBIC_BODY, 0.5), normalize([0, 0.7, 0.7])),
    labrum: madd(ORIGIN, acetabularAxis, 6),
    capsule: marchToSurface(s.capsule, madd(madd(ORIGIN, neckDir, -30), normalize([-0.3, 0.2, -1]), 20), normalize([-0.3, 0.2, -1])),
    'gluteus-maximus': muscle('gluteus-maximus'),
    'gluteus-medius': muscle('gluteus-medius'),
    piriformis: muscle('piriformis'),
    'short-rotators': muscle('short-rotators'),
    'quadratus-femoris': muscle('quadratus-femoris'),
    'sciatic-nerve': marchToSurface(s.sciatic, SCIATIC_PATH[2]!, back),
    'skin-incision-mid': incision[Math.floor(incision.length / 2)]!,
    'cup-pole': madd(ORIGIN, acetabularAxis, -prepared.cupOuter),
    'femoral-cap-pole': madd(ORIGIN, pinDir, prepared.capOuter),
    // The neck's surface at the collar (13.6 mm down the neck, tissues.ts), on the side the
    // neck's label faces; snapToMeshes moves it onto the osteophytes' own surface.
    'femoral-osteophyte': marchToSurface(s.femur, madd(ORIGIN, neckDir, -14), normalize(cross(neckDir, shaftUp))),
    // First placements of the lecturer's landmarks: each is snapped onto its bone's mesh
    // (snapToMeshes); the shapes that make them recognisable are in femur.ts and pelvis.ts.
    'fovea-capitis': marchToSurface(s.femur, ORIGIN, foveaDir),
    'head-neck-junction': marchToSurface(s.femur, madd(ORIGIN, neckDir, -(headRadius + 2)), [0, 0, 1]),
    'trochanteric-fossa': surfacePoint(s.femur, TROCHANTERIC_FOSSA),
    'intertrochanteric-line': along(s.femur, FEMUR_RELIEF.intertrochantericLine, 0.5),
    'quadrate-tubercle': surfacePoint(s.femur, quadrateGuide()),
    'gluteal-tuberosity': along(s.femur, FEMUR_RELIEF.glutealTuberosity, 0.5),
    'linea-aspera': along(s.femur, FEMUR_RELIEF.lineaAspera, 0.2),
    // On the tubercle's outer face, where it thickens the crest's outer lip.
    'iliac-tubercle': marchToSurface(s.pelvis, ILIAC_TUBERCLE_CENTRE, normalize(add(wingNormal, [0, 0.8, 0]))),
    aiis: marchToSurface(s.pelvis, [-16, 32, 32], normalize([-0.4, 0.1, 1])),
    piis: surfacePoint(s.pelvis, PIIS_GUIDE),
    // The deepest point of the greater notch's curve, on the back of the bone above the spine.
    'greater-sciatic-notch': marchToSurface(s.pelvis, [15, 12, -30], normalize([0.15, 0, -1])),
    'lesser-sciatic-notch': marchToSurface(s.pelvis, [20, -44, -35], [0, 0, -1]),
    'ischial-spine': marchToSurface(s.pelvis, ISCHIAL_SPINE.tip, normalize(sub(ISCHIAL_SPINE.tip, ISCHIAL_SPINE.base))),
    'pubic-ramus-inferior': marchToSurface(s.pelvis, [50, -78, 22], normalize([0, -0.6, 0.8])),
    'pubic-tubercle': marchToSurface(s.pelvis, PUBIC_TUBERCLE, normalize([0.2, 0.6, 0.8])),
    // Inside the socket: the roof of the horseshoe, the floor of the fossa, and the gap in the inferior rim.
    'lunate-surface': rayHit(s.pelvis, ORIGIN, lunateRoofDir),
    'acetabular-notch': add(rimCentre, scale(notchDir, rimR)),
    // The radiographic teardrop is the medial acetabular wall seen end-on: the point is on the
    // pelvis's inner (medial) surface behind the lower part of the fossa.
    teardrop: marchToSurface(s.pelvis, add(madd(ORIGIN, fossaDir, socketRadius + 6), [0, -22, 4]), [1, 0, 0]),
  }
  const axes: Record<BaseAxis, { origin: V3; direction: V3 }> = {
    'neck-axis': { origin: ORIGIN, direction: neckDir },
    'shaft-axis': { origin: junction, direction: shaftDown },
    'acetabular-axis': { origin: ORIGIN, direction: acetabularAxis },
    'guide-pin-axis': { origin: ORIGIN, direction: pinDir },
  }
  return {
    points,
    axes,
    polylines: { 'incision-line': incision, 'sciatic-nerve-path': SCIATIC_PATH, 'acetabular-rim': rim },
  }
}

/** Which part's surface each label point sits on (null: a point in space, like a centre). */
export const LANDMARK_OWNER: Record<PointLandmark, Part | null> = {
  'femoral-head-centre': null,
  'femoral-head-top': 'femur',
  'femoral-neck-mid': 'femur',
  'greater-trochanter-tip': 'femur',
  'lesser-trochanter-tip': 'femur',
  'intertrochanteric-crest': 'femur',
  'femoral-shaft-mid': 'femur',
  'acetabular-centre': null,
  'acetabular-rim-superior': 'pelvis',
  'acetabular-fossa': 'pelvis',
  'obturator-foramen': null,
  'iliac-crest': 'pelvis',
  asis: 'pelvis',
  psis: 'pelvis',
  'ischial-tuberosity': 'pelvis',
  'pubic-ramus-superior': 'pelvis',
  labrum: 'labrum',
  capsule: 'capsule',
  'gluteus-maximus': 'gluteus-maximus',
  'gluteus-medius': 'gluteus-medius',
  piriformis: 'piriformis',
  'short-rotators': 'short-rotators',
  'quadratus-femoris': 'quadratus-femoris',
  'sciatic-nerve': 'sciatic-nerve',
  'skin-incision-mid': 'skin',
  'cup-pole': 'cup',
  'femoral-cap-pole': 'femoral-cap',
  'femoral-osteophyte': 'osteophytes-femoral',
  'fovea-capitis': 'femur',
  'head-neck-junction': 'femur',
  'trochanteric-fossa': 'femur',
  'intertrochanteric-line': 'femur',
  'quadrate-tubercle': 'femur',
  'gluteal-tuberosity': 'femur',
  'linea-aspera': 'femur',
  'iliac-tubercle': 'pelvis',
  aiis: 'pelvis',
  piis: 'pelvis',
  'greater-sciatic-notch': 'pelvis',
  'lesser-sciatic-notch': 'pelvis',
  'ischial-spine': 'pelvis',
  'pubic-ramus-inferior': 'pelvis',
  'pubic-tubercle': 'pelvis',
  'lunate-surface': 'pelvis',
  'acetabular-notch': 'pelvis',
  teardrop: 'pelvis',
  'thr-ball-centre': null,
  'thr-stem-tip': 'thr-stem',
  'thr-neck-cut': 'femur-thr',
  'thr-cup-pole': 'thr-cup',
  'thr-stem-shoulder': 'thr-stem',
  'removed-femur-resurfacing': 'removed-femur-resurfacing',
  'removed-socket-resurfacing': 'removed-socket-resurfacing',
  'removed-femur-thr': 'removed-femur-thr',
  'removed-socket-thr': 'removed-socket-thr',
}

/** Outward normal of an SDF by central differences. */
function gradient(sdf: Sdf, p: V3): V3 {
  const h = 0.5
  return normalize([
    sdf(p[0] + h, p[1], p[2]) - sdf(p[0] - h, p[1], p[2]),
    sdf(p[0], p[1] + h, p[2]) - sdf(p[0], p[1] - h, p[2]),
    sdf(p[0], p[1], p[2] + h) - sdf(p[0], p[1], p[2] - h),
  ])
}

/**
 * Move every label point onto the surface of its part as meshed (the SDF points are within a
 * grid cell of it), and lay the incision line on the skin mesh, 0.8 mm outside it.
 */
export function snapToMeshes(
  lm: ReturnType<typeof computeLandmarks>,
  meshes: ReadonlyMap<Part, TriMesh>,
  envelope: Sdf,
): ReturnType<typeof computeLandmarks> {
  const points = { ...lm.points }
  // Labrum and capsule labels: their outermost vertex toward the posterolateral viewer.
  const lab = meshes.get('labrum')
  if (lab) points.labrum = extremeVertex(lab, [-0.45, 0.35, -0.82])
  const cap = meshes.get('capsule')
  if (cap) points.capsule = extremeVertex(cap, [-0.55, -0.1, -0.83])
  const skin = meshes.get('skin')
  const onSkin = (p: V3): V3 => {
    if (!skin) return p
    const q = closestPointOnMesh(skin, p)
    return madd(q, gradient(envelope, q), 0.8)
  }
  const incision = lm.polylines['incision-line'].map(onSkin)
  for (const name of Object.keys(points) as BasePoint[]) {
    const owner = LANDMARK_OWNER[name as PointLandmark]
    const m = owner && meshes.get(owner)
    if (!m || name === 'labrum' || name === 'capsule') continue
    points[name] = closestPointOnMesh(m, points[name])
  }
  points['skin-incision-mid'] = incision[Math.floor(incision.length / 2)]!
  return { ...lm, points, polylines: { ...lm.polylines, 'incision-line': incision } }
}

export { round }
