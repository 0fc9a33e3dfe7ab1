/**
 * The landmarks the student register labels (issue 14): every one has a term, words in both
 * registers and a sourced glossary line; patients read them at grade 8 or lower; the step's
 * bones decide which are labelled; a touch near one names it; crowded views drop the least
 * important; `?landmarks=1` round-trips, and is ignored for patients and for other values; the
 * audience window follows the presenter's toggle.
 */
import { describe, expect, it } from 'vitest'
import manifest from '../../models/manifest.json'
import { POINT_LANDMARKS, type PointLandmark, type Vec3 } from '../../models/contract'
import { LANDMARKS, landmarkGlossary, landmarkOfTerm, type LandmarkGlossary } from '../../src/content/landmarks'
import { LABEL_TERMS } from '../../src/content/label-terms'
import { steps } from '../../src/content/steps'
import { en } from '../../src/content/i18n/en'
import { isSourceId } from '../../src/content/references'
import { FEMORAL_LANDMARKS, planScene } from '../../src/lib/scene-plan'
import { LANDMARK_TOUCH_RADIUS_M, landmarkAt, landmarkLineText, landmarksShownIn } from '../../src/lib/landmark-labels'
import { layoutLabels, overlaps, type LabelInput } from '../../src/lib/label-layout'
import { fleschKincaidGrade, splitSentences } from '../../src/lib/readability'
import { plainText } from '../../src/lib/rich-text'
import { parseSearch, serialiseSearch } from '../../src/lib/url'
import { locationFromSearch } from '../../src/state/url-sync'
import { createWalkthroughStore, initialState } from '../../src/state/store'
import { stepViewOf } from '../../src/scene/step-view'
import { startTeachingSync, type Transport } from '../../src/features/teach/sync/session'
import type { Message } from '../../src/features/teach/sync/protocol'
import { knownInaccuracies } from './known-inaccuracies'

/** The issue's list: the 18 points added for it and the 10 bony points there were before. */
const ISSUE_LANDMARKS: readonly PointLandmark[] = [
  'fovea-capitis', 'head-neck-junction', 'trochanteric-fossa', 'intertrochanteric-line', 'quadrate-tubercle',
  'gluteal-tuberosity', 'linea-aspera', 'iliac-tubercle', 'aiis', 'piis', 'greater-sciatic-notch', 'lesser-sciatic-notch',
  'ischial-spine', 'pubic-ramus-inferior', 'pubic-tubercle', 'lunate-surface', 'acetabular-notch', 'teardrop',
  'greater-trochanter-tip', 'lesser-trochanter-tip', 'intertrochanteric-crest', 'iliac-crest', 'asis', 'psis',
  'ischial-tuberosity', 'obturator-foramen', 'pubic-ramus-superior', 'acetabular-fossa',
]
/** Landmarks whose point had a term before issue 14: that term is kept. */
const REUSED = { 'greater-trochanter-tip': 'greater-trochanter', 'lesser-trochanter-tip': 'lesser-trochanter' } as const

const points = manifest.landmarks.points as Partial<Record<PointLandmark, Vec3>>
const stepById = (id: string) => {
  const i = steps.findIndex((s) => s.id === id)
  return planScene(steps[i]!, {}, steps[i - 1])
}

describe('the landmark list', () => {
  it('labels each of the issue’s 28 landmarks once, each a contract point with a place in the manifest', () => {
    expect(LANDMARKS.map((l) => l.landmark).sort()).toEqual([...ISSUE_LANDMARKS].sort())
    for (const l of LANDMARKS) {
      expect(POINT_LANDMARKS, l.landmark).toContain(l.landmark)
      expect(points[l.landmark], l.landmark).toHaveLength(3)
    }
  })

  it('names each landmark with the term of the same id, or the term the walkthrough already had', () => {
    for (const l of LANDMARKS) {
      expect(l.term, l.landmark).toBe((REUSED as Record<string, string>)[l.landmark] ?? l.landmark)
      expect(LABEL_TERMS, l.term).toContain(l.term)
      expect(landmarkOfTerm(l.term)?.landmark).toBe(l.landmark)
    }
    expect(landmarkOfTerm('femur')).toBeUndefined()
  })

  it('moves the femur’s landmarks with the femur (and only those)', () => {
    for (const l of LANDMARKS) expect(FEMORAL_LANDMARKS.has(l.landmark), l.landmark).toBe(l.bone === 'femur')
  })

  it('ranks every landmark between 1 and 10', () => {
    for (const l of LANDMARKS) expect(l.priority >= 1 && l.priority <= 10, l.landmark).toBe(true)
  })
})

describe('the landmarks’ words in English', () => {
  let glossary: LandmarkGlossary

  it('gives every landmark a name in both registers, the student’s differing from the patient’s where the name is technical', () => {
    for (const l of LANDMARKS) {
      const words = en.labels[l.term]
      expect(words.student.trim(), l.term).not.toBe('')
      expect(words.patient.trim(), l.term).not.toBe('')
    }
    expect(en.labels.aiis.student).toBe('Anterior inferior iliac spine (AIIS)')
    expect(en.labels['fovea-capitis'].student).toBe('Fovea capitis')
  })

  it('has patient names that read at grade 8 or lower (graded together, as a list the patient reads)', () => {
    const names = LANDMARKS.map((l) => `${en.labels[l.term].patient}.`).join(' ')
    expect(fleschKincaidGrade(names)).toBeLessThanOrEqual(8)
  })

  it('loads a glossary line for every landmark, as a chunk of its own', async () => {
    glossary = await landmarkGlossary.en()
    expect(Object.keys(glossary).sort()).toEqual(LANDMARKS.map((l) => l.term).sort())
  })

  it('gives patients plain lines, each at grade 8 or lower', () => {
    for (const l of LANDMARKS) {
      const line = glossary[l.term].patient
      expect(line.trim(), l.term).not.toBe('')
      expect(fleschKincaidGrade(line), `${l.term}: ${line}`).toBeLessThanOrEqual(8)
    }
  })

  it('gives students sourced claims: each cites sources that exist or says it is only commonly described', () => {
    let sourced = 0
    for (const l of LANDMARKS) {
      const student = glossary[l.term].student
      expect(student.length, l.term).toBeGreaterThan(0)
      for (const p of student) {
        for (const id of p.sources) expect(isSourceId(id), `${l.term} cites ${id}`).toBe(true)
        if (p.sources.length === 0) expect(p.text, l.term).toMatch(/commonly described/i)
        else sourced++
      }
    }
    // Where the fact sheet says why a surgeon cares (the incision, notching, the X-ray's lines, reaming), the line cites it.
    for (const term of ['greater-trochanter', 'psis', 'head-neck-junction', 'teardrop', 'lunate-surface', 'gluteal-tuberosity'] as const)
      expect(glossary[term].student.some((p) => p.sources.length > 0), term).toBe(true)
    expect(sourced).toBeGreaterThanOrEqual(15)
  })

  it('reads on the name card with each claim’s sources, and the patient’s sentence alone', () => {
    const line = glossary['head-neck-junction']
    expect(landmarkLineText(line, 'patient')).toBe(line.patient)
    expect(landmarkLineText(line, 'student')).toBe(`${line.student[0]!.text} [14] ${line.student[1]!.text} [15, 16]`)
    expect(landmarkLineText(glossary['linea-aspera'], 'student')).toMatch(/commonly described\.$/)
  })

  it('does not bring back the lay description’s known inaccuracies', () => {
    for (const l of LANDMARKS) {
      const line = glossary[l.term]
      for (const text of [line.patient, ...line.student.map((p) => plainText(p.text)), en.labels[l.term].patient, en.labels[l.term].student])
        for (const s of splitSentences(text)) expect(knownInaccuracies(s), `${l.term}: ${s}`).toEqual([])
    }
  })
})

describe('which landmarks a step labels', () => {
  const terms = (stepId: string) => landmarksShownIn(stepById(stepId)).map((l) => l.landmark)

  it('labels both bones of the healthy hip, all 28', () => {
    expect(terms('healthy-hip')).toHaveLength(28)
  })

  it('leaves out what the step has cut away: the fovea once the head is reamed, the socket’s surface once it is reamed', () => {
    expect(terms('acetabular-reaming')).not.toContain('lunate-surface')
    expect(terms('acetabular-reaming')).not.toContain('acetabular-fossa')
    expect(terms('acetabular-reaming')).toContain('fovea-capitis')
    expect(terms('sleeve-reaming')).not.toContain('fovea-capitis')
    expect(terms('sleeve-reaming')).toContain('head-neck-junction')
    expect(terms('recovery')).toContain('teardrop')
  })

  it('labels none when the user hides the bone', () => {
    const i = steps.findIndex((s) => s.id === 'healthy-hip')
    expect(landmarksShownIn(planScene(steps[i]!, { bone: 'hidden' }))).toEqual([])
  })

  it('shows them in place of the step’s labels for students only, and none in a self-test', () => {
    const base = { ...initialState, stepId: 'guide-pin' as const, audience: 'student' as const }
    const stepLabels = stepViewOf({ ...base }).labels
    const withLandmarks = stepViewOf({ ...base, landmarks: true }).labels
    expect(withLandmarks.map((l) => l.anchor)).toContain('teardrop')
    expect(withLandmarks.every((l) => typeof l.priority === 'number')).toBe(true)
    expect(withLandmarks.find((l) => l.anchor === 'aiis')?.text).toBe('Anterior inferior iliac spine (AIIS)')
    expect(stepLabels.some((l) => l.anchor === 'teardrop')).toBe(false)
    // A patient state with the flag (it cannot be set so, but a stale one) still shows the step's labels.
    expect(stepViewOf({ ...base, audience: 'patient', landmarks: true }).labels.map((l) => l.id)).toEqual(
      stepViewOf({ ...base, audience: 'patient' }).labels.map((l) => l.id),
    )
    expect(stepViewOf({ ...base, landmarks: true, quiz: { set: 'socket', mode: 'practice' } }).labels).toEqual([])
  })
})

describe('a touch near a landmark', () => {
  const near = (p: Vec3, mm: number): Vec3 => [p[0] + mm / 1000, p[1], p[2]]

  it('names the landmark within a few mm of its point on its bone, else nothing (the region then)', () => {
    const fovea = points['fovea-capitis']!
    expect(landmarkAt('femur', fovea, points)).toBe('fovea-capitis')
    expect(landmarkAt('femur', near(fovea, 4), points)).toBe('fovea-capitis')
    expect(landmarkAt('femur', near(fovea, LANDMARK_TOUCH_RADIUS_M * 1000 + 4), points)).toBeNull()
    expect(landmarkAt('pelvis', points.teardrop!, points)).toBe('teardrop')
    expect(landmarkAt('pelvis-reamed', points.asis!, points)).toBe('asis')
    expect(landmarkAt('femur', points['greater-trochanter-tip']!, points)).toBe('greater-trochanter')
  })

  it('does not name a landmark on the other bone, on a part that is not bone, or one its stage has cut away', () => {
    expect(landmarkAt('pelvis', points['fovea-capitis']!, points)).toBeNull()
    expect(landmarkAt('gluteus-maximus', points['gluteal-tuberosity']!, points)).toBeNull()
    expect(landmarkAt('femur-sleeve-reamed', points['fovea-capitis']!, points)).toBeNull()
    expect(landmarkAt('femur-sleeve-reamed', points['lesser-trochanter-tip']!, points)).toBe('lesser-trochanter')
    expect(landmarkAt('pelvis-reamed', points['lunate-surface']!, points)).toBeNull()
  })
})

describe('a crowded view', () => {
  const H = 300
  const input = (id: string, y: number, priority?: number): LabelInput => ({ id, x: 600, y, width: 150, height: 30, visible: true, priority })

  it('leaves out the lowest-priority labels rather than stacking them past the edge or over each other', () => {
    const inputs = Array.from({ length: 24 }, (_, i) => input(`l${i}`, 20 + i * 10, (i % 10) + 1))
    const placed = layoutLabels(inputs, { width: 1280, height: H, margin: 12, gap: 8 })
    const shown = placed.filter((p) => p.visible)
    expect(shown.length).toBeGreaterThan(4)
    expect(shown.length).toBeLessThan(inputs.length)
    for (const p of shown) expect(p.top + 30).toBeLessThanOrEqual(H - 12 + 0.001)
    const size = () => ({ width: 150, height: 30 })
    for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) expect(overlaps(shown[i]!, shown[j]!, size)).toBe(false)
    // Points all on one line alternate sides: within each column, none dropped outranks one kept.
    const priorityOf = (id: string) => inputs.find((l) => l.id === id)!.priority!
    for (const side of [0, 1]) {
      const column = (p: { id: string }) => Number(p.id.slice(1)) % 2 === side
      const lowestShown = Math.min(...shown.filter(column).map((p) => priorityOf(p.id)))
      const highestDropped = Math.max(...placed.filter((p) => !p.visible && column(p)).map((p) => priorityOf(p.id)))
      expect(highestDropped, `column ${side}`).toBeLessThanOrEqual(lowestShown)
    }
  })

  it('leaves out the lower-priority label where points spread over the view would put a label over a point', () => {
    // Points across the whole width: the columns cannot stand outside their span.
    const inputs = Array.from({ length: 16 }, (_, i): LabelInput => ({
      id: `p${i}`, x: 40 + i * 75, y: 60 + ((i * 97) % 560), width: 170, height: 30, visible: true, priority: (i % 5) + 1,
    }))
    const placed = layoutLabels(inputs, { width: 1280, height: 720 })
    const shown = placed.filter((p) => p.visible)
    expect(shown.length).toBeGreaterThan(3)
    expect(shown.length).toBeLessThan(inputs.length)
    for (const p of shown)
      for (const q of shown) {
        const point = inputs.find((l) => l.id === q.id)!
        const covers = point.x >= p.left && point.x <= p.left + 170 && point.y >= p.top && point.y <= p.top + 30
        expect(covers, `${p.id} covers the point of ${q.id}`).toBe(false)
      }
  })

  it('on a phone’s narrow view, leaves out the lower-priority of two labels when one would stand over the other’s point', () => {
    const inputs: LabelInput[] = [
      { id: 'left', x: 250, y: 150, width: 150, height: 40, visible: true, priority: 6 },
      { id: 'right', x: 330, y: 140, width: 150, height: 40, visible: true, priority: 7 },
    ]
    const placed = layoutLabels(inputs, { width: 390, height: 360, margin: 12, gap: 8, offset: 40 })
    expect(placed.map((p) => p.visible)).toEqual([false, true])
  })

  it('never leaves out a label without a priority (a step’s own labels)', () => {
    const inputs = Array.from({ length: 12 }, (_, i) => input(`s${i}`, 20 + i * 10))
    expect(layoutLabels(inputs, { width: 1280, height: H }).every((p) => p.visible)).toBe(true)
  })
})

describe('?landmarks=1', () => {
  it('round-trips for students', () => {
    const search = serialiseSearch({ stepId: 'guide-pin', audience: 'student', page: null, landmarks: true })
    expect(search).toContain('landmarks=1')
    expect(parseSearch(search)).toEqual({ state: expect.objectContaining({ stepId: 'guide-pin', landmarks: true }), notice: null })
    expect(locationFromSearch(search).landmarks).toBe(true)
    expect(serialiseSearch({ stepId: 'guide-pin', audience: 'student', page: null, landmarks: false })).not.toContain('landmarks')
  })

  it('is ignored for patients, and for any value but 1, without a notice', () => {
    expect(parseSearch('?step=guide-pin&audience=patient&landmarks=1')).toEqual({ state: expect.not.objectContaining({ landmarks: true }), notice: null })
    expect(serialiseSearch({ stepId: 'guide-pin', audience: 'patient', page: null, landmarks: true })).not.toContain('landmarks')
    for (const value of ['0', 'yes', 'true', '', '11'])
      expect(parseSearch(`?step=guide-pin&audience=student&landmarks=${value}`), value).toEqual({
        state: expect.not.objectContaining({ landmarks: true }),
        notice: null,
      })
  })

  it('opens in the store, and the patient register turns the landmarks off', () => {
    const store = createWalkthroughStore()
    store.getState().applyLocation(locationFromSearch('?step=incision&audience=student&landmarks=1'))
    expect(store.getState().landmarks).toBe(true)
    store.getState().setAudience('patient')
    expect(store.getState().landmarks).toBe(false)
    store.getState().setLandmarks(true)
    expect(store.getState().landmarks).toBe(false)
    store.getState().setAudience('student')
    store.getState().setLandmarks(true)
    expect(store.getState().landmarks).toBe(true)
  })
})

describe('the audience window', () => {
  it('follows the presenter’s landmarks toggle', () => {
    const listeners = new Map<string, (data: unknown) => void>()
    const transport = (name: string): Transport => ({
      post: (message: Message) => {
        for (const [other, deliver] of listeners) if (other !== name) deliver(structuredClone(message))
      },
      listen: (onMessage) => {
        listeners.set(name, onMessage)
        return () => listeners.delete(name)
      },
      close: () => listeners.delete(name),
    })
    const room = createWalkthroughStore()
    room.setState({ view: 'audience' })
    const lecturer = createWalkthroughStore()
    lecturer.setState({ view: 'presenter', audience: 'student' })
    const stops = [startTeachingSync('audience', transport('room'), { store: room, id: 'room', win: null }), startTeachingSync('presenter', transport('lecturer'), { store: lecturer, id: 'lecturer', win: null })]
    try {
      lecturer.getState().setLandmarks(true)
      expect(room.getState()).toMatchObject({ audience: 'student', landmarks: true })
      lecturer.getState().setLandmarks(false)
      expect(room.getState().landmarks).toBe(false)
    } finally {
      for (const stop of stops) stop()
    }
  })
})
