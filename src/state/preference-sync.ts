/**
 * Keeps the user's preferences (preferences.ts) in localStorage, under one key, in step with
 * the store: read once on start, written only when the user changes one. A first visit that
 * changes nothing stores nothing. Storage that is missing, blocked or full is ignored: the
 * preference then lasts for the visit only.
 */
import { useWalkthrough } from './store'
import { PREFERENCES_KEY, parsePreferences, serialisePreferences, type Preferences } from './preferences'

/** Just the part of `window` the sync needs (tests pass a fake). */
export type PreferenceWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  readonly localStorage: Pick<Storage, 'getItem' | 'setItem'>
}

function read(win: PreferenceWindow): string | null {
  try {
    return win.localStorage.getItem(PREFERENCES_KEY)
  } catch {
    return null
  }
}

/** The stored preferences: the defaults when storage is empty, blocked or unreadable. */
export const storedPreferences = (win: PreferenceWindow): Preferences => parsePreferences(read(win))

/** Changes some preferences and keeps the others; blocked or full storage keeps it for this visit only. */
export function updatePreferences(win: PreferenceWindow, change: Partial<Preferences>): void {
  try {
    win.localStorage.setItem(PREFERENCES_KEY, serialisePreferences({ ...storedPreferences(win), ...change }))
  } catch {
    // Blocked or full storage: the choice lasts for this visit.
  }
}

/** Starts syncing; returns a function that stops it (tests, hot reload). */
export function startPreferenceSync(win: PreferenceWindow = window): () => void {
  const store = useWalkthrough
  store.getState().setLargerText(storedPreferences(win).largerText)

  const unsubscribe = store.subscribe((now, before) => {
    if (now.largerText === before.largerText) return
    updatePreferences(win, { largerText: now.largerText })
  })

  // The same app in another tab changed a preference: follow it.
  const onStorage = (event: Event) => {
    if ((event as StorageEvent).key !== PREFERENCES_KEY) return
    store.getState().setLargerText(parsePreferences((event as StorageEvent).newValue).largerText)
  }
  win.addEventListener('storage', onStorage)

  return () => {
    unsubscribe()
    win.removeEventListener('storage', onStorage)
  }
}
