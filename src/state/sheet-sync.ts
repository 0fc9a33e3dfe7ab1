/**
 * Keeps the consultation sheet (features/decide/sheet.ts) in localStorage, under its own key,
 * in step with the store, like preference-sync.ts: read once on start, written when the person
 * changes it, removed when it is cleared or emptied. A first visit that changes nothing stores
 * nothing. A stored sheet that cannot be used is set aside (removed) with a polite notice.
 * Storage that is missing, blocked or full leaves the sheet working for the visit, and the
 * store says so (`sheetKept: 'visit-only'`) so the sheet page can ask the person to print it.
 */
import { useWalkthrough } from './store'
import { isSheetEmpty, parseSheet, serialiseSheet, SHEET_KEY } from '../features/decide/sheet'

/** Just the part of `window` the sync needs (tests pass a fake). */
export type SheetWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  readonly localStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
}

/** Starts syncing; returns a function that stops it (tests, hot reload). */
export function startSheetSync(win: SheetWindow = window): () => void {
  const store = useWalkthrough
  const visitOnly = () => store.getState().setSheetKept('visit-only')

  // Even reading `localStorage` throws in some browsers when storage is blocked.
  let raw: string | null = null
  try {
    raw = win.localStorage.getItem(SHEET_KEY)
    store.getState().setSheetKept('yes')
  } catch {
    visitOnly()
  }

  const { sheet, problem } = parseSheet(raw)
  if (problem !== null) {
    try {
      win.localStorage.removeItem(SHEET_KEY)
    } catch {
      // Nothing to do: it is not read again.
    }
    // A problem with the link that was opened is told first.
    if (store.getState().notice === null) store.getState().showNotice({ kind: 'sheet-discarded', reason: problem })
  }
  store.getState().restoreSheet(sheet)

  // Set while a sheet from another tab is applied, so it is not written back.
  let following = false
  const unsubscribe = store.subscribe((now, before) => {
    if (now.sheet === before.sheet || following) return
    try {
      if (isSheetEmpty(now.sheet)) win.localStorage.removeItem(SHEET_KEY)
      else win.localStorage.setItem(SHEET_KEY, serialiseSheet(now.sheet))
      if (now.sheetKept !== 'yes') store.getState().setSheetKept('yes')
    } catch {
      // Blocked or full storage: the sheet lasts for this visit.
      if (now.sheetKept !== 'visit-only') visitOnly()
    }
  })

  // The same app in another tab changed or cleared the sheet: follow it (a sheet it cannot use is ignored).
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent
    if (key !== SHEET_KEY && key !== null) return
    const next = key === null ? { sheet: parseSheet(null).sheet, problem: null } : parseSheet(newValue)
    if (next.problem !== null) return
    following = true
    try {
      store.getState().restoreSheet(next.sheet)
    } finally {
      following = false
    }
  }
  win.addEventListener('storage', onStorage)

  return () => {
    unsubscribe()
    win.removeEventListener('storage', onStorage)
  }
}
