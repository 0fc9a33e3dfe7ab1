/**
 * The schema of the students' self-test questions (src/content/teach/questions.ts) and of their
 * words in each language (src/content/i18n/<lang>/quiz-questions.ts). Language-neutral specs:
 * what is asked, which step teaches it and what the answer is. tests/unit/quiz-content.test.ts
 * runs it over every question; the app imports only its types, so zod stays out of the bundle.
 */
import { z } from 'zod'
import { PARTS } from '../../../models/contract'
import { LABEL_TERMS } from '../label-terms'
import { STEP_IDS } from '../steps-index'
import { SOURCE_IDS } from '../references'
import { QUIZ_SETS } from '../../state/store'

const stepId = z.enum(STEP_IDS)
const common = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The set it belongs to: a chapter, or 'operation' for a question about the whole operation. */
  chapter: z.enum(QUIZ_SETS),
  /** The step that teaches the answer: the practice feedback's and the results' "Review this step". */
  teaches: stepId,
}

/**
 * A structure a pick may name instead of the asked one and still be right, e.g. the cartilage
 * over the femoral head when the head is asked for. `parts` narrows it to where it is honest (the
 * femoral cartilage, not the socket's); a list answer names no part, so it must match `structure`.
 */
const alsoAccepted = z.object({ structure: z.enum(LABEL_TERMS), parts: z.array(z.enum(PARTS)).min(1) })

export const findQuestionSchema = z.object({
  ...common,
  kind: z.literal('find'),
  /** The step whose 3D view is shown (labels hidden). */
  step: stepId,
  structure: z.enum(LABEL_TERMS),
  alsoAccepted: z.array(alsoAccepted).optional(),
})

export const choiceQuestionSchema = z
  .object({
    ...common,
    kind: z.literal('choice'),
    options: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(3).max(5),
    correct: z.string(),
  })
  .refine((q) => q.options.includes(q.correct), { message: 'the correct option is one of the options' })
  .refine((q) => new Set(q.options).size === q.options.length, { message: 'option ids are unique' })

export const orderQuestionSchema = z
  .object({
    ...common,
    kind: z.literal('order'),
    /** The steps, in the order of the operation (the question shows them shuffled). */
    steps: z.array(stepId).min(3).max(5),
  })
  .refine((q) => q.steps.every((s, i) => i === 0 || STEP_IDS.indexOf(s) > STEP_IDS.indexOf(q.steps[i - 1]!)), {
    message: 'the steps are in the order of the operation',
  })

export const nextQuestionSchema = z
  .object({
    ...common,
    kind: z.literal('next'),
    /** The step shown; the question asks which step follows it. */
    step: stepId,
    options: z.array(stepId).min(3).max(4),
    answer: stepId,
  })
  .refine((q) => q.options.includes(q.answer), { message: 'the answer is one of the options' })
  .refine((q) => !q.options.includes(q.step), { message: 'the shown step is not an option' })
  .refine((q) => new Set(q.options).size === q.options.length, { message: 'options are unique' })

export const questionSpecSchema = z.union([findQuestionSchema, choiceQuestionSchema, orderQuestionSchema, nextQuestionSchema])
export type FindQuestion = z.infer<typeof findQuestionSchema>
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>
export type OrderQuestion = z.infer<typeof orderQuestionSchema>
export type NextQuestion = z.infer<typeof nextQuestionSchema>
export type QuestionSpec = FindQuestion | ChoiceQuestion | OrderQuestion | NextQuestion
export type QuestionKind = QuestionSpec['kind']

// ---- the words, per language --------------------------------------------------

/** A reason the student reads after answering: sourced, or said to be only commonly described. */
export const reasonSchema = z
  .object({ text: z.string().trim().min(1), sources: z.array(z.enum(SOURCE_IDS as [string, ...string[]])) })
  .refine((p) => p.sources.length > 0 || /commonly described/i.test(p.text), { message: 'a reason cites a source' })

export const findWordsSchema = z.object({ reason: reasonSchema })
export const choiceWordsSchema = z.object({
  stem: z.string().trim().min(1),
  options: z.record(z.string(), z.object({ text: z.string().trim().min(1), reason: reasonSchema })),
})
export const orderWordsSchema = z.object({ stem: z.string().trim().min(1), reason: reasonSchema })
export const nextWordsSchema = z.object({ reason: reasonSchema })

/** The words schema a question of this kind needs. */
export const wordsSchemaFor = {
  find: findWordsSchema,
  choice: choiceWordsSchema,
  order: orderWordsSchema,
  next: nextWordsSchema,
} as const satisfies Record<QuestionKind, z.ZodType>
