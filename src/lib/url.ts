/**
 * The URL is the shareable state: `?step=<id>&audience=<patient|student>[&page=<id>]`.
 * Pure functions, no `window`: parsing never throws, whatever a link contains. A value that
 * cannot be used becomes a safe default plus a notice that says what was wrong.
 */
import { isStepId, type StepId } from '../content/steps-index'
import { AUDIENCES, PAGE_IDS, type Audience, type Notice, type PageId } from '../state/store'
import { LANGUAGES, type Language } from '../content/i18n/languages'

export interface UrlState {
  /** `null` when the link names no step (the app then opens on the welcome page). */
  stepId: StepId | null
  audience: Audience
  page: PageId | null
  lang: Language
}

export interface ParsedUrl {
  state: UrlState
  /** The first problem found, if any, for the polite notice. */
  notice: Notice
}

const KNOWN_KEYS = ['step', 'audience', 'page', 'lang'] as const
type Key = (typeof KNOWN_KEYS)[number]

const isAudience = (v: string): v is Audience => (AUDIENCES as readonly string[]).includes(v)
const isPageId = (v: string): v is PageId => (PAGE_IDS as readonly string[]).includes(v)
const isLanguage = (v: string): v is Language => (LANGUAGES as readonly string[]).includes(v)
const isKey = (v: string): v is Key => (KNOWN_KEYS as readonly string[]).includes(v)

/** Longest piece of a link echoed back in a notice; a pasted essay should not fill the screen. */
export const MAX_ECHO = 40
const echo = (value: string): string => (value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO - 1)}…` : value)

/** Which problem the notice names when a link has several: the one that changes most what the user sees. */
const PRIORITY = ['unknown-step', 'unknown-page', 'bad-audience', 'malformed-link'] as const satisfies readonly Exclude<Notice, null>['kind'][]

/** Like decodeURIComponent with form encoding ('+' is a space), but `null` instead of throwing on a bad escape. */
function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

/** Reads `location.search` (with or without its leading '?'). Never throws. */
export function parseSearch(search: string): ParsedUrl {
  const state: UrlState = { stepId: null, audience: 'patient', page: null, lang: 'en' }
  const problems: Exclude<Notice, null>[] = []
  const seen = new Set<Key>()
  let malformed = false

  const query = search.startsWith('?') ? search.slice(1) : search
  for (const pair of query.split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = decodePart(eq < 0 ? pair : pair.slice(0, eq))
    const value = decodePart(eq < 0 ? '' : pair.slice(eq + 1))
    // Keys we do not use (a mail client's `utm_source`, say) are left alone: they do not
    // change what the link opens, so they are not worth a notice.
    if (key !== null && value !== null && !isKey(key)) continue
    if (key === null || value === null || !isKey(key) || seen.has(key)) {
      malformed = true
      continue
    }
    seen.add(key)
    switch (key) {
      case 'step':
        if (isStepId(value)) state.stepId = value
        else problems.push({ kind: 'unknown-step', value: echo(value) })
        break
      case 'audience':
        if (isAudience(value)) state.audience = value
        else problems.push({ kind: 'bad-audience', value: echo(value) })
        break
      case 'page':
        if (isPageId(value)) state.page = value
        else problems.push({ kind: 'unknown-page', value: echo(value) })
        break
      case 'lang':
        if (isLanguage(value)) state.lang = value
        else malformed = true
        break
    }
  }
  if (malformed) problems.push({ kind: 'malformed-link' })
  problems.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))
  return { state, notice: problems[0] ?? null }
}

/**
 * The canonical query string for a state. Step and audience are always written, so a copied
 * link opens exactly what the user saw; the language only when it is not the default.
 */
export function serialiseSearch(state: { stepId: StepId; audience: Audience; page: PageId | null; lang?: Language }): string {
  const params = new URLSearchParams({ step: state.stepId, audience: state.audience })
  if (state.page !== null) params.set('page', state.page)
  if (state.lang !== undefined && state.lang !== 'en') params.set('lang', state.lang)
  return `?${params.toString()}`
}
