/**
 * The source ids behind a passage, as small bracketed numbers that match the references page
 * ("[35, 44]"). Screen readers hear the word for "Sources" first. Renders nothing for none.
 */
import type { SourceId } from '../../content/references'
import { useText } from '../useText'
import './pages.css'

export function SourceMarks({ sources }: { sources: readonly SourceId[] }) {
  const label = useText().pages.common.sources
  if (sources.length === 0) return null
  return (
    <span className="page-sources">
      {' '}
      <span className="visually-hidden">{label}: </span>
      <span>[{sources.join(', ')}]</span>
    </span>
  )
}
