/**
 * The Spanish pack says what the English pack says, in Spanish:
 * (a) every passage (any object with `sources`: steps, pages, glossary-linked texts, decision aid,
 *     tables) cites exactly the sources of its English counterpart at the same path;
 * (b) no string is left in English: a Spanish string equal to its English one fails, except a short
 *     allow-list (the brand name, units, numbers, codes, ids, and a few words spelt the same in
 *     Spanish, "pelvis", "No."). Its message lists every such path, so a translator can use it as
 *     a to-do list while working;
 * (c) the variants terminology.ts says to avoid appear nowhere;
 * (d) none of the lay description's known inaccuracies (FACTS.md section 2) appears in any sentence.
 */
import { describe, expect, it } from 'vitest'
import { languagePacks } from './language-packs'
import { knownInaccuraciesEs } from './known-inaccuracies'
import { TERMS } from '../../src/content/i18n/es/terminology'
import { plainText } from '../../src/lib/rich-text'
import { splitSentences } from '../../src/lib/readability'
import { notes as enNotes } from '../../src/content/i18n/en/presenter-notes'
import { notes as esNotes } from '../../src/content/i18n/es/presenter-notes'
import { questions as enQuestions } from '../../src/content/i18n/en/quiz-questions'
import { questions as esQuestions } from '../../src/content/i18n/es/quiz-questions'
import { landmarks as enLandmarks } from '../../src/content/i18n/en/landmarks'
import { landmarks as esLandmarks } from '../../src/content/i18n/es/landmarks'

const en = languagePacks.en
const es = languagePacks.es

type Visit = (path: string, english: unknown, spanish: unknown) => void

/** Walks English and Spanish side by side, calling `visit` at every path English has (plain values and objects alike). */
function walkInParallel(english: unknown, spanish: unknown, visit: Visit, path = ''): void {
  visit(path, english, spanish)
  if (Array.isArray(english)) english.forEach((item, i) => walkInParallel(item, Array.isArray(spanish) ? spanish[i] : undefined, visit, `${path}[${i}]`))
  else if (typeof english === 'object' && english !== null)
    for (const [key, value] of Object.entries(english))
      walkInParallel(value, typeof spanish === 'object' && spanish !== null ? (spanish as Record<string, unknown>)[key] : undefined, visit, path ? `${path}.${key}` : key)
}

/** Every string in a pack with its path. */
function stringsIn(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => stringsIn(v, path ? `${path}.${k}` : k))
  return []
}

/** Keys whose values are identifiers, the same in every language by design. */
const ID_KEYS = new Set(['id', 'sources', 'lang'])
const isIdPath = (path: string) => path.split(/[.[\]]/).some((part) => ID_KEYS.has(part))

/**
 * Strings that may be the same in both languages: the brand name, units, and strings with no word
 * to translate once `{slots}` and `{{links}}` are set aside (numbers, symbols, short codes such as
 * "BHR" or "H1").
 */
const SAME_IN_BOTH = new Set(['Resurface', 'mm', 'cm', 'cm³', 'g', '%', '°'])
/** Whole strings that are spelt the same in Spanish (checked one by one, not a pattern). */
const SPANISH_AS_WELL = new Set(['no.', 'pelvis', 'fascia lata', 'osteoporosis'])
function mayStayTheSame(text: string): boolean {
  if (SAME_IN_BOTH.has(text.trim()) || SPANISH_AS_WELL.has(text.trim().toLowerCase())) return true
  const words = text.replace(/\{\{[^{}]*\}\}|\{[a-zA-Z]+\}/g, ' ').match(/\p{L}+/gu) ?? []
  return words.every((w) => /^[A-Z0-9]{1,5}$/.test(w) || SAME_IN_BOTH.has(w))
}

export function untranslatedPaths(english: unknown, spanish: unknown): string[] {
  const found: string[] = []
  walkInParallel(english, spanish, (path, e, s) => {
    if (typeof e === 'string' && e === s && !isIdPath(path) && !mayStayTheSame(e)) found.push(path)
  })
  return found
}

/** Every passage (an object with `sources`) whose Spanish sources differ from the English ones at the same path. */
function differingSources(english: unknown, spanish: unknown): { path: string; english: readonly string[]; spanish: readonly string[] | undefined }[] {
  const differing: { path: string; english: readonly string[]; spanish: readonly string[] | undefined }[] = []
  walkInParallel(english, spanish, (path, e, s) => {
    if (typeof e !== 'object' || e === null || !Array.isArray((e as { sources?: unknown }).sources)) return
    const en = (e as { sources: readonly string[] }).sources
    const es = (s as { sources?: readonly string[] } | undefined)?.sources
    if (JSON.stringify(en) !== JSON.stringify(es)) differing.push({ path, english: en, spanish: es })
  })
  return differing
}

/** Each use of a variant terminology.ts says to avoid, with its path. */
function avoidedVariants(spanish: unknown): string[] {
  const strings = stringsIn(spanish)
  return TERMS.flatMap((term) =>
    term.avoid.flatMap((variant) =>
      strings.filter(({ text }) => text.toLocaleLowerCase('es').includes(variant.toLocaleLowerCase('es'))).map(({ path }) => `${path}: "${variant}" (use "${term.patient}" / "${term.student}")`),
    ),
  )
}

describe('the Spanish pack', () => {
  it('(a) cites exactly the sources of the English pack, passage by passage', () => {
    const differing = differingSources(en, es).map((d) => `${d.path}: en [${d.english.join(', ')}], es [${d.spanish?.join(', ') ?? 'none'}]`)
    expect(differing, `Spanish passages whose sources differ from English:\n${differing.join('\n')}`).toEqual([])
  })

  it('(a) the sources check can fail', () => {
    const changed = structuredClone(es) as unknown as { steps: { incision: { student: { sources: string[] }[] } } }
    changed.steps.incision.student[0]!.sources = ['1']
    expect(differingSources(en, changed).map((d) => d.path)).toEqual(['steps.incision.student[0]'])
  })

  it('(b) leaves no string in English (the message lists each one still to translate)', () => {
    const left = untranslatedPaths(en, es)
    const counts = new Map<string, number>()
    for (const p of left) counts.set(p.split(/[.[]/)[0]!, (counts.get(p.split(/[.[]/)[0]!) ?? 0) + 1)
    const bySection = [...counts].map(([section, n]) => `${section}: ${n}`)
    expect(left, `${left.length} Spanish strings are still the English ones (${bySection.join(', ')}):\n${left.join('\n')}`).toEqual([])
  })

  it('(b) the allow-list passes only what needs no translation', () => {
    expect(mayStayTheSame('Resurface')).toBe(true)
    expect(mayStayTheSame('{value} mm')).toBe(true)
    expect(mayStayTheSame('BHR 56.6 mm')).toBe(true)
    expect(mayStayTheSame('40\u00a0±\u00a010°')).toBe(true)
    expect(mayStayTheSame('Pelvis')).toBe(true)
    expect(mayStayTheSame('Close')).toBe(false)
    expect(mayStayTheSame('The pelvis')).toBe(false)
    expect(mayStayTheSame('The {{femur}} and {value} mm')).toBe(false)
    expect(untranslatedPaths({ a: 'Close', b: [{ id: 'q1', text: 'Ask' }] }, { a: 'Close', b: [{ id: 'q1', text: 'Pregunte' }] })).toEqual(['a'])
  })

  it('(c) never uses a variant terminology.ts says to avoid', () => {
    const found = avoidedVariants(es)
    expect(found, found.join('\n')).toEqual([])
  })

  it('(d) never repeats a known inaccuracy (FACTS.md section 2)', () => {
    expect(inaccuraciesIn(es), inaccuraciesIn(es).join('\n')).toEqual([])
  })
})

const termForEs = (id: string) => (es.glossary as Record<string, { term: string } | undefined>)[id]?.term

/** Each sentence of every string (ids aside) that breaks a known-inaccuracy rule, unless `exempt` says its path may. */
function inaccuraciesIn(value: unknown, exempt: (path: string) => boolean = () => false): string[] {
  return stringsIn(value)
    .filter(({ path }) => !isIdPath(path) && !exempt(path))
    .flatMap(({ path, text }) => splitSentences(plainText(text, termForEs)).flatMap((s) => knownInaccuraciesEs(s).map((rule) => `${path}: ${rule}: ${s}`)))
}

/**
 * The parts each language loads on demand (src/content/teach/presenter-notes.ts, quiz-questions.ts,
 * src/content/landmarks.ts), held to the same checks. A quiz's wrong option states a wrong idea on
 * purpose (its reason corrects it), so option texts are exempt from the inaccuracy rule.
 */
describe.each([
  { part: 'presenter notes', english: enNotes, spanish: esNotes, exempt: () => false },
  { part: 'quiz questions', english: enQuestions, spanish: esQuestions, exempt: (path: string) => /\.options\.[^.]+\.text$/.test(path) },
  { part: 'landmarks', english: enLandmarks, spanish: esLandmarks, exempt: () => false },
])('the Spanish $part', ({ english, spanish, exempt }) => {
  it('cite the sources of the English, passage by passage', () => {
    expect(differingSources(english, spanish).map((d) => d.path)).toEqual([])
  })

  it('leave no string in English', () => {
    const left = untranslatedPaths(english, spanish)
    expect(left, left.join('\n')).toEqual([])
  })

  it('use no variant terminology.ts says to avoid, and repeat no known inaccuracy', () => {
    const avoided = avoidedVariants(spanish)
    expect(avoided, avoided.join('\n')).toEqual([])
    const wrong = inaccuraciesIn(spanish, exempt)
    expect(wrong, wrong.join('\n')).toEqual([])
  })
})
