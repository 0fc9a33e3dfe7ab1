/**
 * Registers the service worker that keeps a copy of the app on this device (Workbox's, made at
 * build time by vite-plugin-pwa: see vite.config.ts) and tells the offline store what it does.
 *
 * A new version never takes over by itself: its worker waits, the notice offers it, and only the
 * person's click switches to it and reloads the page (the URL keeps their place). A page whose
 * worker was switched by another tab keeps running as it is and offers the reload too.
 */
import { Workbox } from 'workbox-window'
import { useOffline } from './offline-store'

/** The worker's file, beside index.html (relative: the app may be served from any folder). */
const WORKER_URL = `${import.meta.env.BASE_URL}sw.js`
/** A page left open (a waiting room's screen) asks for a new version at most this often. */
const UPDATE_CHECK_MS = 60 * 60 * 1000

/** The slice of the Trusted Types API used here (TypeScript's DOM typings do not have it yet). */
interface TrustedTypesFactory {
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => { createScriptURL: (url: string) => object }
}

/**
 * The production CSP requires Trusted Types for script URLs, and a service worker's URL is one:
 * a policy that lets through the worker's own URL and nothing else. Workbox hands the value to
 * `navigator.serviceWorker.register` untouched and compares it as text, which it stringifies to.
 */
function workerScriptUrl(win: Window): string {
  const factory = (win as Window & { trustedTypes?: TrustedTypesFactory }).trustedTypes
  if (!factory) return WORKER_URL
  const policy = factory.createPolicy('resurface-service-worker', {
    createScriptURL: (url) => {
      if (url !== WORKER_URL) throw new TypeError(`Only the app's service worker may be registered, not ${url}`)
      return url
    },
  })
  return policy.createScriptURL(WORKER_URL) as unknown as string
}

export async function registerServiceWorker(win: Window): Promise<void> {
  const workbox = new Workbox(workerScriptUrl(win))
  let asked = false

  // The visit that stored the app for the first time (not an update of an earlier copy).
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate && !event.isExternal) useOffline.setState({ justStored: true })
  })
  // A new version is stored and waits for this page's consent.
  workbox.addEventListener('waiting', () => {
    useOffline.setState({
      applyUpdate: () => {
        asked = true
        workbox.messageSkipWaiting()
      },
    })
  })
  workbox.addEventListener('controlling', (event) => {
    if (!event.isUpdate) return // the first worker taking charge of the page that installed it
    if (asked) win.location.reload()
    // Another tab switched to the new version: this page keeps going (its code is the old one,
    // its files now come from the new copy) and offers the reload again, even if it was closed.
    else useOffline.setState({ applyUpdate: () => win.location.reload(), updateDismissed: false })
  })

  try {
    await workbox.register()
  } catch {
    // Blocked (private browsing, a policy, a test) or failed: the app works as it did, online.
    useOffline.setState({ status: 'unavailable' })
    return
  }
  // The worker is active once every file is stored (its install waits for the whole copy).
  void workbox.active.then(() => useOffline.setState({ status: 'ready' }))

  let lastCheck = Date.now()
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState !== 'visible' || Date.now() - lastCheck < UPDATE_CHECK_MS) return
    lastCheck = Date.now()
    workbox.update().catch(() => undefined)
  })
}
