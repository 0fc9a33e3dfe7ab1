/**
 * One question: the prompt (focused when it appears), the way to answer it, and in practice the
 * feedback at once (right or not, the reasons, the step that teaches it). The 3D view shows the
 * question's step; a structure touched on the model answers a find question.
 */
import { useEffect, useRef, useState } from 'react'
import { useWalkthrough } from '../../../state/store'
import type { QuestionWords } from '../../../content/teach/quiz-questions'
import type { QuestionSpec } from '../../../content/teach/quiz-schema'
import { fill, useText } from '../../../ui/useText'
import { answer as answerWith, currentQuestion, next, sceneOf, shuffledSteps, type Session } from '../session'
import { isRight, type Answer } from '../scoring'
import { ChoiceInput, FindInput, OrderInput, type Draft } from './AnswerInputs'
import { AnswerFeedback } from './AnswerFeedback'
import { QuizHeader } from './QuizPanel'
import { answerText, promptOf, rightAnswerText } from './words'

interface Props {
  session: Session
  words: QuestionWords
  onChange: (session: Session) => void
  announce: (message: string) => void
  onClose: () => void
}

export function QuestionView({ session, words, onChange, announce, onClose }: Props) {
  const pack = useText()
  const text = pack.quiz
  const question = currentQuestion(session)
  const goToStep = useWalkthrough((s) => s.goToStep)
  const setPick = useWalkthrough((s) => s.setPick)
  const pick = useWalkthrough((s) => s.pick)
  const [draft, setDraft] = useState<Draft>(() => initialDraft(question, session.seed))
  const [missing, setMissing] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const nextButton = useRef<HTMLButtonElement>(null)
  const key = `${session.index}`

  // A new question: its step in the 3D view, no structure named yet, a fresh answer, focus on the prompt.
  const [shownKey, setShownKey] = useState(key)
  if (shownKey !== key) {
    setShownKey(key)
    setDraft(initialDraft(question, session.seed))
    setMissing(false)
  }
  useEffect(() => {
    goToStep(sceneOf(question))
    setPick(null)
    heading.current?.focus()
  }, [question, goToStep, setPick])

  const submit = (given: Answer) => {
    const after = answerWith(session, given)
    onChange(after)
    if (after.phase === 'feedback') {
      const right = isRight(question, given)
      announce(right ? text.right : `${text.wrong}. ${fill(text.rightAnswer, { answer: rightAnswerText(pack, words, question) })}`)
    } else announce('')
  }

  // A structure touched on the model is the answer. One reached by the 3D view's keyboard cycle
  // is only chosen (its name stays hidden): Check answers with it unless the list says otherwise.
  const seenPick = useRef(pick)
  useEffect(() => {
    // A pick made before this question was shown (on the start screen, say) is not an answer.
    if (pick === seenPick.current) return
    seenPick.current = pick
    if (pick?.by !== 'pointer' || question.kind !== 'find' || session.phase !== 'asking') return
    submit({ kind: 'find', structure: pick.structure, part: pick.part })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new pick answers
  }, [pick])

  useEffect(() => {
    if (session.phase === 'feedback') nextButton.current?.focus()
  }, [session.phase])

  const check = () => {
    // (The pick was cleared when this question appeared, so one in the store was made for it.)
    const inView = useWalkthrough.getState().pick
    const chosenInView: Answer | null =
      question.kind === 'find' && inView?.by === 'keyboard' ? { kind: 'find', structure: inView.structure, part: inView.part } : null
    const given = answerOf(question, draft) ?? chosenInView
    if (!given) {
      setMissing(true)
      announce(text.chooseFirst)
      return
    }
    submit(given)
  }

  const last = session.index + 1 === session.questions.length
  const given = session.answers[session.questions[session.index]!]
  const answered = session.phase === 'feedback'
  return (
    <>
      <QuizHeader set={session.set} onClose={onClose} detail={fill(text.questionOf, { n: session.index + 1, total: session.questions.length })} />
      <h2 id="quiz-title" className="step-title quiz-prompt" tabIndex={-1} ref={heading}>
        {promptOf(pack, words, question)}
      </h2>
      <div className="quiz-answer" data-kind={question.kind}>
        {question.kind === 'find' && (
          <FindInput question={question} draft={draft} onDraft={setDraft} disabled={answered} />
        )}
        {question.kind === 'choice' && (
          <ChoiceInput question={question} words={words} draft={draft} onDraft={setDraft} disabled={answered} />
        )}
        {question.kind === 'next' && (
          <ChoiceInput question={question} words={words} draft={draft} onDraft={setDraft} disabled={answered} />
        )}
        {question.kind === 'order' && (
          <OrderInput draft={draft} onDraft={setDraft} disabled={answered} announce={announce} />
        )}
      </div>
      {!answered && (
        <div className="quiz-actions">
          <button type="button" className="button button-primary" onClick={check}>
            {session.mode === 'practice' ? text.check : last ? text.finish : text.saveAndNext}
          </button>
          {missing && <p className="quiz-missing">{text.chooseFirst}</p>}
        </div>
      )}
      {answered && given && (
        <>
          <AnswerFeedback
            question={question}
            words={words}
            given={given}
            yourAnswer={answerText(pack, words, question, given)}
          />
          <div className="quiz-actions">
            <button type="button" className="button button-primary" ref={nextButton} onClick={() => onChange(next(session))}>
              {last ? text.seeResults : text.next}
            </button>
          </div>
        </>
      )}
    </>
  )
}

function initialDraft(question: QuestionSpec, seed: number): Draft {
  return question.kind === 'order' ? { kind: 'order', steps: shuffledSteps(question, seed) } : { kind: 'none' }
}

/** The draft as an answer, or null when nothing is chosen yet. */
function answerOf(question: QuestionSpec, draft: Draft): Answer | null {
  if (draft.kind === 'order') return { kind: 'order', steps: draft.steps }
  if (draft.kind !== 'chosen') return null
  if (question.kind === 'find') return { kind: 'find', structure: draft.value as Extract<Answer, { kind: 'find' }>['structure'] }
  if (question.kind === 'choice') return { kind: 'choice', option: draft.value }
  if (question.kind === 'next') return { kind: 'next', step: draft.value as Extract<Answer, { kind: 'next' }>['step'] }
  return null
}
