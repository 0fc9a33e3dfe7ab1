/**
 * The walkthrough as a clinic's page frames it (`?embed=1`): the step's 3D view, its text (not
 * with `&text=0`), Previous / Next with the step's position, a link to the full app at this step,
 * and one line of the medical note. No site header, menu or footer: the host page is the site.
 * Loaded lazily by App.tsx, only in a frame.
 */
import type { Passage } from '../../../content/i18n/types'
import { useWalkthrough } from '../../../state/store'
import { Viewport } from '../../../ui/Viewport'
import { NoticeBanner } from '../../../ui/NoticeBanner'
import { OfflineNotice } from '../../offline/ui/OfflineNotice'
import { StepNavigation } from '../../../ui/StepNavigation'
import { StepKicker } from '../../../ui/StepKicker'
import { StepAnnouncer } from '../../../ui/StepAnnouncer'
import { PageDialog } from '../../../ui/PageDialog'
import { RichText } from '../../../ui/RichText'
import { useText } from '../../../ui/useText'
import { useRootTextSize } from '../../../ui/TextSizeToggle'
import { stepLink } from '../../share/links'
import { Listen } from '../../listen/ui/Listen'
import './embed.css'

export default function EmbeddedWalkthrough() {
  const withText = useWalkthrough((s) => s.embed?.text !== false)
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const lang = useWalkthrough((s) => s.lang)
  const text = useText()
  useRootTextSize()
  // The full app at what the frame shows now, in a tab of its own (the host page stays open).
  const appHref = stepLink(window.location, { stepId, audience, lang })

  return (
    <div className="embed" data-text={withText}>
      {/* One row of the frame's grid for both notices. The frame keeps its own offline copy (a
          waiting room's Wi-Fi) and offers its updates. */}
      <div className="embed-notices">
        <NoticeBanner />
        <OfflineNotice />
      </div>
      <main className="embed-main">
        <div className="embed-view">
          <Viewport />
        </div>
        {withText && <EmbeddedStepText />}
      </main>
      <footer className="embed-bar">
        <div className="embed-nav" role="group" aria-label={text.share.stepButtons}>
          {/* Without the text the position still says where the step stands (and names it, hidden). */}
          <StepKicker stepId={stepId} className="embed-position" />
          <StepNavigation />
        </div>
        <p className="embed-foot">
          <span>{text.share.learningOnly}</span>
          <a className="embed-open" href={appHref} target="_blank" rel="noopener">
            {text.share.openInApp}
            <span className="visually-hidden"> {text.share.newTab}</span>
            <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
            </svg>
          </a>
        </p>
      </footer>
      <StepAnnouncer />
      <PageDialog />
    </div>
  )
}

/** The step's title and text for the register; a student's claims keep their source numbers beside them. */
function EmbeddedStepText() {
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const words = useText().steps[stepId]
  return (
    <article className="embed-text" aria-labelledby="step-title">
      <h2 id="step-title" className="step-title" tabIndex={-1}>{words.title}</h2>
      {/* A patient on a clinic's page can have the step read aloud, as in the full app. */}
      <Listen />
      <div className="step-text" data-audience={audience} data-listen-text>
        {words[audience].map((passage: Passage, i) => (
          <p key={i}>
            <RichText text={passage.text} />
            {audience === 'student' && passage.sources.length > 0 && <sup className="source-marks">[{passage.sources.join(',')}]</sup>}
          </p>
        ))}
      </div>
    </article>
  )
}
