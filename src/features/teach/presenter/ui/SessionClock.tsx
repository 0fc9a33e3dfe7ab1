/**
 * Elapsed time since the session started (pausable, resettable) and the time of day: a lecturer
 * keeps to the slot without a phone on the desk. One tick a second; nothing is announced.
 */
import { useEffect, useState } from 'react'
import type { PresentText } from '../../../../content/teach/present-text'

const twoDigits = (n: number) => String(n).padStart(2, '0')

/** "12:03", or "1:02:03" past the hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  return h > 0 ? `${h}:${twoDigits(m)}:${twoDigits(s)}` : `${twoDigits(m)}:${twoDigits(s)}`
}

export function SessionClock({ text }: { text: PresentText }) {
  const [now, setNow] = useState(() => Date.now())
  // Elapsed = time banked while running before, plus the current run.
  const [timer, setTimer] = useState<{ banked: number; since: number | null }>(() => ({ banked: 0, since: Date.now() }))
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(tick)
  }, [])
  const elapsed = timer.banked + (timer.since === null ? 0 : now - timer.since)
  const running = timer.since !== null
  const toggle = () =>
    setTimer((t) => (t.since === null ? { banked: t.banked, since: Date.now() } : { banked: t.banked + Date.now() - t.since, since: null }))
  const reset = () => setTimer((t) => ({ banked: 0, since: t.since === null ? null : Date.now() }))
  const clock = new Date(now).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })

  return (
    <div className="session-clock">
      <span className="session-clock__item">
        <span className="session-clock__label">{text.elapsed}</span>
        <time className="session-clock__value" data-running={running}>{formatElapsed(elapsed)}</time>
      </span>
      <button type="button" className="session-clock__button" aria-label={running ? text.pauseTimer : text.resumeTimer} onClick={toggle}>
        {running ? text.timerPause : text.timerResume}
      </button>
      <button type="button" className="session-clock__button" aria-label={text.resetTimer} onClick={reset}>
        {text.timerReset}
      </button>
      <span className="session-clock__item">
        <span className="session-clock__label">{text.clock}</span>
        <time className="session-clock__value">{clock}</time>
      </span>
    </div>
  )
}
