/**
 * A fake `speechSynthesis`, put in before any app code runs (headless Chromium has no voices),
 * for the Listen tests and the Spanish patient's journey. It records each speak() and cancel();
 * the test fires each utterance's events itself.
 */
import type { BrowserContext } from 'playwright-core'

export interface FakeVoice {
  name: string
  lang: string
  default: boolean
  localService: boolean
}
export const ENGLISH: FakeVoice[] = [{ name: 'Fake English', lang: 'en-US', default: true, localService: true }]
export const SPANISH: FakeVoice[] = [{ name: 'Fake Español', lang: 'es-MX', default: false, localService: true }]

/** What the fake recorded: each speak() (text, lang, rate, voice) and each cancel(). */
export type Entry = { speak: string; lang: string; rate: number; voice: string | null } | { cancel: true }

/**
 * Replaces the browser's speech synthesis before any app code runs. The test fires each
 * utterance's events itself (`__speech.fire('start' | 'end')`); cancel() ends the utterance in
 * flight with an "interrupted" error a moment later, as Chrome does. `voices: null` removes
 * speech synthesis altogether.
 */
export async function installFakeSpeech(context: BrowserContext, voices: FakeVoice[] | null): Promise<void> {
  // Plain JavaScript as a string: tsx would wrap a function's classes in helpers the page lacks.
  await context.addInitScript({ content: `(${FAKE_SPEECH})(${JSON.stringify(voices)})` })
}

const FAKE_SPEECH = `function (voices) {
  if (voices === null) {
    delete Window.prototype.speechSynthesis
    delete window.speechSynthesis
    return
  }
  class FakeUtterance {
    constructor(text) {
      this.text = text
      this.lang = ''
      this.rate = 1
      this.voice = null
      this.onstart = null
      this.onend = null
      this.onerror = null
    }
  }
  const log = []
  let current = null
  const synth = {
    speaking: false,
    paused: false,
    pending: false,
    getVoices: () => voices,
    speak(u) {
      log.push({ speak: u.text, lang: u.lang, rate: u.rate, voice: u.voice ? u.voice.name : null })
      current = u
    },
    cancel() {
      log.push({ cancel: true })
      const was = current
      current = null
      if (was) setTimeout(() => was.onerror && was.onerror({ error: 'interrupted' }))
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true })
  window.__speech = {
    log,
    fire(kind) {
      const u = current
      if (kind === 'end') current = null
      const handler = u && (kind === 'start' ? u.onstart : u.onend)
      if (handler) handler({})
    },
  }
}`

