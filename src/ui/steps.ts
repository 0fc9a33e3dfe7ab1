/** Step lookups for the interface: the content's step list read as plain `Step` data. */
import { steps } from '../content/steps'
import type { Step } from '../content/schema'
import { CHAPTERS, STEP_IDS, type ChapterId, type StepId } from '../content/steps-index'

const STEPS: readonly Step[] = steps
const first = STEPS[0]
if (first === undefined) throw new Error('The walkthrough has no steps')

export const stepById = (id: StepId): Step => STEPS.find((s) => s.id === id) ?? first

/** 1-based position, as the interface says it ("Step 4 of 15"). */
export const stepNumber = (id: StepId): number => STEP_IDS.indexOf(id) + 1
export const STEP_COUNT = STEP_IDS.length

/** Steps grouped by chapter, in the order of the operation. */
export const STEPS_BY_CHAPTER: readonly { chapter: ChapterId; stepIds: StepId[] }[] = CHAPTERS.map((chapter) => ({
  chapter,
  stepIds: STEP_IDS.filter((id) => stepById(id).chapter === chapter),
})).filter((group) => group.stepIds.length > 0)

/**
 * The chapter that ends at this step, with its first step, or null mid-chapter: where patients
 * say a chapter back and students test themselves on it.
 */
export function chapterEndingAt(stepId: StepId): { chapter: ChapterId; firstStep: StepId } | null {
  const group = STEPS_BY_CHAPTER.find((g) => g.stepIds.at(-1) === stepId)
  const firstStep = group?.stepIds[0]
  return group && firstStep ? { chapter: group.chapter, firstStep } : null
}
