import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES, PREFERENCES_KEY, parsePreferences, serialisePreferences } from '../../src/state/preferences'
import { startPreferenceSync, type PreferenceWindow } from '../../src/state/preference-sync'
import { initialState, useWalkthrough } from '../../src/state/store'

const store = useWalkthrough

describe('reading stored preferences', () => {
  it('reads what it wrote', () => {
    expect(parsePreferences(serialisePreferences({ ...DEFAULT_PREFERENCES, largerText: true }))).toEqual({ ...DEFAULT_PREFERENCES, largerText: true })
    expect(parsePreferences(serialisePreferences(DEFAULT_PREFERENCES))).toEqual(DEFAULT_PREFERENCES)
    const chosen = { largerText: false, language: 'es', languageOfferDeclined: true } as const
    expect(parsePreferences(serialisePreferences(chosen))).toEqual(chosen)
  })

  it('reads a language only if it is offered', () => {
    expect(parsePreferences('{"largerText":false,"language":"es"}').language).toBe('es')
    for (const language of ['xx', 'ES', 1, null, ['es']]) expect(parsePreferences(JSON.stringify({ largerText: false, language })).language, String(language)).toBeNull()
  })

  it('gives the defaults for nothing stored, bad JSON or the wrong shape, never an error', () => {
    for (const raw of [null, '', '{not json', 'null', '42', '"larger"', '[true]', '{}', '{"largerText":"yes"}', '{"largerText":1}'])
      expect(parsePreferences(raw), String(raw)).toEqual(DEFAULT_PREFERENCES)
  })

  it('keeps only the fields it knows', () => {
    expect(parsePreferences('{"largerText":true,"tracking":"id-123"}')).toEqual({ ...DEFAULT_PREFERENCES, largerText: true })
    expect(serialisePreferences({ largerText: true, extra: 1 } as never)).toBe('{"largerText":true}')
  })
})

describe('the store', () => {
  beforeEach(() => store.setState(initialState))

  it('starts at the normal text size and toggles larger text', () => {
    expect(store.getState().largerText).toBe(false)
    store.getState().toggleLargerText()
    expect(store.getState().largerText).toBe(true)
    store.getState().toggleLargerText()
    expect(store.getState().largerText).toBe(false)
  })

  it('keeps larger text when a link is opened or the step changes', () => {
    store.getState().setLargerText(true)
    store.getState().applyLocation({ stepId: 'closure', audience: 'student', page: null, compare: null, view: 'walkthrough', quiz: null, surgeonView: null, notice: null })
    store.getState().nextStep()
    expect(store.getState().largerText).toBe(true)
  })
})

/** A window with just localStorage (a Map) and the storage event; `blocked` makes storage throw, as some browsers do. */
function fakeWindow(initial: Record<string, string> = {}, blocked = false) {
  const items = new Map(Object.entries(initial))
  const listeners = new Set<(e: Event) => void>()
  const guard = () => {
    if (blocked) throw new Error('SecurityError')
  }
  const win: PreferenceWindow = {
    localStorage: {
      getItem: (key) => (guard(), items.get(key) ?? null),
      setItem: (key, value) => (guard(), void items.set(key, value)),
    },
    addEventListener: (_type: string, l: (e: Event) => void) => listeners.add(l),
    removeEventListener: (_type: string, l: (e: Event) => void) => listeners.delete(l),
  } as PreferenceWindow
  const fire = (key: string, newValue: string | null) => {
    for (const l of listeners) l({ key, newValue } as unknown as Event)
  }
  return { win, items, fire }
}

describe('preference sync', () => {
  let stop: () => void = () => undefined
  beforeEach(() => {
    stop()
    store.setState(initialState)
  })

  it('applies the stored preference on start', () => {
    const w = fakeWindow({ [PREFERENCES_KEY]: '{"largerText":true}' })
    stop = startPreferenceSync(w.win)
    expect(store.getState().largerText).toBe(true)
  })

  it('stores nothing until the user changes a preference, then one key', () => {
    const w = fakeWindow()
    stop = startPreferenceSync(w.win)
    store.getState().nextStep()
    store.getState().setAudience('student')
    expect([...w.items.keys()]).toEqual([])
    store.getState().toggleLargerText()
    expect(Object.fromEntries(w.items)).toEqual({ [PREFERENCES_KEY]: '{"largerText":true}' })
  })

  it('opens at the normal size over a corrupt entry, and replaces it when the user chooses', () => {
    const w = fakeWindow({ [PREFERENCES_KEY]: '{oops' })
    stop = startPreferenceSync(w.win)
    expect(store.getState().largerText).toBe(false)
    store.getState().toggleLargerText()
    expect(w.items.get(PREFERENCES_KEY)).toBe('{"largerText":true}')
  })

  it('works for the visit when storage is blocked', () => {
    const w = fakeWindow({}, true)
    stop = startPreferenceSync(w.win)
    expect(() => store.getState().toggleLargerText()).not.toThrow()
    expect(store.getState().largerText).toBe(true)
  })

  it('follows a change made in another tab, and ignores other keys', () => {
    const w = fakeWindow()
    stop = startPreferenceSync(w.win)
    w.fire('something-else', '{"largerText":true}')
    expect(store.getState().largerText).toBe(false)
    w.fire(PREFERENCES_KEY, '{"largerText":true}')
    expect(store.getState().largerText).toBe(true)
    w.fire(PREFERENCES_KEY, null) // storage cleared
    expect(store.getState().largerText).toBe(false)
  })
})
