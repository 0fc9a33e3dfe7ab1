/**
 * The teach-back content: every chapter has an open prompt and 2-4 key points for patients,
 * grade 8 or lower, sourced, with no score or right/wrong words; every step has the lecturer's
 * notes (1-3 pitfalls and a question for the room), sourced; and none of it repeats the known
 * inaccuracies of the lay description (FACTS.md section 2).
 */
import { describe, expect, it } from 'vitest'
import { CHAPTERS, STEP_IDS } from '../../src/content/steps-index'
import { LANGUAGES, languagePacks } from './language-packs'
import type { Passage } from '../../src/content/i18n/types'
import { isSourceId } from '../../src/content/references'
import { presenterNotes, type PresenterNotes } from '../../src/content/teach/presenter-notes'
import { fleschKincaidGrade, splitSentences } from '../../src/lib/readability'
import { glossaryIdsIn, plainText } from '../../src/lib/rich-text'
import { knownInaccuracies } from './known-inaccuracies'

const en = languagePacks.en
const enNotes: PresenterNotes = await presenterNotes.en()
const termFor = (id: string) => (en.glossary as Record<string, { term: string } | undefined>)[id]?.term
const read = (text: string) => plainText(text, termFor)

const sourceProblems = (where: string, p: Passage): string[] => p.sources.filter((id) => !isSourceId(id)).map((id) => `${where} cites unknown source ${id}`)

describe.each(LANGUAGES)('patient teach-back in %s', (lang) => {
  const text = languagePacks[lang].teachBack

  it('has an open prompt and 2-4 key points for every chapter, each citing sources that exist', () => {
    expect(Object.keys(text.chapters).sort()).toEqual([...CHAPTERS].sort())
    for (const chapter of CHAPTERS) {
      const { prompt, keyPoints } = text.chapters[chapter]
      expect(prompt.trim(), chapter).not.toBe('')
      expect(keyPoints.length, `${chapter}: key points`).toBeGreaterThanOrEqual(2)
      expect(keyPoints.length, `${chapter}: key points`).toBeLessThanOrEqual(4)
      for (const [i, point] of keyPoints.entries()) {
        expect(point.text.trim(), `${chapter}[${i}]`).not.toBe('')
        expect(sourceProblems(`${chapter}[${i}]`, point)).toEqual([])
        for (const id of glossaryIdsIn(point.text)) expect(Object.hasOwn(languagePacks[lang].glossary, id), `${chapter}: {{${id}}}`).toBe(true)
      }
    }
  })

  it('never scores, judges or asks "Do you understand?"', () => {
    const all = [
      ...Object.entries(text)
        .filter(([, v]) => typeof v === 'string')
        .map(([k, v]) => ({ where: k, text: v as string })),
      ...CHAPTERS.flatMap((c) => [
        { where: `${c}.prompt`, text: text.chapters[c].prompt },
        ...text.chapters[c].keyPoints.map((p, i) => ({ where: `${c}[${i}]`, text: read(p.text) })),
      ]),
    ]
    expect(all.length).toBeGreaterThan(CHAPTERS.length * 3)
    for (const { where, text: t } of all) {
      expect(t, where).not.toMatch(/\bscor(e|es|ed|ing)\b|\bcorrect(ly)?\b|\bwrong\b|do you understand|\bpass(ed)?\b|\bfail(ed)?\b/i)
    }
  })

  it('asks open questions, not yes/no ones', () => {
    for (const chapter of CHAPTERS) {
      const prompt = text.chapters[chapter].prompt
      expect(prompt, chapter).toMatch(/\?$/)
      expect(prompt, chapter).not.toMatch(/^(do|did|are|is|can|have|will)\b/i)
    }
  })
})

describe('patient teach-back reads at grade 8 or lower', () => {
  const text = en.teachBack
  const items = CHAPTERS.flatMap((chapter) => [
    { where: `${chapter}: prompt`, text: text.chapters[chapter].prompt },
    ...text.chapters[chapter].keyPoints.map((p, i) => ({ where: `${chapter}: key point ${i + 1}`, text: read(p.text) })),
  ])
  const ui = [text.title, text.intro, text.thinkLabel, text.thinkNote, text.showPoints, text.hidePoints, text.pointsIntro, text.explainAgain]

  it.each(items)('$where', ({ text: t }) => {
    expect(fleschKincaidGrade(t)).toBeLessThanOrEqual(8)
  })

  it('and so do its interface words', () => {
    expect(fleschKincaidGrade(ui.join('. '))).toBeLessThanOrEqual(8)
  })

  it('the measure would fail a technical key point (the limit can fail)', () => {
    expect(fleschKincaidGrade(read(enNotes.steps['guide-pin'].pitfalls.map((p) => p.text).join(' ')))).toBeGreaterThan(8)
  })
})

// How each language asks the room: a student explains, the lecturer does not quiz.
const ASK: Record<(typeof LANGUAGES)[number], RegExp> = { en: /^Ask a student to explain\b/, es: /^Pida a un estudiante que explique\b/ }

describe.each(LANGUAGES)('the lecturer’s notes in %s', (lang) => {
  it('load on demand and cover every step with 1-3 pitfalls and a question for the room, all sourced', async () => {
    const notes = await presenterNotes[lang]()
    expect(Object.keys(notes.steps).sort()).toEqual([...STEP_IDS].sort())
    for (const id of STEP_IDS) {
      const { pitfalls, ask } = notes.steps[id]
      expect(pitfalls.length, `${id}: pitfalls`).toBeGreaterThanOrEqual(1)
      expect(pitfalls.length, `${id}: pitfalls`).toBeLessThanOrEqual(3)
      for (const [i, p] of [...pitfalls, ask].entries()) {
        const where = i < pitfalls.length ? `${id}.pitfalls[${i}]` : `${id}.ask`
        expect(p.text.trim(), where).not.toBe('')
        expect(p.sources.length, `${where} cites no source`).toBeGreaterThan(0)
        expect(sourceProblems(where, p)).toEqual([])
      }
      expect(ask.text, id).toMatch(ASK[lang])
    }
  })
})

describe('none of the teach-back content repeats the known inaccuracies (FACTS.md section 2)', () => {
  it('in the patient teach-back and the lecturer’s notes', () => {
    const notes = enNotes
    const texts = [
      ...CHAPTERS.flatMap((c) => [en.teachBack.chapters[c].prompt, ...en.teachBack.chapters[c].keyPoints.map((p) => p.text)]),
      ...STEP_IDS.flatMap((id) => [...notes.steps[id].pitfalls, notes.steps[id].ask].map((p) => p.text)),
    ]
    const found = texts.flatMap((t) => splitSentences(read(t)).flatMap((s) => knownInaccuracies(s).map((what) => `${what}: ${s}`)))
    expect(found).toEqual([])
  })
})
