/**
 * "Share this step", under the step's text: where the reader has just finished it (above the
 * text it would push the first words down, under a tablet's docked step buttons). Opens the
 * dialog with this step's link, its QR code and the snippet that embeds it. For anyone (a patient
 * sending a step to family, a student to a classmate), not only the presenter. The dialog's code
 * (and the QR encoder) arrive on the first open.
 */
import { lazy, Suspense, useState } from 'react'
import { useText } from '../../../ui/useText'
import './share-button.css'

const ShareDialog = lazy(() => import('./ShareDialog'))

export function ShareButton() {
  const text = useText().share
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="tool-button share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <circle cx="18" cy="5" r="2.5" />
          <circle cx="6" cy="12" r="2.5" />
          <circle cx="18" cy="19" r="2.5" />
          <path d="M8.2 10.8l7.6-4.4M8.2 13.2l7.6 4.4" />
        </svg>
        <span className="tool-text">{text.shareLong}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
