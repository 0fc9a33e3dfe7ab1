/**
 * The students' self-test questions, language-neutral: what each asks, the step that teaches it
 * and the answer. Their words (stems, options, reasons with sources) are in
 * src/content/i18n/<lang>/quiz-questions.ts; tests/unit/quiz-content.test.ts checks both against
 * the schema (quiz-schema.ts), the model (every structure to find is shown in its step) and the
 * order of the operation. Loaded only with the quiz panel.
 */
import type { QuizSet } from '../../state/store'
import type { QuestionSpec } from './quiz-schema'

export const QUESTIONS = [
  // ---- the hip --------------------------------------------------------------
  {
    id: 'hip-find-head', chapter: 'the-hip', kind: 'find', teaches: 'healthy-hip', step: 'healthy-hip', structure: 'femoral-head',
    // The head is covered by its cartilage: a touch on it lands on the femoral cartilage first.
    alsoAccepted: [{ structure: 'cartilage', parts: ['cartilage-femoral'] }],
  },
  { id: 'hip-find-acetabulum', chapter: 'the-hip', kind: 'find', teaches: 'healthy-hip', step: 'arthritic-hip', structure: 'acetabulum',
    alsoAccepted: [{ structure: 'worn-cartilage', parts: ['cartilage-acetabular-worn'] }] },
  { id: 'hip-neck-shaft-angle', chapter: 'the-hip', kind: 'choice', teaches: 'healthy-hip', options: ['textbook', 'measured', 'pin'], correct: 'measured' },
  { id: 'hip-contraindication', chapter: 'the-hip', kind: 'choice', teaches: 'arthritic-hip', options: ['young', 'large-head', 'osteoporosis'], correct: 'osteoporosis' },

  // ---- reaching the joint ------------------------------------------------------
  { id: 'opening-find-sciatic', chapter: 'opening', kind: 'find', teaches: 'exposure', step: 'exposure', structure: 'sciatic-nerve' },
  { id: 'opening-find-trochanter', chapter: 'opening', kind: 'find', teaches: 'incision', step: 'exposure', structure: 'greater-trochanter' },
  { id: 'opening-dislocation', chapter: 'opening', kind: 'choice', teaches: 'capsule-dislocation', options: ['extension', 'flexion', 'traction'], correct: 'flexion' },
  { id: 'opening-exposure-size', chapter: 'opening', kind: 'choice', teaches: 'incision', options: ['smaller', 'fixed-length', 'as-large'], correct: 'as-large' },
  { id: 'opening-next', chapter: 'opening', kind: 'next', teaches: 'capsule-dislocation', step: 'exposure', options: ['acetabular-reaming', 'capsule-dislocation', 'closure'], answer: 'capsule-dislocation' },

  // ---- the socket ----------------------------------------------------------------
  { id: 'socket-find-acetabulum', chapter: 'socket', kind: 'find', teaches: 'acetabular-reaming', step: 'acetabular-reaming', structure: 'acetabulum' },
  { id: 'socket-sizing-why', chapter: 'socket', kind: 'choice', teaches: 'femoral-sizing', options: ['notching', 'stem-length', 'leg-length'], correct: 'notching' },
  { id: 'socket-under-ream', chapter: 'socket', kind: 'choice', teaches: 'acetabular-reaming', options: ['one-mm', 'two-mm', 'cemented'], correct: 'one-mm' },
  { id: 'socket-safe-zone', chapter: 'socket', kind: 'choice', teaches: 'cup-impaction', options: ['steep', 'lewinnek', 'swapped'], correct: 'lewinnek' },
  { id: 'socket-next', chapter: 'socket', kind: 'next', teaches: 'cup-impaction', step: 'acetabular-reaming', options: ['guide-pin', 'cap-cementing', 'cup-impaction'], answer: 'cup-impaction' },

  // ---- the ball of the hip ---------------------------------------------------------
  { id: 'head-find-neck', chapter: 'femoral-head', kind: 'find', teaches: 'guide-pin', step: 'guide-pin', structure: 'femoral-neck' },
  { id: 'head-pin-angle', chapter: 'femoral-head', kind: 'choice', teaches: 'guide-pin', options: ['native', 'valgus-140', 'extreme'], correct: 'valgus-140' },
  { id: 'head-order', chapter: 'femoral-head', kind: 'order', teaches: 'head-shaping', steps: ['guide-pin', 'sleeve-reaming', 'head-shaping', 'cap-cementing'] },
  { id: 'head-cap-fixation', chapter: 'femoral-head', kind: 'choice', teaches: 'cap-cementing', options: ['press-fit', 'screws', 'cement'], correct: 'cement' },
  { id: 'head-next', chapter: 'femoral-head', kind: 'next', teaches: 'head-shaping', step: 'sleeve-reaming', options: ['head-shaping', 'reduction', 'cup-impaction'], answer: 'head-shaping' },

  // ---- finishing --------------------------------------------------------------------
  { id: 'finish-find-cup', chapter: 'finishing', kind: 'find', teaches: 'reduction', step: 'reduction', structure: 'cup' },
  { id: 'finish-dislocation', chapter: 'finishing', kind: 'choice', teaches: 'reduction', options: ['impossible', 'like-thr', 'rare'], correct: 'rare' },
  { id: 'finish-repair', chapter: 'finishing', kind: 'choice', teaches: 'closure', options: ['rotators', 'canal', 'left'], correct: 'rotators' },
  { id: 'finish-next', chapter: 'finishing', kind: 'next', teaches: 'closure', step: 'reduction', options: ['recovery', 'closure', 'capsule-dislocation'], answer: 'closure' },

  // ---- after surgery -------------------------------------------------------------------
  { id: 'after-find-cap', chapter: 'after', kind: 'find', teaches: 'recovery', step: 'recovery', structure: 'femoral-cap' },
  { id: 'after-precautions', chapter: 'after', kind: 'choice', teaches: 'recovery', options: ['no-walking', 'hip-precautions', 'early-impact'], correct: 'hip-precautions' },
  { id: 'after-neck-fracture', chapter: 'after', kind: 'choice', teaches: 'recovery', options: ['early-rare', 'late-common', 'never'], correct: 'early-rare' },

  // ---- the whole operation ---------------------------------------------------------------
  {
    id: 'operation-order', chapter: 'operation', kind: 'order', teaches: 'acetabular-reaming',
    steps: ['incision', 'capsule-dislocation', 'acetabular-reaming', 'guide-pin', 'reduction'],
  },
] as const satisfies readonly QuestionSpec[]

export type Question = (typeof QUESTIONS)[number]
export type QuestionId = Question['id']

/**
 * The whole-operation test: the order of the operation, then from each chapter in turn a
 * question that tests a different kind of knowing (a structure, a number, a sequence).
 */
export const OPERATION_TEST: readonly QuestionId[] = [
  'operation-order',
  'hip-find-head',
  'opening-dislocation',
  'socket-safe-zone',
  'head-pin-angle',
  'head-find-neck',
  'finish-next',
  'after-precautions',
]

export const questionById = (id: QuestionId): QuestionSpec => QUESTIONS.find((q) => q.id === id) as QuestionSpec

/** A set's questions, in the order they are asked. */
export function questionsOf(set: QuizSet): readonly QuestionId[] {
  if (set === 'operation') return OPERATION_TEST
  return QUESTIONS.filter((q) => q.chapter === set).map((q) => q.id)
}
