import { beforeEach, describe, expect, it } from 'vitest'
import { initialState, useWalkthrough } from '../../src/state/store'
import { STEP_IDS } from '../../src/content/steps-index'
import { locationFromSearch, startUrlSync } from '../../src/state/url-sync'

const store = useWalkthrough
const last = STEP_IDS[STEP_IDS.length - 1]

beforeEach(() => store.setState(initialState))

describe('step navigation', () => {
  it('starts on the first step, patient audience, nothing paused', () => {
    expect(store.getState()).toMatchObject({ stepId: 'healthy-hip', audience: 'patient', paused: false, page: null })
  })

  it('walks forward through every step in order and stops at the last', () => {
    const seen = [store.getState().stepId]
    for (let i = 0; i < STEP_IDS.length + 2; i++) {
      store.getState().nextStep()
      seen.push(store.getState().stepId)
    }
    expect(seen.slice(0, STEP_IDS.length)).toEqual([...STEP_IDS])
    expect(store.getState().stepId).toBe(last)
  })

  it('walks back and stops at the first', () => {
    store.getState().goToStep('arthritic-hip')
    store.getState().previousStep()
    expect(store.getState().stepId).toBe('healthy-hip')
    store.getState().previousStep()
    expect(store.getState().stepId).toBe('healthy-hip')
  })

  it('jumps to the first and last step', () => {
    store.getState().lastStep()
    expect(store.getState().stepId).toBe(last)
    store.getState().firstStep()
    expect(store.getState().stepId).toBe('healthy-hip')
  })

  it('clears a notice when the user moves to another step, not before', () => {
    store.getState().showNotice({ kind: 'unknown-step', value: 'x' })
    store.getState().previousStep() // already first: no move
    expect(store.getState().notice).not.toBeNull()
    store.getState().nextStep()
    expect(store.getState().notice).toBeNull()
  })
})

describe('choices', () => {
  it('switches audience', () => {
    store.getState().setAudience('student')
    expect(store.getState().audience).toBe('student')
  })

  it('keeps layer overrides across steps until reset', () => {
    store.getState().setLayerMode('skin', 'hidden')
    store.getState().setLayerMode('bone', 'ghost')
    store.getState().nextStep()
    expect(store.getState().layerOverrides).toEqual({ skin: 'hidden', bone: 'ghost' })
    store.getState().resetLayers()
    expect(store.getState().layerOverrides).toEqual({})
  })

  it('pauses and plays; replay counts up and plays', () => {
    store.getState().togglePaused()
    expect(store.getState().paused).toBe(true)
    store.getState().replay()
    expect(store.getState()).toMatchObject({ paused: false, replayCount: 1 })
    store.getState().togglePaused()
    store.getState().togglePaused()
    expect(store.getState().paused).toBe(false)
  })

  it('counts view resets', () => {
    store.getState().resetView()
    store.getState().resetView()
    expect(store.getState().resetViewCount).toBe(2)
  })

  it('opens and closes a page', () => {
    store.getState().openPage('glossary')
    expect(store.getState().page).toBe('glossary')
    store.getState().closePage()
    expect(store.getState().page).toBeNull()
  })
})

describe('applying a location', () => {
  it('sets step, audience, page and notice, and keeps layers and pause', () => {
    store.getState().setLayerMode('skin', 'hidden')
    store.getState().togglePaused()
    store.getState().applyLocation({ stepId: 'closure', audience: 'student', page: 'questions', compare: null, view: 'walkthrough', quiz: null, surgeonView: null, notice: null })
    expect(store.getState()).toMatchObject({
      stepId: 'closure',
      audience: 'student',
      page: 'questions',
      paused: true,
      layerOverrides: { skin: 'hidden' },
    })
  })

  it('opens a bare link on the welcome page and a step link on the step', () => {
    expect(locationFromSearch('')).toEqual({ stepId: 'healthy-hip', audience: 'patient', page: 'welcome', compare: null, view: 'walkthrough', quiz: null, surgeonView: null, notice: null })
    expect(locationFromSearch('?audience=student')).toMatchObject({ page: 'welcome', audience: 'student' })
    expect(locationFromSearch('?step=guide-pin')).toEqual({ stepId: 'guide-pin', audience: 'patient', page: null, compare: null, view: 'walkthrough', quiz: null, surgeonView: null, notice: null })
  })

  it('opens the first step, not the welcome page, when the link names an unknown step', () => {
    expect(locationFromSearch('?step=nope')).toEqual({
      stepId: 'healthy-hip',
      audience: 'patient',
      page: null,
      compare: null,
      view: 'walkthrough',
      quiz: null,
      surgeonView: null,
      notice: { kind: 'unknown-step', value: 'nope' },
    })
  })

  it('opens a teaching window or a test where the link says, not on the welcome page', () => {
    expect(locationFromSearch('?view=audience')).toMatchObject({ page: null, view: 'audience' })
    expect(locationFromSearch('?quiz=socket')).toMatchObject({ page: null, quiz: { set: 'socket', mode: 'practice' } })
  })
})

describe('the comparison with a total hip', () => {
  beforeEach(() => useWalkthrough.setState(initialState))

  it('opens on the first view, closes any page over it, and keeps the step', () => {
    const store = useWalkthrough
    store.getState().goToStep('guide-pin')
    store.getState().openPage('decide')
    store.getState().openCompare()
    expect(store.getState()).toMatchObject({ compare: 'implants', page: null, stepId: 'guide-pin' })
    store.getState().openCompare('bone-removed')
    expect(store.getState().compare).toBe('bone-removed')
    store.getState().closeCompare()
    expect(store.getState()).toMatchObject({ compare: null, stepId: 'guide-pin' })
  })

  it('pushes a history entry when it opens, so Back closes it', async () => {
    const w = fakeWindow('?step=guide-pin&audience=patient')
    const stop = startUrlSync(w.win)
    useWalkthrough.getState().openCompare('inside')
    await settle()
    expect(w.entries()).toEqual(['?step=guide-pin&audience=patient', '?step=guide-pin&audience=patient&compare=thr&compareView=inside'])
    w.back()
    expect(useWalkthrough.getState()).toMatchObject({ compare: null, stepId: 'guide-pin' })
    stop()
  })
})

/** Just enough of `window` for the URL sync: an address, a history stack and popstate. */
function fakeWindow(search: string) {
  const entries = [search]
  let index = 0
  const listeners = new Set<() => void>()
  const location = { pathname: '/resurface/', search, hash: '' }
  const go = (i: number) => {
    index = i
    location.search = entries[index] ?? ''
    for (const l of listeners) l()
  }
  const setUrl = (url: string) => new URL(url, 'http://x').search
  const win = {
    location,
    history: {
      pushState: (_s: unknown, _t: string, url: string) => {
        entries.splice(index + 1, Infinity, setUrl(url))
        index++
        location.search = entries[index] ?? ''
      },
      replaceState: (_s: unknown, _t: string, url: string) => {
        entries[index] = setUrl(url)
        location.search = entries[index] ?? ''
      },
      back: () => go(index - 1),
    },
    addEventListener: (_type: string, l: () => void) => listeners.add(l),
    removeEventListener: (_type: string, l: () => void) => listeners.delete(l),
  }
  return { win: win as unknown as Window, entries: () => entries.slice(), index: () => index, back: () => go(index - 1), forward: () => go(index + 1) }
}

/** The sync writes the address once per task, after the task's store updates. */
const settle = () => new Promise<void>((done) => queueMicrotask(done))

describe('URL sync', () => {
  let stop: () => void = () => undefined
  beforeEach(() => stop())

  it('leaves a bare link bare and opens the welcome page', () => {
    const w = fakeWindow('')
    stop = startUrlSync(w.win)
    expect(store.getState().page).toBe('welcome')
    expect(w.entries()).toEqual([''])
  })

  it('rewrites a bad link to what is shown, without a new history entry', () => {
    const w = fakeWindow('?step=nope')
    stop = startUrlSync(w.win)
    expect(store.getState()).toMatchObject({ stepId: 'healthy-hip', notice: { kind: 'unknown-step', value: 'nope' } })
    expect(w.entries()).toEqual(['?step=healthy-hip&audience=patient'])
  })

  it('pushes a step change, replaces an audience change, and follows Back/Forward without pushing', async () => {
    const w = fakeWindow('?step=incision&audience=patient')
    stop = startUrlSync(w.win)
    store.getState().nextStep()
    await settle()
    store.getState().setAudience('student')
    await settle()
    expect(w.entries()).toEqual(['?step=incision&audience=patient', '?step=exposure&audience=student'])
    w.back()
    expect(store.getState()).toMatchObject({ stepId: 'incision', audience: 'patient' })
    w.forward()
    await settle()
    expect(store.getState().stepId).toBe('exposure')
    expect(w.entries()).toHaveLength(2)
  })

  it('pushes a page; closing it steps back rather than pushing a copy', async () => {
    const w = fakeWindow('?step=closure&audience=patient')
    stop = startUrlSync(w.win)
    store.getState().openPage('glossary')
    await settle()
    expect(w.entries()[1]).toBe('?step=closure&audience=patient&page=glossary')
    store.getState().closePage()
    await settle()
    expect(w.index()).toBe(0)
    expect(store.getState().page).toBeNull()
  })

  it('makes one entry of updates in one task, e.g. closing the welcome page and going to step 1', async () => {
    const w = fakeWindow('?step=closure&audience=patient')
    stop = startUrlSync(w.win)
    store.getState().openPage('welcome')
    await settle()
    store.getState().closePage()
    store.getState().goToStep('healthy-hip')
    await settle()
    expect(w.entries()).toEqual([
      '?step=closure&audience=patient',
      '?step=closure&audience=patient&page=welcome',
      '?step=healthy-hip&audience=patient',
    ])
    expect(w.index()).toBe(2)
  })

  it('stops listening when stopped', async () => {
    const w = fakeWindow('?step=closure')
    startUrlSync(w.win)()
    store.getState().nextStep()
    await settle()
    expect(w.entries()).toEqual(['?step=closure&audience=patient'])
  })
})
