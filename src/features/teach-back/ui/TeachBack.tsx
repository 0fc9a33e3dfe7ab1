/** Placeholder until the teach-back feature lands: shows nothing. */
import type { StepId } from '../../../content/steps-index'

export function TeachBack(_props: { stepId: StepId }) {
  return null
}
