/**
 * The pages around the steps (welcome, the decision aid, questions...) open in a modal dialog
 * over the walkthrough (the welcome page brings its own Start button). The store's `page` (mirrored in the URL as `?page=`) decides: Back
 * closes it, Escape and the close button too. The native <dialog> keeps focus inside and
 * returns it when closed.
 */
import { lazy, useEffect, useRef, type ComponentType } from 'react'
import type { UiKey } from '../content/i18n/en/ui'
import { STEP_IDS } from '../content/steps-index'
import { useWalkthrough, type PageId } from '../state/store'
import { ChevronRightIcon, CloseIcon } from './icons'
import { useText } from './useText'
import { LazyPart } from './LazyPart'
import { WelcomePage } from './pages/WelcomePage'

// The welcome page greets a first visit, so it comes with the page; the others (the decision
// aid above all) are fetched when first opened and stay out of the first bundle.
const DecisionAidPage = lazy(() => import('../features/decide/ui/DecisionAidPage').then((m) => ({ default: m.DecisionAidPage })))
const QuestionsPage = lazy(() => import('./pages/QuestionsPage').then((m) => ({ default: m.QuestionsPage })))
const SheetPage = lazy(() => import('../features/decide/ui/SheetPage').then((m) => ({ default: m.SheetPage })))
const RecoveryPage = lazy(() => import('./pages/RecoveryPage').then((m) => ({ default: m.RecoveryPage })))
const GlossaryPage = lazy(() => import('./pages/GlossaryPage').then((m) => ({ default: m.GlossaryPage })))
const ReferencesPage = lazy(() => import('./pages/ReferencesPage').then((m) => ({ default: m.ReferencesPage })))

export const PAGES: Record<PageId, { Component: ComponentType; name: UiKey }> = {
  welcome: { Component: WelcomePage, name: 'pageWelcome' },
  decide: { Component: DecisionAidPage, name: 'pageDecide' },
  questions: { Component: QuestionsPage, name: 'pageQuestions' },
  sheet: { Component: SheetPage, name: 'pageSheet' },
  recovery: { Component: RecoveryPage, name: 'pageRecovery' },
  glossary: { Component: GlossaryPage, name: 'pageGlossary' },
  references: { Component: ReferencesPage, name: 'pageReferences' },
}

export function PageDialog() {
  const page = useWalkthrough((s) => s.page)
  const closePage = useWalkthrough((s) => s.closePage)
  // Over the first step (a first visit), closing the welcome page starts the walkthrough: say so.
  const startsWalkthrough = useWalkthrough((s) => s.page === 'welcome' && s.stepId === STEP_IDS[0])
  const text = useText()
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (page !== null && !d.open) d.showModal()
    if (page === null && d.open) d.close()
  }, [page])

  const entry = page === null ? null : PAGES[page]

  return (
    <dialog
      ref={dialog}
      className="modal-dialog page-dialog"
      aria-label={entry ? text.ui[entry.name] : undefined}
      data-page={page ?? undefined}
      onCancel={(e) => {
        // Escape: let the store close it, so the URL follows.
        e.preventDefault()
        closePage()
      }}
    >
      {entry && (
        <div className="page-frame">
          <div className="page-bar">
            {startsWalkthrough ? (
              <button type="button" className="button button-primary" onClick={closePage}>
                <span>{text.ui.start}</span>
                <ChevronRightIcon />
              </button>
            ) : (
              <button type="button" className="button button-secondary" onClick={closePage}>
                <CloseIcon />
                <span>{text.ui.closePage}</span>
              </button>
            )}
          </div>
          <div className="page-content">
            <LazyPart>
              <entry.Component />
            </LazyPart>
          </div>
        </div>
      )}
    </dialog>
  )
}
