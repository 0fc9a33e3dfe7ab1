/**
 * The lecturer's screen (`?view=presenter`): the 3D view as the room sees it (the lecturer
 * orbits, zooms and touches structures here, and the audience window follows), the student
 * text as notes with the step's pitfalls and a question for the room, the next step as a still
 * image, the session's time, and the controls that drive the room: step, register, layers,
 * Replay and Pause, Reset view, "Open audience window" and "Share this step".
 * Loaded lazily: only a presenter window needs it.
 */
import { lazy, Suspense, useEffect, useState } from 'react'
import { STEP_IDS, type StepId } from '../../../../content/steps-index'
import { presenterNotes, type PresenterNotes } from '../../../../content/teach/presenter-notes'
import { serialiseSearch } from '../../../../lib/url'
import { useWalkthrough } from '../../../../state/store'
import { AudienceSwitch } from '../../../../ui/AudienceSwitch'
import { NoticeBanner } from '../../../../ui/NoticeBanner'
import { PageDialog } from '../../../../ui/PageDialog'
import { StepAnnouncer } from '../../../../ui/StepAnnouncer'
import { StepList } from '../../../../ui/StepList'
import { StepNavigation } from '../../../../ui/StepNavigation'
import { ViewControls } from '../../../../ui/ViewControls'
import { Viewport } from '../../../../ui/Viewport'
import { StepKicker } from '../../../../ui/StepKicker'
import { PassageText } from '../../../../ui/pages/PassageText'
import { STEP_COUNT, stepNumber } from '../../../../ui/steps'
import { fill, useText } from '../../../../ui/useText'
import { previewUrl } from '../../share/previews'
import { shareLinkFor } from '../../share/share-link'
import { SessionClock } from './SessionClock'
import './presenter.css'

const ShareStep = lazy(() => import('../../share/ui/ShareStep').then((m) => ({ default: m.ShareStep })))

/** The audience window's name: a second press brings the same window back instead of opening another. */
const AUDIENCE_WINDOW = 'resurface-audience'

export default function PresenterView() {
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const lang = useWalkthrough((s) => s.lang)
  const link = useWalkthrough((s) => s.teachLink)
  const shareShown = useWalkthrough((s) => s.shareShown)
  const setShareShown = useWalkthrough((s) => s.setShareShown)
  const text = useText()
  const words = text.present
  const title = text.steps[stepId].title
  const [sharing, setSharing] = useState(false)
  const [blocked, setBlocked] = useState(false)
  usePresenterKeys()

  useEffect(() => {
    document.title = fill(words.documentTitle, { step: title })
  }, [words.documentTitle, title])

  const audienceHref = serialiseSearch({ stepId, audience, page: null, view: 'audience', lang })
  const openAudience = () => {
    // From the click itself, so a popup blocker lets it through; the window can then go full screen.
    const opened = window.open(audienceHref, AUDIENCE_WINDOW, 'popup,width=1280,height=720')
    setBlocked(opened === null)
    opened?.focus()
  }
  const status = link === 'unavailable' ? words.status.unavailable : link === 'other-driving' ? words.status.otherDriving : words.status.driving

  return (
    <div className="presenter">
      <header className="presenter-bar">
        <h1 className="presenter-bar__title">
          {text.ui.appName} <span className="presenter-bar__role">{words.title}</span>
        </h1>
        <SessionClock text={words} />
        <div className="presenter-bar__actions">
          <button type="button" className="button" onClick={openAudience} disabled={link === 'unavailable'}>
            {words.openAudience}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setSharing(true)}>
            {words.share.open}
          </button>
          <a className="presenter-bar__leave" href={serialiseSearch({ stepId, audience, page: null, lang })}>
            {words.exitPresenter}
          </a>
        </div>
      </header>
      <p className="presenter-status" data-link={link ?? 'none'} role="status">
        {status}
      </p>
      {blocked && (
        <p className="presenter-blocked" role="alert">
          {words.audienceBlocked}{' '}
          <a href={audienceHref} target={AUDIENCE_WINDOW}>
            {words.audienceLink}
          </a>
        </p>
      )}
      <NoticeBanner />
      <main className="presenter-main">
        <section className="presenter-stage stage" aria-label={text.ui.viewportLabel}>
          <div className="stage-view presenter-stage__view">
            <Viewport />
          </div>
          <ViewControls />
          <div className="presenter-stage__drive">
            <AudienceSwitch label={words.roomRegister} />
            <StepNavigation />
          </div>
        </section>
        <PresenterNotesPanel stepId={stepId} />
        <aside className="presenter-next" aria-labelledby="presenter-next-heading">
          <NextStep stepId={stepId} />
          <StepList />
        </aside>
      </main>
      {sharing && (
        <Suspense fallback={null}>
          <ShareStep
            url={shareLinkFor(window.location, { stepId, audience, lang })}
            title={title}
            onClose={() => setSharing(false)}
            onShowOnProjector={link === 'unavailable' ? undefined : setShareShown}
            shownOnProjector={shareShown}
          />
        </Suspense>
      )}
      <StepAnnouncer />
      <PageDialog />
    </div>
  )
}

/** The student text of the step as the lecturer's notes, its pitfalls and a question for the room. */
function PresenterNotesPanel({ stepId }: { stepId: StepId }) {
  const text = useText()
  const lang = useWalkthrough((s) => s.lang)
  const notes = useLazyNotes(lang)
  const words = text.present
  const stepNotes = notes.kind === 'ready' ? notes.notes.steps[stepId] : null
  return (
    <section className="presenter-notes" aria-labelledby="presenter-notes-title">
      <StepKicker stepId={stepId} />
      <h2 id="presenter-notes-title" className="presenter-notes__title">
        {text.steps[stepId].title}
      </h2>
      <div className="presenter-notes__text">
        {text.steps[stepId].student.map((passage, i) => (
          <p key={i}>
            <PassageText passage={passage} alwaysCite />
          </p>
        ))}
      </div>
      {notes.kind === 'loading' && <p className="presenter-notes__quiet">{words.notesLoading}</p>}
      {notes.kind === 'failed' && <p className="presenter-notes__quiet">{words.notesFailed}</p>}
      {stepNotes && (
        <>
          <h3 className="panel-heading">{words.pitfallsHeading}</h3>
          <ul className="presenter-notes__pitfalls">
            {stepNotes.pitfalls.map((passage, i) => (
              <li key={i}>
                <PassageText passage={passage} alwaysCite />
              </li>
            ))}
          </ul>
          <h3 className="panel-heading">{words.askHeading}</h3>
          <p className="presenter-notes__ask">
            <PassageText passage={stepNotes.ask} alwaysCite />
          </p>
        </>
      )}
    </section>
  )
}

type NotesState = { kind: 'loading' } | { kind: 'ready'; notes: PresenterNotes } | { kind: 'failed' }

/** The language's notes, fetched once (their own chunk). A failure leaves the step text, which is complete. */
function useLazyNotes(lang: keyof typeof presenterNotes): NotesState {
  const [state, setState] = useState<{ lang: string; notes: NotesState }>({ lang, notes: { kind: 'loading' } })
  useEffect(() => {
    let live = true
    presenterNotes[lang]().then(
      (notes) => live && setState({ lang, notes: { kind: 'ready', notes } }),
      () => live && setState({ lang, notes: { kind: 'failed' } }),
    )
    return () => {
      live = false
    }
  }, [lang])
  return state.lang === lang ? state.notes : { kind: 'loading' }
}

/** A still image of the next step (a second 3D view would double the drawing work). */
function NextStep({ stepId }: { stepId: StepId }) {
  const text = useText()
  const goToStep = useWalkthrough((s) => s.goToStep)
  const next = STEP_IDS[STEP_IDS.indexOf(stepId) + 1]
  // A build without previews still offers the step: its title alone.
  const [missing, setMissing] = useState<StepId | null>(null)
  return (
    <div className="presenter-next__step">
      <h2 id="presenter-next-heading" className="panel-heading">
        {text.present.nextHeading}
      </h2>
      {next === undefined ? (
        <p>{text.present.lastStep}</p>
      ) : (
        <button type="button" className="presenter-next__button" onClick={() => goToStep(next)}>
          {missing !== next && (
            <img
              className="presenter-next__image"
              src={previewUrl(next)}
              alt={fill(text.present.nextPreviewAlt, { title: text.steps[next].title })}
              width={640}
              height={400}
              onError={() => setMissing(next)}
            />
          )}
          <span className="presenter-next__title">
            {fill(text.ui.stepOf, { n: stepNumber(next), total: STEP_COUNT })}: {text.steps[next].title}
          </span>
        </button>
      )}
    </div>
  )
}

/**
 * A presentation clicker sends Page Down and Page Up: next and previous step. (The arrow keys
 * already move between steps, see StepNavigation.)
 */
function usePresenterKeys() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const store = useWalkthrough.getState()
      if (store.page !== null) return
      if (event.key === 'PageDown') store.nextStep()
      else if (event.key === 'PageUp') store.previousStep()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
