/**
 * A tiny page for tests/e2e/share.test.ts: the presenter mounts ShareStep (src/features/teach),
 * this page stands in for it with an opener button, the same lazy import and the projector
 * toggle wired to a ShareOverlay, so the dialog is tested in a real browser under the app's CSP.
 */
import { StrictMode, Suspense, lazy, useState } from 'react'
import { createRoot } from 'react-dom/client'
import '../../../src/ui/tokens.css'
import '../../../src/ui/app.css'
import { en } from '../../../src/content/i18n/en'
import { shareLinkFor } from '../../../src/features/teach/share/share-link'

const ShareStep = lazy(() => import('../../../src/features/teach/share/ui/ShareStep').then((m) => ({ default: m.ShareStep })))
const ShareOverlay = lazy(() => import('../../../src/features/teach/share/ui/ShareStep').then((m) => ({ default: m.ShareOverlay })))

const STEP = 'guide-pin'

function Harness() {
  const [open, setOpen] = useState(false)
  const [shown, setShown] = useState(false)
  const url = shareLinkFor(window.location, { stepId: STEP, audience: 'student', lang: 'en' })
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {en.present.share.open}
      </button>
      <Suspense fallback={null}>
        {open && (
          <ShareStep
            url={url}
            title={en.steps[STEP].title}
            onClose={() => setOpen(false)}
            onShowOnProjector={setShown}
            shownOnProjector={shown}
          />
        )}
        {shown && <ShareOverlay url={url} caption={en.present.share.overlayCaption} />}
      </Suspense>
    </>
  )
}

const root = document.getElementById('root')
if (root) createRoot(root).render(<StrictMode><Harness /></StrictMode>)
