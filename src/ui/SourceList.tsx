/**
 * The step's sources in full, for the student register. Its own chunk, with the references it
 * reads (src/content/references.ts, about 5 KB gzip): a patient's page never needs them, and they
 * would otherwise arrive before the first 3D frame.
 */
import { fullCitation, type SourceId } from '../content/references'

export default function SourceList({ ids }: { ids: readonly SourceId[] }) {
  return (
    <ol className="source-list">
      {ids.map((id) => (
        <li key={id} value={Number(id) || undefined}>
          {fullCitation(id)}
        </li>
      ))}
    </ol>
  )
}
