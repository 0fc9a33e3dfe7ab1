/**
 * The ids of the questions on the questions page, in the order they are shown. A person can
 * tick them for their consultation sheet, which keeps the ids on their device: an id must never
 * be renamed or reused (add new ones; a removed one is simply dropped when a sheet is read).
 * Words live in the language packs (`pages.questions.items`, each with its `id`).
 */
export const QUESTION_IDS = [
  'which-operation',
  'total-hip-instead',
  'wait-meanwhile',
  'which-implant',
  'surgeon-experience',
  'second-operation',
  'numbers-like-me',
  'metal-blood-tests',
  'leg-length',
  'first-weeks',
  'drive-work-sport',
  'warning-signs',
] as const
export type QuestionId = (typeof QUESTION_IDS)[number]

export const isQuestionId = (v: unknown): v is QuestionId => typeof v === 'string' && (QUESTION_IDS as readonly string[]).includes(v)
