/**
 * The ways to answer: a radio group (structures in the view, options, or steps), and a list to
 * put in order with Up and Down buttons. Native radios: arrow keys move the choice, Tab leaves.
 */
import { useRef } from 'react'
import type { LanguagePack } from '../../../content/i18n/types'
import type { StepId } from '../../../content/steps-index'
import type { ChoiceWords, QuestionWords } from '../../../content/teach/quiz-questions'
import type { ChoiceQuestion, FindQuestion, NextQuestion } from '../../../content/teach/quiz-schema'
import { visibleStructures } from '../../../lib/structures'
import { fill, useText } from '../../../ui/useText'
import { moveItem } from '../session'
import { stepTitle, structureName, wordsOf } from './words'

export type Draft = { kind: 'none' } | { kind: 'chosen'; value: string } | { kind: 'order'; steps: StepId[] }

interface Choice {
  value: string
  label: string
}

function RadioChoices({ name, legend, choices, draft, onDraft, disabled, right }: {
  name: string
  legend: string
  choices: readonly Choice[]
  draft: Draft
  onDraft: (draft: Draft) => void
  disabled: boolean
  /** Once answered, the right choice is marked. */
  right: string
}) {
  const chosen = draft.kind === 'chosen' ? draft.value : null
  return (
    <fieldset className="quiz-choices" disabled={disabled}>
      <legend className="quiz-legend">{legend}</legend>
      {choices.map((c) => (
        <label
          key={c.value}
          className="quiz-option"
          data-state={disabled ? (c.value === right ? 'right' : c.value === chosen ? 'wrong' : undefined) : undefined}
        >
          <input type="radio" name={name} value={c.value} checked={chosen === c.value} onChange={() => onDraft({ kind: 'chosen', value: c.value })} />
          <span>{c.label}</span>
        </label>
      ))}
    </fieldset>
  )
}

/** Find a structure: touch it on the model (QuestionView listens), or choose it from the structures in view. */
export function FindInput({ question, draft, onDraft, disabled }: { question: FindQuestion; draft: Draft; onDraft: (d: Draft) => void; disabled: boolean }) {
  const pack = useText()
  const choices = structureChoices(pack, question.step)
  return (
    <>
      <p className="quiz-hint">{pack.quiz.findHow}</p>
      <RadioChoices
        name={`quiz-${question.id}`}
        legend={pack.quiz.findList}
        choices={choices}
        draft={draft}
        onDraft={onDraft}
        disabled={disabled}
        right={question.structure}
      />
    </>
  )
}

/** The structures a step shows, by name in alphabetical order (the model's order could hint). */
function structureChoices(pack: LanguagePack, step: StepId): Choice[] {
  return visibleStructures(step)
    .map((term) => ({ value: term, label: structureName(pack, term) }))
    .sort((a, b) => a.label.localeCompare(b.label, pack.lang))
}

/** A multiple choice, or which step comes next. */
export function ChoiceInput({ question, words, draft, onDraft, disabled }: {
  question: ChoiceQuestion | NextQuestion
  words: QuestionWords
  draft: Draft
  onDraft: (d: Draft) => void
  disabled: boolean
}) {
  const pack = useText()
  const choices: Choice[] =
    question.kind === 'choice'
      ? question.options.map((o) => ({ value: o, label: (wordsOf(words, question) as ChoiceWords).options[o]?.text ?? o }))
      : question.options.map((s) => ({ value: s, label: stepTitle(pack, s) }))
  return (
    <RadioChoices
      name={`quiz-${question.id}`}
      legend={pack.quiz.answerLegend}
      choices={choices}
      draft={draft}
      onDraft={onDraft}
      disabled={disabled}
      right={question.kind === 'choice' ? question.correct : question.answer}
    />
  )
}

/** Steps to put in order: each moves up or down with its buttons (no dragging needed). */
export function OrderInput({ draft, onDraft, disabled, announce }: { draft: Draft; onDraft: (d: Draft) => void; disabled: boolean; announce: (m: string) => void }) {
  const pack = useText()
  const text = pack.quiz
  const list = useRef<HTMLOListElement>(null)
  if (draft.kind !== 'order') return null
  const steps = draft.steps
  const move = (from: number, by: -1 | 1) => {
    const to = from + by
    if (disabled || to < 0 || to >= steps.length) return
    const moved = steps[from]!
    onDraft({ kind: 'order', steps: moveItem(steps, from, by) })
    announce(fill(text.moved, { item: stepTitle(pack, moved), n: to + 1, total: steps.length }))
    // Focus follows the step that moved, on the same button, so it can be moved again.
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`[data-step="${moved}"] [data-move="${by}"]`)?.focus())
  }
  return (
    <>
      <p className="quiz-hint">{text.orderHint}</p>
      <ol className="quiz-order" ref={list}>
        {steps.map((id, i) => {
          const title = stepTitle(pack, id)
          return (
            <li key={id} data-step={id} className="quiz-order__item">
              <span className="quiz-order__n" aria-hidden="true">{i + 1}</span>
              <span className="quiz-order__title">{title}</span>
              <span className="quiz-order__buttons">
                <button
                  type="button"
                  className="tool-button"
                  data-move="-1"
                  aria-label={fill(text.moveUpLabel, { item: title })}
                  aria-disabled={disabled || i === 0}
                  onClick={() => move(i, -1)}
                >
                  <span aria-hidden="true">↑</span> {text.moveUp}
                </button>
                <button
                  type="button"
                  className="tool-button"
                  data-move="1"
                  aria-label={fill(text.moveDownLabel, { item: title })}
                  aria-disabled={disabled || i === steps.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <span aria-hidden="true">↓</span> {text.moveDown}
                </button>
              </span>
            </li>
          )
        })}
      </ol>
    </>
  )
}
