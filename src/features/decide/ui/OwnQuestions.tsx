/**
 * The person's own questions, on the questions page: a field to type one (Add), and the list of
 * those already typed, each with Edit and Remove. Editing happens in a field of its own and is
 * saved with Save (so the store sees whole questions, not keystrokes). Focus goes where the
 * person would look next: the edit field, then back to its Edit button, or the Add field after
 * a removal.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { MAX_OWN_LENGTH, MAX_OWN_QUESTIONS } from '../sheet'
import { useWalkthrough } from '../../../state/store'
import { fill, useText } from '../../../ui/useText'
import './sheet.css'

export function OwnQuestions() {
  const text = useText().sheet
  const own = useWalkthrough((s) => s.sheet.own)
  const addOwnQuestion = useWalkthrough((s) => s.addOwnQuestion)
  const headingId = useId()
  const fieldId = useId()
  const fullId = useId()
  const [draft, setDraft] = useState('')
  const addField = useRef<HTMLInputElement>(null)
  const full = own.length >= MAX_OWN_QUESTIONS

  const add = (e: FormEvent) => {
    e.preventDefault()
    if (draft.trim() === '' || full) return
    addOwnQuestion(draft)
    setDraft('')
    addField.current?.focus()
  }

  return (
    <section className="own-questions" aria-labelledby={headingId}>
      <h3 id={headingId}>{text.ownHeading}</h3>
      {own.length > 0 && (
        <ol className="own-questions__list">
          {own.map((question, i) => (
            <OwnQuestion key={i} index={i} question={question} onRemoved={() => addField.current?.focus()} />
          ))}
        </ol>
      )}
      <form className="own-questions__add" onSubmit={add}>
        <label htmlFor={fieldId}>{text.ownLabel}</label>
        <p className="own-questions__hint">{text.ownIntro}</p>
        <div className="own-questions__row">
          <input
            id={fieldId}
            ref={addField}
            type="text"
            className="sheet-input"
            maxLength={MAX_OWN_LENGTH}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            disabled={full}
            aria-describedby={full ? fullId : undefined}
            autoComplete="off"
          />
          <button type="submit" className="page__button" disabled={full}>
            {text.ownAdd}
          </button>
        </div>
        {full && (
          <p id={fullId} className="own-questions__hint">
            {fill(text.ownFull, { max: MAX_OWN_QUESTIONS })}
          </p>
        )}
      </form>
    </section>
  )
}

function OwnQuestion({ index, question, onRemoved }: { index: number; question: string; onRemoved: () => void }) {
  const text = useText().sheet
  const updateOwnQuestion = useWalkthrough((s) => s.updateOwnQuestion)
  const removeOwnQuestion = useWalkthrough((s) => s.removeOwnQuestion)
  const [editing, setEditing] = useState<string | null>(null)
  const field = useRef<HTMLInputElement>(null)
  const editButton = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(false)
  const textId = useId()
  const fieldId = useId()

  useEffect(() => {
    if (editing !== null && !wasEditing.current) field.current?.focus()
    if (editing === null && wasEditing.current) editButton.current?.focus()
    wasEditing.current = editing !== null
  }, [editing])

  const label = fill(text.ownItemLabel, { n: index + 1 })
  if (editing !== null) {
    const save = (e: FormEvent) => {
      e.preventDefault()
      setEditing(null)
      // Saved empty, the question is removed (and this row with it).
      if (editing.trim() === '') onRemoved()
      updateOwnQuestion(index, editing)
    }
    return (
      <li className="own-questions__item">
        <form className="own-questions__edit" onSubmit={save}>
          <label htmlFor={fieldId} className="own-questions__edit-label">
            {text.ownEditLabel}
          </label>
          <input
            id={fieldId}
            ref={field}
            type="text"
            className="sheet-input"
            maxLength={MAX_OWN_LENGTH}
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                // Escape cancels the edit, not the whole page.
                e.preventDefault()
                e.stopPropagation()
                setEditing(null)
              }
            }}
            autoComplete="off"
          />
          <div className="own-questions__buttons">
            <button type="submit" className="page__button">
              {text.ownSave}
            </button>
            <button type="button" className="page__button" onClick={() => setEditing(null)}>
              {text.ownCancel}
            </button>
          </div>
        </form>
      </li>
    )
  }
  return (
    <li className="own-questions__item">
      <span id={textId} className="own-questions__text">
        {question}
      </span>
      <div className="own-questions__buttons" role="group" aria-label={label}>
        <button ref={editButton} type="button" className="page__button" aria-describedby={textId} onClick={() => setEditing(question)}>
          {text.ownEdit}
        </button>
        <button
          type="button"
          className="page__button"
          aria-describedby={textId}
          onClick={() => {
            onRemoved()
            removeOwnQuestion(index)
          }}
        >
          {text.ownRemove}
        </button>
      </div>
    </li>
  )
}
