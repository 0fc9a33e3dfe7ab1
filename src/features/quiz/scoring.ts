/**
 * Whether an answer is right, and a set's score. Pure: no React, no storage. An unanswered
 * question counts as wrong.
 */
import type { Part } from '../../../models/contract'
import type { LabelTerm } from '../../content/label-terms'
import type { StepId } from '../../content/steps-index'
import type { QuestionSpec } from '../../content/teach/quiz-schema'

export type Answer =
  /** `part` is set when the structure was touched on the model (a list answer names none). */
  | { kind: 'find'; structure: LabelTerm; part?: Part }
  | { kind: 'choice'; option: string }
  | { kind: 'order'; steps: readonly StepId[] }
  | { kind: 'next'; step: StepId }

export function isRight(question: QuestionSpec, answer: Answer | undefined): boolean {
  if (!answer || answer.kind !== question.kind) return false
  switch (question.kind) {
    case 'find': {
      const a = answer as Extract<Answer, { kind: 'find' }>
      if (a.structure === question.structure) return true
      // Another structure counts only where it stands for the asked one, and only when touched there.
      return (question.alsoAccepted ?? []).some((also) => also.structure === a.structure && a.part !== undefined && also.parts.includes(a.part))
    }
    case 'choice':
      return (answer as Extract<Answer, { kind: 'choice' }>).option === question.correct
    case 'order': {
      const given = (answer as Extract<Answer, { kind: 'order' }>).steps
      return given.length === question.steps.length && given.every((s, i) => s === question.steps[i])
    }
    case 'next':
      return (answer as Extract<Answer, { kind: 'next' }>).step === question.answer
  }
}

export interface Score {
  right: number
  total: number
}

export function scoreOf(questions: readonly QuestionSpec[], answers: Readonly<Partial<Record<string, Answer>>>): Score {
  return { right: questions.filter((q) => isRight(q, answers[q.id])).length, total: questions.length }
}

/** Whether `a` is a better result than `b` (a higher share right; for the same share, more questions). */
export function isBetter(a: Score, b: Score | undefined): boolean {
  if (!b || b.total === 0) return a.total > 0
  const diff = a.right / a.total - b.right / b.total
  return diff > 0 || (diff === 0 && a.total > b.total)
}
