/** Every technical term the walkthrough uses, in plain words, each with the anchor `term-<id>`. */
import { PageLayout } from './PageLayout'
import { Paragraphs } from './PassageText'
import { useText } from '../useText'

export function GlossaryPage() {
  const pack = useText()
  const entries = Object.entries(pack.glossary).sort(([, a], [, b]) => a.term.localeCompare(b.term, pack.lang))
  return (
    <PageLayout id="glossary" related={['references']}>
      <Paragraphs passages={pack.pages.glossary.intro} />
      <dl className="glossary">
        {entries.map(([id, entry]) => (
          <div key={id} className="glossary__entry" id={`term-${id}`}>
            <dt>{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </PageLayout>
  )
}
