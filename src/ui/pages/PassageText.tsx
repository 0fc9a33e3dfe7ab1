/** A passage of content: its rich text, then its sources when the reader is in student mode. */
import type { Passage } from '../../content/i18n/types'
import { useWalkthrough } from '../../state/store'
import { RichText } from '../RichText'
import { SourceMarks } from './SourceMarks'

export function PassageText({ passage, alwaysCite = false }: { passage: Passage; alwaysCite?: boolean }) {
  const audience = useWalkthrough((s) => s.audience)
  return (
    <>
      <RichText text={passage.text} />
      {(alwaysCite || audience === 'student') && <SourceMarks sources={passage.sources} />}
    </>
  )
}

/** Passages as paragraphs. */
export function Paragraphs({ passages }: { passages: readonly Passage[] }) {
  return (
    <>
      {passages.map((p, i) => (
        <p key={i}>
          <PassageText passage={p} />
        </p>
      ))}
    </>
  )
}
