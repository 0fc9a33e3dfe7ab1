/**
 * The questions' words for the panel (loaded once per language, then kept), and how an answer
 * or a question is said: names of structures and steps come from the language pack.
 */
import { use } from 'react'
import type { Language } from '../../../content/i18n/languages'
import type { LanguagePack, Passage } from '../../../content/i18n/types'
import type { LabelTerm } from '../../../content/label-terms'
import type { StepId } from '../../../content/steps-index'
import { questionWords, type ChoiceWords, type FindWords, type OrderWords, type QuestionWords } from '../../../content/teach/quiz-questions'
import type { QuestionSpec } from '../../../content/teach/quiz-schema'
import type { QuizSet } from '../../../state/store'
import { fill } from '../../../ui/useText'
import type { Answer } from '../scoring'

const loading = new Map<Language, Promise<QuestionWords>>()

/** Suspends until the language's question words are in. */
export function useQuestionWords(lang: Language): QuestionWords {
  let promise = loading.get(lang)
  if (!promise) loading.set(lang, (promise = questionWords[lang]()))
  return use(promise)
}

type AnyWords = FindWords | ChoiceWords | OrderWords
export const wordsOf = (all: QuestionWords, q: QuestionSpec): AnyWords => (all as unknown as Record<string, AnyWords>)[q.id]!

/** Structures are named in the student register: the self-test is for students. */
export const structureName = (pack: LanguagePack, term: LabelTerm): string =>
  (pack.labels as Partial<Record<LabelTerm, { student: string }>>)[term]?.student ?? term

export const stepTitle = (pack: LanguagePack, id: StepId): string => pack.steps[id].title

export const setName = (pack: LanguagePack, set: QuizSet): string => (set === 'operation' ? pack.quiz.operation : pack.chapters[set])

/** The question as asked: its stem, or for a find or next question the interface's prompt. */
export function promptOf(pack: LanguagePack, all: QuestionWords, q: QuestionSpec): string {
  if (q.kind === 'find') return fill(pack.quiz.findPrompt, { structure: structureName(pack, q.structure) })
  if (q.kind === 'next') return fill(pack.quiz.nextPrompt, { step: stepTitle(pack, q.step) })
  return (wordsOf(all, q) as ChoiceWords | OrderWords).stem
}

/** An answer in words. */
export function answerText(pack: LanguagePack, all: QuestionWords, q: QuestionSpec, answer: Answer | undefined): string {
  if (!answer) return pack.quiz.noAnswer
  switch (answer.kind) {
    case 'find':
      return structureName(pack, answer.structure)
    case 'choice':
      return (wordsOf(all, q) as ChoiceWords).options[answer.option]?.text ?? answer.option
    case 'order':
      return answer.steps.map((s) => stepTitle(pack, s)).join(' → ')
    case 'next':
      return stepTitle(pack, answer.step)
  }
}

/** The right answer in words. */
export function rightAnswerText(pack: LanguagePack, all: QuestionWords, q: QuestionSpec): string {
  const right: Answer =
    q.kind === 'find'
      ? { kind: 'find', structure: q.structure }
      : q.kind === 'choice'
        ? { kind: 'choice', option: q.correct }
        : q.kind === 'order'
          ? { kind: 'order', steps: q.steps }
          : { kind: 'next', step: q.answer }
  return answerText(pack, all, q, right)
}

/** The reasons to read after answering: a choice's chosen option's, then the right one's; else the question's. */
export function reasonsFor(all: QuestionWords, q: QuestionSpec, answer: Answer | undefined): Passage[] {
  const words = wordsOf(all, q)
  if (q.kind !== 'choice') return [(words as FindWords).reason]
  const options = (words as ChoiceWords).options
  const chosen = answer?.kind === 'choice' ? answer.option : null
  const ids = chosen && chosen !== q.correct ? [chosen, q.correct] : [q.correct]
  return ids.flatMap((id) => (options[id] ? [options[id].reason] : []))
}
