/**
 * Renders content text, turning `{{glossary-id}}` links into glossary terms. A term is a toggle
 * button (aria-expanded) that shows its plain definition right there in the sentence, so the
 * reader never loses their place. An unknown id renders as plain words, never an error.
 */
import { useId, useState } from 'react'
import { parseRichText } from '../lib/rich-text'
import type { GlossaryEntry } from '../content/i18n/types'
import { useText } from './useText'
import './pages/pages.css'

export function RichText({ text }: { text: string }) {
  const glossary = useText().glossary as Readonly<Record<string, GlossaryEntry | undefined>>
  return (
    <>
      {parseRichText(text).map((token, i) => {
        if (token.kind === 'text') return token.text
        const entry = glossary[token.id]
        const shown = token.shown ?? entry?.term ?? token.id.replaceAll('-', ' ')
        return entry ? <GlossaryTerm key={i} shown={shown} entry={entry} /> : <span key={i}>{shown}</span>
      })}
    </>
  )
}

function GlossaryTerm({ shown, entry }: { shown: string; entry: GlossaryEntry }) {
  const [open, setOpen] = useState(false)
  const definitionId = useId()
  return (
    <span className="rt-term">
      <button
        type="button"
        className="rt-term__button"
        aria-expanded={open}
        aria-controls={definitionId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          // Escape closes an open definition first; preventDefault keeps a surrounding
          // <dialog> from closing on the same key press.
          if (e.key === 'Escape' && open) {
            e.preventDefault()
            e.stopPropagation()
            setOpen(false)
          }
        }}
      >
        {shown}
      </button>
      <span id={definitionId} className="rt-term__definition" role="note" hidden={!open}>
        <span className="rt-term__name">{entry.term}:</span> {entry.definition}
      </span>
    </span>
  )
}
