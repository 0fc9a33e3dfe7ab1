/**
 * Test scores kept on this device only: localStorage, one key, the best and the latest score per
 * set, nothing else (no answers, no dates). What is read back is checked field by field: missing,
 * corrupt, another version's or blocked storage gives no scores, never an error.
 */
import { QUIZ_SETS, type QuizSet } from '../../state/store'
import { isBetter, type Score } from './scoring'

/** The quiz's own storage key (the privacy test allows it beside the preferences and the sheet). */
export const QUIZ_RESULTS_KEY = 'resurface.quiz'
/** Bumped when the stored shape changes; other versions are ignored, not guessed at. */
export const QUIZ_RESULTS_VERSION = 1

export interface SetResult {
  readonly best: Score
  readonly last: Score
}

export interface QuizResults {
  readonly version: typeof QUIZ_RESULTS_VERSION
  readonly sets: Readonly<Partial<Record<QuizSet, SetResult>>>
}

export const noResults: QuizResults = { version: QUIZ_RESULTS_VERSION, sets: {} }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1000

function parseScore(v: unknown): Score | null {
  if (!isRecord(v) || !isCount(v.right) || !isCount(v.total) || v.total === 0 || v.right > v.total) return null
  return { right: v.right, total: v.total }
}

export function parseResults(raw: string | null): QuizResults {
  if (raw === null || raw.length > 16 * 1024) return noResults
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return noResults
  }
  if (!isRecord(value) || value.version !== QUIZ_RESULTS_VERSION || !isRecord(value.sets)) return noResults
  const sets: Partial<Record<QuizSet, SetResult>> = {}
  for (const set of QUIZ_SETS) {
    const entry = value.sets[set]
    if (!isRecord(entry)) continue
    const best = parseScore(entry.best)
    const last = parseScore(entry.last)
    if (best && last) sets[set] = { best, last }
  }
  return { version: QUIZ_RESULTS_VERSION, sets }
}

/** The results with this attempt's score added: it is the latest, and the best if it beats the best. */
export function withResult(results: QuizResults, set: QuizSet, score: Score): QuizResults {
  const before = results.sets[set]
  const best = isBetter(score, before?.best) ? score : (before?.best ?? score)
  return { ...results, sets: { ...results.sets, [set]: { best, last: score } } }
}

/** localStorage, or null where it is missing or blocked (reading it can throw). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function loadResults(store: Storage | null = storage()): QuizResults {
  try {
    return parseResults(store?.getItem(QUIZ_RESULTS_KEY) ?? null)
  } catch {
    return noResults
  }
}

/** Keeps a finished test's score; returns the results (as kept, or for this visit if storage fails). */
export function saveResult(set: QuizSet, score: Score, store: Storage | null = storage()): QuizResults {
  const results = withResult(loadResults(store), set, score)
  try {
    store?.setItem(QUIZ_RESULTS_KEY, JSON.stringify(results))
  } catch {
    /* full or blocked storage: the score is shown, just not kept */
  }
  return results
}
