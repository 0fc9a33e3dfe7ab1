/**
 * The self-test, in the step text's place while `quiz` is open: the set and its mode, then one
 * question at a time with the 3D view showing its step (labels hidden), then the results. Lazy:
 * this module, the questions and their words load only when a quiz opens.
 */
import { Suspense, useEffect, useRef, useState } from 'react'
import { useWalkthrough, type QuizMode, type QuizSet } from '../../../state/store'
import { fill, useText } from '../../../ui/useText'
import { questionsOf } from '../../../content/teach/questions'
import { startSession, type Session } from '../session'
import { loadResults } from '../results-store'
import { setName, useQuestionWords } from './words'
import { QuestionView } from './QuestionView'
import { QuizResultsView } from './QuizResultsView'
import { focusStepTitleSoon } from './focus'
import './quiz.css'

export default function QuizPanel() {
  const quiz = useWalkthrough((s) => s.quiz)
  const text = useText().quiz
  if (quiz === null) return null
  return (
    <article className="step-panel quiz-panel" aria-labelledby="quiz-title">
      <Suspense fallback={<p className="quiz-loading">{text.loading}</p>}>
        {/* Another set starts afresh. */}
        <QuizFlow key={quiz.set} set={quiz.set} mode={quiz.mode} />
      </Suspense>
    </article>
  )
}

function QuizFlow({ set, mode }: { set: QuizSet; mode: QuizMode }) {
  const pack = useText()
  const lang = useWalkthrough((s) => s.lang)
  const words = useQuestionWords(lang)
  const [session, setSession] = useState<Session | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const closeQuiz = useWalkthrough((s) => s.closeQuiz)
  const goToStep = useWalkthrough((s) => s.goToStep)
  // Each question shows its own step; closing returns to the step the quiz was opened from.
  const [origin] = useState(() => useWalkthrough.getState().stepId)
  const close = () => {
    closeQuiz()
    goToStep(origin)
    focusStepTitleSoon()
  }
  const start = () => {
    setAnnouncement('')
    setSession(startSession(set, mode, Date.now() & 0x7fffffff))
  }

  return (
    <>
      {session === null ? (
        <StartView set={set} mode={mode} onStart={start} onClose={close} />
      ) : session.phase === 'done' ? (
        <QuizResultsView session={session} words={words} onTryAgain={start} onClose={close} />
      ) : (
        <QuestionView session={session} words={words} onChange={setSession} announce={setAnnouncement} onClose={close} />
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {session === null && <p className="quiz-kept">{pack.quiz.keptHere}</p>}
    </>
  )
}

/** The set's title, the mode (practice or test, mirrored in the URL), how many questions, Start. */
function StartView({ set, mode, onStart, onClose }: { set: QuizSet; mode: QuizMode; onStart: () => void; onClose: () => void }) {
  const pack = useText()
  const text = pack.quiz
  const openQuiz = useWalkthrough((s) => s.openQuiz)
  const best = loadResults().sets[set]?.best
  const heading = useRef<HTMLHeadingElement>(null)
  // The invitation that opened the quiz is gone: focus starts at the quiz's title.
  useEffect(() => heading.current?.focus(), [])
  return (
    <>
      <QuizHeader set={set} onClose={onClose} />
      <h2 id="quiz-title" className="step-title" tabIndex={-1} ref={heading}>
        {setName(pack, set)}
      </h2>
      <p className="quiz-count">{fill(text.count, { count: questionsOf(set).length })}</p>
      <fieldset className="quiz-modes">
        <legend className="quiz-legend">{text.modeLegend}</legend>
        {(['practice', 'test'] as const).map((m) => (
          <label key={m} className="quiz-option">
            <input type="radio" name="quiz-mode" value={m} checked={mode === m} onChange={() => openQuiz(set, m)} />
            <span>
              <strong>{text.modes[m].name}</strong>
              <span className="quiz-option__hint">{text.modes[m].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {best && <p className="quiz-best">{fill(text.best, { right: best.right, total: best.total })}</p>}
      <div className="quiz-actions">
        <button type="button" className="button button-primary" onClick={onStart}>
          {text.start}
        </button>
      </div>
    </>
  )
}

/** The set's name and the way out, above every view of the quiz. */
export function QuizHeader({ set, detail, onClose }: { set: QuizSet; detail?: string; onClose: () => void }) {
  const pack = useText()
  return (
    <div className="quiz-header">
      <p className="step-kicker">
        <span>{fill(pack.quiz.titleFor, { set: setName(pack, set) })}</span>
        {detail && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{detail}</span>
          </>
        )}
      </p>
      <button type="button" className="button button-secondary quiz-close" onClick={onClose}>
        {pack.quiz.close}
      </button>
    </div>
  )
}
