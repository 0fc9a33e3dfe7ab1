/**
 * Patient text is easy to read: Flesch-Kincaid grade 8 or lower for every step and 7 or lower
 * on average (issue 4; NIH aims at grade 7-8, FACTS.md section 8), measured on the real
 * content with the rich-text markup stripped. FK is an English formula, so it runs over the
 * English pack; other languages need their own measure.
 */
import { describe, expect, it } from 'vitest'
import { fleschKincaidGrade, readabilityStats, splitSentences, splitWords } from '../../src/lib/readability'
import { plainText } from '../../src/lib/rich-text'
import { STEP_IDS } from '../../src/content/steps-index'
import { languagePacks } from './language-packs'
import type { Passage, PageSection } from '../../src/content/i18n/types'
import { patientBlocks } from '../../src/content/decide/patient-text'

const pack = languagePacks.en
const termFor = (id: string) => (pack.glossary as Record<string, { term: string } | undefined>)[id]?.term
const prose = (passages: readonly Passage[]) => passages.map((p) => plainText(p.text, termFor)).join(' ')
const sectionProse = (s: PageSection) => prose([...s.body, ...(s.list ?? []), ...(s.after ?? [])])

describe('the Flesch-Kincaid measure', () => {
  it('matches a hand count', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45
    expect(readabilityStats('The cat sat on the mat.')).toMatchObject({ words: 6, syllables: 6, sentences: 1 })
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2)
  })

  it('splits sentences at their end, not at a decimal point', () => {
    expect(splitSentences('Sport came back after 3.5 months. Work took longer! Why?')).toHaveLength(3)
    expect(splitWords('A 3.5 mm ball-and-socket joint')).toEqual(['A', '3.5', 'mm', 'ball-and-socket', 'joint'])
  })

  it('grades dense technical prose far above 8 (so the limits below can fail)', () => {
    const dense =
      'Posterolateral capsulotomy with circumferential soft-tissue mobilisation facilitates anterosuperior femoral retraction, permitting concentric hemispherical acetabular preparation with underreaming.'
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(12)
  })

  it('measures what the reader sees: glossary markup is stripped', () => {
    expect(plainText('A {{femur|thigh bone}} and {{cartilage}}.', termFor)).toBe('A thigh bone and cartilage.')
  })
})

describe('patient text of every step', () => {
  const grades = STEP_IDS.map((id) => ({ id, grade: fleschKincaidGrade(prose(pack.steps[id].patient)) }))

  it.each(grades)('$id is grade 8 or lower', ({ grade }) => {
    expect(grade).toBeLessThanOrEqual(8)
  })

  it('averages grade 7 or lower', () => {
    const average = grades.reduce((sum, g) => sum + g.grade, 0) / grades.length
    expect(average).toBeLessThanOrEqual(7)
  })
})

describe('patient-facing pages are grade 8 or lower', () => {
  const { welcome, questions, recovery } = pack.pages
  const pages: Record<string, string> = {
    welcome: [prose(welcome.lead), ...[welcome.whoFor, welcome.howTo, welcome.notice, welcome.about].map(sectionProse)].join(' '),
    // The decision aid's patient text, block by block (each block is also measured on its own in decide-content.test.ts).
    decide: patientBlocks(pack.decide)
      .map((b) => prose(b.passages))
      .join(' '),
    questions: [prose(questions.intro), prose(questions.items), sectionProse(questions.teachBack)].join(' '),
    recovery: [
      prose(recovery.intro),
      prose(recovery.stages.map((s) => s.text)),
      sectionProse(recovery.precautions),
      prose(recovery.note),
    ].join(' '),
    glossary: Object.values(pack.glossary)
      .map((e) => e.definition)
      .join(' '),
  }

  it.each(Object.entries(pages))('%s', (_page, text) => {
    expect(text.length).toBeGreaterThan(0)
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8)
  })
})
