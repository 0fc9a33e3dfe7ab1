/**
 * The app's name, the pages around the walkthrough (a menu, laid out in the header on a wide
 * screen), "Larger text" and the audience switch. On a phone there is no room in the row for
 * "Larger text", so it sits in the menu instead: the same toggle is rendered in both places and
 * CSS shows exactly one (the other is display: none, so it is not in the accessibility tree).
 */
import { useId, useRef, useState } from 'react'
import { PAGE_IDS, useWalkthrough, type PageId } from '../state/store'
import { AudienceSwitch } from './AudienceSwitch'
import { MenuIcon } from './icons'
import { followInApp, useLinkTo } from './links'
import { PAGES } from './PageDialog'
import { TextSizeToggle } from './TextSizeToggle'
import { LanguageSwitch } from './LanguageSwitch'
import { fill, useText } from './useText'
import { stepById } from './steps'

/** The welcome page is reached through the app's name; the rest are listed. */
const LISTED_PAGES = PAGE_IDS.filter((p) => p !== 'welcome')

export function SiteHeader() {
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const openPage = useWalkthrough((s) => s.openPage)
  const openCompare = useWalkthrough((s) => s.openCompare)
  const comparing = useWalkthrough((s) => s.compare !== null)
  const testing = useWalkthrough((s) => s.quiz !== null)
  const openQuiz = useWalkthrough((s) => s.openQuiz)
  // The menu's self-test is the current step's chapter.
  const chapter = stepById(stepId).chapter
  const text = useText()
  const linkTo = useLinkTo()
  const [menuOpen, setMenuOpen] = useState(false)
  const menuId = useId()
  const menuButton = useRef<HTMLButtonElement>(null)

  const pageLink = (page: PageId) => ({
    href: linkTo({ stepId, audience, page }),
    onClick: (e: React.MouseEvent<HTMLAnchorElement>) =>
      followInApp(e, () => {
        setMenuOpen(false)
        openPage(page)
      }),
  })

  return (
    <header className="site-header">
      <a className="brand" {...pageLink('welcome')} aria-label={`${text.ui.appName}: ${text.ui.pageWelcome}`}>
        <svg className="brand-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
          {/* a ball in its socket */}
          <circle cx="16" cy="16" r="15" fill="currentColor" />
          <path d="M7 15a9 9 0 0 1 18 0" fill="none" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
          <circle cx="16" cy="16.5" r="5.5" fill="#fff" />
          <path d="M16 22v5" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
        </svg>
        <span className="brand-text">
          <span className="brand-name">{text.ui.appName}</span>
          <span className="brand-tagline">{text.ui.tagline}</span>
        </span>
      </a>
      <nav
        className="guide-nav"
        aria-label={text.ui.guideNav}
        onKeyDown={(e) => {
          // Escape closes an open menu and gives focus back to its button.
          if (e.key === 'Escape' && menuOpen) {
            e.stopPropagation()
            setMenuOpen(false)
            menuButton.current?.focus()
          }
        }}
      >
        <button
          ref={menuButton}
          type="button"
          className="menu-toggle tool-button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((o) => !o)}
        >
          <MenuIcon />
          <span className="tool-text">{text.ui.menu}</span>
        </button>
        <div id={menuId} className="guide-menu" data-open={menuOpen}>
          <ul className="guide-links">
            {LISTED_PAGES.map((page) => (
              <li key={page}>
                <a {...pageLink(page)}>{text.ui[PAGES[page].name]}</a>
              </li>
            ))}
            <li>
              <a
                href={linkTo({ stepId, audience, compare: 'implants' })}
                aria-current={comparing ? 'page' : undefined}
                onClick={(e) =>
                  followInApp(e, () => {
                    setMenuOpen(false)
                    openCompare()
                  })
                }
              >
                {text.compare.openShort}
                <span className="visually-hidden">: {text.compare.title}</span>
              </a>
            </li>
            <li>
              <a
                href={linkTo({ stepId, audience, quiz: { set: chapter, mode: 'practice' } })}
                aria-current={testing ? 'page' : undefined}
                onClick={(e) =>
                  followInApp(e, () => {
                    setMenuOpen(false)
                    openQuiz(chapter)
                  })
                }
              >
                {text.quiz.title}
                <span className="visually-hidden">: {fill(text.quiz.titleFor, { set: text.chapters[chapter] })}</span>
              </a>
            </li>
            <li>
              {/* A new page load: a teaching session's windows link up when they start. */}
              <a href={linkTo({ stepId, audience: 'student', view: 'presenter' })}>
                {text.present.openPresenter}
                <span className="visually-hidden">: {text.present.openPresenterLong}</span>
              </a>
            </li>
          </ul>
          <TextSizeToggle className="text-size-in-menu" />
          <LanguageSwitch className="language-in-menu" />
        </div>
      </nav>
      <TextSizeToggle className="text-size-in-header" />
      <LanguageSwitch className="language-in-header" />
      <AudienceSwitch />
    </header>
  )
}
