/**
 * Keeps the URL and the store in step, both ways:
 * - on start, the link decides the step, audience and page (or the welcome page for a bare `/`);
 * - every step or page change pushes a history entry, so Back and Forward walk the steps and
 *   Back closes a page (closing a page the user just opened steps back instead of pushing);
 *   an audience change replaces the entry (Back should not flip audiences);
 * - Back/Forward (popstate) update the store without pushing again.
 */
import { STEP_IDS } from '../content/steps-index'
import { parseSearch, serialiseSearch } from '../lib/url'
import { useWalkthrough, type LocationState, type WalkthroughState } from './store'

/** What a URL's query means for the store. A bare link with no step opens on the welcome page. */
export function locationFromSearch(search: string): LocationState {
  const { state, notice } = parseSearch(search)
  // The presenter and audience windows, and a test, open where the link says, not on the welcome page.
  const welcome = state.stepId === null && state.page === null && notice === null && state.view === 'walkthrough' && state.quiz === null && state.embed === undefined
  return {
    stepId: state.stepId ?? STEP_IDS[0],
    audience: state.audience,
    page: welcome ? 'welcome' : state.page,
    compare: state.compare,
    view: state.view,
    quiz: state.quiz,
    surgeonView: state.surgeonView,
    landmarks: state.landmarks,
    embed: state.embed,
    notice,
  }
}

type Synced = Pick<WalkthroughState, 'stepId' | 'audience' | 'page' | 'compare' | 'quiz' | 'view' | 'surgeonView' | 'landmarks' | 'lang' | 'embed'>
const searchOf = (s: Synced) => serialiseSearch(s)

/** Starts syncing; returns a function that stops it (tests, hot reload). */
export function startUrlSync(win: Window = window): () => void {
  const store = useWalkthrough
  const apply = () => store.getState().applyLocation(locationFromSearch(win.location.search))

  apply()
  // A link with an unknown step or a stray parameter is rewritten to what is actually shown,
  // so reloading or sharing it again gives no second notice. A bare `/` stays bare.
  if (win.location.search !== '') {
    const canonical = searchOf(store.getState())
    if (canonical !== win.location.search) win.history.replaceState(null, '', canonical + win.location.hash)
  }

  const snapshot = ({ stepId, audience, page, compare, quiz, view, surgeonView, landmarks, lang, embed }: Synced): Synced => ({
    stepId,
    audience,
    page,
    compare,
    quiz,
    view,
    surgeonView,
    landmarks,
    lang,
    embed,
  })
  /** What the address shows now (as store state); compared with the store to decide push or replace. */
  let written = snapshot(store.getState())
  // The address before the user opened a page, while that page is the latest entry we pushed:
  // closing the page then steps back to it instead of pushing a copy, so Back after closing a
  // page goes to the step before, not into the page again.
  let beforePage: string | null = null
  let fromHistory = false
  let scheduled = false

  const onPopState = () => {
    beforePage = null
    fromHistory = true
    try {
      apply()
    } finally {
      fromHistory = false
    }
    written = snapshot(store.getState())
  }
  win.addEventListener('popstate', onPopState)

  // Several updates in one task (the welcome page's Start closes the page and goes to step 1)
  // make one history entry: the address is written once, after the task's updates.
  let stopped = false
  const write = () => {
    scheduled = false
    if (stopped) return
    const before = written
    const now = snapshot(store.getState())
    written = now
    const search = searchOf(now)
    if (search === win.location.search) return
    // A test's mode and its questions' steps are one entry: only opening or closing it is.
    const moved =
      now.stepId !== before.stepId ||
      now.page !== before.page ||
      now.compare !== before.compare ||
      now.surgeonView !== before.surgeonView ||
      (now.quiz === null) !== (before.quiz === null)
    const url = `${win.location.pathname}${search}`
    // A frame only replaces its entry: its entries would be the host page's, and Back there
    // should leave the clinic's page, not walk the framed steps.
    const closingPage = before.page !== null && now.page === null && now.stepId === before.stepId
    if (closingPage && beforePage === search) {
      beforePage = null
      win.history.back()
    } else if (moved && now.embed === null) {
      const openingPage = before.page === null && now.page !== null && now.stepId === before.stepId
      beforePage = openingPage ? win.location.search : null
      win.history.pushState(null, '', url)
    } else {
      win.history.replaceState(null, '', url)
    }
  }

  const unsubscribe = store.subscribe(() => {
    if (fromHistory || scheduled) return
    scheduled = true
    queueMicrotask(write)
  })

  return () => {
    stopped = true
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
  }
}
