/**
 * "Share this step": the step's link and its QR code in a modal dialog, so students in the room
 * open the current step on their phones. The presenter imports this module lazily. Also the
 * large code the audience window shows on the projector (ShareOverlay).
 */
import { useId, useRef, useState } from 'react'
import { CloseIcon } from '../../../../ui/icons'
import { copyOrSelect, useModalWhileMounted } from '../../../../ui/modal-dialog'
import { fill, useText } from '../../../../ui/useText'
import { QrCode } from './QrCode'
import './share.css'

export interface ShareStepProps {
  url: string
  /** The step's title: the dialog's heading. */
  title: string
  onClose: () => void
  /** Given by the presenter: shows or hides the code in the audience window. */
  onShowOnProjector?: (shown: boolean) => void
  shownOnProjector?: boolean
}

type CopyStatus = 'idle' | 'copied' | 'by-hand'

/** Mounted means open: the parent renders it while the dialog should show. */
export function ShareStep({ url, title, onClose, onShowOnProjector, shownOnProjector = false }: ShareStepProps) {
  const text = useText().present.share
  const dialog = useModalWhileMounted(onClose)
  const link = useRef<HTMLParagraphElement>(null)
  // Kept with the link it was for: a new link (the presenter moved on) has not been copied yet.
  const [copy, setCopy] = useState<{ url: string; status: CopyStatus }>({ url, status: 'idle' })
  const status = copy.url === url ? copy.status : 'idle'
  const headingId = useId()

  const copyLink = async () => setCopy({ url, status: await copyOrSelect(url, link.current) })

  return (
    <dialog {...dialog} className="modal-dialog share-dialog" aria-labelledby={headingId}>
      <div className="share-dialog__bar">
        <button type="button" className="button button-secondary" onClick={onClose}>
          <CloseIcon />
          <span>{text.close}</span>
        </button>
      </div>
      <div className="share-dialog__body">
        <h2 id={headingId} className="share-dialog__title">
          {title}
        </h2>
        <p className="share-dialog__hint">{text.scanHint}</p>
        <QrCode className="share-dialog__code" text={url} label={fill(text.qrLabel, { title })} />
        <p className="share-dialog__link-label">{text.linkLabel}</p>
        <p ref={link} className="share-dialog__link">
          {url}
        </p>
        <div className="share-dialog__actions">
          <button type="button" className="button button-primary" onClick={() => void copyLink()}>
            {text.copy}
          </button>
          {onShowOnProjector && (
            <button
              type="button"
              className="button button-secondary share-dialog__projector"
              aria-pressed={shownOnProjector}
              onClick={() => onShowOnProjector(!shownOnProjector)}
            >
              {text.showOnProjector}
            </button>
          )}
        </div>
        <p className="share-dialog__status" role="status" aria-live="polite">
          {status === 'copied' ? text.copied : status === 'by-hand' ? text.copyByHand : ''}
        </p>
      </div>
    </dialog>
  )
}

export interface ShareOverlayProps {
  url: string
  caption: string
}

/** The audience window's large code: the room scans it from the projector. No controls. */
export function ShareOverlay({ url, caption }: ShareOverlayProps) {
  return (
    <figure className="share-overlay">
      <QrCode className="share-overlay__code" text={url} label={caption} />
      <figcaption className="share-overlay__caption">{caption}</figcaption>
    </figure>
  )
}
