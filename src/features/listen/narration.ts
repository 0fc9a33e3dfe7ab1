/**
 * The narration engine: text cut into sentences, a voice of the text's language, and a queue
 * that speaks one utterance per sentence. One per sentence because Chrome stops an utterance
 * after about 15 s, and because each sentence's `start` is what moves the highlight. No DOM
 * here (see reading.ts for the page's text): the speech engine and the utterance maker are
 * passed in, so tests drive it with a fake.
 */

/** The parts of `SpeechSynthesisVoice` the choice looks at. */
export interface VoiceLike {
  readonly lang: string
  readonly name: string
  readonly default?: boolean
  readonly localService?: boolean
}

/** The parts of `SpeechSynthesisUtterance` the queue sets and listens to (a fake gives these). */
export type UtteranceLike = Pick<SpeechSynthesisUtterance, 'lang' | 'rate' | 'voice' | 'onstart' | 'onend' | 'onerror'>

/** The parts of `window.speechSynthesis` the queue uses. */
export interface SynthLike<U extends UtteranceLike = UtteranceLike> {
  speak: (utterance: U) => void
  cancel: () => void
  readonly speaking?: boolean
  readonly pending?: boolean
  readonly paused?: boolean
}

export const NORMAL_RATE = 1
/** "Slower": clearer for a listener new to the words, still natural. */
export const SLOWER_RATE = 0.8

/** A sentence of `text`: its words (trimmed) and where they stand in `text`. */
export interface SentenceSpan {
  readonly text: string
  readonly start: number
  readonly end: number
}

const HAS_WORD = /[\p{L}\p{N}]/u

/**
 * The sentences of a text in its language (`lang` a BCP 47 tag such as 'es-419'), by
 * `Intl.Segmenter`; a browser without it gets a plain split after . ! ? and their Spanish
 * openers are kept with their sentence. Spans of punctuation or space alone are dropped.
 */
export function splitSentences(source: string, lang: string): SentenceSpan[] {
  // A line break in the markup is a space on screen, not a sentence's end (same length, so offsets hold).
  const text = source.replace(/[\n\r\v\f\u2028\u2029\u0085]/g, ' ')
  const pieces: { segment: string; index: number }[] = []
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let segmenter: Intl.Segmenter
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
    } catch {
      // A tag the engine does not know: its language's defaults are the same rules.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' })
    }
    for (const s of segmenter.segment(text)) pieces.push({ segment: s.segment, index: s.index })
  } else {
    for (const m of text.matchAll(/[^.!?]*(?:[.!?]+["'”’)\]]*\s*|$)/g)) if (m[0]) pieces.push({ segment: m[0], index: m.index })
  }
  const spans: SentenceSpan[] = []
  for (const { segment, index } of pieces) {
    if (!HAS_WORD.test(segment)) continue
    const lead = segment.length - segment.trimStart().length
    const words = segment.trim()
    spans.push({ text: words.replace(/\s+/g, ' '), start: index + lead, end: index + lead + words.length })
  }
  return spans
}

/** 'es_US' (Android) and 'ES-mx' read as 'es-us', 'es-mx'. */
const normalTag = (tag: string) => tag.replaceAll('_', '-').toLowerCase()
const primaryOf = (tag: string) => normalTag(tag).split('-')[0] ?? ''

/** The Spanish of the Americas, for 'es-419' (UN M.49 region 419: Latin America and the Caribbean). */
const LATIN_AMERICA = new Set(['419', 'mx', 'us', 'ar', 'bo', 'cl', 'co', 'cr', 'cu', 'do', 'ec', 'gt', 'hn', 'ni', 'pa', 'pe', 'pr', 'py', 'sv', 'uy', 've'])

/**
 * The voice to read `lang` with, or null when the device has none of that language: a voice
 * of another language must never read it (an English voice reading Spanish is worse than none).
 * Among voices of the language: the exact tag first (for 'es-419' a Latin American one next),
 * then the device's default voice, then one that works offline (`localService`).
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
  const wanted = normalTag(lang)
  const primary = primaryOf(lang)
  let best: V | null = null
  let bestScore = -1
  for (const voice of voices) {
    if (primaryOf(voice.lang) !== primary) continue
    const tag = normalTag(voice.lang)
    const region = tag.split('-')[1] ?? ''
    const place = tag === wanted ? 2 : wanted === 'es-419' && LATIN_AMERICA.has(region) ? 1 : 0
    const score = place * 4 + (voice.default ? 2 : 0) + (voice.localService ? 1 : 0)
    if (score > bestScore) [best, bestScore] = [voice, score]
  }
  return best
}

/**
 * How long a sentence may go on after its `start` before it counts as cut off: Chrome sometimes
 * stops a voice mid-sentence and sends no `end` at all. Speech runs at about 14 characters a
 * second; this allows 5 a second at the rate asked, and 8 s at the least, so only a stuck
 * utterance trips it.
 */
export function stallAfterMs(text: string, rate: number): number {
  return Math.max(8000, (text.length / 5 / Math.max(rate, 0.1)) * 1000)
}

const browserTimer = (run: () => void, ms: number) => {
  const id = setTimeout(run, ms)
  return () => clearTimeout(id)
}

export type NarrationState = 'idle' | 'speaking' | 'paused'
export type EndReason = 'done' | 'stopped' | 'failed'

export interface NarrationOptions<U extends UtteranceLike> {
  readonly synth: SynthLike<U>
  readonly makeUtterance: (text: string) => U
  readonly sentences: readonly string[]
  /** The utterances' `lang`: the app's language tag ('en', 'es-419'). */
  readonly lang: string
  readonly voice: SpeechSynthesisVoice
  readonly rate?: number
  /** The sentence now being read (its `start` arrived), or null when none is. */
  readonly onSentence?: (index: number | null) => void
  /** Timers for the watchdog (tests pass fake ones). */
  readonly setTimer?: (run: () => void, ms: number) => () => void
  /** On 'idle', why: the last sentence ended, it was stopped, or the browser refused to speak. */
  readonly onState?: (state: NarrationState, why?: EndReason) => void
}

/** The narration now speaking (or paused), so starting another stops it: there is one voice. */
let current: { stop: () => void } | null = null

/** Stops whatever is being read (the page is hidden, the context changed). */
export function stopNarration(): void {
  current?.stop()
}

/**
 * Reads `sentences` one utterance at a time. The next sentence follows an utterance's `end`
 * or `error` alike, so a sentence Chrome cuts short or a voice that fails on one sentence
 * does not end the reading, nor does one whose `end` never comes (a watchdog). Events of an utterance that is no longer current (cancelled by
 * pause, stop or a rate change) are ignored. Pause cancels and Resume speaks the paused sentence
 * again from its start: `speechSynthesis.pause()` is unreliable (Chrome on Android cancels
 * instead, and Chrome cuts a long pause short), and a sentence is short.
 */
export class Narration<U extends UtteranceLike = UtteranceLike> {
  private index = 0
  private utterance: U | null = null
  private stateNow: NarrationState = 'idle'
  private rateNow: number
  private clearWatchdog: (() => void) | null = null
  /** What `current` holds for this narration. */
  private readonly handle = { stop: () => this.stop() }

  constructor(private readonly options: NarrationOptions<U>) {
    this.rateNow = options.rate ?? NORMAL_RATE
  }

  get state(): NarrationState {
    return this.stateNow
  }

  get rate(): number {
    return this.rateNow
  }

  /** Must be called from the tap's handler itself (iOS speaks only from a user gesture). */
  start(): void {
    if (current && current !== this.handle) current.stop()
    current = this.handle
    // Whatever was left speaking or queued would otherwise play first. Only then: some engines
    // drop a speak() that comes straight after a cancel().
    const { synth } = this.options
    if (synth.speaking !== false || synth.pending || synth.paused) synth.cancel()
    this.index = 0
    if (this.options.sentences.length === 0) return this.finish('done')
    this.setState('speaking')
    this.speakCurrent()
  }

  pause(): void {
    if (this.stateNow !== 'speaking') return
    this.silence()
    this.setState('paused')
  }

  resume(): void {
    if (this.stateNow !== 'paused') return
    this.setState('speaking')
    this.speakCurrent()
  }

  stop(): void {
    if (this.stateNow === 'idle') return
    this.silence()
    this.finish('stopped')
  }

  /** A new rate takes effect at once: the sentence being read starts again at it. */
  setRate(rate: number): void {
    this.rateNow = rate
    if (this.stateNow !== 'speaking') return
    this.silence()
    this.speakCurrent()
  }

  private speakCurrent(): void {
    const { makeUtterance, synth, lang, voice, sentences } = this.options
    const utterance = makeUtterance(sentences[this.index] ?? '')
    utterance.lang = lang
    utterance.voice = voice
    utterance.rate = this.rateNow
    utterance.onstart = () => {
      if (this.utterance !== utterance) return
      this.options.onSentence?.(this.index)
      this.watch(utterance, sentences[this.index] ?? '')
    }
    utterance.onend = () => {
      if (this.utterance === utterance) this.next()
    }
    utterance.onerror = (event) => {
      if (this.utterance !== utterance) return
      // Not allowed (iOS outside a tap): every later sentence would fail the same way.
      if (event.error === 'not-allowed') return this.finish('failed')
      this.next()
    }
    // Kept here too: Chrome drops the events of an utterance nothing references.
    this.utterance = utterance
    synth.speak(utterance)
  }

  /** Moves on if this utterance is still current long after its start (its `end` was lost). */
  private watch(utterance: U, text: string): void {
    this.clearWatchdog?.()
    this.clearWatchdog = (this.options.setTimer ?? browserTimer)(() => {
      if (this.utterance !== utterance) return
      this.utterance = null
      this.options.synth.cancel()
      this.next()
    }, stallAfterMs(text, this.rateNow))
  }

  private next(): void {
    this.clearWatchdog?.()
    this.clearWatchdog = null
    this.utterance = null
    this.index += 1
    if (this.index >= this.options.sentences.length) return this.finish('done')
    this.speakCurrent()
  }

  /** Cancels the utterance in flight; its late `end`/`error` find it no longer current. */
  private silence(): void {
    this.clearWatchdog?.()
    this.clearWatchdog = null
    this.utterance = null
    this.options.synth.cancel()
    this.options.onSentence?.(null)
  }

  private finish(why: EndReason): void {
    this.clearWatchdog?.()
    this.clearWatchdog = null
    this.utterance = null
    this.options.onSentence?.(null)
    if (current === this.handle) current = null
    this.setState('idle', why)
  }

  private setState(state: NarrationState, why?: EndReason): void {
    this.stateNow = state
    this.options.onState?.(state, why)
  }
}
