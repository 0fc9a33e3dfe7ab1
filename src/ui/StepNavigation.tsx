/**
 * Previous / Next, and the keyboard: ArrowLeft/ArrowRight step, Home/End jump to the ends.
 * At either end the button stays focusable (aria-disabled, not disabled) so keyboard focus
 * is not thrown away when the last step is reached.
 */
import { useEffect } from 'react'
import { STEP_IDS } from '../content/steps-index'
import { useWalkthrough } from '../state/store'
import { ChevronLeftIcon, ChevronRightIcon } from './icons'
import { useText } from './useText'

export function StepNavigation() {
  const stepId = useWalkthrough((s) => s.stepId)
  const nextStep = useWalkthrough((s) => s.nextStep)
  const previousStep = useWalkthrough((s) => s.previousStep)
  const text = useText()
  const atStart = stepId === STEP_IDS[0]
  const atEnd = stepId === STEP_IDS[STEP_IDS.length - 1]
  useStepKeys()

  return (
    <div className="step-buttons">
      <button
        type="button"
        className="button button-secondary"
        aria-label={text.ui.previousStep}
        aria-disabled={atStart}
        onClick={() => !atStart && previousStep()}
      >
        <ChevronLeftIcon />
        <span>{text.ui.previous}</span>
      </button>
      <button
        type="button"
        className="button button-primary"
        aria-label={text.ui.nextStep}
        aria-disabled={atEnd}
        onClick={() => !atEnd && nextStep()}
      >
        <span>{text.ui.next}</span>
        <ChevronRightIcon />
      </button>
    </div>
  )
}

/** Keys belong to a form control while it has focus (radios use the arrows themselves). */
function isFormControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  return target.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="radiogroup"], [role="slider"], [role="listbox"]') !== null
}

function useStepKeys() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      if (isFormControl(event.target)) return
      const store = useWalkthrough.getState()
      // A page (dialog) is open above the walkthrough: its content owns the keyboard.
      if (store.page !== null) return
      const actions: Partial<Record<string, () => void>> = {
        ArrowRight: store.nextStep,
        ArrowLeft: store.previousStep,
        Home: store.firstStep,
        End: store.lastStep,
      }
      const action = actions[event.key]
      if (action === undefined) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
