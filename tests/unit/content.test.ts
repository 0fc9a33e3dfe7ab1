/**
 * The procedure's data and words agree with each other and with the fact sheet's sources:
 * every step is valid, has words in every language, cites sources that exist, and every
 * source is cited somewhere.
 */
import { describe, expect, it } from 'vitest'
import { stepSchema } from '../../src/content/schema'
import { steps } from '../../src/content/steps'
import { STEP_IDS } from '../../src/content/steps-index'
import { LABEL_TERMS } from '../../src/content/label-terms'
import { SOURCE_IDS, SOURCES_WITHOUT_CLAIM, isSourceId } from '../../src/content/references'
import { LANGUAGES, languagePacks } from './language-packs'
import type { LanguagePack, Passage } from '../../src/content/i18n/types'
import { glossaryIdsIn, plainText } from '../../src/lib/rich-text'
import { splitSentences } from '../../src/lib/readability'
import { knownInaccuracies } from './known-inaccuracies'

const isPassage = (v: unknown): v is Passage =>
  typeof v === 'object' && v !== null && typeof (v as Passage).text === 'string' && Array.isArray((v as Passage).sources)

/** Every passage anywhere in a value (steps, pages), with where it was found. */
function passagesIn(value: unknown, path = ''): { path: string; passage: Passage }[] {
  if (isPassage(value)) return [{ path, passage: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => passagesIn(v, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => passagesIn(v, path ? `${path}.${k}` : k))
  return []
}

const contentPassages = (pack: LanguagePack) => [
  ...passagesIn(pack.steps, 'steps'),
  ...passagesIn(pack.pages, 'pages'),
  ...passagesIn(pack.decide, 'decide'),
  ...passagesIn(pack.xray, 'xray'),
]

describe('steps', () => {
  it('follow the step index, in order, each one valid against the schema', () => {
    expect(steps.map((s) => s.id)).toEqual([...STEP_IDS])
    for (const step of steps) {
      const result = stepSchema.safeParse(step)
      expect(result.success, `${step.id}: ${result.error?.message}`).toBe(true)
    }
  })

  it('rejects a step the schema must not accept (the check can fail)', () => {
    expect(stepSchema.safeParse({ ...steps[0], id: 'no-such-step' }).success).toBe(false)
    expect(stepSchema.safeParse({ ...steps[0], labels: [] }).success).toBe(false)
  })
})

describe.each(LANGUAGES)('words in %s', (lang) => {
  const pack = languagePacks[lang]

  it('every step has a title, 2-5 patient sentences and student text', () => {
    for (const id of STEP_IDS) {
      const text = pack.steps[id]
      expect(text.title.trim(), id).not.toBe('')
      const patient = text.patient.map((p) => plainText(p.text)).join(' ')
      const sentences = splitSentences(patient).length
      expect(sentences, `${id}: patient sentences`).toBeGreaterThanOrEqual(2)
      expect(sentences, `${id}: patient sentences`).toBeLessThanOrEqual(5)
      expect(text.student.length, `${id}: student passages`).toBeGreaterThan(0)
      for (const p of [...text.patient, ...text.student]) expect(p.text.trim(), id).not.toBe('')
    }
  })

  it('every student passage cites a source, or says the claim is only commonly described', () => {
    for (const id of STEP_IDS) {
      for (const p of pack.steps[id].student) {
        // Spanish says it as terminology.ts does: "se describe habitualmente".
        if (p.sources.length === 0) expect(p.text, id).toMatch(/commonly described|se describen? habitualmente/i)
      }
    }
  })

  it('every cited source exists in the reference list', () => {
    for (const { path, passage } of contentPassages(pack)) {
      for (const id of passage.sources) expect(isSourceId(id), `${path} cites unknown source ${id}`).toBe(true)
    }
    for (const table of pack.decide.student.tables)
      for (const row of table.rows) for (const id of row.sources) expect(isSourceId(id), `table cites ${id}`).toBe(true)
  })

  it('every glossary link names a glossary entry', () => {
    const texts = [
      ...contentPassages(pack).map(({ path, passage }) => ({ path, text: passage.text })),
      ...Object.entries(pack.glossary).map(([id, e]) => ({ path: `glossary.${id}`, text: e.definition })),
    ]
    for (const { path, text } of texts) {
      for (const id of glossaryIdsIn(text)) expect(Object.hasOwn(pack.glossary, id), `${path}: {{${id}}}`).toBe(true)
      // A malformed link would show its braces to the reader.
      expect(plainText(text), path).not.toMatch(/\{\{|\}\}/)
    }
  })

  it('has patient and student words for every label term, including every term a step uses', () => {
    const used = new Set(steps.flatMap((s) => s.labels.map((l) => l.term)))
    for (const term of new Set([...LABEL_TERMS, ...used])) {
      expect(pack.labels[term]?.patient.trim(), term).toBeTruthy()
      expect(pack.labels[term]?.student.trim(), term).toBeTruthy()
    }
  })
})

describe('references', () => {
  const cited = new Set<string>()
  for (const lang of LANGUAGES) {
    const pack = languagePacks[lang]
    for (const { passage } of contentPassages(pack)) for (const id of passage.sources) cited.add(id)
    for (const table of pack.decide.student.tables) for (const row of table.rows) for (const id of row.sources) cited.add(id)
  }

  it('every reference is cited somewhere in the content', () => {
    const uncited = SOURCE_IDS.filter((id) => !cited.has(id) && !SOURCES_WITHOUT_CLAIM.includes(id))
    expect(uncited).toEqual([])
  })

  it('exempts only sources that really are uncited (the exemption hides nothing)', () => {
    for (const id of SOURCES_WITHOUT_CLAIM) expect(cited.has(id), id).toBe(false)
  })

  it('carries the fact sheet ids, unchanged', () => {
    expect(SOURCE_IDS).toContain('1')
    expect(SOURCE_IDS).toContain('55')
    expect(SOURCE_IDS).toContain('P7')
    expect(SOURCE_IDS).toHaveLength(113)
  })
})

describe('the lay description’s known inaccuracies (FACTS.md section 2) do not come back', () => {
  const pack = languagePacks.en
  const all = [
    ...contentPassages(pack).map(({ path, passage }) => ({ path, text: plainText(passage.text) })),
    ...Object.entries(pack.glossary).map(([id, e]) => ({ path: `glossary.${id}`, text: e.definition })),
    ...Object.entries(pack.labels).flatMap(([id, l]) => [
      { path: `labels.${id}`, text: l.patient },
      { path: `labels.${id}`, text: l.student },
    ]),
  ]
  const sentences = all.flatMap(({ path, text }) => splitSentences(text).map((s) => ({ path, s })))

  it('never calls it less invasive (except to say it is not), never one metal piece or "cement or screws", screws only to say they are not used', () => {
    for (const { path, s } of sentences) expect(knownInaccuracies(s), `${path}: ${s}`).toEqual([])
  })
})
