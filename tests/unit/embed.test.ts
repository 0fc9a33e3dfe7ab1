/**
 * Embedding: the `embed` and `text` link keys, the share dialog's link and iframe snippet, and the
 * postMessage API's checks (what it accepts, from whom, and what it posts back).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseSearch, serialiseSearch } from '../../src/lib/url'
import { locationFromSearch } from '../../src/state/url-sync'
import { createWalkthroughStore } from '../../src/state/store'
import { STEP_IDS } from '../../src/content/steps-index'
import { fromParent, gotoStepOf, startEmbedMessages, type StepMessage } from '../../src/features/embed/messages'
import { embedSnippet, stepLink } from '../../src/features/share/links'

describe('embed and text in the link', () => {
  it('embed=1 frames the app with its text; text=0 leaves the 3D view alone', () => {
    expect(parseSearch('?step=incision&embed=1')).toMatchObject({ state: { stepId: 'incision', embed: { text: true } }, notice: null })
    expect(parseSearch('?step=incision&embed=1&text=0')).toMatchObject({ state: { embed: { text: false } }, notice: null })
    expect(parseSearch('?text=0&lang=es&embed=1&step=guide-pin')).toMatchObject({ state: { stepId: 'guide-pin', lang: 'es', embed: { text: false } }, notice: null })
  })

  it('ignores other values politely: no frame, no notice', () => {
    for (const search of ['?step=incision&embed=0', '?step=incision&embed=yes', '?step=incision&embed=', '?step=incision&embed', '?step=incision&text=0'])
      expect(parseSearch(search), search).toEqual({ state: expect.not.objectContaining({ embed: expect.anything() }), notice: null })
    // text= other than 0 keeps the text
    expect(parseSearch('?step=incision&embed=1&text=no')).toMatchObject({ state: { embed: { text: true } }, notice: null })
    expect(parseSearch('?step=incision&embed=1&text=1').state.embed).toEqual({ text: true })
  })

  it('a repeated key is a malformed link, as for every other key', () => {
    expect(parseSearch('?step=incision&embed=1&embed=1').notice).toEqual({ kind: 'malformed-link' })
  })

  it('a frame shows the walkthrough only: no teaching window, test, comparison, X-ray or page from the link', () => {
    const { state } = parseSearch('?step=incision&embed=1&view=presenter&quiz=opening&quizMode=test&compare=thr&compareView=inside&surgeonView=xray&page=glossary')
    expect(state).toMatchObject({ stepId: 'incision', view: 'walkthrough', quiz: null, compare: null, surgeonView: null, page: null, embed: { text: true } })
    // A frame never opens on the welcome page, even with no step in its link.
    expect(locationFromSearch('?embed=1')).toMatchObject({ stepId: STEP_IDS[0], page: null, embed: { text: true } })
    expect(locationFromSearch('')).toMatchObject({ page: 'welcome', embed: undefined })
  })

  it('serialised URLs keep embed and text while embedded, so a reload stays embedded', () => {
    const framed = serialiseSearch({ stepId: 'incision', audience: 'patient', page: null, lang: 'es', embed: { text: false } })
    expect(framed).toBe('?step=incision&audience=patient&lang=es&embed=1&text=0')
    expect(parseSearch(framed).state).toMatchObject({ stepId: 'incision', lang: 'es', embed: { text: false } })
    expect(serialiseSearch({ stepId: 'incision', audience: 'patient', page: null, embed: { text: true } })).toBe('?step=incision&audience=patient&embed=1')
    expect(serialiseSearch({ stepId: 'incision', audience: 'patient', page: null, embed: null })).not.toContain('embed')
  })
})

describe('the shared link and snippet', () => {
  const here = { origin: 'https://clinic.example', pathname: '/resurface/' }

  it('links to the full app at this step, language and register', () => {
    expect(stepLink(here, { stepId: 'guide-pin', audience: 'student', lang: 'es' })).toBe('https://clinic.example/resurface/?step=guide-pin&audience=student&lang=es')
  })

  it('frames the step with embed=1, a title, a size and lazy loading, the title escaped', () => {
    const snippet = embedSnippet(here, { stepId: 'incision', audience: 'patient', lang: 'es' }, 'Resurface: "La incisión" & <más>')
    expect(snippet).toBe(
      '<iframe src="https://clinic.example/resurface/?step=incision&audience=patient&lang=es&embed=1" title="Resurface: &quot;La incisión&quot; &amp; &lt;más&gt;" width="800" height="600" allow="fullscreen" loading="lazy"></iframe>',
    )
    // A host whose path holds a quote cannot break out of the attribute.
    expect(embedSnippet({ origin: 'https://x.example', pathname: '/a"b/' }, { stepId: 'incision', audience: 'patient', lang: 'en' }, 't')).toContain('src="https://x.example/a%22b/?step=incision')
  })
})

describe('messages from the framing page', () => {
  it('accepts only a well-formed goto with a known step id', () => {
    expect(gotoStepOf({ type: 'resurface:goto', step: 'guide-pin' })).toBe('guide-pin')
    expect(gotoStepOf({ type: 'resurface:goto', step: 'guide-pin', extra: 1 })).toBe('guide-pin')
    for (const data of [
      null,
      undefined,
      'resurface:goto',
      42,
      ['resurface:goto', 'guide-pin'],
      { type: 'resurface:goto' },
      { type: 'resurface:goto', step: 'no-such-step' },
      { type: 'resurface:goto', step: 3 },
      { type: 'resurface:goto', step: { toString: () => 'guide-pin' } },
      { type: 'resurface:step', step: 'guide-pin' },
      { type: 'RESURFACE:GOTO', step: 'guide-pin' },
      { type: 'resurface:goto', step: '__proto__' },
    ])
      expect(gotoStepOf(data), JSON.stringify(data) ?? String(data)).toBeNull()
  })

  it('only from the parent window, only when embedded and framed', () => {
    const parent = {}
    const framed = { parent }
    expect(fromParent({ source: parent }, framed, true)).toBe(true)
    expect(fromParent({ source: {} }, framed, true)).toBe(false)
    expect(fromParent({ source: null }, framed, true)).toBe(false)
    expect(fromParent({ source: parent }, framed, false)).toBe(false)
    const top: { parent: unknown } = { parent: null }
    top.parent = top
    expect(fromParent({ source: top }, top, true)).toBe(false)
  })
})

describe('the message channel', () => {
  afterEach(() => vi.unstubAllGlobals())

  /** A framed window with just what the channel touches: listeners, a parent, a 3D view's element. */
  function framedWindow() {
    const posted: { message: StepMessage; target: string }[] = []
    const listeners = new Set<(e: MessageEvent) => void>()
    const view = { dataset: { step: 'incision', ready: 'false' } as Record<string, string> }
    let observed: (() => void) | null = null
    vi.stubGlobal(
      'MutationObserver',
      class {
        constructor(callback: () => void) {
          observed = callback
        }
        observe() {}
        disconnect() {}
      },
    )
    const parent = { postMessage: (message: StepMessage, target: string) => posted.push({ message, target }) }
    const win = {
      parent,
      document: { documentElement: {}, querySelector: () => view },
      addEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.add(fn),
      removeEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.delete(fn),
    }
    const send = (data: unknown, source: unknown = parent) => listeners.forEach((fn) => fn({ data, source } as MessageEvent))
    const domChanged = () => observed?.()
    return { win: win as unknown as Window, parent, posted, view, send, domChanged, listeners }
  }

  it('moves on a goto from the parent, ignores strangers and bad messages, reports each change once', () => {
    const store = createWalkthroughStore()
    store.setState({ stepId: 'incision', embed: { text: true }, lang: 'es' })
    const frame = framedWindow()
    const stop = startEmbedMessages(frame.win, store)
    expect(frame.posted).toEqual([{ message: { type: 'resurface:step', step: 'incision', audience: 'patient', lang: 'es', ready: false }, target: '*' }])

    frame.view.dataset.ready = 'true'
    frame.domChanged()
    frame.domChanged() // no change: no second message
    expect(frame.posted.map((p) => p.message.ready)).toEqual([false, true])

    frame.send({ type: 'resurface:goto', step: 'guide-pin' }, {}) // a sibling frame
    frame.send({ type: 'resurface:goto', step: 'nope' })
    frame.send('resurface:goto guide-pin')
    expect(store.getState().stepId).toBe('incision')

    frame.send({ type: 'resurface:goto', step: 'guide-pin' })
    expect(store.getState().stepId).toBe('guide-pin')
    // The view still says "incision": a stale ready never counts for the new step.
    expect(frame.posted.at(-1)?.message).toMatchObject({ step: 'guide-pin', ready: false })
    frame.view.dataset.step = 'guide-pin'
    frame.domChanged()
    expect(frame.posted.at(-1)?.message).toMatchObject({ step: 'guide-pin', ready: true })

    stop()
    expect(frame.listeners.size).toBe(0)
  })

  it('a page that is not embedded takes no goto', () => {
    const store = createWalkthroughStore()
    store.setState({ stepId: 'incision', embed: null })
    const frame = framedWindow()
    startEmbedMessages(frame.win, store)
    frame.send({ type: 'resurface:goto', step: 'guide-pin' })
    expect(store.getState().stepId).toBe('incision')
  })
})
