/**
 * Says each step change in a live region (the visible title changes silently otherwise) and
 * keeps the document title on the current step. The first step shown is not announced: the
 * page load itself is.
 */
import { useEffect, useState } from 'react'
import { useWalkthrough } from '../state/store'
import { STEP_COUNT, stepNumber } from './steps'
import { fill, useText } from './useText'

export function StepAnnouncer() {
  const stepId = useWalkthrough((s) => s.stepId)
  // A self-test shows each question's step itself and announces the question: no second message.
  const testing = useWalkthrough((s) => s.quiz !== null)
  const text = useText()
  const [shownStep, setShownStep] = useState(stepId)
  const [message, setMessage] = useState('')
  const title = text.steps[stepId].title

  // Adjusting state while rendering (React's pattern for "when a value changes"): no extra effect pass.
  if (stepId !== shownStep) {
    setShownStep(stepId)
    setMessage(testing ? '' : fill(text.ui.announceStep, { n: stepNumber(stepId), total: STEP_COUNT, title }))
  }

  useEffect(() => {
    document.title = fill(text.ui.documentTitle, { title })
  }, [title, text])

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="step-announcer">
      {message}
    </div>
  )
}
