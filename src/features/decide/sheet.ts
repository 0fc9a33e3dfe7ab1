/**
 * The consultation sheet: what a person takes to their surgeon. The questions they ticked on the
 * questions page, the ones they typed, and how much each feature of the choice matters to them
 * (the decision aid's "What matters most to you?"), and the group of people whose numbers they
 * looked at. The sheet page prints that group's key numbers and the recovery timeline from the
 * content, so only the person's own choices are stored.
 *
 * It is kept on this device only (localStorage, its own key; see state/sheet-sync.ts). What is
 * read back is checked field by field, without a schema library in the app's bundle: a stored
 * sheet that is not JSON, of the wrong shape, from another version or absurdly large is set
 * aside (with the reason, for a polite notice), never trusted; unknown ids are dropped.
 * No React here.
 */
import { isQuestionId, QUESTION_IDS, type QuestionId } from '../../content/question-ids'
import { isValueWeight, VALUE_IDS, type ValueId, type ValueWeight } from '../../content/decide/ids'
import { GROUP_IDS, type GroupId } from '../../content/decide/figures'

/** The sheet's own storage key (the privacy test allows it beside the preferences). */
export const SHEET_KEY = 'resurface.sheet'

/** Bumped when the stored shape changes; a sheet of another version is set aside, not guessed at. */
export const SHEET_VERSION = 1

/** A stored value longer than this (in UTF-16 characters, about 64 KB) is not read at all. */
export const MAX_STORED_CHARS = 64 * 1024
/** A typed question is cut to this length... */
export const MAX_OWN_LENGTH = 300
/** ...and a sheet holds at most this many. */
export const MAX_OWN_QUESTIONS = 20

export interface ConsultationSheet {
  readonly version: typeof SHEET_VERSION
  /** Ticked questions, in the questions page's order, no repeats. */
  readonly questions: readonly QuestionId[]
  /** The person's own questions, each trimmed, not empty, at most MAX_OWN_LENGTH characters. */
  readonly own: readonly string[]
  /** How much each feature of the choice matters to the person; a feature not weighed is absent. */
  readonly values: Readonly<Partial<Record<ValueId, ValueWeight>>>
  /** The group whose numbers go on the sheet ("most like me"); absent: DEFAULT_SHEET_GROUP. */
  readonly group?: GroupId
}

/** The numbers printed when the person has not picked a group: those about everyone. */
export const DEFAULT_SHEET_GROUP: GroupId = 'everyone'

const isGroupId = (v: unknown): v is GroupId => typeof v === 'string' && (GROUP_IDS as readonly string[]).includes(v)

export type SheetProblem = 'corrupt' | 'old-version' | 'too-large'

export const emptySheet: ConsultationSheet = { version: SHEET_VERSION, questions: [], own: [], values: {} }

export const isSheetEmpty = (sheet: ConsultationSheet): boolean =>
  sheet.questions.length === 0 && sheet.own.length === 0 && Object.keys(sheet.values).length === 0 && sheet.group === undefined

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Trims a typed question and cuts it to the longest allowed; '' means nothing to keep. */
export function cleanOwnQuestion(text: string): string {
  return text.trim().slice(0, MAX_OWN_LENGTH).trim()
}

const inPageOrder = (ids: Iterable<QuestionId>): QuestionId[] => {
  const set = new Set(ids)
  return QUESTION_IDS.filter((id) => set.has(id))
}

const inValueOrder = (values: Partial<Record<ValueId, ValueWeight>>): Partial<Record<ValueId, ValueWeight>> => {
  const out: Partial<Record<ValueId, ValueWeight>> = {}
  for (const id of VALUE_IDS) {
    const weight = values[id]
    if (weight !== undefined) out[id] = weight
  }
  return out
}

/**
 * Reads what storage holds (`null`: nothing stored, an empty sheet and no problem). Anything
 * unusable gives an empty sheet and says why.
 */
export function parseSheet(raw: string | null): { sheet: ConsultationSheet; problem: SheetProblem | null } {
  const discard = (problem: SheetProblem) => ({ sheet: emptySheet, problem })
  if (raw === null) return { sheet: emptySheet, problem: null }
  if (raw.length > MAX_STORED_CHARS) return discard('too-large')
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return discard('corrupt')
  }
  if (!isRecord(value)) return discard('corrupt')
  const { version, questions, own, values, group } = value
  if (typeof version !== 'number' || !Number.isInteger(version)) return discard('corrupt')
  if (version !== SHEET_VERSION) return discard('old-version')
  if (!Array.isArray(questions) || !Array.isArray(own) || !isRecord(values)) return discard('corrupt')
  if (group !== undefined && typeof group !== 'string') return discard('corrupt')
  if (!questions.every((q) => typeof q === 'string') || !own.every((q) => typeof q === 'string')) return discard('corrupt')

  const weights: Partial<Record<ValueId, ValueWeight>> = {}
  for (const id of VALUE_IDS) {
    const weight = Object.prototype.hasOwnProperty.call(values, id) ? values[id] : undefined
    if (isValueWeight(weight)) weights[id] = weight
  }
  return {
    sheet: {
      version: SHEET_VERSION,
      // Ids this version does not know (a question taken off the list) are dropped.
      questions: inPageOrder((questions as string[]).filter(isQuestionId)),
      own: (own as string[])
        .map(cleanOwnQuestion)
        .filter((q) => q !== '')
        .slice(0, MAX_OWN_QUESTIONS),
      values: weights,
      // A group this version does not know is dropped (the default group shows).
      ...(isGroupId(group) ? { group } : {}),
    },
    problem: null,
  }
}

/** The stored form: only the known fields, in a fixed order. */
export function serialiseSheet(sheet: ConsultationSheet): string {
  return JSON.stringify({
    version: SHEET_VERSION,
    questions: inPageOrder(sheet.questions),
    own: sheet.own.map(cleanOwnQuestion).filter((q) => q !== '').slice(0, MAX_OWN_QUESTIONS),
    values: inValueOrder(sheet.values),
    ...(sheet.group !== undefined ? { group: sheet.group } : {}),
  })
}

// The changes the store's actions make, as pure functions (each returns the same sheet when
// nothing changes, so the sync writes nothing).

export function toggleQuestion(sheet: ConsultationSheet, id: QuestionId): ConsultationSheet {
  const ticked = sheet.questions.includes(id)
  return { ...sheet, questions: inPageOrder(ticked ? sheet.questions.filter((q) => q !== id) : [...sheet.questions, id]) }
}

export function addOwn(sheet: ConsultationSheet, text: string): ConsultationSheet {
  const question = cleanOwnQuestion(text)
  if (question === '' || sheet.own.length >= MAX_OWN_QUESTIONS) return sheet
  return { ...sheet, own: [...sheet.own, question] }
}

/** Changes one typed question; emptied, it is removed. */
export function updateOwn(sheet: ConsultationSheet, index: number, text: string): ConsultationSheet {
  if (!Number.isInteger(index) || index < 0 || index >= sheet.own.length) return sheet
  const question = cleanOwnQuestion(text)
  if (question === '') return removeOwn(sheet, index)
  if (question === sheet.own[index]) return sheet
  return { ...sheet, own: sheet.own.map((q, i) => (i === index ? question : q)) }
}

export function removeOwn(sheet: ConsultationSheet, index: number): ConsultationSheet {
  if (!Number.isInteger(index) || index < 0 || index >= sheet.own.length) return sheet
  return { ...sheet, own: sheet.own.filter((_, i) => i !== index) }
}

/** Sets how much a feature matters; `null` takes the answer back. */
export function setValue(sheet: ConsultationSheet, id: ValueId, weight: ValueWeight | null): ConsultationSheet {
  if ((sheet.values[id] ?? null) === weight) return sheet
  const values = { ...sheet.values }
  if (weight === null) delete values[id]
  else values[id] = weight
  return { ...sheet, values: inValueOrder(values) }
}

/** Sets the group whose numbers go on the sheet; `null` goes back to the default. */
export function setGroup(sheet: ConsultationSheet, group: GroupId | null): ConsultationSheet {
  if ((sheet.group ?? null) === group) return sheet
  const { group: _old, ...rest } = sheet
  return group === null ? rest : { ...rest, group }
}
