/**
 * What the 3D view shows of the walkthrough's state: the step, its scene plan, its labels, and
 * the keys that restart its animation and its camera pose. Pure (no React, no three.js); the
 * scene reads it through `useStepView`.
 */
import type { PointLandmark } from '../../models/contract'
import { languagePacks, type Language } from '../content/i18n/languages'
import type { Step } from '../content/schema'
import { steps } from '../content/steps'
import type { StepId } from '../content/steps-index'
import { planScene, type LayerOverrides, type ScenePlan } from '../lib/scene-plan'
import type { Audience, WalkthroughState } from '../state/store'

export interface SceneLabel {
  id: string
  text: string
  anchor: PointLandmark
}

export interface StepView {
  step: Step
  plan: ScenePlan
  labels: readonly SceneLabel[]
  /** Changes when the step's animation must start over (a new step, or Replay). */
  animationKey: string
  /** Changes when the camera must go back to the step's pose (a new step, or Reset view). */
  poseKey: string
  paused: boolean
}

const labelsCache = new Map<string, readonly SceneLabel[]>()

/**
 * A step's labels in a language and for an audience: the same array every time, so the tracker
 * in the canvas and the text beside it can tell whether they show the same labels.
 */
export function sceneLabels(stepId: StepId, lang: Language, audience: Audience): readonly SceneLabel[] {
  const key = `${stepId}|${lang}|${audience}`
  let labels = labelsCache.get(key)
  if (!labels) {
    const text = languagePacks[lang].labels
    labels = stepOf(stepId).step.labels.map((l) => ({ id: `${l.term}@${l.anchor}`, text: text[l.term][audience], anchor: l.anchor }))
    labelsCache.set(key, labels)
  }
  return labels
}

function stepOf(stepId: StepId): { step: Step; previous: Step | undefined } {
  const index = Math.max(0, steps.findIndex((s) => s.id === stepId))
  return { step: steps[index] ?? steps[0], previous: index > 0 ? steps[index - 1] : undefined }
}

// The last view made, and the plan it holds: every part of the scene reads the same objects, so
// "did it change" is an identity check.
let lastView: { state: WalkthroughState; view: StepView } | null = null
let lastPlan: { stepId: StepId; overrides: LayerOverrides; plan: ScenePlan } | null = null

function planFor(stepId: StepId, overrides: LayerOverrides): ScenePlan {
  if (lastPlan?.stepId !== stepId || lastPlan.overrides !== overrides) {
    const { step, previous } = stepOf(stepId)
    lastPlan = { stepId, overrides, plan: planScene(step, overrides, previous) }
  }
  return lastPlan.plan
}

/** The view of a store state; the same object while nothing it depends on changes. */
export function stepViewOf(state: WalkthroughState): StepView {
  const was = lastView?.state
  if (
    was &&
    lastView &&
    was.stepId === state.stepId &&
    was.layerOverrides === state.layerOverrides &&
    was.lang === state.lang &&
    was.audience === state.audience &&
    was.paused === state.paused &&
    was.replayCount === state.replayCount &&
    was.resetViewCount === state.resetViewCount
  ) {
    return lastView.view
  }
  const view: StepView = {
    step: stepOf(state.stepId).step,
    plan: planFor(state.stepId, state.layerOverrides),
    labels: sceneLabels(state.stepId, state.lang, state.audience),
    animationKey: `${state.stepId}#${state.replayCount}`,
    poseKey: `${state.stepId}#${state.resetViewCount}`,
    paused: state.paused,
  }
  lastView = { state, view }
  return view
}
