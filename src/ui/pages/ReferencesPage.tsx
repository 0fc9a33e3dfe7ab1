/** The full source list, numbered with the fact sheet's ids; each entry has the anchor `source-<id>`
 * (the step panel's source links scroll to it). */
import { SOURCE_IDS, SOURCES } from '../../content/references'
import { PageLayout } from './PageLayout'
import { Paragraphs } from './PassageText'
import { useText } from '../useText'

export function ReferencesPage() {
  const page = useText().pages.references
  return (
    <PageLayout id="references" related={['glossary']}>
      <Paragraphs passages={page.intro} />
      <ul className="references">
        {SOURCE_IDS.map((id) => (
          <li key={id} id={`source-${id}`} className="references__entry">
            <span className="references__id">[{id}]</span>{' '}
            <span className="references__citation">{SOURCES[id].citation}</span>
            <span className="references__topic">{SOURCES[id].topic}</span>
          </li>
        ))}
      </ul>
    </PageLayout>
  )
}
