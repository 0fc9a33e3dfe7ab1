/**
 * The narration engine with a fake speech engine: sentences in English and Spanish, the voice
 * (never another language's), the queue going on after an utterance that errors or is cut
 * short, pause/resume/stop/rate, one reading at a time, and the reading stopping when the step,
 * page, audience or language changes.
 */
import { describe, expect, it } from 'vitest'
import { Narration, SLOWER_RATE, chooseVoice, splitSentences, stallAfterMs, type SynthLike, type UtteranceLike, type VoiceLike } from '../../src/features/listen/narration'
import { onContextChange } from '../../src/features/listen/context'
import { createWalkthroughStore } from '../../src/state/store'
import { plainText } from '../../src/lib/rich-text'
import { en } from '../../src/content/i18n/en'
import { es } from '../../src/content/i18n/es'

const voice = (lang: string, name = lang, extra: Partial<VoiceLike> = {}) => ({ lang, name, default: false, localService: true, ...extra }) as unknown as SpeechSynthesisVoice

class FakeUtterance implements UtteranceLike {
  lang = ''
  rate = 1
  voice: SpeechSynthesisVoice | null = null
  onstart: UtteranceLike['onstart'] = null
  onend: UtteranceLike['onend'] = null
  onerror: UtteranceLike['onerror'] = null
  constructor(readonly text: string) {}
  fire(kind: 'start' | 'end'): void {
    const handler = kind === 'start' ? this.onstart : this.onend
    handler?.call(this as unknown as SpeechSynthesisUtterance, {} as SpeechSynthesisEvent)
  }
  fail(error: string): void {
    this.onerror?.call(this as unknown as SpeechSynthesisUtterance, { error } as SpeechSynthesisErrorEvent)
  }
}

/** Records what was spoken and cancelled; like Chrome, a cancel ends the utterance in flight with an error. */
class FakeSynth implements SynthLike<FakeUtterance> {
  spoken: FakeUtterance[] = []
  cancels = 0
  speak(u: FakeUtterance) {
    this.spoken.push(u)
  }
  cancel() {
    this.cancels++
    this.last?.fail('interrupted')
  }
  get last(): FakeUtterance | undefined {
    return this.spoken.at(-1)
  }
  get texts() {
    return this.spoken.map((u) => u.text)
  }
}

/** Timers the test runs by hand. */
class FakeTimers {
  pending = new Map<number, { run: () => void; ms: number }>()
  private id = 0
  set = (run: () => void, ms: number) => {
    const id = ++this.id
    this.pending.set(id, { run, ms })
    return () => this.pending.delete(id)
  }
  runAll(): number[] {
    const due = [...this.pending.values()]
    this.pending.clear()
    for (const t of due) t.run()
    return due.map((t) => t.ms)
  }
}

function narrate(sentences: string[], lang = 'en', rate?: number) {
  const synth = new FakeSynth()
  const timers = new FakeTimers()
  const shown: (number | null)[] = []
  const states: string[] = []
  const narration = new Narration<FakeUtterance>({
    synth,
    makeUtterance: (t) => new FakeUtterance(t),
    sentences,
    lang,
    voice: voice(lang),
    ...(rate === undefined ? {} : { rate }),
    onSentence: (i) => shown.push(i),
    onState: (s, why) => states.push(why ? `${s}:${why}` : s),
    setTimer: timers.set,
  })
  return { synth, narration, shown, states, timers }
}

describe('sentences', () => {
  it('splits an English patient passage into its sentences, each where it stands in the text', () => {
    const text = plainText(en.steps['healthy-hip'].patient[1]!.text, (id) => en.glossary[id as keyof typeof en.glossary]?.term)
    const spans = splitSentences(text, 'en')
    expect(spans.map((s) => s.text)).toEqual(['The ball is the top of your thigh bone.', expect.stringMatching(/^The socket is a hollow in your pelvis, .*spine\.$/)])
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('keeps decimals, ± and semicolons inside one sentence', () => {
    expect(splitSentences('Neck-shaft angle: 129.2° (n=375) and 124.7 ± 6.2° on CT (n=628); textbooks give 135°. Offset: 42.9 mm.', 'en').map((s) => s.text)).toEqual([
      'Neck-shaft angle: 129.2° (n=375) and 124.7 ± 6.2° on CT (n=628); textbooks give 135°.',
      'Offset: 42.9 mm.',
    ])
  })

  it('splits Spanish with its opening ¿ and ¡ kept, for es-419', () => {
    expect(splitSentences('¿Qué pasa después de la cirugía? El cirujano coloca la copa en el acetábulo. ¡Muy bien!', 'es-419').map((s) => s.text)).toEqual([
      '¿Qué pasa después de la cirugía?',
      'El cirujano coloca la copa en el acetábulo.',
      '¡Muy bien!',
    ])
  })

  it('splits the Spanish pack\'s own step text, drops empty and punctuation-only pieces, and collapses spaces', () => {
    const text = es.steps['healthy-hip'].patient.map((p) => plainText(p.text)).join(' ')
    const spans = splitSentences(text, 'es-419')
    expect(spans.length).toBeGreaterThanOrEqual(3)
    expect(spans.every((s) => /[.!?]$/.test(s.text))).toBe(true)
    expect(splitSentences('  …  \n ', 'es-419')).toEqual([])
    expect(splitSentences('Una  frase\n con espacios.', 'es-419').map((s) => s.text)).toEqual(['Una frase con espacios.'])
  })

  it('does not throw for a tag the engine does not know', () => {
    expect(splitSentences('One. Two.', 'xx-invalid-tag-!!').map((s) => s.text)).toEqual(['One.', 'Two.'])
  })
})

describe('the voice', () => {
  const english = [voice('en-US', 'Samantha', { default: true }), voice('en-GB', 'Daniel')]

  it('has none for Spanish when the device has only English voices: never an English voice for Spanish', () => {
    expect(chooseVoice(english, 'es-419')).toBeNull()
    expect(chooseVoice([], 'es-419')).toBeNull()
    expect(chooseVoice([voice('eu-ES', 'Basque'), voice('ca-ES')], 'es-419')).toBeNull()
  })

  it('picks a Spanish voice, a Latin American one before one from Spain, the exact tag first', () => {
    const spain = voice('es-ES', 'Mónica', { default: true })
    const mexico = voice('es-MX', 'Paulina')
    const android = voice('es_US', 'es-us-x-sfb-local')
    expect(chooseVoice([...english, spain], 'es-419')).toBe(spain)
    expect(chooseVoice([...english, spain, mexico], 'es-419')).toBe(mexico)
    expect(chooseVoice([...english, spain, android], 'es-419')).toBe(android)
    const exact = voice('es-419', 'Google español de Estados Unidos', { localService: false })
    expect(chooseVoice([spain, mexico, exact], 'es-419')).toBe(exact)
  })

  it('picks an English voice for English, the device default first, an offline one next', () => {
    const remote = voice('en-US', 'Google US English', { localService: false })
    const local = voice('en-GB', 'Daniel')
    expect(chooseVoice([remote, local, voice('es-MX')], 'en')).toBe(local)
    expect(chooseVoice([...english, voice('es-MX')], 'en')?.name).toBe('Samantha')
  })
})

describe('the queue', () => {
  it('speaks one utterance per sentence, in order, in the language and at the rate asked, highlighting on start', () => {
    const { synth, narration, shown, states } = narrate(['Uno.', 'Dos.', 'Tres.'], 'es-419')
    narration.start()
    expect(synth.texts).toEqual(['Uno.'])
    synth.last!.fire('start')
    synth.last!.fire('end')
    synth.last!.fire('start')
    synth.last!.fire('end')
    synth.last!.fire('start')
    synth.last!.fire('end')
    expect(synth.texts).toEqual(['Uno.', 'Dos.', 'Tres.'])
    expect(synth.spoken.map((u) => [u.lang, u.rate, u.voice?.lang])).toEqual(Array(3).fill(['es-419', 1, 'es-419']))
    expect(shown).toEqual([0, 1, 2, null])
    expect(states).toEqual(['speaking', 'idle:done'])
  })

  it('goes on to the next sentence after one that errors or is cut short (an end that comes early)', () => {
    const { synth, narration, states } = narrate(['One.', 'Two is long.', 'Three.', 'Four.'])
    narration.start()
    synth.last!.fail('synthesis-failed')
    // Chrome cuts a long utterance off: an end with no more words, and nothing else.
    synth.last!.fire('start')
    synth.last!.fire('end')
    synth.last!.fail('interrupted')
    expect(synth.texts).toEqual(['One.', 'Two is long.', 'Three.', 'Four.'])
    expect(narration.state).toBe('speaking')
    synth.last!.fire('end')
    expect(states).toEqual(['speaking', 'idle:done'])
  })

  it('goes on when an utterance starts and its end never comes, but not sooner than the sentence could take', () => {
    const { synth, narration, timers } = narrate(['One is a sentence that goes on for a while.', 'Two.'])
    narration.start()
    expect(timers.pending.size).toBe(0)
    synth.last!.fire('start')
    expect(timers.runAll()).toEqual([stallAfterMs('One is a sentence that goes on for a while.', 1)])
    expect(synth.texts).toEqual(['One is a sentence that goes on for a while.', 'Two.'])
    expect(synth.cancels).toBe(2)
    // An end in time clears it; so do pause and stop.
    synth.last!.fire('start')
    synth.last!.fire('end')
    expect(timers.pending.size).toBe(0)
    expect(narration.state).toBe('idle')
    expect(stallAfterMs('x'.repeat(200), 1)).toBe(40_000)
    expect(stallAfterMs('x'.repeat(200), 0.8)).toBe(50_000)
    expect(stallAfterMs('Hi.', 1)).toBe(8000)
  })

  it('ignores the late events of a cancelled utterance', () => {
    const { synth, narration } = narrate(['One.', 'Two.', 'Three.'])
    narration.start()
    const first = synth.last!
    narration.pause()
    first.fire('end')
    first.fail('canceled')
    expect(synth.texts).toEqual(['One.'])
    expect(narration.state).toBe('paused')
  })

  it('pauses, resumes with the paused sentence from its start, and stops', () => {
    const { synth, narration, shown, states, timers } = narrate(['One.', 'Two.', 'Three.'])
    narration.start()
    synth.last!.fire('end')
    synth.last!.fire('start')
    narration.pause()
    expect(narration.state).toBe('paused')
    expect(shown.at(-1)).toBeNull()
    expect(timers.pending.size).toBe(0)
    narration.resume()
    expect(synth.texts).toEqual(['One.', 'Two.', 'Two.'])
    synth.last!.fire('start')
    expect(shown.at(-1)).toBe(1)
    narration.stop()
    expect(narration.state).toBe('idle')
    expect(shown.at(-1)).toBeNull()
    synth.last?.fire('end')
    expect(synth.texts).toEqual(['One.', 'Two.', 'Two.'])
    expect(states).toEqual(['speaking', 'paused', 'speaking', 'idle:stopped'])
  })

  it('reads slower, and a rate changed mid-sentence starts that sentence again at the new rate', () => {
    const slow = narrate(['One.'], 'en', SLOWER_RATE)
    slow.narration.start()
    expect(slow.synth.last!.rate).toBe(0.8)
    const { synth, narration } = narrate(['One.', 'Two.'])
    narration.start()
    synth.last!.fire('end')
    narration.setRate(SLOWER_RATE)
    expect(synth.spoken.map((u) => [u.text, u.rate])).toEqual([['One.', 1], ['Two.', 1], ['Two.', 0.8]])
    synth.last!.fire('end')
    expect(narration.state).toBe('idle')
  })

  it('stops for good when the browser refuses to speak (iOS outside a tap)', () => {
    const { synth, narration, states } = narrate(['One.', 'Two.'])
    narration.start()
    synth.last!.fail('not-allowed')
    expect(synth.texts).toEqual(['One.'])
    expect(states).toEqual(['speaking', 'idle:failed'])
  })

  it('reads one thing at a time: starting a reading stops the one before', () => {
    const a = narrate(['A one.', 'A two.'])
    const b = narrate(['B one.'])
    a.narration.start()
    b.narration.start()
    expect(a.narration.state).toBe('idle')
    expect(a.states.at(-1)).toBe('idle:stopped')
    expect(b.narration.state).toBe('speaking')
    b.narration.stop()
  })
})

describe('the reading stops when what it reads is no longer shown', () => {
  for (const [what, change] of [
    ['the step', (s: ReturnType<typeof createWalkthroughStore>) => s.getState().nextStep()],
    ['the page', (s: ReturnType<typeof createWalkthroughStore>) => s.getState().openPage('glossary')],
    ['the audience', (s: ReturnType<typeof createWalkthroughStore>) => s.getState().setAudience('student')],
    ['the language', (s: ReturnType<typeof createWalkthroughStore>) => s.getState().setLang('es')],
  ] as const) {
    it(`on a change of ${what}`, () => {
      const store = createWalkthroughStore()
      const { synth, narration } = narrate(['One.', 'Two.'])
      const unsubscribe = onContextChange(store, () => narration.stop())
      narration.start()
      // Something else in the store changing does not stop it.
      store.getState().setLargerText(true)
      expect(narration.state).toBe('speaking')
      change(store)
      expect(narration.state).toBe('idle')
      expect(synth.cancels).toBe(2)
      unsubscribe()
    })
  }
})
