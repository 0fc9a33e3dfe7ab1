/**
 * The comparison with a total hip replacement (THR) as data: for each view, what the two hips
 * show, where the camera looks from and what is labelled. Words live in `i18n/<lang>/compare.ts`.
 *
 * Both hips are the same generated femur and pelvis: the resurfacing hip at its prepared
 * stages with the cap and cup seated, the total hip from `thr.glb`. The resurfacing hip's parts
 * follow `layers` like a step's; the comparison's own parts (the total hip, the removed bone)
 * carry their mode here. Bone removal is measured from the meshes (manifest `comparison`).
 */
import type { Layer, Part, PointLandmark } from '../../models/contract'
import type { CompareView } from '../state/store'
import type { LabelTerm } from './label-terms'
import type { LayerMode } from './modes'
import type { CameraPose } from './schema'
import type { StepId } from './steps-index'

export interface CompareViewSpec {
  id: CompareView
  /** Posed on the resurfacing hip; the scene moves it to frame both hips, or the one shown. */
  camera: CameraPose
  layers: Record<Layer, LayerMode>
  /**
   * Parts whose mode the view sets over their layer's. The comparison's own parts (the total
   * hip, the removed bone) show only when listed here.
   */
  parts: Partial<Record<Part, LayerMode>>
  labels: readonly { term: LabelTerm; anchor: PointLandmark }[]
}

const bonesOnly: Record<Layer, LayerMode> = {
  skin: 'hidden', muscle: 'hidden', nerves: 'hidden', bone: 'shown', cartilage: 'hidden', implants: 'shown', instruments: 'hidden',
}

export const compareViews = [
  {
    // What each operation leaves in the body: a cap on a kept neck, or a ball on a stem.
    id: 'implants',
    camera: { target: 'femoral-neck-mid', azimuthDeg: 0, elevationDeg: 4, distanceM: 0.42 },
    layers: bonesOnly,
    // The pelvis see-through, so both cups and what sits in them show from the front.
    parts: {
      'pelvis-reamed': 'ghost',
      'femur-thr': 'shown', 'pelvis-thr-reamed': 'ghost', 'thr-stem': 'shown', 'thr-ball': 'shown', 'thr-cup': 'shown', 'thr-liner': 'shown',
    },
    labels: [
      { term: 'femoral-cap', anchor: 'femoral-cap-pole' },
      { term: 'femoral-neck', anchor: 'femoral-neck-mid' },
      { term: 'cup', anchor: 'cup-pole' },
      { term: 'thr-ball', anchor: 'thr-ball-centre' },
      { term: 'neck-cut', anchor: 'thr-neck-cut' },
      { term: 'thr-cup', anchor: 'thr-cup-pole' },
    ],
  },
  {
    // The bone see-through: the cap's short stem in the neck, the long stem down the canal.
    id: 'inside',
    camera: { target: 'lesser-trochanter-tip', azimuthDeg: 0, elevationDeg: 2, distanceM: 0.5 },
    // The cups see-through too: the cap and the ball are the femur's side of the story.
    layers: { ...bonesOnly, bone: 'ghost' },
    parts: {
      cup: 'ghost',
      'femur-thr': 'ghost', 'pelvis-thr-reamed': 'ghost', 'thr-stem': 'shown', 'thr-ball': 'shown', 'thr-cup': 'ghost', 'thr-liner': 'ghost',
    },
    labels: [
      { term: 'femoral-cap', anchor: 'femoral-cap-pole' },
      { term: 'femoral-neck', anchor: 'femoral-neck-mid' },
      { term: 'femur', anchor: 'femoral-shaft-mid' },
      { term: 'thr-stem', anchor: 'thr-stem-shoulder' },
      { term: 'thr-stem-tip', anchor: 'thr-stem-tip' },
    ],
  },
  {
    // The bone each operation takes away, as solids, in the see-through bone it came from.
    id: 'bone-removed',
    camera: { target: 'femoral-neck-mid', azimuthDeg: 0, elevationDeg: 4, distanceM: 0.42 },
    layers: { ...bonesOnly, bone: 'ghost', implants: 'hidden' },
    parts: {
      'femur-thr': 'ghost', 'pelvis-thr-reamed': 'ghost',
      'removed-femur-resurfacing': 'shown', 'removed-socket-resurfacing': 'shown', 'removed-femur-thr': 'shown', 'removed-socket-thr': 'shown',
    },
    labels: [
      { term: 'removed-femur', anchor: 'removed-femur-resurfacing' },
      { term: 'removed-socket', anchor: 'removed-socket-resurfacing' },
      { term: 'removed-femur', anchor: 'removed-femur-thr' },
      { term: 'removed-socket', anchor: 'removed-socket-thr' },
    ],
  },
] as const satisfies readonly CompareViewSpec[]

export const compareViewById = (id: CompareView): CompareViewSpec => compareViews.find((v) => v.id === id) ?? compareViews[0]

/**
 * The Sawbones study's weights of bone removed (FACTS.md section 6, source [55]), beside which
 * the app shows the volumes measured from its own models.
 */
export const SAWBONES_STUDY_G = {
  femur: { resurfacing: 12.3, thr: 25.3 },
  socket: { resurfacing: 5.6, thr: 1.8 },
  sources: ['55'],
} as const

/**
 * The bone-preparation steps (the socket and femoral-head chapters), each with the comparison
 * view that shows what a total hip does instead; the words (`compare.stepNotes`) say it in
 * both registers.
 */
export const PREPARATION_STEP_VIEWS = {
  'femoral-sizing': 'implants',
  'acetabular-reaming': 'bone-removed',
  'cup-impaction': 'implants',
  'guide-pin': 'inside',
  'sleeve-reaming': 'bone-removed',
  'head-shaping': 'bone-removed',
  'cap-cementing': 'inside',
} as const satisfies Partial<Record<StepId, CompareView>>
export type PreparationStepId = keyof typeof PREPARATION_STEP_VIEWS

export const isPreparationStep = (id: StepId): id is PreparationStepId => id in PREPARATION_STEP_VIEWS
