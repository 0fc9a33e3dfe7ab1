/**
 * The frame every page shares: a titled region whose heading takes focus when the page opens
 * (so keyboard and screen-reader users land at its start when moving between pages), the
 * page body, and links to related pages.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useWalkthrough, type PageId } from '../../state/store'
import type { LanguagePack, Pages } from '../../content/i18n/types'
import { Listen } from '../../features/listen/ui/Listen'
import { useText } from '../useText'
import './pages.css'

const TITLE_OF: Record<PageId, (pages: Pages, pack: LanguagePack) => string> = {
  welcome: (p) => p.welcome.title,
  decide: (_p, pack) => pack.decide.title,
  questions: (p) => p.questions.title,
  sheet: (_p, pack) => pack.sheet.title,
  recovery: (p) => p.recovery.title,
  glossary: (p) => p.glossary.title,
  references: (p) => p.references.title,
}

interface PageLayoutProps {
  id: PageId
  children: ReactNode
  /** Related pages offered at the end. */
  related?: readonly PageId[]
  /**
   * Actions at the end of the page (the welcome page's start button). The way back to the
   * walkthrough is the dialog's own close button (src/ui/PageDialog.tsx), so there is no default.
   */
  footer?: ReactNode
}

export function PageLayout({ id, children, related = [], footer }: PageLayoutProps) {
  const pack = useText()
  const pages = pack.pages
  const openPage = useWalkthrough((s) => s.openPage)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const headingId = useId()
  useEffect(() => {
    headingRef.current?.focus()
  }, [id])
  return (
    <article className={`page page--${id}`} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="page__title">
        {TITLE_OF[id](pages, pack)}
      </h2>
      <Listen />
      {children}
      {related.length > 0 && (
        <nav className="page__related" aria-label={pages.common.seeAlso}>
          <h3>{pages.common.seeAlso}</h3>
          <ul>
            {related.map((page) => (
              <li key={page}>
                <button type="button" className="page__link" onClick={() => openPage(page)}>
                  {TITLE_OF[page](pages, pack)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {footer && <footer className="page__footer">{footer}</footer>}
    </article>
  )
}
