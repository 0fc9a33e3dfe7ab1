/**
 * In the student text: at a chapter's last step, "Test yourself on this chapter" with Practice
 * and Take the test (and the best score kept here); at the last step also the whole operation;
 * on a chapter's other steps a quieter link. Real links (`?quiz=...`), so a teacher can share one.
 * In the first bundle: no questions here, only the set ids and the interface words.
 */
import { STEP_IDS, type StepId } from '../../../content/steps-index'
import { useWalkthrough, type QuizMode, type QuizSet } from '../../../state/store'
import { followInApp } from '../../../ui/links'
import { useLinkTo } from '../../../ui/links'
import { chapterEndingAt, stepById } from '../../../ui/steps'
import { fill, useText } from '../../../ui/useText'
import { loadResults } from '../results-store'
import './quiz-invite.css'

export function QuizInvite({ stepId }: { stepId: StepId }) {
  const text = useText()
  const chapter = stepById(stepId).chapter
  const atChapterEnd = chapterEndingAt(stepId) !== null
  const atEnd = STEP_IDS[STEP_IDS.length - 1] === stepId
  if (!atChapterEnd)
    return (
      <p className="quiz-invite-link">
        <QuizLink set={chapter} mode="practice">
          {fill(text.quiz.inviteLink, { chapter: text.chapters[chapter] })}
        </QuizLink>
      </p>
    )
  return (
    <aside className="quiz-invite" aria-labelledby="quiz-invite-heading">
      <h3 id="quiz-invite-heading" className="panel-heading">
        {text.quiz.inviteHeading}
      </h3>
      <InviteRow set={chapter} lead={text.quiz.inviteChapter} />
      {atEnd && <InviteRow set="operation" lead={text.quiz.inviteOperation} />}
    </aside>
  )
}

function InviteRow({ set, lead }: { set: QuizSet; lead: string }) {
  const text = useText().quiz
  const best = loadResults().sets[set]?.best
  const leadId = `quiz-invite-${set}`
  return (
    <div className="quiz-invite__row">
      <p id={leadId}>
        {lead}
        {best && <span className="quiz-invite__best"> {fill(text.best, { right: best.right, total: best.total })}</span>}
      </p>
      <p className="quiz-invite__actions">
        <QuizLink set={set} mode="practice" className="button button-secondary" describedBy={leadId}>
          {text.startPractice}
        </QuizLink>
        <QuizLink set={set} mode="test" className="button button-primary" describedBy={leadId}>
          {text.startTest}
        </QuizLink>
      </p>
    </div>
  )
}

function QuizLink({ set, mode, className, describedBy, children }: {
  set: QuizSet
  mode: QuizMode
  className?: string
  /** Which set the link opens, when its words alone ("Practice") do not say. */
  describedBy?: string
  children: string
}) {
  const stepId = useWalkthrough((s) => s.stepId)
  const linkTo = useLinkTo()
  const openQuiz = useWalkthrough((s) => s.openQuiz)
  return (
    <a
      className={className}
      aria-describedby={describedBy}
      href={linkTo({ stepId, audience: 'student', quiz: { set, mode } })}
      onClick={(e) => followInApp(e, () => openQuiz(set, mode))}
    >
      {children}
    </a>
  )
}
