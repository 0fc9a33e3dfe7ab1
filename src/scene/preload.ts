/**
 * Starts what the first 3D frame needs: the scene's code and the first model file download
 * side by side, instead of one after the other. No three.js here: the page's first bundle calls
 * these (src/main.tsx, ui/Viewport.tsx) when the browser has WebGL.
 */
import { FIRST_MODEL, startModelDownload } from './model-download'
import { WIDE_SCREEN } from '../lib/wide-screen'
import { useWalkthrough } from '../state/store'

export const loadHipScene = () => import('./HipScene')

/** Before the page's first render: on a wide screen the 3D downloads start at once. */
export function preloadOnWideScreens(): void {
  if (window.matchMedia(WIDE_SCREEN).matches) preloadFirstView()
}

/**
 * How long after the page has loaded a narrow screen waits before the 3D downloads begin: long
 * enough for the step text's paints to be done, so they never share the network or the main
 * thread with the 3D view (on a phone the view waits on the network for seconds anyway).
 */
const TEXT_FIRST_MS = 400

/**
 * Runs `start` now on a wide screen, else a moment after the page has loaded; returns a cancel.
 * On a narrow screen a page (the welcome page, say) covers the whole walkthrough: the view is
 * started once it closes, so the person reading it on a phone has no 3D work stalling their
 * scrolling and taps, for a view they cannot see. Its files still come early: the offline copy
 * (features/offline) fetches them in the background.
 */
export function whenSceneIsDue(start: () => void): () => void {
  if (window.matchMedia(WIDE_SCREEN).matches) {
    start()
    return () => undefined
  }
  let timer: number | undefined
  let stopWatchingPage: () => void = () => undefined
  const whenNoPage = () => {
    if (!viewWaitsForPage()) {
      start()
      return
    }
    stopWatchingPage = useWalkthrough.subscribe((s) => {
      if (s.page !== null) return
      stopWatchingPage()
      start()
    })
  }
  const afterLoad = () => {
    timer = window.setTimeout(whenNoPage, TEXT_FIRST_MS)
  }
  if (document.readyState === 'complete') afterLoad()
  else window.addEventListener('load', afterLoad, { once: true })
  return () => {
    window.removeEventListener('load', afterLoad)
    window.clearTimeout(timer)
    stopWatchingPage()
  }
}

/** A narrow screen with a page over the walkthrough: its 3D view is not started until the page closes. */
export function viewWaitsForPage(win: Window = window): boolean {
  return !win.matchMedia(WIDE_SCREEN).matches && useWalkthrough.getState().page !== null
}

export function preloadFirstView(): void {
  // A failure shows where the scene is used (the 3D view's error panel), not here.
  loadHipScene().catch(() => undefined)
  startModelDownload(FIRST_MODEL)
}
