/** The text of the current step for the chosen audience, its labels, and (for students) its sources. */
import { lazy, Suspense } from 'react'
import type { SourceId } from '../content/references'
import type { Passage } from '../content/i18n/types'
import { useWalkthrough } from '../state/store'
import { RichText } from './RichText'
import { fill, useText } from './useText'
import { followInApp, useLinkTo } from './links'
import { stepById } from './steps'
import { StepKicker } from './StepKicker'
import { StepCompareNote } from '../features/compare/ui/StepCompareNote'
import { TeachBack } from '../features/teach-back/ui/TeachBack'
import { QuizInvite } from '../features/quiz/ui/QuizInvite'
import { Listen } from '../features/listen/ui/Listen'
import { ShareButton } from '../features/share/ui/ShareButton'

const SourceList = lazy(() => import('./SourceList'))

export function StepPanel() {
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const text = useText()
  const step = stepById(stepId)
  const words = text.steps[stepId]
  const passages = words[audience]
  const sources = audience === 'student' ? uniqueSources(passages) : []

  return (
    <article className="step-panel" aria-labelledby="step-title">
      {/* The kicker shares its line with Listen, so the text still starts on a phone's first screen. */}
      <div className="step-lead">
        <StepKicker stepId={stepId} />
        <Listen />
      </div>
      {/* A focus target (not a tab stop): "Explain it again" brings the reader back here. */}
      <h2 id="step-title" className="step-title" tabIndex={-1}>{words.title}</h2>
      <div className="step-text" data-audience={audience} data-listen-text>
        {passages.map((passage, i) => (
          <p key={i}>
            <RichText text={passage.text} />
            {audience === 'student' && passage.sources.length > 0 && <SourceMarks ids={passage.sources} />}
          </p>
        ))}
      </div>
      <Listen placement="after" />
      <ShareButton />

      <StepCompareNote />
      {/* At a chapter's end: patients explain it back in their own words, students test themselves. */}
      {audience === 'patient' ? <TeachBack stepId={stepId} /> : <QuizInvite stepId={stepId} />}

      <h3 className="panel-heading">{text.ui.labelsHeading}</h3>
      <ul className="label-list">
        {step.labels.map((label) => (
          <li key={label.term}>{text.labels[label.term][audience]}</li>
        ))}
      </ul>

      {sources.length > 0 && (
        <>
          <h3 className="panel-heading">{text.ui.sourcesHeading}</h3>
          <Suspense fallback={null}>
            <SourceList ids={sources} />
          </Suspense>
        </>
      )}
    </article>
  )
}

/** The step's sources, once each, in the references page's (numeric) order. */
function uniqueSources(passages: readonly Passage[]): SourceId[] {
  return [...new Set(passages.flatMap((p) => p.sources))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
}

/** Superscript source numbers, each linking to its entry on the references page. */
function SourceMarks({ ids }: { ids: readonly SourceId[] }) {
  const text = useText()
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const openPage = useWalkthrough((s) => s.openPage)
  const linkTo = useLinkTo()
  return (
    <sup className="source-marks">
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ','}
          <a
            href={`${linkTo({ stepId, audience, page: 'references' })}#source-${id}`}
            aria-label={fill(text.ui.sourceLink, { id })}
            onClick={(e) =>
              followInApp(e, () => {
                openPage('references')
                // The page renders on the next frame; then bring the cited entry into view.
                requestAnimationFrame(() => document.getElementById(`source-${id}`)?.scrollIntoView({ block: 'center' }))
              })
            }
          >
            [{id}]
          </a>
        </span>
      ))}
    </sup>
  )
}
