/**
 * Recovery as a visual timeline. Semantically an ordered list (the stages come in order), drawn
 * as a line with a marker per stage, so it reads the same to a screen reader and to the eye.
 */
import { PageLayout } from './PageLayout'
import { PageSectionView } from './PageSectionView'
import { Paragraphs, PassageText } from './PassageText'
import { useText } from '../useText'

export function RecoveryPage() {
  const page = useText().pages.recovery
  return (
    <PageLayout id="recovery" related={['questions', 'decide']}>
      <Paragraphs passages={page.intro} />
      <ol className="timeline" aria-label={page.timelineLabel}>
        {page.stages.map((stage, i) => (
          <li key={i} className="timeline__stage">
            <span className="timeline__marker" aria-hidden="true" />
            <p className="timeline__when">{stage.when}</p>
            <h3 className="timeline__title">{stage.title}</h3>
            <p className="timeline__text">
              <PassageText passage={stage.text} />
            </p>
          </li>
        ))}
      </ol>
      <PageSectionView section={page.precautions} className="page__notice" />
      <Paragraphs passages={page.note} />
    </PageLayout>
  )
}
