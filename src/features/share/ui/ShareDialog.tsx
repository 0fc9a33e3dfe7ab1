/**
 * The share dialog: the link to this step in this language and register (with Copy), its QR
 * code, and the iframe snippet a clinic pastes into its own site (with Copy). Everything is built
 * from the page's own address. Loaded on the first "Share" (ShareButton.tsx).
 */
import { useId, useRef, useState } from 'react'
import { useWalkthrough } from '../../../state/store'
import { CloseIcon } from '../../../ui/icons'
import { copyOrSelect, useModalWhileMounted } from '../../../ui/modal-dialog'
import { fill, useText } from '../../../ui/useText'
import { QrCode } from '../../teach/share/ui/QrCode'
import { embedSnippet, stepLink } from '../links'
import './share-dialog.css'

type Copied = { what: 'link' | 'code'; status: 'copied' | 'by-hand' } | null

/** Mounted means open. */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const lang = useWalkthrough((s) => s.lang)
  const text = useText()
  const words = text.share
  const title = text.steps[stepId].title
  const url = stepLink(window.location, { stepId, audience, lang })
  const snippet = embedSnippet(window.location, { stepId, audience, lang }, fill(words.frameTitle, { title }))
  const dialog = useModalWhileMounted(onClose)
  const linkBox = useRef<HTMLParagraphElement>(null)
  const codeBox = useRef<HTMLPreElement>(null)
  // Kept with what it was for: a new step's link has not been copied yet.
  const [copied, setCopied] = useState<{ url: string; copied: Copied }>({ url, copied: null })
  const status = copied.url === url ? copied.copied : null
  const headingId = useId()

  const copy = async (what: 'link' | 'code') => {
    const status = await copyOrSelect(what === 'link' ? url : snippet, (what === 'link' ? linkBox : codeBox).current)
    setCopied({ url, copied: { what, status } })
  }

  const said = status === null ? '' : status.status === 'by-hand' ? words.copyByHand : status.what === 'link' ? words.linkCopied : words.codeCopied

  return (
    <dialog {...dialog} className="modal-dialog share-step-dialog" aria-labelledby={headingId}>
      <div className="share-step-dialog__bar">
        <h2 id={headingId} className="share-step-dialog__title">
          {words.title}
          <span className="share-step-dialog__step">{title}</span>
        </h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          <CloseIcon />
          <span>{words.close}</span>
        </button>
      </div>
      <div className="share-step-dialog__body">
        <section className="share-step-dialog__link" aria-labelledby={`${headingId}-link`}>
          <h3 id={`${headingId}-link`}>{words.linkHeading}</h3>
          <p className="share-step-dialog__hint">{words.linkHint}</p>
          <p ref={linkBox} className="share-step-dialog__box" data-share="link">
            {url}
          </p>
          <button type="button" className="button button-primary" onClick={() => void copy('link')}>
            {words.copyLink}
          </button>
        </section>
        <figure className="share-step-dialog__qr">
          <QrCode className="share-step-dialog__code" text={url} label={fill(words.qrLabel, { title })} />
          <figcaption className="share-step-dialog__hint">{words.qrHint}</figcaption>
        </figure>
        <section className="share-step-dialog__embed" aria-labelledby={`${headingId}-embed`}>
          <h3 id={`${headingId}-embed`}>{words.embedHeading}</h3>
          <p className="share-step-dialog__hint">{words.embedHint}</p>
          <pre ref={codeBox} className="share-step-dialog__box" data-share="snippet" aria-label={words.embedCodeLabel} tabIndex={0}>
            <code>{snippet}</code>
          </pre>
          <button type="button" className="button button-secondary" onClick={() => void copy('code')}>
            {words.copyCode}
          </button>
        </section>
        <p className="share-step-dialog__status" role="status" aria-live="polite">
          {said}
        </p>
      </div>
    </dialog>
  )
}
