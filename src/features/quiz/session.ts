/**
 * One attempt at a self-test, as plain data moved on by pure functions: start, answer, next,
 * finish, and the steps to review. The panel (ui/QuizPanel.tsx) holds it in React state.
 *
 * Practice answers at once: `answer` shows the feedback and `next` moves on. A test answers at
 * the end: `answer` records and moves on, and after the last question the attempt is done.
 */
import { STEP_IDS, type StepId } from '../../content/steps-index'
import { questionById, questionsOf, type QuestionId } from '../../content/teach/questions'
import type { QuestionSpec } from '../../content/teach/quiz-schema'
import type { QuizMode, QuizSet } from '../../state/store'
import { isRight, scoreOf, type Answer, type Score } from './scoring'

export interface Session {
  readonly set: QuizSet
  readonly mode: QuizMode
  readonly questions: readonly QuestionId[]
  /** The question being asked (or, in practice, just answered). */
  readonly index: number
  readonly answers: Readonly<Partial<Record<QuestionId, Answer>>>
  /** asking: waiting for an answer; feedback: practice shows whether it was right; done: the results. */
  readonly phase: 'asking' | 'feedback' | 'done'
  /** Makes the shuffled order questions differ between attempts and stay put within one. */
  readonly seed: number
}

export function startSession(set: QuizSet, mode: QuizMode, seed = 0): Session {
  return { set, mode, questions: questionsOf(set), index: 0, answers: {}, phase: 'asking', seed }
}

export const currentQuestion = (session: Session): QuestionSpec => questionById(session.questions[session.index]!)

/** Records the answer to the current question; ignored once it is answered or the attempt is over. */
export function answer(session: Session, given: Answer): Session {
  if (session.phase !== 'asking') return session
  const id = session.questions[session.index]!
  const answers = { ...session.answers, [id]: given }
  if (session.mode === 'practice') return { ...session, answers, phase: 'feedback' }
  return next({ ...session, answers })
}

/** The next question, or the results after the last. */
export function next(session: Session): Session {
  if (session.phase === 'done') return session
  if (session.index + 1 >= session.questions.length) return { ...session, phase: 'done' }
  return { ...session, index: session.index + 1, phase: 'asking' }
}

/** Ends the attempt now (unanswered questions count as wrong). */
export const finish = (session: Session): Session => ({ ...session, phase: 'done' })

export const scoreOfSession = (session: Session): Score => scoreOf(session.questions.map(questionById), session.answers)

export const isAnsweredRight = (session: Session, id: QuestionId): boolean => isRight(questionById(id), session.answers[id])

/** The steps that teach what was missed, once each, in the order of the operation. */
export function stepsToReview(session: Session): StepId[] {
  const missed = new Set(session.questions.filter((id) => !isAnsweredRight(session, id)).map((id) => questionById(id).teaches))
  return STEP_IDS.filter((s) => missed.has(s))
}

/** The step whose 3D view a question shows: the one it names, else the one that teaches it. */
export function sceneOf(question: QuestionSpec): StepId {
  return question.kind === 'find' || question.kind === 'next' ? question.step : question.teaches
}

/**
 * An order question's steps as first shown: shuffled, the same for the same attempt, and never
 * already in the right order (or there would be nothing to do).
 */
export function shuffledSteps(question: Extract<QuestionSpec, { kind: 'order' }>, seed: number): StepId[] {
  const random = mulberry32(seed ^ hash(question.id))
  const out = [...question.steps]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  if (out.every((s, i) => s === question.steps[i])) out.push(out.shift()!)
  return out
}

/** Moves the item at `from` one place up (-1) or down (+1); out of range, the same list. */
export function moveItem<T>(items: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by
  const out = [...items]
  if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out
  ;[out[from], out[to]] = [out[to]!, out[from]!]
  return out
}

function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

/** A small seeded generator: deterministic, good enough to shuffle a handful of items. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
