/**
 * Listen, Pause/Resume, Stop and Slower for the text around the control (its <article>: the
 * step panel or a page). The text is taken from the page as shown (reading.ts), read a sentence
 * at a time in the app's language by a voice of that language (narration.ts), the sentence
 * being read highlighted. A new step, page, audience or language stops it, and so does leaving
 * the page. Every speak() runs inside a tap's handler or an utterance's event, never after an
 * await: iOS speaks only from a user gesture.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { LANGUAGE_TAGS } from '../../../content/i18n/languages'
import { useWalkthrough } from '../../../state/store'
import { useText } from '../../../ui/useText'
import { onContextChange } from '../context'
import { Narration, NORMAL_RATE, SLOWER_RATE, chooseVoice, stopNarration, type NarrationState } from '../narration'
import { highlightSentence, readableSentences, type ReadSentence } from '../reading'
import './listen.css'

// Speech that outlives the page would go on reading a text no longer shown.
window.addEventListener('pagehide', () => {
  stopNarration()
  window.speechSynthesis.cancel()
})

/** "Slower" holds for every step and page until changed, while the app is open (nothing is stored). */
let preferSlower = false

type Message = 'noVoice' | 'failed' | null
type Announcement = 'reading' | 'paused' | 'stopped' | 'finished' | null

export function ListenControls({ placement = 'lead' }: { placement?: 'lead' | 'after' }) {
  const text = useText().listen
  const lang = useWalkthrough((s) => s.lang)
  const tag = LANGUAGE_TAGS[lang]
  const rootRef = useRef<HTMLDivElement>(null)
  const mainRef = useRef<HTMLButtonElement>(null)
  const narration = useRef<Narration<SpeechSynthesisUtterance> | null>(null)
  const [state, setState] = useState<NarrationState>('idle')
  const [slower, setSlower] = useState(preferSlower)
  const [message, setMessage] = useState<Message>(null)
  const [announcement, setAnnouncement] = useState<Announcement>(null)

  // The text on screen changes under a reading: stop it (and say nothing is missing any more).
  useEffect(
    () =>
      onContextChange(useWalkthrough, () => {
        narration.current?.stop()
        setMessage(null)
      }),
    [],
  )
  useEffect(() => () => narration.current?.stop(), [])
  // Chrome fills the voice list only after it is first asked for: ask now, not at the tap.
  useEffect(() => void window.speechSynthesis.getVoices(), [])

  // Voices arrive late in Chrome: a "no voice" said before they did is cleared once one fits.
  useEffect(() => {
    if (message !== 'noVoice') return
    const synth = window.speechSynthesis
    const check = () => {
      if (chooseVoice(synth.getVoices(), tag)) setMessage(null)
    }
    synth.addEventListener?.('voiceschanged', check)
    return () => synth.removeEventListener?.('voiceschanged', check)
  }, [message, tag])

  const listen = () => {
    const synth = window.speechSynthesis
    const voice = chooseVoice(synth.getVoices(), tag)
    // Never another language's voice: an English voice reading Spanish helps no one.
    if (!voice) {
      setMessage('noVoice')
      return
    }
    setMessage(null)
    const scope = rootRef.current?.closest('article') ?? rootRef.current?.parentElement
    const sentences: ReadSentence[] = scope ? readableSentences(scope, tag) : []
    const reading = new Narration<SpeechSynthesisUtterance>({
      synth,
      makeUtterance: (words) => new SpeechSynthesisUtterance(words),
      sentences: sentences.map((s) => s.text),
      lang: tag,
      voice,
      rate: preferSlower ? SLOWER_RATE : NORMAL_RATE,
      onSentence: (i) => highlightSentence(i === null ? null : (sentences[i]?.ranges ?? null)),
      onState: (next, why) => {
        setState(next)
        if (next === 'speaking') setAnnouncement('reading')
        else if (next === 'paused') setAnnouncement('paused')
        else {
          setAnnouncement(why === 'done' ? 'finished' : 'stopped')
          if (why === 'failed') setMessage('failed')
          // Stop and Pause go away when idle: keep the keyboard's place on the control.
          const root = rootRef.current
          if (root && root.contains(document.activeElement) && document.activeElement !== mainRef.current) mainRef.current?.focus()
        }
      },
    })
    narration.current = reading
    reading.start()
  }

  const onMain = () => {
    const reading = narration.current
    if (reading?.state === 'speaking') reading.pause()
    else if (reading?.state === 'paused') reading.resume()
    else listen()
  }

  const toggleSlower = () => {
    preferSlower = !slower
    setSlower(preferSlower)
    narration.current?.setRate(preferSlower ? SLOWER_RATE : NORMAL_RATE)
  }

  const active = state !== 'idle'
  const mainName = state === 'speaking' ? text.pause : state === 'paused' ? text.resume : text.listen
  return (
    <div className="listen" ref={rootRef} role="group" aria-label={text.controls} data-state={state} data-placement={placement}>
      <div className="listen__buttons">
        <button ref={mainRef} type="button" className="button button-secondary listen__button listen__main" onClick={onMain}>
          {state === 'speaking' ? <PauseIcon /> : state === 'paused' ? <PlayIcon /> : <SpeakerIcon />}
          <span className="listen__label">{mainName}</span>
        </button>
        {active && (
          <button type="button" className="button button-secondary listen__button" onClick={() => narration.current?.stop()}>
            <StopIcon />
            <span>{text.stop}</span>
          </button>
        )}
        {/* Offered once reading: a tap on Slower then says the sentence again, slower. */}
        {active && (
          <button type="button" className="button button-secondary listen__button listen__slower" aria-pressed={slower} onClick={toggleSlower}>
            <span>{text.slower}</span>
          </button>
        )}
      </div>
      <p className="listen__message" role="status">
        {message && text[message]}
      </p>
      <span className="visually-hidden" role="status">
        {announcement && text[announcement]}
      </span>
    </div>
  )
}

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  )
}
const SpeakerIcon = () => <Icon><path d="M4 9v6h4l5 4V5L8 9H4z" /><path d="M16.5 8.5a5 5 0 0 1 0 7" /><path d="M19 6a8.5 8.5 0 0 1 0 12" /></Icon>
const PauseIcon = () => <Icon><path d="M9 5v14" /><path d="M15 5v14" /></Icon>
const PlayIcon = () => <Icon><path d="M7 5l12 7-12 7z" /></Icon>
const StopIcon = () => <Icon><rect x="6" y="6" width="12" height="12" rx="1" /></Icon>
