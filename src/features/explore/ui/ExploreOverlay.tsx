/**
 * Touch to learn, the DOM's side (loaded lazily with the scene's side): the name card beside the
 * touched point (its name in the current register and its glossary line, a close button) and the
 * polite live region that says what the keyboard reached. The scene places the card and its
 * marker through PickDom; this renders only when the pick changes.
 *
 * During a self-test the card is not shown and nothing names the part (that would give the
 * answer away); the part is still tinted and the keyboard hears which one of how many it chose.
 */
import { useEffect, useId, useRef } from 'react'
import { plainText } from '../../../lib/rich-text'
import { structureOf, visibleStructures } from '../../../lib/structures'
import { useWalkthrough, type Audience, type PickedStructure } from '../../../state/store'
import { landmarkOfTerm, type LandmarkGlossary, type LandmarkTerm } from '../../../content/landmarks'
import { useLandmarkGlossary } from './useLandmarkGlossary'
import { landmarkLineText } from '../../../lib/landmark-labels'
import { fill, useText } from '../../../ui/useText'
import type { PickDom } from '../pick-dom'
import './explore.css'

export interface ExploreOverlayProps {
  dom: PickDom
  /** The focusable 3D view: focus returns there when the card it opened closes. */
  frame: HTMLElement
}

export default function ExploreOverlay({ dom, frame }: ExploreOverlayProps) {
  const pick = useWalkthrough((s) => s.pick)
  const quiz = useWalkthrough((s) => s.quiz !== null)
  const audience = useWalkthrough((s) => s.audience)
  const stepId = useWalkthrough((s) => s.stepId)
  const overrides = useWalkthrough((s) => s.layerOverrides)
  const landmarksOn = useWalkthrough((s) => s.landmarks)
  const lang = useWalkthrough((s) => s.lang)
  const pack = useText()
  const nameId = useId()
  const cardRef = useRef<HTMLDivElement | null>(null)

  const glossary = pick ? structureOf(pick.structure)?.glossary : undefined
  const landmark = pick ? landmarkOfTerm(pick.structure) : undefined
  // Students read a landmark's own line (what it is and why it matters, sourced); patients the
  // plain glossary line where the walkthrough has one (the trochanters...), else the landmark's.
  const landmarkLine = landmark !== undefined && (audience === 'student' || !glossary)
  const landmarkWords = useLandmarkGlossary(lang, landmarksOn || landmarkLine)
  const name = pick ? pack.labels[pick.structure][audience] : ''
  const meaning = landmarkLine
    ? landmarkMeaning(landmarkWords, landmark.term, audience)
    : glossary
      ? plainText(pack.glossary[glossary].definition, (id) => (pack.glossary as Record<string, { term: string } | undefined>)[id]?.term)
      : ''

  // Escape closes the name from anywhere on the walkthrough (the 3D view handles its own first).
  useEffect(() => {
    if (!pick) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || useWalkthrough.getState().page !== null) return
      e.preventDefault()
      close()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  function close() {
    const focusWasInCard = cardRef.current?.contains(document.activeElement) ?? false
    useWalkthrough.getState().setPick(null)
    if (focusWasInCard) frame.focus()
  }

  const showCard = pick !== null && !quiz
  return (
    <>
      {showCard && <div className="explore-marker" ref={(el) => dom.setMarker(el)} data-visible="false" aria-hidden="true" />}
      {showCard && (
        <div
          className="explore-card"
          role="group"
          aria-labelledby={nameId}
          data-visible="false"
          data-structure={pick.structure}
          ref={(el) => {
            cardRef.current = el
            dom.setCard(el)
          }}
        >
          <p className="explore-card__name" id={nameId}>
            {name}
          </p>
          <p className="explore-card__meaning">{meaning}</p>
          <button type="button" className="explore-card__close" aria-label={fill(pack.explore.closeCard, { name })} onClick={close}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
      <p className="visually-hidden explore-announcer" role="status" aria-live="polite">
        {announcement(pick, quiz, name, meaning, pack.explore, visibleStructures(stepId, overrides))}
      </p>
    </>
  )
}

/** A landmark's glossary line in the register: empty while its chunk is on its way. */
function landmarkMeaning(words: LandmarkGlossary | null, term: LandmarkTerm, audience: Audience): string {
  const line = words?.[term]
  return line ? landmarkLineText(line, audience) : ''
}

/** What the live region says: only for keyboard picks (a pointer pick is seen on the card). */
function announcement(
  pick: PickedStructure | null,
  quiz: boolean,
  name: string,
  meaning: string,
  text: ReturnType<typeof useText>['explore'],
  shown: readonly string[],
): string {
  if (!pick || pick.by !== 'keyboard') return ''
  if (quiz) return fill(text.announceInQuiz, { n: shown.indexOf(pick.structure) + 1, total: shown.length })
  return fill(text.announce, { name, meaning })
}
