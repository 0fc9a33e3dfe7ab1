/**
 * What the 3D view shows of the walkthrough's state: the step (or the comparison with a total
 * hip), its scene plan, its labels, and the keys that restart its animation and its camera
 * pose. Pure (no React, no three.js); the scene reads it through `useStepView`.
 */
import type { PointLandmark } from '../../models/contract'
import { compareViewById, type CompareViewSpec } from '../content/compare'
import type { Language } from '../content/i18n/languages'
import { packFor } from '../content/i18n/packs'
import type { Step } from '../content/schema'
import { steps } from '../content/steps'
import type { StepId } from '../content/steps-index'
import { planComparison, planScene, withInterior, type LayerOverrides, type ScenePlan } from '../lib/scene-plan'
import { landmarksShownIn } from '../lib/landmark-labels'
import { framesLandmark, type CompareFraming } from '../features/compare/layout'
import type { Audience, SurgeonView, WalkthroughState } from '../state/store'

export interface SceneLabel {
  id: string
  text: string
  anchor: PointLandmark
  /** A landmark's rank when the view is crowded (lib/label-layout.ts); a step's labels have none: all show. */
  priority?: number
  /** A point on a bone's surface (a landmark): its own bone in front hides it too (scene/Labels.tsx). */
  surface?: boolean
}

export interface StepView {
  step: Step
  /** The comparison shown instead of the step, and which hips it frames; `null` in the walkthrough. */
  compare: { view: CompareViewSpec; framing: CompareFraming } | null
  /** The X-ray or the cut over the view (src/features/xray, src/features/cut); `null`: the plain 3D view. */
  surgeonView: SurgeonView | null
  plan: ScenePlan
  labels: readonly SceneLabel[]
  /** Changes when the step's animation must start over (a new step, or Replay). */
  animationKey: string
  /** Changes when the camera must go back to the step's pose (a new step, or Reset view). */
  poseKey: string
  paused: boolean
}

const NO_LABELS: readonly SceneLabel[] = []
const labelsCache = new Map<string, readonly SceneLabel[]>()

/**
 * A step's labels in a language and for an audience: the same array every time, so the tracker
 * in the canvas and the text beside it can tell whether they show the same labels.
 */
export function sceneLabels(stepId: StepId, lang: Language, audience: Audience): readonly SceneLabel[] {
  const key = `${stepId}|${lang}|${audience}`
  let labels = labelsCache.get(key)
  if (!labels) {
    const text = packFor(lang).labels
    labels = stepOf(stepId).step.labels.map((l) => ({ id: `${l.term}@${l.anchor}`, text: text[l.term][audience], anchor: l.anchor }))
    labelsCache.set(key, labels)
  }
  return labels
}

const landmarkLabelsCache = new WeakMap<ScenePlan, Map<string, readonly SceneLabel[]>>()

/**
 * The landmarks of the bones a plan shows, as labels: in the student register they take the
 * step's labels' place (the step panel still lists those). The same array for the same plan.
 */
export function landmarkLabels(plan: ScenePlan, lang: Language, audience: Audience): readonly SceneLabel[] {
  let byWords = landmarkLabelsCache.get(plan)
  if (!byWords) landmarkLabelsCache.set(plan, (byWords = new Map()))
  const key = `${lang}|${audience}`
  let labels = byWords.get(key)
  if (!labels) {
    const text = packFor(lang).labels
    labels = landmarksShownIn(plan).map((l) => ({ id: `${l.term}@${l.landmark}`, text: text[l.term][audience], anchor: l.landmark, priority: l.priority, surface: true }))
    byWords.set(key, labels)
  }
  return labels
}

function stepOf(stepId: StepId): { step: Step; previous: Step | undefined } {
  const index = Math.max(0, steps.findIndex((s) => s.id === stepId))
  return { step: steps[index] ?? steps[0], previous: index > 0 ? steps[index - 1] : undefined }
}

/** A comparison view's labels: those on the hips it frames. The same array every time, like a step's. */
export function comparisonLabels(view: CompareViewSpec, framing: CompareFraming, lang: Language, audience: Audience): readonly SceneLabel[] {
  const key = `compare:${view.id}|${framing}|${lang}|${audience}`
  let labels = labelsCache.get(key)
  if (!labels) {
    const text = packFor(lang).labels
    labels = view.labels
      .filter((l) => framesLandmark(framing, l.anchor))
      .map((l) => ({ id: `${l.term}@${l.anchor}`, text: text[l.term][audience], anchor: l.anchor }))
    labelsCache.set(key, labels)
  }
  return labels
}

const comparisonPlans = new Map<string, ScenePlan>()
function comparisonPlanFor(view: CompareViewSpec, stepId: StepId): ScenePlan {
  const key = `${view.id}|${stepId}`
  let plan = comparisonPlans.get(key)
  if (!plan) {
    plan = planComparison(view, stepId)
    comparisonPlans.set(key, plan)
  }
  return plan
}

// The last view made, and the plan it holds: every part of the scene reads the same objects, so
// "did it change" is an identity check.
let lastView: { state: WalkthroughState; narrow: boolean; view: StepView } | null = null
let lastPlan: { stepId: StepId; overrides: LayerOverrides; plan: ScenePlan } | null = null

function planFor(stepId: StepId, overrides: LayerOverrides): ScenePlan {
  if (lastPlan?.stepId !== stepId || lastPlan.overrides !== overrides) {
    const { step, previous } = stepOf(stepId)
    lastPlan = { stepId, overrides, plan: planScene(step, overrides, previous) }
  }
  return lastPlan.plan
}

/**
 * The view of a store state; the same object while nothing it depends on changes. `narrow`: the
 * screen is a phone's, where the comparison shows one hip at a time.
 */
export function stepViewOf(state: WalkthroughState, narrow = false): StepView {
  const was = lastView?.state
  if (
    was &&
    lastView &&
    lastView.narrow === narrow &&
    was.compare === state.compare &&
    was.surgeonView === state.surgeonView &&
    (was.quiz === null) === (state.quiz === null) &&
    (state.compare === null || !narrow || was.compareSide === state.compareSide) &&
    was.stepId === state.stepId &&
    was.layerOverrides === state.layerOverrides &&
    was.lang === state.lang &&
    was.audience === state.audience &&
    was.landmarks === state.landmarks &&
    was.paused === state.paused &&
    was.replayCount === state.replayCount &&
    was.resetViewCount === state.resetViewCount
  ) {
    return lastView.view
  }
  const base: StepView = state.compare === null ? walkthroughView(state) : comparisonView(state, state.compare, narrow)
  const view = state.surgeonView === null ? base : surgeonViewOf(base, state.surgeonView)
  lastView = { state, narrow, view }
  return view
}

/**
 * The X-ray and the cut draw their own marks (the film's angles, the cut's tissues) in place of
 * the step's labels, and have their own camera: entering or leaving one moves the camera.
 */
function surgeonViewOf(base: StepView, surgeonView: SurgeonView): StepView {
  return {
    ...base,
    surgeonView,
    plan: withInterior(base.plan, surgeonView === 'cut'),
    labels: NO_LABELS,
    poseKey: `${base.poseKey}|${surgeonView}`,
  }
}

function walkthroughView(state: WalkthroughState): StepView {
  const plan = planFor(state.stepId, state.layerOverrides)
  return {
    step: stepOf(state.stepId).step,
    compare: null,
    surgeonView: null,
    plan,
    // A self-test hides the labels: they would give its answers away.
    labels:
      state.quiz !== null
        ? NO_LABELS
        : state.landmarks && state.audience === 'student'
          ? landmarkLabels(plan, state.lang, state.audience)
          : sceneLabels(state.stepId, state.lang, state.audience),
    animationKey: `${state.stepId}#${state.replayCount}`,
    poseKey: `${state.stepId}#${state.resetViewCount}`,
    paused: state.paused,
  }
}

/** Nothing animates in the comparison; the user's layer choices are the walkthrough's, left as they are. */
function comparisonView(state: WalkthroughState, id: NonNullable<WalkthroughState['compare']>, narrow: boolean): StepView {
  const view = compareViewById(id)
  const framing: CompareFraming = narrow ? state.compareSide : 'both'
  return {
    step: stepOf(state.stepId).step,
    compare: { view, framing },
    surgeonView: null,
    plan: comparisonPlanFor(view, state.stepId),
    labels: comparisonLabels(view, framing, state.lang, state.audience),
    animationKey: `compare:${id}`,
    poseKey: `compare:${id}|${framing}#${state.resetViewCount}`,
    paused: state.paused,
  }
}
