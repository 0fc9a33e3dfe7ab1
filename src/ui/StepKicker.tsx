/** "Step 4 of 15 · The socket": where a step stands, above its title (step panel, presenter, projector). */
import type { StepId } from '../content/steps-index'
import { STEP_COUNT, stepById, stepNumber } from './steps'
import { fill, useText } from './useText'

export function StepKicker({ stepId, className = 'step-kicker' }: { stepId: StepId; className?: string }) {
  const text = useText()
  return (
    <p className={className}>
      <span>{fill(text.ui.stepOf, { n: stepNumber(stepId), total: STEP_COUNT })}</span>
      <span aria-hidden="true"> · </span>
      <span>{text.chapters[stepById(stepId).chapter]}</span>
    </p>
  )
}
