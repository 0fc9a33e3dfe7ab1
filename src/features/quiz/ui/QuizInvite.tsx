/** Placeholder until the quiz feature lands: shows nothing. */
import type { StepId } from '../../../content/steps-index'

export function QuizInvite(_props: { stepId: StepId }) {
  return null
}
