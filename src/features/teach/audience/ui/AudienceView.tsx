/**
 * What the projector shows (`?view=audience`): the 3D view full size with room-sized labels and
 * the step's title, nothing else. It follows the presenter window; until one connects it shows
 * the step in its own link and says it is waiting. Loaded lazily.
 */
import { useEffect, useState } from 'react'
import { useWalkthrough } from '../../../../state/store'
import { Viewport } from '../../../../ui/Viewport'
import { StepKicker } from '../../../../ui/StepKicker'
import { StepAnnouncer } from '../../../../ui/StepAnnouncer'
import { fill, useText } from '../../../../ui/useText'
import { shareLinkFor } from '../../share/share-link'
import './audience.css'

type ShareStepModule = typeof import('../../share/ui/ShareStep')

export default function AudienceView() {
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const lang = useWalkthrough((s) => s.lang)
  const link = useWalkthrough((s) => s.teachLink)
  const shareShown = useWalkthrough((s) => s.shareShown)
  const text = useText()
  const words = text.present
  const title = text.steps[stepId].title
  const fullScreen = useFullScreen()

  useEffect(() => {
    document.title = fill(words.audienceDocumentTitle, { step: title })
  }, [words.audienceDocumentTitle, title])
  // Room-sized labels and name cards: their styles key on this class.
  useEffect(() => {
    document.documentElement.classList.add('audience-window-root')
    return () => document.documentElement.classList.remove('audience-window-root')
  }, [])

  // The share code's module arrives once a presenter drives the room, so "Show on projector"
  // shows it at once (a lazy component would suspend, and React reveals it only 300 ms later).
  const [shareStep, setShareStep] = useState<ShareStepModule | null>(null)
  const wantShareStep = link === 'following' || shareShown
  useEffect(() => {
    if (!wantShareStep || shareStep) return
    let live = true
    // If it cannot load (offline, uncached) the projector shows no code; the presenter's dialog still does.
    import('../../share/ui/ShareStep').then(
      (module) => live && setShareStep(module),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [wantShareStep, shareStep])

  const waiting = link === 'waiting' || link === 'unavailable' || link === null
  return (
    <div className="audience-window" data-link={link ?? 'none'}>
      <main className="audience-window__stage">
        {/* The caption sits on the view, never on the share code beside it. */}
        <div className="audience-window__view">
          <Viewport />
          <div className="audience-window__caption">
            <StepKicker stepId={stepId} className="audience-window__kicker" />
            <h1 className="audience-window__title">{title}</h1>
          </div>
        </div>
        {waiting && (
          <p className="audience-window__status" role="status">
            {link === 'unavailable' ? words.audience.unavailable : words.audience.waiting}
          </p>
        )}
        {fullScreen.supported && (
          <button type="button" className="audience-window__fullscreen" onClick={fullScreen.toggle}>
            {fullScreen.active ? words.audience.leaveFullScreen : words.audience.fullScreen}
          </button>
        )}
        {shareShown && shareStep && (
          <shareStep.ShareOverlay url={shareLinkFor(window.location, { stepId, audience, lang })} caption={words.share.overlayCaption} />
        )}
      </main>
      <StepAnnouncer />
    </div>
  )
}

/** The Fullscreen API, where the browser has it (Safari on iPhone does not). */
function useFullScreen() {
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true
  const [active, setActive] = useState(() => supported && document.fullscreenElement !== null)
  useEffect(() => {
    if (!supported) return
    const onChange = () => setActive(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [supported])
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else void document.documentElement.requestFullscreen().catch(() => setActive(false))
  }
  return { supported, active, toggle }
}
