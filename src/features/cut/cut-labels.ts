/**
 * What the cut's labels name and where each sits: a point on the plane inside that tissue,
 * found from the model's landmarks and sizes (manifest.json), and only when the plane really
 * crosses the tissue and its part is in the step. Pure (no three.js), shared by the scene (which
 * projects the points to the screen) and the panel (which writes the words).
 */
import type { Part, Tissue, Vec3 } from '../../../models/contract'
import { FEMUR_STAGES, femurPart } from '../../../models/contract'
import type { ModelFrame } from '../../scene/model-frame'
import { projectOntoPlane, type CutGeometry } from './cut-plane'

export const CUT_LABELS = ['cortical', 'cancellous', 'canal', 'cement', 'cap', 'cap-stem', 'cup', 'cartilage', 'thr-stem'] as const
export type CutLabelId = (typeof CUT_LABELS)[number]

/**
 * Where a label's tissue meets the plane: around `centre`, at `radiusM` from it in the plane
 * (toward `toward`), so a ring-shaped layer (cortex, cement, cap, cup) is hit wherever the plane
 * lies; hidden when the centre is further than `reachM` from the plane (the plane misses it).
 */
export interface CutAnchorSpec {
  frame: ModelFrame
  centre: Vec3
  toward: Vec3
  radiusM: number
  reachM: number
  /** The label shows while any of these parts is drawn. */
  parts: readonly Part[]
  /** The tissue its colour in the legend is. */
  tissue: Tissue
}

const mm = (v: number) => v / 1000
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k]
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const normalize = (a: Vec3): Vec3 => scale(a, 1 / (Math.hypot(...a) || 1))
const UP: Vec3 = [0, 1, 0]
/** `v` without its part along the unit `axis`: across a tube about that axis. */
const across = (v: Vec3, axis: Vec3): Vec3 => normalize(add(v, scale(axis, -dot(v, axis))))

/** What the label anchors are computed from: manifest.json's landmarks and parameters. */
export interface CutModel {
  points: Partial<Record<string, Vec3>>
  axes: Partial<Record<string, { origin: Vec3; direction: Vec3 }>>
  parameters: Record<string, number>
}

const FEMURS: readonly Part[] = FEMUR_STAGES.map(femurPart)
const CORES: readonly Part[] = FEMUR_STAGES.map((s) => `${femurPart(s)}-cancellous` as Part)

/** Each label's anchor, in its part's model frame (metres). */
export function cutAnchorSpecs(model: CutModel): Record<CutLabelId, CutAnchorSpec> {
  const p = model.parameters
  const head = model.points['femoral-head-centre'] ?? [0, 0, 0]
  const neck = normalize(model.axes['neck-axis']?.direction ?? [0.67, 0.72, 0.19])
  const pin = normalize(model.axes['guide-pin-axis']?.direction ?? neck)
  const shaft = model.axes['shaft-axis'] ?? { origin: head, direction: [0, -1, 0] as Vec3 }
  const neckMid = model.points['femoral-neck-mid'] ?? head
  const neckAt = add(head, scale(neck, dot(neckMid.map((v, i) => v - head[i]!) as Vec3, neck)))
  const acetabulum = model.points['acetabular-centre'] ?? head
  const cupOut = scale(normalize(model.axes['acetabular-axis']?.direction ?? [-0.6, -0.74, 0.32]), -1)
  const thrAxis = model.axes['thr-stem-axis'] ?? { origin: head, direction: UP }
  const headR = mm((p.femoralHeadDiameterMm ?? 48) / 2)
  const cartilage = mm(p.cartilageThicknessMm ?? 2)
  const neckR = mm((p.neckDiameterSiMm ?? 33) / 2)
  const boreR = mm((p.preparedHeadDiameterMm ?? 43) / 2 + (p.cementGapMm ?? 1) / 2)
  const capR = mm(((p.capOuterDiameterMm ?? 50) + (p.preparedHeadDiameterMm ?? 43) + 2 * (p.cementGapMm ?? 1)) / 4)
  const cupR = mm((p.cupOuterDiameterMm ?? 58) / 2 - 1.5)
  const stemR = mm((p.stemDiameterMm ?? 6) / 2)
  const stemDepth = mm(Math.abs(p.stemHoleDepthMm ?? 22) / 2)
  // Layers about the neck or the cap's axis are found across it, on the upper side (where a
  // notch would be); the stem is shown by its point only while the plane passes through it.
  const aboveNeck = across(UP, neck)
  const abovePin = across(UP, pin)
  return {
    cortical: { frame: 'femur', centre: neckAt, toward: aboveNeck, radiusM: neckR - mm(1.2), reachM: neckR - mm(1.2), parts: FEMURS, tissue: 'cortical-bone' },
    cancellous: { frame: 'femur', centre: add(head, scale(neck, -mm(6))), toward: scale(aboveNeck, -1), radiusM: mm(7), reachM: headR * 0.75, parts: CORES, tissue: 'cancellous-bone' },
    canal: { frame: 'femur', centre: add(shaft.origin, scale(normalize(shaft.direction), mm(40))), toward: UP, radiusM: 0, reachM: mm(8), parts: ['femoral-canal'], tissue: 'marrow' },
    cement: { frame: 'femur', centre: add(head, scale(pin, mm(2))), toward: abovePin, radiusM: boreR, reachM: boreR, parts: ['cement-mantle'], tissue: 'cement' },
    cap: { frame: 'femur', centre: head, toward: scale(abovePin, -1), radiusM: capR, reachM: capR, parts: ['femoral-cap'], tissue: 'cobalt-chrome' },
    'cap-stem': { frame: 'femur', centre: add(head, scale(pin, -stemDepth)), toward: UP, radiusM: 0, reachM: stemR, parts: ['femoral-cap'], tissue: 'cobalt-chrome' },
    cup: { frame: 'fixed', centre: acetabulum, toward: cupOut, radiusM: cupR, reachM: cupR, parts: ['cup'], tissue: 'cobalt-chrome' },
    cartilage: { frame: 'femur', centre: head, toward: UP, radiusM: headR + cartilage / 2, reachM: headR, parts: ['cartilage-femoral', 'cartilage-femoral-worn'], tissue: 'cartilage' },
    'thr-stem': { frame: 'thr-side', centre: add(thrAxis.origin, scale(normalize(thrAxis.direction), mm(70))), toward: UP, radiusM: 0, reachM: mm(6), parts: ['thr-stem'], tissue: 'cobalt-chrome' },
  }
}

/**
 * The label's point on the plane (same frame as the spec), or null where the plane misses the
 * tissue: the centre's foot on the plane, moved within the plane toward `toward` by what is left
 * of the radius at that distance (a sphere or tube cut off-centre is a smaller circle).
 */
export function cutAnchor(spec: CutAnchorSpec, plane: CutGeometry): Vec3 | null {
  const normal = normalize(plane.normal)
  const distance = dot(spec.centre.map((v, i) => v - plane.point[i]!) as Vec3, normal)
  if (Math.abs(distance) > spec.reachM) return null
  const foot = projectOntoPlane(spec.centre, plane)
  const inPlane = spec.toward.map((v, i) => v - normal[i]! * dot(spec.toward, normal)) as Vec3
  if (Math.hypot(...inPlane) < 1e-9 || spec.radiusM === 0) return foot
  const left = Math.sqrt(Math.max(0, spec.radiusM ** 2 - distance ** 2))
  return add(foot, scale(normalize(inPlane), left))
}

/** The labels whose part is drawn in the step, in the order they are listed. */
export const labelsInStep = (shown: (part: Part) => boolean, specs: Record<CutLabelId, CutAnchorSpec>): CutLabelId[] =>
  CUT_LABELS.filter((id) => specs[id].parts.some(shown))
