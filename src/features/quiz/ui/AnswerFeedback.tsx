/**
 * Whether an answer was right, the answer, the reasons with their sources and the step that
 * teaches it: at once in practice, and for every question in the results.
 */
import type { StepId } from '../../../content/steps-index'
import type { QuestionWords } from '../../../content/teach/quiz-questions'
import type { QuestionSpec } from '../../../content/teach/quiz-schema'
import { useWalkthrough } from '../../../state/store'
import { followInApp, useLinkTo } from '../../../ui/links'
import { PassageText } from '../../../ui/pages/PassageText'
import { fill, useText } from '../../../ui/useText'
import { isRight, type Answer } from '../scoring'
import { focusStepTitleSoon } from './focus'
import { reasonsFor, rightAnswerText, stepTitle } from './words'

export function AnswerFeedback({ question, words, given, yourAnswer, headingLevel = 3 }: {
  question: QuestionSpec
  words: QuestionWords
  given: Answer | undefined
  yourAnswer: string
  headingLevel?: 3 | 4
}) {
  const pack = useText()
  const text = pack.quiz
  const right = isRight(question, given)
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <section className="quiz-feedback" data-right={right}>
      <Heading className="quiz-feedback__verdict">
        <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
        {right ? text.right : text.wrong}
      </Heading>
      <p>{fill(text.yourAnswer, { answer: yourAnswer })}</p>
      {!right && <p>{fill(text.rightAnswer, { answer: rightAnswerText(pack, words, question) })}</p>}
      {reasonsFor(words, question, given).map((reason, i) => (
        <p key={i} className="quiz-reason">
          <PassageText passage={reason} alwaysCite />
        </p>
      ))}
      <ReviewLink step={question.teaches} />
    </section>
  )
}

/** A link to the step that teaches it: closes the quiz and shows that step. */
export function ReviewLink({ step, label }: { step: StepId; label?: string }) {
  const pack = useText()
  const closeQuiz = useWalkthrough((s) => s.closeQuiz)
  const goToStep = useWalkthrough((s) => s.goToStep)
  const setAudience = useWalkthrough((s) => s.setAudience)
  const linkTo = useLinkTo()
  const title = stepTitle(pack, step)
  return (
    <a
      className="quiz-review"
      href={linkTo({ stepId: step, audience: 'student' })}
      onClick={(e) =>
        followInApp(e, () => {
          closeQuiz()
          goToStep(step)
          // The answers are in the student text.
          setAudience('student')
          focusStepTitleSoon()
        })
      }
    >
      {label ?? fill(pack.quiz.review, { step: title })}
    </a>
  )
}
