/**
 * What the scene shows at a step, and at each moment of the step's animation: which part is
 * shown, see-through or hidden, which is emphasised, which bone-preparation stage is on screen,
 * where the femur is and where the instrument or implant of the step is along its stroke.
 *
 * Pure data in, pure data out (no three.js), so every rule here is unit-tested.
 */
import {
  FEMORAL_PARTS,
  FEMUR_STAGES,
  INTERIOR_HOSTS,
  INTERIOR_PARTS,
  PARTS,
  PART_LAYER,
  femurPart,
  pelvisPart,
  type AcetabulumStage,
  type FemurStage,
  type Implant,
  type Instrument,
  type InteriorPart,
  type Layer,
  type Part,
  type PointLandmark,
  type Vec3,
} from '../../models/contract'
import type { Step } from '../content/schema'
import type { CompareViewSpec } from '../content/compare'
import type { FemurPose, LayerMode } from '../content/modes'

export type PartMode = LayerMode

export interface PartState {
  mode: PartMode
  highlighted: boolean
}

export type LayerOverrides = Partial<Record<Layer, LayerMode>>

/** One stretch of a step's animation. Phases play one after the other. */
export type MotionPhase =
  | {
      kind: 'instrument'
      instrument: Instrument
      motion: 'advance' | 'spin-advance' | 'impact' | 'trace'
      durationS: number
      /** The bone stage this instrument leaves behind (cutters only). */
      femurStageAfter?: FemurStage
      acetabulumStageAfter?: AcetabulumStage
      /** Cutters back off once the cut is made, so the new surface can be seen. */
      withdrawAfter: boolean
      /** Shown only while its phase plays (an earlier tool in a sequence). */
      transient: boolean
    }
  | { kind: 'implant'; implant: Implant; motion: 'impact' | 'slide-on'; durationS: number; carrier?: Instrument }
  | { kind: 'femur'; from: FemurPose; to: FemurPose; durationS: number }

export interface ScenePlan {
  stepId: Step['id']
  /** The stages before the first cut of the step plays. */
  femurStageStart: FemurStage
  acetabulumStageStart: AcetabulumStage
  femurStageEnd: FemurStage
  acetabulumStageEnd: AcetabulumStage
  femurPose: FemurPose
  phases: MotionPhase[]
  totalS: number
  layerModes: Record<Layer, LayerMode>
  /** Layers the user set explicitly (they win over a step's emphasis). */
  overridden: ReadonlySet<Layer>
  hide: ReadonlySet<Part>
  highlight: ReadonlySet<Part>
  arthritic: boolean
  implantsInPlace: ReadonlySet<Implant>
  showIncision: boolean
  /**
   * Modes the comparison sets for particular parts, over their layer's; its own parts (the total
   * hip, the removed bone) show only when listed. Empty in a step.
   */
  comparisonParts: Partial<Record<Part, LayerMode>>
  /** The cut through the bone is on: what is inside the bone (INTERIOR_PARTS) shows with its bone. */
  interior: boolean
}

/** Where each moving thing is at one moment of the step. */
export interface SceneFrame {
  femurStage: FemurStage
  acetabulumStage: AcetabulumStage
  /** The femur between two poses; `blend` 0 is `from`, 1 is `to`. `from` null: from wherever it is. */
  femur: { from: FemurPose | null; to: FemurPose; blend: number }
  /**
   * The active instrument: `withdrawn` 1 is a full stroke back along its axis, 0 is the working
   * pose. An instrument that carries the moving implant (the cup impactor) moves with it too.
   */
  instrument: { name: Instrument; withdrawn: number; spinTurns: number; trace: number | null } | null
  /** The moving implant: `withdrawn` as a fraction of IMPLANT_TRAVEL_M back along its axis. */
  implant: { name: Implant; withdrawn: number } | null
  parts: Record<Part, PartState>
  done: boolean
}

/** How far an implant starts from its seat before it is impacted or slid on. */
export const IMPLANT_TRAVEL_M = 0.035

/** WCAG 2.2.2 and the brief: nothing moves on its own for more than 5 s. */
export const MAX_ANIMATION_S = 4.8

const BASE_DURATION_S = { advance: 2.2, 'spin-advance': 2.8, impact: 2.4, trace: 3, 'slide-on': 2.4, femur: 2.6 } as const

/** The femoral cutters in the order they are used, and the stage each one leaves. */
const FEMORAL_CUTS: ReadonlyArray<readonly [Instrument, FemurStage]> = [
  ['sleeve-reamer', 'sleeve-reamed'],
  ['plane-cutter', 'planed'],
  ['chamfer-reamer', 'chamfered'],
  ['stem-drill', 'stem-drilled'],
]

const stageIndex = (stage: FemurStage) => FEMUR_STAGES.indexOf(stage)

/** The phases of a step's `motion`, given the stages the previous step ended with. */
function phasesOf(step: Step, previous: Step | undefined): { phases: MotionPhase[]; femurStart: FemurStage; acetabulumStart: AcetabulumStage } {
  const motion = step.motion
  let femurStart: FemurStage = step.femurStage
  let acetabulumStart: AcetabulumStage = step.acetabulumStage
  const phases: MotionPhase[] = []

  if (motion.kind === 'instrument') {
    const cut = FEMORAL_CUTS.find(([tool]) => tool === motion.instrument)
    const prevStage = previous?.femurStage ?? 'native'
    if (cut && stageIndex(prevStage) < stageIndex(step.femurStage)) {
      // A femoral cutting step replays every cut between the previous step's head and this
      // one's (head shaping: plane cut, chamfer, stem hole), each with its own tool.
      femurStart = prevStage
      const cuts = FEMORAL_CUTS.filter(([, stage]) => stageIndex(stage) > stageIndex(prevStage) && stageIndex(stage) <= stageIndex(step.femurStage))
      cuts.forEach(([tool, stage], i) =>
        phases.push({
          kind: 'instrument', instrument: tool, motion: 'spin-advance', durationS: BASE_DURATION_S['spin-advance'],
          femurStageAfter: stage, withdrawAfter: true, transient: i < cuts.length - 1,
        }),
      )
    } else if (motion.instrument === 'acetabular-reamer' && step.acetabulumStage === 'reamed' && (previous?.acetabulumStage ?? 'native') === 'native') {
      acetabulumStart = 'native'
      phases.push({
        kind: 'instrument', instrument: 'acetabular-reamer', motion: motion.motion, durationS: BASE_DURATION_S[motion.motion],
        acetabulumStageAfter: 'reamed', withdrawAfter: true, transient: false,
      })
    } else {
      phases.push({
        kind: 'instrument', instrument: motion.instrument, motion: motion.motion, durationS: BASE_DURATION_S[motion.motion],
        withdrawAfter: false, transient: false,
      })
    }
  } else if (motion.kind === 'implant') {
    phases.push({
      kind: 'implant', implant: motion.implant, motion: motion.motion, durationS: BASE_DURATION_S[motion.motion],
      ...(motion.implant === 'cup' ? { carrier: 'cup-impactor' as const } : {}),
    })
  } else if (motion.kind === 'femur') {
    const from: FemurPose = motion.motion === 'dislocate' ? 'neutral' : 'dislocated'
    const to: FemurPose = motion.motion === 'dislocate' ? 'dislocated' : 'neutral'
    phases.push({ kind: 'femur', from, to, durationS: BASE_DURATION_S.femur })
  }

  // Keep the whole animation within the limit by playing a long sequence faster.
  const total = phases.reduce((s, p) => s + p.durationS, 0)
  if (total > MAX_ANIMATION_S) {
    const k = MAX_ANIMATION_S / total
    for (const p of phases) p.durationS *= k
  }
  return { phases, femurStart, acetabulumStart }
}

export function planScene(step: Step, overrides: LayerOverrides = {}, previous?: Step): ScenePlan {
  const { phases, femurStart, acetabulumStart } = phasesOf(step, previous)
  const layerModes = { ...step.layers } as Record<Layer, LayerMode>
  const overridden = new Set<Layer>()
  for (const [layer, mode] of Object.entries(overrides) as [Layer, LayerMode | undefined][]) {
    if (mode && layer in layerModes) {
      layerModes[layer] = mode
      overridden.add(layer)
    }
  }
  return {
    stepId: step.id,
    femurStageStart: femurStart,
    acetabulumStageStart: acetabulumStart,
    femurStageEnd: step.femurStage,
    acetabulumStageEnd: step.acetabulumStage,
    femurPose: step.femurPose,
    phases,
    totalS: phases.reduce((s, p) => s + p.durationS, 0),
    layerModes,
    overridden,
    hide: new Set(step.hide),
    highlight: new Set(step.highlight),
    arthritic: step.arthritic,
    implantsInPlace: new Set(step.implantsInPlace),
    showIncision: step.showIncision,
    comparisonParts: {},
    interior: false,
  }
}

/**
 * The comparison with a total hip: nothing moves, the resurfacing hip is at its end (head
 * prepared, cap and cup seated, femur in the socket) and follows the view's layers; the total
 * hip and the removed bone show as the view says. `stepId` is the step the comparison was
 * opened from (it stays in the URL and is where "back" returns).
 */
export function planComparison(view: CompareViewSpec, stepId: Step['id']): ScenePlan {
  return {
    stepId,
    femurStageStart: 'stem-drilled',
    acetabulumStageStart: 'reamed',
    femurStageEnd: 'stem-drilled',
    acetabulumStageEnd: 'reamed',
    femurPose: 'neutral',
    phases: [],
    totalS: 0,
    layerModes: { ...view.layers },
    overridden: new Set(),
    hide: new Set(),
    highlight: new Set(),
    arthritic: false,
    implantsInPlace: new Set(['cup', 'femoral-cap']),
    showIncision: false,
    comparisonParts: view.parts,
    interior: false,
  }
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x))
const smooth = (x: number) => {
  const t = clamp01(x)
  return t * t * (3 - 2 * t)
}

/** Three taps: each blow drives the part a third of the way, with a short pause between. */
function impactWithdrawn(u: number): number {
  if (u >= 1) return 0
  const taps = 3
  const k = Math.min(taps, u * taps)
  const tap = Math.min(taps - 1, Math.floor(k))
  return 1 - (tap + smooth((k - tap) * 2)) / taps
}

/** Stroke of an instrument over its phase (0..1): how far back from the working pose it is. */
function instrumentWithdrawn(phase: Extract<MotionPhase, { kind: 'instrument' }>, u: number): number {
  if (phase.motion === 'trace') return 0
  if (phase.motion === 'impact') return impactWithdrawn(u)
  if (!phase.withdrawAfter) return 1 - smooth(u / 0.85)
  // Cutters: advance (spinning), dwell at depth, back off so the cut shows.
  if (u < 0.6) return 1 - smooth(u / 0.6)
  if (u < 0.7) return 0
  return smooth((u - 0.7) / 0.3)
}

/** Whether the cut of a phase has been made at progress `u`. */
const cutDone = (phase: Extract<MotionPhase, { kind: 'instrument' }>, u: number) => (phase.withdrawAfter ? u >= 0.6 : u >= 1)

/**
 * The scene at `timeS` seconds after the step arrived. `timeS = Infinity` (reduced motion, or
 * the animation has finished) gives the end state.
 */
export function frameAt(plan: ScenePlan, timeS: number): SceneFrame {
  let femurStage = plan.femurStageStart
  let acetabulumStage = plan.acetabulumStageStart
  let femur: SceneFrame['femur'] = { from: null, to: plan.femurPose, blend: 1 }
  let instrument: SceneFrame['instrument'] = null
  let implant: SceneFrame['implant'] = null
  const visibleInstruments = new Set<Instrument>()
  const movingImplants = new Set<Implant>()

  let start = 0
  for (const phase of plan.phases) {
    const u = clamp01(phase.durationS > 0 ? (timeS - start) / phase.durationS : 1)
    const reached = timeS >= start
    const isLast = phase === plan.phases[plan.phases.length - 1]
    const current = reached && (u < 1 || isLast)
    if (phase.kind === 'instrument') {
      if (reached && cutDone(phase, u)) {
        if (phase.femurStageAfter) femurStage = phase.femurStageAfter
        if (phase.acetabulumStageAfter) acetabulumStage = phase.acetabulumStageAfter
      }
      // A tool is on screen while its phase plays; the last one stays when it is done.
      if (current) {
        visibleInstruments.add(phase.instrument)
        instrument = {
          name: phase.instrument,
          withdrawn: instrumentWithdrawn(phase, u),
          // Turns for any driven tool; the scene turns only those the manifest says spin (the
          // guide pin is drilled in, the sizing gauge is not).
          spinTurns: phase.motion === 'spin-advance' || phase.motion === 'advance' ? u * phase.durationS * 2.5 : 0,
          trace: phase.motion === 'trace' ? smooth(u) : null,
        }
      }
    } else if (phase.kind === 'implant') {
      movingImplants.add(phase.implant)
      if (phase.carrier) {
        // Impacted in taps, then the impactor lets go and backs off so the seated cup shows.
        implant = { name: phase.implant, withdrawn: impactWithdrawn(u / 0.75) }
        visibleInstruments.add(phase.carrier)
        instrument = { name: phase.carrier, withdrawn: smooth((u - 0.8) / 0.2), spinTurns: 0, trace: null }
      } else {
        implant = { name: phase.implant, withdrawn: phase.motion === 'impact' ? impactWithdrawn(u) : 1 - smooth(u) }
      }
    } else {
      femur = { from: phase.from, to: phase.to, blend: smooth(u) }
    }
    start += phase.durationS
  }

  const parts = {} as Record<Part, PartState>
  for (const part of PARTS) {
    if (isInteriorPart(part)) continue
    // The spurs are new bone standing on the bone's surface with no core of their own in
    // interior.glb: cut through, they would show as solid cortex, so the cut leaves them out.
    if (plan.interior && OSTEOPHYTES.has(part)) {
      parts[part] = { mode: 'hidden', highlighted: false }
      continue
    }
    const present = isPresent(part, plan, femurStage, acetabulumStage, visibleInstruments, movingImplants)
    parts[part] = partState(part, plan, present)
  }
  // Inside a bone drawn solid, when the cut is on (a see-through bone keeps its inside hidden).
  for (const part of INTERIOR_PARTS) {
    const shown = plan.interior && INTERIOR_HOSTS[part].some((host: Part) => parts[host].mode === 'shown')
    parts[part] = { mode: shown ? 'shown' : 'hidden', highlighted: false }
  }
  return { femurStage, acetabulumStage, femur, instrument, implant, parts, done: timeS >= plan.totalS }
}

function isPresent(
  part: Part,
  plan: ScenePlan,
  femurStage: FemurStage,
  acetabulumStage: AcetabulumStage,
  instruments: ReadonlySet<Instrument>,
  movingImplants: ReadonlySet<Implant>,
): boolean {
  const femurNative = femurStage === 'native'
  const socketNative = acetabulumStage === 'native'
  switch (part) {
    case 'femur': case 'femur-sleeve-reamed': case 'femur-planed': case 'femur-chamfered': case 'femur-stem-drilled':
      return part === femurPart(femurStage)
    case 'pelvis': case 'pelvis-reamed':
      return part === pelvisPart(acetabulumStage)
    // Cartilage lives on the native joint surfaces: reaming removes it.
    case 'cartilage-femoral': return femurNative && !plan.arthritic
    case 'cartilage-femoral-worn': return femurNative && plan.arthritic
    case 'cartilage-acetabular': return socketNative && !plan.arthritic
    case 'cartilage-acetabular-worn': return socketNative && plan.arthritic
    case 'osteophytes-femoral': return femurNative && plan.arthritic
    case 'osteophytes-acetabular': return socketNative && plan.arthritic
    case 'cup': case 'femoral-cap':
      return plan.implantsInPlace.has(part) || movingImplants.has(part)
    case 'scalpel': case 'sizing-gauge': case 'guide-pin': case 'sleeve-reamer': case 'plane-cutter':
    case 'chamfer-reamer': case 'stem-drill': case 'acetabular-reamer': case 'cup-impactor':
      return instruments.has(part)
    // The total hip replacement and the removed-bone solids belong to the comparison (its plan lists them).
    case 'femur-thr': case 'pelvis-thr-reamed': case 'thr-stem': case 'thr-ball': case 'thr-cup': case 'thr-liner':
    case 'removed-femur-resurfacing': case 'removed-socket-resurfacing': case 'removed-femur-thr': case 'removed-socket-thr':
      return plan.comparisonParts[part] !== undefined
    default:
      return true
  }
}

function partState(part: Part, plan: ScenePlan, present: boolean): PartState {
  if (!present || plan.hide.has(part)) return { mode: 'hidden', highlighted: false }
  const layer = PART_LAYER[part]
  let mode = plan.comparisonParts[part] ?? plan.layerModes[layer]
  const emphasised = plan.highlight.has(part)
  // A structure the step is about stays visible (see-through) even when its layer is off by
  // default; a layer the user switched off stays off.
  if (emphasised && mode === 'hidden' && !plan.overridden.has(layer)) mode = 'ghost'
  return { mode, highlighted: emphasised && mode !== 'hidden' }
}

/** Landmarks that sit on the femur and move with it (labels and camera targets follow). */
export const FEMORAL_LANDMARKS: ReadonlySet<PointLandmark> = new Set<PointLandmark>([
  'femoral-head-centre',
  'femoral-head-top',
  'femoral-neck-mid',
  'greater-trochanter-tip',
  'lesser-trochanter-tip',
  'intertrochanteric-crest',
  'femoral-shaft-mid',
  'femoral-cap-pole',
  'femoral-osteophyte',
  'fovea-capitis',
  'head-neck-junction',
  'trochanteric-fossa',
  'intertrochanteric-line',
  'quadrate-tubercle',
  'gluteal-tuberosity',
  'linea-aspera',
])

export const isFemoralPart = (part: Part) => (FEMORAL_PARTS as readonly Part[]).includes(part)

/**
 * Femur poses as a turn about the femoral head centre and a shift, in the model frame
 * (+X toward the patient's left, i.e. medial for this right hip; +Y up; +Z anterior).
 * Euler angles in degrees, three.js 'XYZ' order. Tuned by looking at the screenshots:
 * - dislocated: hip flexed (knee forward) and internally rotated so the neck points back
 *   and out toward the surgeon, the head lifted clear of the back of the socket and lateral
 *   to the sciatic nerve (posterior approach: the head is delivered out of the wound).
 * - retracted: the femur flexed and held forward and down, in front of the socket, so the
 *   surgeon's line of sight and the reamer's axis into the socket are free.
 */
export const FEMUR_POSE_TRANSFORMS: Record<FemurPose, { eulerDeg: Vec3; offsetM: Vec3 }> = {
  neutral: { eulerDeg: [0, 0, 0], offsetM: [0, 0, 0] },
  dislocated: { eulerDeg: [112.3, -17.3, -172.2], offsetM: [-0.07, 0, -0.045] },
  retracted: { eulerDeg: [-30, 0, 0], offsetM: [-0.03, -0.05, 0.085] },
}

/** Rotation matrix (row-major 3x3) for three.js 'XYZ' Euler angles in degrees. */
export function eulerXYZMatrix([xDeg, yDeg, zDeg]: Vec3): number[] {
  const [a, b, c] = [xDeg, yDeg, zDeg].map((d) => (d * Math.PI) / 180) as [number, number, number]
  const ca = Math.cos(a), sa = Math.sin(a), cb = Math.cos(b), sb = Math.sin(b), cc = Math.cos(c), sc = Math.sin(c)
  // Same as three.js Matrix4.makeRotationFromEuler with order 'XYZ'.
  return [
    cb * cc, -cb * sc, sb,
    ca * sc + sa * sb * cc, ca * cc - sa * sb * sc, -sa * cb,
    sa * sc - ca * sb * cc, sa * cc + ca * sb * sc, ca * cb,
  ]
}

/** Where a point of the femur (neutral model frame) is when the femur is in `pose`. */
export function femurPosePoint(point: Vec3, pose: FemurPose, pivot: Vec3): Vec3 {
  const { eulerDeg, offsetM } = FEMUR_POSE_TRANSFORMS[pose]
  const m = eulerXYZMatrix(eulerDeg)
  const d = [point[0] - pivot[0], point[1] - pivot[1], point[2] - pivot[2]] as const
  const r = (i: number) => (m[i * 3] ?? 0) * d[0] + (m[i * 3 + 1] ?? 0) * d[1] + (m[i * 3 + 2] ?? 0) * d[2]
  return [pivot[0] + offsetM[0] + r(0), pivot[1] + offsetM[1] + r(1), pivot[2] + offsetM[2] + r(2)]
}

/** A landmark where it is at the step's end pose (femoral landmarks follow the femur). */
export function landmarkAtPose(name: PointLandmark, points: Partial<Record<PointLandmark, Vec3>>, pose: FemurPose): Vec3 | undefined {
  const p = points[name]
  const pivot = points['femoral-head-centre']
  if (!p || !pivot || !FEMORAL_LANDMARKS.has(name)) return p
  return femurPosePoint(p, pose, pivot)
}

const INTERIOR: ReadonlySet<Part> = new Set<Part>(INTERIOR_PARTS)
const OSTEOPHYTES: ReadonlySet<Part> = new Set<Part>(['osteophytes-femoral', 'osteophytes-acetabular'])
export const isInteriorPart = (part: Part): part is InteriorPart => INTERIOR.has(part)

/** The plan with the inside of the bone shown (the cut) or not. */
export const withInterior = (plan: ScenePlan, interior: boolean): ScenePlan => (plan.interior === interior ? plan : { ...plan, interior })
