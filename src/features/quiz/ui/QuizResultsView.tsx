/**
 * The end of an attempt: the score (focused), each question right or not with its reasons, the
 * steps to review, Try again and Close. A test's score is kept on this device (best and latest).
 */
import { useEffect, useRef, useState } from 'react'
import type { QuestionWords } from '../../../content/teach/quiz-questions'
import { questionById } from '../../../content/teach/questions'
import { fill, useText } from '../../../ui/useText'
import { isBetter } from '../scoring'
import { loadResults, saveResult } from '../results-store'
import { scoreOfSession, stepsToReview, type Session } from '../session'
import { AnswerFeedback, ReviewLink } from './AnswerFeedback'
import { QuizHeader } from './QuizPanel'
import { answerText, promptOf, stepTitle } from './words'

export function QuizResultsView({ session, words, onTryAgain, onClose }: {
  session: Session
  words: QuestionWords
  onTryAgain: () => void
  onClose: () => void
}) {
  const pack = useText()
  const text = pack.quiz
  const score = scoreOfSession(session)
  const review = stepsToReview(session)
  const heading = useRef<HTMLHeadingElement>(null)
  // The best before this attempt (read once), to say when this one beats it.
  const [before] = useState(() => loadResults().sets[session.set]?.best)
  const newBest = session.mode === 'test' && before !== undefined && isBetter(score, before)
  // A test's score is kept (saving twice, as React's strict mode may, keeps the same).
  useEffect(() => {
    if (session.mode === 'test') saveResult(session.set, scoreOfSession(session))
  }, [session])
  useEffect(() => heading.current?.focus(), [])

  return (
    <>
      <QuizHeader set={session.set} onClose={onClose} />
      <h2 id="quiz-title" className="step-title quiz-score" tabIndex={-1} ref={heading}>
        {fill(text.score, { right: score.right, total: score.total })}
      </h2>
      {newBest && <p className="quiz-best">{text.newBest}</p>}

      <h3 className="panel-heading">{text.reviewHeading}</h3>
      {review.length === 0 ? (
        <p>{text.nothingToReview}</p>
      ) : (
        <ul className="quiz-review-list">
          {review.map((step) => (
            <li key={step}>
              <ReviewLink step={step} label={stepTitle(pack, step)} />
            </li>
          ))}
        </ul>
      )}

      <div className="quiz-actions">
        <button type="button" className="button button-primary" onClick={onTryAgain}>
          {text.tryAgain}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {text.closeResults}
        </button>
      </div>

      <h3 className="panel-heading">{text.byQuestion}</h3>
      <ol className="quiz-results">
        {session.questions.map((id) => {
          const question = questionById(id)
          const given = session.answers[id]
          return (
            <li key={id} className="quiz-results__item">
              <p className="quiz-results__prompt">{promptOf(pack, words, question)}</p>
              <AnswerFeedback question={question} words={words} given={given} yourAnswer={answerText(pack, words, question, given)} headingLevel={4} />
            </li>
          )
        })}
      </ol>
    </>
  )
}
