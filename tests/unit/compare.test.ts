/**
 * The comparison with a total hip replacement, without a browser: each view's scene plan, its
 * camera and labels, the bone figures the step panel shows, and its patient words (readable,
 * sourced, free of the known inaccuracies).
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { FEMUR_STAGES, PARTS, PART_LAYER, type Part } from '../../models/contract'
import manifest from '../../models/manifest.json'
import { PREPARATION_STEP_VIEWS, SAWBONES_STUDY_G, compareViews } from '../../src/content/compare'
import { languagePacks } from './language-packs'
import type { Passage } from '../../src/content/i18n/types'
import { SOURCES } from '../../src/content/references'
import { steps } from '../../src/content/steps'
import { THR_OFFSET_M, THR_SIDE_LANDMARKS, THR_SIDE_PARTS, compareOrbit, comparisonPoint } from '../../src/features/compare/layout'
import { cm3, femurRemovedBy, socketRemovedBy, type BoneVolumes } from '../../src/features/compare/bone-removed'
import { fleschKincaidGrade } from '../../src/lib/readability'
import { plainText } from '../../src/lib/rich-text'
import { frameAt, planComparison } from '../../src/lib/scene-plan'
import { stepViewOf } from '../../src/scene/step-view'
import { COMPARE_VIEWS, initialState, useWalkthrough } from '../../src/state/store'

const pack = languagePacks.en
const points = manifest.landmarks.points as unknown as Record<string, [number, number, number]>
const volumes = manifest as unknown as BoneVolumes
const shown = (parts: Record<Part, { mode: string }>) => PARTS.filter((p) => parts[p].mode !== 'hidden')

describe('each comparison view', () => {
  it.each(compareViews)('$id shows both hips, whole, and nothing of the walkthrough that does not belong', (view) => {
    const { parts, done } = frameAt(planComparison(view, 'guide-pin'), 0)
    expect(done).toBe(true)
    const visible = shown(parts)
    // One femur and one pelvis on each side.
    expect(visible.filter((p) => p.startsWith('femur')).sort()).toEqual(['femur-stem-drilled', 'femur-thr'])
    expect(visible.filter((p) => p.startsWith('pelvis')).sort()).toEqual(['pelvis-reamed', 'pelvis-thr-reamed'])
    for (const p of visible) expect(['bone', 'implants']).toContain(PART_LAYER[p])
  })

  it('shows the implants in place, solid bone, no removed bone', () => {
    const visible = shown(frameAt(planComparison(compareViews[0], 'guide-pin'), 0).parts)
    expect(visible).toEqual(expect.arrayContaining(['femoral-cap', 'cup', 'thr-stem', 'thr-ball', 'thr-cup', 'thr-liner']))
    expect(visible.some((p) => p.startsWith('removed-'))).toBe(false)
  })

  it('makes the bone see-through inside, so both stems show', () => {
    const { parts } = frameAt(planComparison(compareViews[1], 'guide-pin'), 0)
    expect(parts['femur-stem-drilled'].mode).toBe('ghost')
    expect(parts['femur-thr'].mode).toBe('ghost')
    expect(parts['thr-stem'].mode).toBe('shown')
    expect(parts['femoral-cap'].mode).toBe('shown')
  })

  it('shows the removed bone as solids in see-through bone, without the implants', () => {
    const { parts } = frameAt(planComparison(compareViews[2], 'guide-pin'), 0)
    for (const p of ['removed-femur-resurfacing', 'removed-socket-resurfacing', 'removed-femur-thr', 'removed-socket-thr'] as const) {
      expect(parts[p].mode).toBe('shown')
    }
    for (const p of ['femoral-cap', 'cup', 'thr-stem', 'thr-ball'] as const) expect(parts[p].mode).toBe('hidden')
  })

  it('labels points that exist, on the hip they name', () => {
    for (const view of compareViews) {
      for (const label of view.labels) {
        expect(points[label.anchor], `${view.id}: ${label.anchor}`).toBeDefined()
        expect(pack.labels[label.term].patient.length).toBeGreaterThan(0)
      }
      // Each view labels both hips.
      expect(view.labels.some((l) => THR_SIDE_LANDMARKS.has(l.anchor))).toBe(true)
      expect(view.labels.some((l) => !THR_SIDE_LANDMARKS.has(l.anchor))).toBe(true)
    }
  })

  it('differs from the other views', () => {
    const keys = compareViews.map((v) => JSON.stringify(frameAt(planComparison(v, 'guide-pin'), 0).parts))
    expect(new Set(keys).size).toBe(compareViews.length)
  })
})

describe('the walkthrough never shows the comparison parts', () => {
  it.each(steps.map((s) => s.id))('%s', (id) => {
    const view = stepViewOf({ ...initialState, stepId: id })
    const { parts } = frameAt(view.plan, Number.POSITIVE_INFINITY)
    for (const p of THR_SIDE_PARTS) expect(parts[p].mode).toBe('hidden')
    expect(parts['removed-femur-resurfacing'].mode).toBe('hidden')
  })
})

describe('where the two hips stand', () => {
  it('moves only the total hip side', () => {
    const ball = comparisonPoint('thr-ball-centre', points)
    expect(ball).toEqual([points['thr-ball-centre']![0] + THR_OFFSET_M[0], points['thr-ball-centre']![1], points['thr-ball-centre']![2]])
    expect(comparisonPoint('femoral-cap-pole', points)).toEqual(points['femoral-cap-pole'])
  })

  it('frames both hips half-way and one hip on its own, further back for both', () => {
    const pose = compareViews[0].camera
    const base = points[pose.target]!
    const both = compareOrbit(pose, 'both', points, 1.6)
    const thr = compareOrbit(pose, 'thr', points, 1.6)
    const resurfacing = compareOrbit(pose, 'resurfacing', points, 1.6)
    expect(both.target[0]).toBeCloseTo(base[0] + THR_OFFSET_M[0] / 2)
    expect(thr.target[0]).toBeCloseTo(base[0] + THR_OFFSET_M[0])
    expect(resurfacing.target).toEqual(base)
    expect(both.distanceM).toBeGreaterThan(resurfacing.distanceM)
    // A narrow view steps back further.
    expect(compareOrbit(pose, 'both', points, 0.8).distanceM).toBeGreaterThan(both.distanceM)
  })
})

describe('the comparison in the 3D view of the store', () => {
  beforeEach(() => useWalkthrough.setState(initialState))

  it('replaces the step: its plan, labels and pose, and gives them back when closed', () => {
    const store = useWalkthrough
    store.getState().goToStep('head-shaping')
    const step = stepViewOf(store.getState())
    store.getState().openCompare('inside')
    const compared = stepViewOf(store.getState())
    expect(compared.compare?.view.id).toBe('inside')
    expect(compared.compare?.framing).toBe('both')
    expect(compared.plan.comparisonParts['thr-stem']).toBe('shown')
    expect(compared.poseKey).not.toBe(step.poseKey)
    store.getState().closeCompare()
    expect(stepViewOf(store.getState()).plan).toBe(step.plan)
  })

  it('frames one hip on a phone, and labels only that one', () => {
    const store = useWalkthrough
    store.getState().openCompare('implants')
    store.getState().setCompareSide('thr')
    const phone = stepViewOf(store.getState(), true)
    expect(phone.compare?.framing).toBe('thr')
    expect(phone.labels.length).toBeGreaterThan(0)
    expect(phone.labels.every((l) => THR_SIDE_LANDMARKS.has(l.anchor))).toBe(true)
    // A wide screen ignores the phone's choice.
    expect(stepViewOf(store.getState(), false).compare?.framing).toBe('both')
  })

  it('gives a new pose for every view, so the camera glides between them', () => {
    const keys = COMPARE_VIEWS.map((v) => {
      useWalkthrough.getState().openCompare(v)
      return stepViewOf(useWalkthrough.getState()).poseKey
    })
    expect(new Set(keys).size).toBe(COMPARE_VIEWS.length)
  })
})

describe('bone removed, from the manifest', () => {
  it('adds up the femoral cuts stage by stage, to the measured total', () => {
    const byStage = FEMUR_STAGES.map((s) => femurRemovedBy(s, volumes))
    for (let i = 1; i < byStage.length; i++) expect(byStage[i]).toBeGreaterThanOrEqual(byStage[i - 1]!)
    expect(byStage[0]).toBe(0)
    expect(byStage.at(-1)).toBeCloseTo(manifest.volumesMm3.femurRemovedTotal, 0)
    expect(socketRemovedBy('native', volumes)).toBe(0)
    expect(socketRemovedBy('reamed', volumes)).toBeCloseTo(manifest.volumesMm3.acetabulumRemovedTotal, 0)
  })

  it('shows the resurfacing femur figure the removed solid measures', () => {
    // The stage-by-stage sum and the removed solid are two measures of the same bone.
    const solid = volumes.comparison.boneRemovedMm3.resurfacing.femur
    expect(Math.abs(femurRemovedBy('stem-drilled', volumes) - solid) / solid).toBeLessThan(0.1)
  })

  it('writes cubic centimetres with one decimal', () => {
    expect(cm3(12842.26)).toBe('12.8')
    expect(cm3(0)).toBe('0.0')
  })

  it('quotes the study as the fact sheet gives it', () => {
    expect(SAWBONES_STUDY_G).toMatchObject({ femur: { resurfacing: 12.3, thr: 25.3 }, socket: { resurfacing: 5.6, thr: 1.8 } })
  })
})

describe('the comparison words', () => {
  const text = pack.compare
  const termFor = (id: string) => (pack.glossary as Record<string, { term: string } | undefined>)[id]?.term
  const prose = (passages: readonly Passage[]) => passages.map((p) => plainText(p.text, termFor)).join(' ')
  const patient = [
    ...COMPARE_VIEWS.map((v) => ({ id: `view ${v}`, text: prose(text.views[v].patient) })),
    ...Object.entries(text.stepNotes).map(([id, n]) => ({ id: `step ${id}`, text: prose([n.patient]) })),
  ]
  const all: Passage[] = [
    ...COMPARE_VIEWS.flatMap((v) => [...text.views[v].patient, ...text.views[v].student]),
    ...Object.values(text.stepNotes).flatMap((n) => [n.patient, n.student]),
    text.bone.note,
  ]

  it.each(patient)('$id is grade 8 or lower for patients', ({ text: t }) => {
    expect(fleschKincaidGrade(t)).toBeLessThanOrEqual(8)
  })

  it('averages grade 7 or lower for patients', () => {
    const grades = patient.map((p) => fleschKincaidGrade(p.text))
    expect(grades.reduce((a, b) => a + b, 0) / grades.length).toBeLessThanOrEqual(7)
  })

  it('cites sources that exist, for every clinical claim', () => {
    for (const p of all) {
      expect(p.sources.length, p.text).toBeGreaterThan(0)
      for (const id of p.sources) expect(SOURCES, `${id} in "${p.text}"`).toHaveProperty(id)
    }
  })

  it('has a note for every bone-preparation step, and each step links a view that exists', () => {
    expect(Object.keys(text.stepNotes).sort()).toEqual(Object.keys(PREPARATION_STEP_VIEWS).sort())
    for (const view of Object.values(PREPARATION_STEP_VIEWS)) expect(COMPARE_VIEWS).toContain(view)
    const chapters = new Set(Object.keys(PREPARATION_STEP_VIEWS).map((id) => steps.find((s) => s.id === id)?.chapter))
    expect([...chapters].sort()).toEqual(['femoral-head', 'socket'])
    expect(steps.filter((s) => s.chapter === 'socket' || s.chapter === 'femoral-head').map((s) => s.id).sort()).toEqual(
      Object.keys(PREPARATION_STEP_VIEWS).sort(),
    )
  })

  it('does not repeat the known inaccuracies (FACTS.md section 2)', () => {
    for (const p of all) {
      expect(p.text).not.toMatch(/less invasive|smaller (cut|operation)|screw/i)
      expect(p.text).not.toMatch(/\bthe metal implant\b/i)
    }
  })

  it('gives every "in N" frequency out of 100', () => {
    // "2.1 in 100", "1 to 28 in 100": the count, then "in" and what it is out of.
    const frequencies = all.flatMap((p) => [...p.text.matchAll(/\b\d[\d.]* in (\d[\d,]*)\b/g)].map((m) => m[1]))
    expect(frequencies.length).toBeGreaterThan(0)
    for (const outOf of frequencies) expect(outOf).toBe('100')
  })
})
