/**
 * The self-test questions agree with the schema, the model, the order of the operation and the
 * sources: a question whose answer the model does not show fails here, not in a student's hands.
 */
import { describe, expect, it } from 'vitest'
import { CHAPTERS, STEP_IDS } from '../../src/content/steps-index'
import { OPERATION_TEST, QUESTIONS, questionsOf } from '../../src/content/teach/questions'
import { questionSpecSchema, wordsSchemaFor, type QuestionSpec } from '../../src/content/teach/quiz-schema'
import { questionWords } from '../../src/content/teach/quiz-questions'
import { LANGUAGES, languagePacks } from './language-packs'
import { isSourceId } from '../../src/content/references'
import { visibleStructures } from '../../src/lib/structures'
import { structureOf } from '../../src/lib/structures'

const specs: readonly QuestionSpec[] = QUESTIONS

describe('self-test questions', () => {
  it('each validates against the schema, with a unique id', () => {
    for (const q of specs) {
      const result = questionSpecSchema.safeParse(q)
      expect(result.success, `${q.id}: ${result.error?.message}`).toBe(true)
    }
    expect(new Set(specs.map((q) => q.id)).size).toBe(specs.length)
  })

  it('the schema refuses a broken question (the check can fail)', () => {
    const choice = specs.find((q) => q.kind === 'choice')!
    expect(questionSpecSchema.safeParse({ ...choice, correct: 'not-an-option' }).success).toBe(false)
    const order = specs.find((q) => q.kind === 'order')!
    expect(questionSpecSchema.safeParse({ ...order, steps: [...(order as { steps: string[] }).steps].reverse() }).success).toBe(false)
    const find = specs.find((q) => q.kind === 'find')!
    expect(questionSpecSchema.safeParse({ ...find, structure: 'spleen' }).success).toBe(false)
  })

  it('every chapter has at least 3 questions of at least 2 kinds, and most chapters a find question', () => {
    let withFind = 0
    for (const chapter of CHAPTERS) {
      const qs = specs.filter((q) => q.chapter === chapter)
      expect(qs.length, chapter).toBeGreaterThanOrEqual(3)
      expect(new Set(qs.map((q) => q.kind)).size, `${chapter}: kinds`).toBeGreaterThanOrEqual(2)
      if (qs.some((q) => q.kind === 'find')) withFind++
    }
    expect(withFind).toBeGreaterThan(CHAPTERS.length / 2)
    expect(new Set(specs.map((q) => q.kind))).toEqual(new Set(['find', 'choice', 'order', 'next']))
  })

  it('the whole-operation test draws from every chapter and puts the operation in order', () => {
    const operation = questionsOf('operation').map((id) => specs.find((q) => q.id === id)!)
    expect(operation.every(Boolean)).toBe(true)
    expect(new Set(OPERATION_TEST).size).toBe(OPERATION_TEST.length)
    for (const chapter of CHAPTERS) expect(operation.some((q) => q.chapter === chapter), chapter).toBe(true)
    const across = operation.find((q) => q.kind === 'order' && q.chapter === 'operation')
    expect(across, 'an order question across the operation').toBeDefined()
    // It spans the operation: from the first chapters to the last steps in theatre.
    const steps = (across as Extract<QuestionSpec, { kind: 'order' }>).steps
    expect(STEP_IDS.indexOf(steps[steps.length - 1]!) - STEP_IDS.indexOf(steps[0]!)).toBeGreaterThanOrEqual(8)
  })

  it('every structure to find is shown solid in its step (so it can be touched and is in the list)', () => {
    for (const q of specs) {
      if (q.kind !== 'find') continue
      const shown = visibleStructures(q.step)
      expect(shown, `${q.id}: ${q.structure} in ${q.step}`).toContain(q.structure)
      for (const also of q.alsoAccepted ?? []) {
        expect(shown, `${q.id}: also ${also.structure}`).toContain(also.structure)
        // An also-accepted part must be one of that structure's own parts.
        for (const part of also.parts) expect(structureOf(also.structure)?.parts, `${q.id}: ${part}`).toContain(part)
      }
    }
  })

  it('a structure the model does not show would fail that check', () => {
    // The capsule is hidden from the socket reaming on: asking for it there must be caught.
    expect(visibleStructures('acetabular-reaming')).not.toContain('capsule')
  })

  it('every what-comes-next answer is the step after the one shown', () => {
    for (const q of specs) {
      if (q.kind !== 'next') continue
      expect(q.answer, q.id).toBe(STEP_IDS[STEP_IDS.indexOf(q.step) + 1])
    }
  })

  it('every order question lists steps in the order of the operation', () => {
    for (const q of specs) {
      if (q.kind !== 'order') continue
      const positions = q.steps.map((s) => STEP_IDS.indexOf(s))
      expect(positions, q.id).toEqual([...positions].sort((a, b) => a - b))
    }
  })
})

// How each language's reasons open: the right option's with its word for "Right", no wrong one's.
const RIGHT: Record<(typeof LANGUAGES)[number], RegExp> = { en: /^Right/, es: /^Correcto/ }

describe.each(LANGUAGES)('question words in %s', (lang) => {
  it('exist for every question, valid, with a reason for every option and sources that exist', async () => {
    const words = (await questionWords[lang]()) as unknown as Record<string, unknown>
    expect(Object.keys(words).sort()).toEqual(specs.map((q) => q.id).sort())
    for (const q of specs) {
      const w = words[q.id]
      const result = wordsSchemaFor[q.kind].safeParse(w)
      expect(result.success, `${q.id}: ${result.error?.message}`).toBe(true)
      const reasons: { sources: readonly string[] }[] = []
      if (q.kind === 'choice') {
        const options = (w as { options: Record<string, { text: string; reason: { sources: string[] } }> }).options
        expect(Object.keys(options).sort(), `${q.id}: options worded`).toEqual([...q.options].sort())
        for (const id of q.options) reasons.push(options[id]!.reason)
        // The right option's reason says so, and no wrong option's does.
        const said = (id: string) => (options[id]!.reason as unknown as { text: string }).text
        expect(said(q.correct), q.id).toMatch(RIGHT[lang])
        for (const id of q.options) if (id !== q.correct) expect(said(id), `${q.id}: ${id}`).not.toMatch(RIGHT[lang])
      } else reasons.push((w as { reason: { sources: string[] } }).reason)
      for (const r of reasons) for (const id of r.sources) expect(isSourceId(id), `${q.id} cites ${id}`).toBe(true)
    }
  })

  it('the interface words are all there', () => {
    const quiz = languagePacks[lang].quiz as unknown as Record<string, unknown>
    for (const [key, value] of Object.entries(quiz)) if (typeof value === 'string') expect(value.trim(), key).not.toBe('')
    // Every structure the find questions list has a name for students.
    for (const q of specs)
      if (q.kind === 'find')
        for (const term of visibleStructures(q.step)) expect(languagePacks[lang].labels[term]?.student, `${q.id}: ${term}`).toBeTruthy()
  })
})
