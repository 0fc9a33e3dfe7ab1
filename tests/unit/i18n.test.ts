/**
 * Every language the app offers gives every string English gives: a missing or empty string
 * in any pack fails. Generic over LANGUAGES, so adding a language adds it to this test.
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGES, languagePacks } from './language-packs'
import type { LanguagePack } from '../../src/content/i18n/types'

/**
 * The paths where `candidate` lacks a string that `reference` has (missing, empty, or not a
 * string), or an array of a different length (a list item not translated).
 */
function missingStrings(reference: unknown, candidate: unknown, path = ''): string[] {
  if (typeof reference === 'string')
    return typeof candidate === 'string' && candidate.trim() !== '' ? [] : [path || '(root)']
  if (Array.isArray(reference)) {
    if (!Array.isArray(candidate)) return [path]
    const lengthMismatch = candidate.length === reference.length ? [] : [`${path} (length ${candidate.length}, expected ${reference.length})`]
    return [...lengthMismatch, ...reference.flatMap((item, i) => missingStrings(item, candidate[i], `${path}[${i}]`))]
  }
  if (typeof reference === 'object' && reference !== null) {
    if (typeof candidate !== 'object' || candidate === null) return [path]
    return Object.entries(reference).flatMap(([key, value]) =>
      missingStrings(value, (candidate as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
    )
  }
  return []
}

describe('language packs', () => {
  const english = languagePacks.en

  it('English has no empty string anywhere', () => {
    expect(missingStrings(english, english)).toEqual([])
  })

  it.each(LANGUAGES)('%s gives every string English gives', (lang) => {
    const pack = languagePacks[lang]
    expect(pack.lang).toBe(lang)
    expect(missingStrings(english, pack)).toEqual([])
  })

  it('reports a deliberately incomplete pack (the check can fail)', () => {
    const fake = structuredClone(english) as unknown as Record<string, Record<string, unknown>>
    const steps = fake.steps as Record<string, Record<string, unknown>>
    delete steps.incision!.title
    ;(fake.glossary!.femur as Record<string, unknown>).definition = '  '
    // Whatever the UI strings are called, drop the first one.
    const firstUiKey = Object.keys(english.ui)[0]!
    delete (fake.ui as Record<string, unknown>)[firstUiKey]
    const recovery = (fake.pages!.recovery as { stages: unknown[] })
    recovery.stages = recovery.stages.slice(1)
    const missing = missingStrings(english, fake as unknown as LanguagePack)
    expect(missing).toContain('steps.incision.title')
    expect(missing).toContain('glossary.femur.definition')
    expect(missing).toContain(`ui.${firstUiKey}`)
    expect(missing.some((p) => p.startsWith('pages.recovery.stages (length'))).toBe(true)
  })
})
