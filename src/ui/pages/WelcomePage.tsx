/** The opening screen: what hip resurfacing is, who the walkthrough is for, how to use it, the notice. */
import { STEP_IDS } from '../../content/steps-index'
import { useWalkthrough } from '../../state/store'
import { PageLayout } from './PageLayout'
import { PageSectionView } from './PageSectionView'
import { Paragraphs } from './PassageText'
import { useText } from '../useText'

export function WelcomePage() {
  const welcome = useText().pages.welcome
  const closePage = useWalkthrough((s) => s.closePage)
  const goToStep = useWalkthrough((s) => s.goToStep)
  const start = () => {
    closePage()
    goToStep(STEP_IDS[0])
  }
  return (
    <PageLayout
      id="welcome"
      related={['decide', 'questions', 'recovery']}
      footer={
        <button type="button" className="page__button page__button--primary" onClick={start}>
          {welcome.start}
        </button>
      }
    >
      <div className="page__lead">
        <Paragraphs passages={welcome.lead} />
      </div>
      <PageSectionView section={welcome.notice} className="page__notice" />
      <PageSectionView section={welcome.whoFor} />
      <PageSectionView section={welcome.howTo} />
      <PageSectionView section={welcome.about} />
    </PageLayout>
  )
}
