/**
 * Patient teach-back at the last step of each chapter (AHRQ health-literacy toolkit, tool 5):
 * an open prompt, a space to think, the key points to compare with, and "Explain it again",
 * which goes back to the chapter's first step. It checks the app's explanation, not the
 * person: there is no score and no right or wrong, and nothing typed is kept or sent.
 */
import { useId, useState } from 'react'
import type { ChapterId, StepId } from '../../../content/steps-index'
import { useWalkthrough } from '../../../state/store'
import { PassageText } from '../../../ui/pages/PassageText'
import { chapterEndingAt } from '../../../ui/steps'
import { fill, useText } from '../../../ui/useText'
import './teach-back.css'

/**
 * The step panel's title (StepPanel's `#step-title`, a focus target) takes focus after "Explain
 * it again", so a keyboard or screen-reader user starts reading the chapter again from its first step.
 */
const focusStepTitle = () => document.getElementById('step-title')?.focus()

export function TeachBack({ stepId }: { stepId: StepId }) {
  const end = chapterEndingAt(stepId)
  // Keyed by chapter: what was typed and the open key points do not carry over to the next chapter.
  return end ? <TeachBackBox key={end.chapter} chapter={end.chapter} firstStep={end.firstStep} /> : null
}

function TeachBackBox({ chapter, firstStep }: { chapter: ChapterId; firstStep: StepId }) {
  const pack = useText()
  const text = pack.teachBack
  const { prompt, keyPoints } = text.chapters[chapter]
  const goToStep = useWalkthrough((s) => s.goToStep)
  const [pointsShown, setPointsShown] = useState(false)
  const id = useId()
  const ids = { heading: `${id}-heading`, field: `${id}-field`, note: `${id}-note`, points: `${id}-points`, hint: `${id}-hint` }

  const explainAgain = () => {
    goToStep(firstStep)
    // The panel shows the first step's words on the next render; its title is the same element.
    requestAnimationFrame(focusStepTitle)
  }

  return (
    <aside className="teach-back" aria-labelledby={ids.heading}>
      <h3 id={ids.heading} className="teach-back__heading">
        {text.title}
      </h3>
      <p className="teach-back__intro">{text.intro}</p>
      <p className="teach-back__prompt">{prompt}</p>

      <label className="teach-back__label" htmlFor={ids.field}>
        {text.thinkLabel}
      </label>
      {/* Uncontrolled and never read: the words stay in this field and go nowhere. */}
      <textarea id={ids.field} className="teach-back__field" rows={3} autoComplete="off" aria-describedby={ids.note} />
      <p id={ids.note} className="teach-back__note">
        {text.thinkNote}
      </p>

      <div className="teach-back__actions">
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={pointsShown}
          aria-controls={ids.points}
          onClick={() => setPointsShown((shown) => !shown)}
        >
          {pointsShown ? text.hidePoints : text.showPoints}
        </button>
        <button type="button" className="button button-secondary" aria-describedby={ids.hint} onClick={explainAgain}>
          {text.explainAgain}
        </button>
      </div>
      <p id={ids.hint} className="teach-back__note">
        {fill(text.explainAgainHint, { chapter: pack.chapters[chapter] })}
      </p>

      <div id={ids.points} className="teach-back__points" hidden={!pointsShown}>
        <p>{text.pointsIntro}</p>
        <ul>
          {keyPoints.map((point, i) => (
            <li key={i}>
              <PassageText passage={point} />
            </li>
          ))}
        </ul>
      </div>
    </aside>
  )
}
