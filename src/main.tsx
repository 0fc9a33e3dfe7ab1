import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './ui/tokens.css'
import { App } from './App'
import { startUrlSync } from './state/url-sync'
import { startPreferenceSync } from './state/preference-sync'
import { startSheetSync } from './state/sheet-sync'
import { preloadOnWideScreens } from './scene/preload'
import { hasWebGL2 } from './ui/webgl'
import { useWalkthrough } from './state/store'
import { LANGUAGE_NAMES } from './content/i18n/languages'
import { loadStartLanguage, startLanguageSync } from './state/language-sync'
import { startOfflineCopy } from './features/offline/register'

// Where the 3D view is the page's centre, its code and first model load beside the first render
// (and beside another language's pack).
if (hasWebGL2()) preloadOnWideScreens()

// The link's language first (its pack fetched before anything shows, so the page never mixes two
// languages); then the link, the stored preferences and the consultation sheet decide the first
// state before the first render: no flash of the wrong step, language or text size.
void loadStartLanguage(window).then((failedLanguage) => {
  startUrlSync(window)
  startPreferenceSync(window)
  startSheetSync(window)
  // After the link's own notices, which would replace it.
  if (failedLanguage) useWalkthrough.getState().showNotice({ kind: 'language-failed', value: LANGUAGE_NAMES[failedLanguage] })
  startLanguageSync(window)

  // A teaching session's windows link up through their own code, loaded only in those windows.
  const view = useWalkthrough.getState().view
  if (view !== 'walkthrough') {
    void import('./features/teach/sync/session').then(({ broadcastTransport, startTeachingSync }) =>
      startTeachingSync(view, broadcastTransport()),
    )
  }

  if (useWalkthrough.getState().embed) void import('./features/embed/messages').then(({ startEmbedMessages }) => startEmbedMessages(window))

  const root = document.getElementById('root')
  if (root) createRoot(root).render(<StrictMode><App /></StrictMode>)
  // A copy of the app for offline use, once the first view is up (its code is a chunk of its own).
  startOfflineCopy(window)
})
