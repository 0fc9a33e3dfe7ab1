/** A short list of questions a patient can take to the consultation, and a note on teach-back. */
import { PageLayout } from './PageLayout'
import { PageSectionView } from './PageSectionView'
import { Paragraphs, PassageText } from './PassageText'
import { useLanguagePack } from './useLanguagePack'

export function QuestionsPage() {
  const page = useLanguagePack().pages.questions
  return (
    <PageLayout id="questions" related={['decide', 'recovery']}>
      <Paragraphs passages={page.intro} />
      <ol className="page__questions">
        {page.items.map((item, i) => (
          <li key={i}>
            <PassageText passage={item} />
          </li>
        ))}
      </ol>
      <PageSectionView section={page.teachBack} />
    </PageLayout>
  )
}
