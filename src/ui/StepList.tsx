/**
 * The "Steps" navigation landmark: where you are ("Step 4 of 15"), and, when opened, every step
 * grouped by chapter with the current one marked (aria-current). Collapsed by default so the
 * step text keeps the room; the position is always visible on its toggle. Choosing a step or
 * pressing Escape closes the list.
 */
import { useId, useRef, useState } from 'react'
import type { StepId } from '../content/steps-index'
import { useWalkthrough } from '../state/store'
import { ChevronDownIcon } from './icons'
import { followInApp, useLinkTo } from './links'
import { STEP_COUNT, STEPS_BY_CHAPTER, stepNumber } from './steps'
import { fill, useText } from './useText'

export function StepList() {
  const [open, setOpen] = useState(false)
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const linkTo = useLinkTo()
  const goToStep = useWalkthrough((s) => s.goToStep)
  const text = useText()
  const listId = useId()
  const toggle = useRef<HTMLButtonElement>(null)
  const choose = (id: StepId) => {
    goToStep(id)
    setOpen(false)
    // the chosen link disappears with the list: keep the keyboard user's place on the toggle
    toggle.current?.focus()
  }
  const position = fill(text.ui.stepOf, { n: stepNumber(stepId), total: STEP_COUNT })

  return (
    <nav
      className="step-list"
      aria-label={text.ui.stepsNav}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          setOpen(false)
          toggle.current?.focus()
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="step-list-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="step-list-toggle-name">{text.ui.showSteps}</span>
        <span className="step-list-position">{position}</span>
        <ChevronDownIcon />
      </button>
      <ol id={listId} className="chapter-list" hidden={!open}>
        {STEPS_BY_CHAPTER.map(({ chapter, stepIds }) => (
          <li key={chapter}>
            <h3 className="chapter-name">{text.chapters[chapter]}</h3>
            <ol className="chapter-steps">
              {stepIds.map((id) => (
                <li key={id} value={stepNumber(id)}>
                  <a
                    href={linkTo({ stepId: id, audience })}
                    aria-current={id === stepId ? 'step' : undefined}
                    onClick={(e) => followInApp(e, () => choose(id))}
                  >
                    <span className="step-number" aria-hidden="true">{stepNumber(id)}</span>
                    <span>{text.steps[id].title}</span>
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  )
}
