/**
 * The decision aid's content keeps the rules for presenting risk and the IPDAS minimal standards
 * (FACTS.md section 10, DECISION-AID.md): every figure is structured and traced to fact-sheet
 * sources; both operations have a figure (or words saying there is none) for the same group,
 * period and "out of 100"; the words say exactly the data's numbers, in both framings; no
 * relative figure without absolute ones; every option has a cell in every row; the patient text
 * reads at grade 8 or lower (7 on average); and the about block has its date, update policy,
 * makers and funding.
 */
import { describe, expect, it } from 'vitest'
import { COMPARISONS, GROUP_IDS, OPERATION_IDS, comparisonsFor, type OptionFigure } from '../../src/content/decide/figures'
import { OPTION_IDS, VALUE_IDS, VALUE_WEIGHTS } from '../../src/content/decide/ids'
import { patientBlocks } from '../../src/content/decide/patient-text'
import type { DecideText } from '../../src/content/decide/types'
import { isSourceId } from '../../src/content/references'
import { LANGUAGES, languagePacks } from './language-packs'
import type { Language } from '../../src/content/i18n/languages'
import type { Passage } from '../../src/content/i18n/types'
import { fleschKincaidGrade } from '../../src/lib/readability'
import { plainText } from '../../src/lib/rich-text'
import { knownInaccuracies } from './known-inaccuracies'

const en = languagePacks.en
const termFor = (id: string) => (en.glossary as Record<string, { term: string } | undefined>)[id]?.term
const d: DecideText = en.decide

/** Every string anywhere in a value, with where it was found. */
function stringsIn(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, path ? `${path}.${k}` : k))
  return []
}

/**
 * How each language words a natural frequency, a period, a range and a relative figure: "2.5 in
 * 100", "1.5 to 1.9 in 100", "5 years"; in Spanish "2.5 de cada 100", "1.5 a 1.9 de cada 100",
 * "5 años" (es-419 writes a decimal point). A new language must say how it words them.
 */
const WORDING: Record<Language, { inPhrase: RegExp; years: (n: number) => RegExp; firstMonths: RegExp; range: RegExp; relative: RegExp }> = {
  en: {
    inPhrase: /(\d+(?:\.\d+)?)(?:\s+to\s+(\d+(?:\.\d+)?))?\s+in\s+(\d[\d,]*)/g,
    years: (n) => new RegExp(`\\b${n} years\\b`),
    firstMonths: /first months/,
    range: /range/,
    relative: /\btimes\b|\btwice\b/i,
  },
  es: {
    inPhrase: /(\d+(?:\.\d+)?)(?:\s+a\s+(\d+(?:\.\d+)?))?\s+de\s+cada\s+(\d[\d,]*)/g,
    years: (n) => new RegExp(`\\b${n} años(?![\\p{L}])`, 'u'),
    firstMonths: /primeros meses/,
    range: /rango/,
    relative: /\bveces\b|\bdoble\b/i,
  },
}

/** The numbers of every "N in M" (or "N to N2 in M") phrase, as `lang` words it. */
const phrases = (text: string, lang: Language = 'en') =>
  [...text.matchAll(WORDING[lang].inPhrase)].map((m) => ({ low: Number(m[1]), high: m[2] ? Number(m[2]) : undefined, of: Number(m[3]!.replace(/,/g, '')) }))

describe('the figures (src/content/decide/figures.ts)', () => {
  it('are structured: an outcome, a group, out of 100, a period, a source year, both operations', () => {
    expect(COMPARISONS.length).toBeGreaterThanOrEqual(4)
    for (const c of COMPARISONS) {
      expect(c.per, c.id).toBe(100)
      expect(['revision', 'dislocation', 'neck-fracture'], c.id).toContain(c.outcome)
      expect([...GROUP_IDS, 'all'], c.id).toContain(c.group)
      expect(c.sourceYear, c.id).toBeGreaterThanOrEqual(2000)
      expect(c.sourceYear, c.id).toBeLessThanOrEqual(2026)
      if (c.periodYears !== null) expect(c.periodYears, c.id).toBeGreaterThan(0)
      expect(Object.keys(c.figures).sort(), c.id).toEqual([...OPERATION_IDS].sort())
      for (const o of OPERATION_IDS) expect(c.figures[o].option, c.id).toBe(o)
    }
  })

  it('carry fact-sheet sources that are in the reference list', () => {
    for (const c of COMPARISONS)
      for (const o of OPERATION_IDS) {
        const f = c.figures[o]
        expect(f.sources.length, `${c.id} ${o}`).toBeGreaterThan(0)
        for (const id of f.sources) expect(isSourceId(id), `${c.id} ${o}: ${id}`).toBe(true)
      }
  })

  it('are counts out of 100, ranges in order, confidence intervals around the count', () => {
    for (const c of COMPARISONS)
      for (const o of OPERATION_IDS) {
        const f: OptionFigure = c.figures[o]
        if (f.count === null) continue
        expect(f.count, `${c.id} ${o}`).toBeGreaterThanOrEqual(0)
        expect(f.count, `${c.id} ${o}`).toBeLessThanOrEqual(100)
        if (f.upTo !== undefined) expect(f.upTo, `${c.id} ${o}`).toBeGreaterThan(f.count)
        if (f.ci95) {
          expect(f.ci95[0], `${c.id} ${o}`).toBeLessThanOrEqual(f.count)
          expect(f.ci95[1], `${c.id} ${o}`).toBeGreaterThanOrEqual(f.count)
        }
      }
  })

  it('use the fact sheet’s pairs: [96] 2.5 vs 2.8 by 5 years, [95] 5.3 vs 4.0 by 8, [97] 86 vs 92 not revised at 10, THR dislocation 2.1 (1.8-2.4)', () => {
    const byId = Object.fromEntries(COMPARISONS.map((c) => [c.id, c]))
    expect(byId['revision-men-under-65']).toMatchObject({ periodYears: 5, figures: { resurfacing: { count: 2.5 }, thr: { count: 2.8 } } })
    expect(byId['revision-everyone-australia']).toMatchObject({ periodYears: 8, figures: { resurfacing: { count: 5.3 }, thr: { count: 4.0 } } })
    expect(byId['revision-everyone-finland']).toMatchObject({ periodYears: 10, figures: { resurfacing: { count: 100 - 86 }, thr: { count: 100 - 92 } } })
    expect(byId['dislocation']).toMatchObject({ figures: { resurfacing: { count: null }, thr: { count: 2.1, ci95: [1.8, 2.4] } } })
  })

  it('never invent a number the sources do not give: resurfacing dislocation [94] and THR neck fracture have none', () => {
    const byId = Object.fromEntries(COMPARISONS.map((c) => [c.id, c]))
    expect(byId['dislocation']!.figures.resurfacing.count).toBeNull()
    expect(byId['neck-fracture']!.figures.thr.count).toBeNull()
  })

  it('give every group a pair for a second operation', () => {
    for (const g of GROUP_IDS) expect(comparisonsFor(g).some((c) => c.group === g && c.outcome === 'revision'), g).toBe(true)
  })
})

describe.each(LANGUAGES)('the words of each figure (%s)', (lang) => {
  const words = languagePacks[lang].decide.numbers.comparisons

  it('exist for every comparison and say the data’s numbers, out of 100, in both framings', () => {
    for (const c of COMPARISONS) {
      const t = words[c.id]
      expect(t, c.id).toBeDefined()
      // The reference group sentence says "out of 100" and the source year.
      expect(t.who.text, c.id).toMatch(/100/)
      expect(t.who.text, c.id).toContain(String(c.sourceYear))
      for (const o of OPERATION_IDS) {
        const f: OptionFigure = c.figures[o]
        const w = t.figures[o]
        if (f.count === null) {
          expect(w.noFigure?.trim(), `${c.id} ${o}: says there is no figure`).toBeTruthy()
          expect(w.had, `${c.id} ${o}`).toBeUndefined()
          continue
        }
        const had = phrases(w.had ?? '', lang)
        const hadNot = phrases(w.hadNot ?? '', lang)
        expect(had, `${c.id} ${o}: "${w.had}"`).toHaveLength(1)
        expect(hadNot, `${c.id} ${o}: "${w.hadNot}"`).toHaveLength(1)
        expect(had[0], `${c.id} ${o}`).toEqual({ low: f.count, high: f.upTo, of: 100 })
        // The other framing: 100 minus the count (a range turns round: 100 - high to 100 - low).
        const round = (n: number) => Math.round(n * 10) / 10
        expect(hadNot[0], `${c.id} ${o}`).toEqual(
          f.upTo === undefined ? { low: round(100 - f.count), high: undefined, of: 100 } : { low: round(100 - f.upTo), high: round(100 - f.count), of: 100 },
        )
      }
    }
  })

  it('state the period for both operations alike (in the title or the group sentence)', () => {
    for (const c of COMPARISONS) {
      const t = words[c.id]
      const said = `${t.title} ${t.who.text}`
      if (c.periodYears !== null) expect(said, c.id).toMatch(WORDING[lang].years(c.periodYears))
      else expect(said, c.id).toMatch(WORDING[lang].firstMonths)
    }
  })

  it('give the uncertainty where the source does: confidence intervals and ranges in words', () => {
    for (const c of COMPARISONS)
      for (const o of OPERATION_IDS) {
        const f: OptionFigure = c.figures[o]
        const w = words[c.id].figures[o]
        if (f.ci95) {
          expect(w.uncertainty, `${c.id} ${o}`).toContain(String(f.ci95[0]))
          expect(w.uncertainty, `${c.id} ${o}`).toContain(String(f.ci95[1]))
        }
        if (f.upTo !== undefined) expect(w.uncertainty, `${c.id} ${o}`).toMatch(WORDING[lang].range)
      }
  })

  it('show a relative figure ("times") only beside a comparison that has absolute numbers for both operations', () => {
    const d = languagePacks[lang].decide
    for (const { path, text } of stringsIn(d)) {
      if (!WORDING[lang].relative.test(text)) continue
      if (path.startsWith('student.')) continue // the student register gives the HR beside the absolute figures, checked below
      const m = /^numbers\.comparisons\.([^.]+)\./.exec(path)
      expect(m, `${path}: "${text}" is a relative figure outside a comparison`).not.toBeNull()
      const c = COMPARISONS.find((x) => x.id === m![1])!
      for (const o of OPERATION_IDS) expect(c.figures[o].count, `${path}: ${o} has an absolute figure`).not.toBeNull()
    }
    const student = d.student.sections.flatMap((s) => s.body).find((p) => /HR 5-6/.test(p.text))
    if (student) expect(student.text).toMatch(/8\.3%.*1\.5-1\.9%/)
  })
})

describe.each(LANGUAGES)('every "N in M" in the text (%s) is out of 100', (lang) => {
  it('has M = 100 everywhere in the decision aid', () => {
    for (const { path, text } of stringsIn(languagePacks[lang].decide)) for (const p of phrases(text, lang)) expect(p.of, `${path}: "${text}"`).toBe(100)
  })
})

describe('the options table', () => {
  it('has the three options, each with a cell in every row, and the same rows for each', () => {
    expect(Object.keys(d.options)).toEqual([...OPTION_IDS])
    expect(d.table.rows.length).toBeGreaterThanOrEqual(10)
    for (const row of d.table.rows) {
      expect(row.feature.trim(), row.id).not.toBe('')
      expect(Object.keys(row.cells).sort(), row.id).toEqual([...OPTION_IDS].sort())
      for (const o of OPTION_IDS) {
        expect(row.cells[o].length, `${row.id} ${o}`).toBeGreaterThan(0)
        for (const p of row.cells[o]) expect(p.text.trim(), `${row.id} ${o}`).not.toBe('')
      }
    }
  })

  it('covers what living with each is like: hospital, crutches, driving, work, sport, blood tests', () => {
    const ids = d.table.rows.map((r) => r.id)
    for (const id of ['hospital', 'crutches', 'driving', 'work', 'sport', 'follow-up', 'second-operation', 'dislocation', 'bone'])
      expect(ids).toContain(id)
  })

  it('cites a source for every claim about an operation, or says the sources have no answer', () => {
    for (const row of d.table.rows)
      for (const o of ['resurfacing', 'thr'] as const)
        for (const p of row.cells[o])
          if (p.sources.length === 0) expect(p.text, `${row.id} ${o}`).toMatch(/sources give no|commonly (advised|described)/i)
  })

  it('keeps "not yet" to what the sources support: care at home is "commonly advised", without figures', () => {
    const notYet = d.table.rows.flatMap((r) => r.cells['not-yet'])
    for (const p of notYet) expect(phrases(p.text), p.text).toEqual([])
    expect(notYet.some((p) => /commonly advised/.test(p.text))).toBe(true)
  })
})

describe('the values exercise', () => {
  it('has every value, each weighed with every weight, and what the sources say for every option', () => {
    for (const w of VALUE_WEIGHTS) expect(d.values.weights[w].trim()).not.toBe('')
    for (const id of VALUE_IDS) {
      expect(d.values.items[id].legend.trim(), id).not.toBe('')
      for (const o of OPTION_IDS) expect(d.values.items[id].says[o].text.trim(), `${id} ${o}`).not.toBe('')
      for (const o of ['resurfacing', 'thr'] as const) expect(d.values.items[id].says[o].sources.length, `${id} ${o}`).toBeGreaterThan(0)
    }
  })

  it('never recommends, never scores: the summary says the decision is theirs and their surgeon’s', () => {
    const all = stringsIn(d.values).map((s) => s.text)
    for (const text of all) {
      expect(text).not.toMatch(/\bbest (option|choice)\b|\bwe recommend\b|\byou should (choose|have)\b|\bscore[sd]? (of|is)\b/i)
    }
    expect(d.values.summaryNote.map((p) => p.text).join(' ')).toMatch(/does not add up a score/)
    expect(d.values.summaryNote.map((p) => p.text).join(' ')).toMatch(/yours and your surgeon/)
  })
})

describe('the IPDAS items', () => {
  const text = (ps: readonly Passage[]) => ps.map((p) => p.text).join(' ')

  it('describe the condition and state the decision with its three options', () => {
    expect(text(d.condition.body)).toMatch(/osteoarthritis/)
    expect(d.decision.heading).toMatch(/resurfacing, a total hip, or not yet/i)
    expect(d.decision.list).toHaveLength(3)
  })

  it('have an about block with the publication date, the update policy, the makers and the funding', () => {
    expect(d.about.publishedIso).toBe('2026-12-02')
    expect(d.about.published).toMatch(/2 December 2026/)
    expect(d.about.nextReviewIso).toBe('2027-12')
    const about = text(d.about.body)
    expect(about).toMatch(/Resurface team/)
    expect(about).toMatch(/no outside funding/i)
    expect(about).toMatch(/No implant maker/)
    expect(about).toMatch(/fact sheet changes/)
    expect(about).toMatch(/at least once a year/)
    expect(about).toMatch(/December 2027/)
  })

  it('word the uncertainty: "about", ranges and "likely between" (a confidence interval)', () => {
    const all = stringsIn(d).map((s) => s.text).join(' ')
    expect(all).toMatch(/\babout\b/)
    expect(all).toMatch(/likely between 1\.8 and 2\.4 in 100/)
    expect(all).toMatch(/\d to \d+(\.\d)? in 100/)
  })

  it('say the decision is the person’s and their surgeon’s', () => {
    expect(d.yours.heading).toMatch(/yours and your surgeon/)
  })

  it('repeat none of the lay description’s known inaccuracies (FACTS.md section 2)', () => {
    for (const { path, text } of stringsIn(d)) {
      const plain = plainText(text, termFor)
      expect(knownInaccuracies(plain), `${path}: ${plain}`).toEqual([])
    }
  })
})

describe('readability of the patient text', () => {
  const blocks = patientBlocks(d).map((b) => ({ path: b.path, grade: fleschKincaidGrade(b.passages.map((p) => plainText(p.text, termFor)).join(' ')) }))

  it('measures every part a patient reads', () => {
    expect(blocks.length).toBeGreaterThan(40)
  })

  it.each(blocks)('$path is grade 8 or lower', ({ grade }) => {
    expect(grade).toBeLessThanOrEqual(8)
  })

  it('averages grade 7 or lower, per block and over the whole text', () => {
    const mean = blocks.reduce((s, b) => s + b.grade, 0) / blocks.length
    expect(mean).toBeLessThanOrEqual(7)
    const whole = patientBlocks(d)
      .flatMap((b) => b.passages)
      .map((p) => plainText(p.text, termFor))
      .join(' ')
    expect(fleschKincaidGrade(whole)).toBeLessThanOrEqual(7)
  })
})
