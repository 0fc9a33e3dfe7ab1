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

// The link, the stored preferences and the consultation sheet decide the first state before the first render: no
// flash of the wrong step or text size.
startUrlSync(window)
startPreferenceSync(window)
startSheetSync(window)

// A teaching session's windows link up through their own code, loaded only in those windows.
const view = useWalkthrough.getState().view
if (view !== 'walkthrough') {
  void import('./features/teach/sync/session').then(({ broadcastTransport, startTeachingSync }) =>
    startTeachingSync(view, broadcastTransport()),
  )
}

// Where the 3D view is the page's centre, its code and first model load beside the first render.
if (hasWebGL2()) preloadOnWideScreens()

const root = document.getElementById('root')
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>)
