import { beforeEach, describe, expect, it } from 'vitest'
import { initialState, useWalkthrough } from '../../src/state/store'
import { sceneLabels, stepViewOf } from '../../src/scene/step-view'

const store = useWalkthrough
const view = () => stepViewOf(store.getState())

beforeEach(() => store.setState(initialState))

// The scene's parts tell a change by identity (step-view.ts): the same objects while nothing
// they show has changed, new ones when it has.
describe('the 3D view of the store', () => {
  it('is the same object when something the view does not show changes', () => {
    const before = view()
    store.getState().toggleLargerText()
    store.getState().openPage('glossary')
    store.getState().showNotice({ kind: 'malformed-link' })
    expect(view()).toBe(before)
  })

  it('gives a new plan, labels, animation and pose on a new step', () => {
    const before = view()
    store.getState().nextStep()
    const after = view()
    expect(after.step.id).toBe('arthritic-hip')
    expect(after.plan.stepId).toBe('arthritic-hip')
    expect(after.plan).not.toBe(before.plan)
    expect(after.animationKey).not.toBe(before.animationKey)
    expect(after.poseKey).not.toBe(before.poseKey)
  })

  it('keeps the plan and the pose when only the audience changes, with the labels in its words', () => {
    store.getState().goToStep('exposure')
    const before = view()
    store.getState().setAudience('student')
    const after = view()
    expect(after.plan).toBe(before.plan)
    expect(after.poseKey).toBe(before.poseKey)
    expect(after.labels).not.toBe(before.labels)
    expect(after.labels.map((l) => l.id)).toEqual(before.labels.map((l) => l.id))
    expect(after.labels).toBe(sceneLabels('exposure', 'en', 'student'))
  })

  it('restarts the animation on Replay and the pose on Reset view, each alone', () => {
    const before = view()
    store.getState().replay()
    const replayed = view()
    expect(replayed.animationKey).not.toBe(before.animationKey)
    expect(replayed.poseKey).toBe(before.poseKey)
    store.getState().resetView()
    const reset = view()
    expect(reset.poseKey).not.toBe(replayed.poseKey)
    expect(reset.animationKey).toBe(replayed.animationKey)
  })

  it('plans again when the user changes a layer, and says when the animation is paused', () => {
    const before = view()
    store.getState().setLayerMode('muscle', 'hidden')
    expect(view().plan).not.toBe(before.plan)
    expect(view().plan.layerModes.muscle).toBe('hidden')
    store.getState().togglePaused()
    expect(view().paused).toBe(true)
  })
})
