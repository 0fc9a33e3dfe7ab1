/**
 * The page: the 3D view and the DOM around it. Scene and UI never import each other; both read
 * the store. Desktop: the view large with the step beside it; phone: the view above, text below.
 */
import { Viewport } from './ui/Viewport'
import { SiteHeader } from './ui/SiteHeader'
import { NoticeBanner } from './ui/NoticeBanner'
import { ViewControls } from './ui/ViewControls'
import { StepPanel } from './ui/StepPanel'
import { StepNavigation } from './ui/StepNavigation'
import { StepList } from './ui/StepList'
import { StepAnnouncer } from './ui/StepAnnouncer'
import { PageDialog } from './ui/PageDialog'
import { useText } from './ui/useText'
import { useWalkthrough } from './state/store'
import { CompareControls } from './features/compare/ui/CompareControls'
import { ComparePanel } from './features/compare/ui/ComparePanel'
import { OfflineNotice } from './features/offline/ui/OfflineNotice'
import { CompareCaptions } from './features/compare/ui/CompareCaptions'
import { useRootTextSize } from './ui/TextSizeToggle'
import { lazy, Suspense } from 'react'
import './ui/app.css'

// A self-test's questions and code arrive only when one is opened.
const QuizPanel = lazy(() => import('./features/quiz/ui/QuizPanel'))
// A teaching session's windows (`?view=presenter|audience`) bring their own code.
const PresenterView = lazy(() => import('./features/teach/presenter/ui/PresenterView'))
const AudienceView = lazy(() => import('./features/teach/audience/ui/AudienceView'))
// A clinic's page framing the app (`?embed=1`) gets the small walkthrough, with its own code.
const EmbeddedWalkthrough = lazy(() => import('./features/embed/ui/EmbeddedWalkthrough'))

export function App() {
  const view = useWalkthrough((s) => s.view)
  const embedded = useWalkthrough((s) => s.embed !== null)
  if (embedded) return <Suspense fallback={null}><EmbeddedWalkthrough /></Suspense>
  if (view === 'walkthrough') return <Walkthrough />
  return <Suspense fallback={null}>{view === 'presenter' ? <PresenterView /> : <AudienceView />}</Suspense>
}

function Walkthrough() {
  const text = useText()
  // The comparison with a total hip takes the step's place: its own controls and text, the same 3D view.
  const comparing = useWalkthrough((s) => s.compare !== null)
  const testing = useWalkthrough((s) => s.quiz !== null)
  useRootTextSize()
  return (
    <div className="app">
      <SiteHeader />
      <NoticeBanner />
      <OfflineNotice />
      <main className="workspace">
        <div className="stage">
          <div className="stage-view">
            <Viewport />
            {comparing && <CompareCaptions />}
          </div>
          {comparing ? <CompareControls /> : <ViewControls />}
        </div>
        <div className="side">
          {comparing ? (
            <ComparePanel />
          ) : testing ? (
            <Suspense fallback={null}>
              <QuizPanel />
            </Suspense>
          ) : (
            <>
              <StepPanel />
              <div className="side-dock">
                <StepNavigation />
                <StepList />
              </div>
            </>
          )}
        </div>
      </main>
      <footer className="medical-note">
        <p>{text.ui.medicalNote}</p>
      </footer>
      <StepAnnouncer />
      <PageDialog />
    </div>
  )
}
