/**
 * Starts the offline copy of the app, late: once the page has loaded and the 3D view has shown
 * its first step (or said it cannot, or waits for a page over it on a phone), when the browser
 * is idle. The service worker then downloads every file of the app (models included) and would
 * otherwise share the network and the main thread with the first view. Its code (workbox-window)
 * is a chunk of its own.
 *
 * Not in the dev server: a service worker there would serve stale modules under hot reload.
 */
import { useWalkthrough } from '../../state/store'
import { viewWaitsForPage } from '../../scene/preload'

/** The 3D view's states after which the first view has nothing more to fetch. */
const FIRST_VIEW_SETTLED = '.viewport[data-ready="true"], .viewport[data-status="no-webgl"], .viewport[data-status="error"], .viewport[data-status="context-lost"]'
/** A page whose view never settles (a slow phone, a tab in the background) still gets its copy. */
const FIRST_VIEW_WAIT_MS = 20_000

export function startOfflineCopy(win: Window = window): void {
  if (import.meta.env.DEV || !('serviceWorker' in win.navigator)) return
  // A teaching session's windows do not start a download of the whole app in the middle of a
  // lecture (nor listen for new versions): a copy made on an earlier visit serves them all the same.
  if (useWalkthrough.getState().view !== 'walkthrough') return
  const register = () => void import('./service-worker').then(({ registerServiceWorker }) => registerServiceWorker(win))
  const whenIdle = () =>
    typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(register, { timeout: 5_000 }) : win.setTimeout(register, 200)
  // On a phone that opened on a page (the welcome page), the view waits for it to close: the copy
  // is made while the person reads, so the walkthrough's files are at hand when they start it.
  const afterLoad = () => (viewWaitsForPage(win) ? whenIdle() : void firstViewSettled(win.document).then(whenIdle))
  if (win.document.readyState === 'complete') afterLoad()
  else win.addEventListener('load', afterLoad, { once: true })
}

/** Resolves once the view is ready or has given up, or after FIRST_VIEW_WAIT_MS. */
function firstViewSettled(doc: Document): Promise<void> {
  return new Promise((done) => {
    if (doc.querySelector(FIRST_VIEW_SETTLED)) return done()
    const observer = new MutationObserver(() => {
      if (doc.querySelector(FIRST_VIEW_SETTLED)) finish()
    })
    const timer = setTimeout(() => finish(), FIRST_VIEW_WAIT_MS)
    function finish() {
      observer.disconnect()
      clearTimeout(timer)
      done()
    }
    observer.observe(doc.body, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-status'], childList: true })
  })
}
