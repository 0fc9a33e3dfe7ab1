/**
 * The words of the self-test questions, one module per language, loaded only when a quiz opens
 * (they are most of the quiz's weight; the panel's interface words are in quiz-text.ts).
 */
import type { Language } from '../i18n/languages'
import type { Passage } from '../i18n/types'
import type { Question } from './questions'

export interface FindWords {
  /** Why the structure matters: read after answering. */
  readonly reason: Passage
}

export interface ChoiceWords<Option extends string = string> {
  readonly stem: string
  /** Every option has its reason, the wrong ones too: why it is right, or why not. */
  readonly options: Readonly<Record<Option, { readonly text: string; readonly reason: Passage }>>
}

export interface OrderWords {
  readonly stem: string
  readonly reason: Passage
}

export interface NextWords {
  readonly reason: Passage
}

export type WordsOf<Q> = Q extends { kind: 'choice'; options: readonly (infer Option extends string)[] }
  ? ChoiceWords<Option>
  : Q extends { kind: 'find' }
    ? FindWords
    : Q extends { kind: 'order' }
      ? OrderWords
      : NextWords

/** Each question's words, typed by its kind (a choice question must word each of its options). */
export type QuestionWords = { readonly [Q in Question as Q['id']]: WordsOf<Q> }

export const questionWords: Record<Language, () => Promise<QuestionWords>> = {
  en: () => import('../i18n/en/quiz-questions').then((m) => m.questions),
  es: () => import('../i18n/es/quiz-questions').then((m) => m.questions),
}
