/**
 * A list of questions a patient can take to the consultation, each with a tick box that adds it
 * to their consultation sheet; a field for their own questions; a link to the sheet; and a note
 * on teach-back.
 */
import { useId } from 'react'
import type { QuestionItem } from '../../content/i18n/types'
import { OwnQuestions } from '../../features/decide/ui/OwnQuestions'
import { useWalkthrough } from '../../state/store'
import { fill, useText } from '../useText'
import { PageLayout } from './PageLayout'
import { PageSectionView } from './PageSectionView'
import { Paragraphs, PassageText } from './PassageText'

export function QuestionsPage() {
  const pack = useText()
  const page = pack.pages.questions
  const count = useWalkthrough((s) => s.sheet.questions.length + s.sheet.own.length)
  const openPage = useWalkthrough((s) => s.openPage)
  return (
    <PageLayout id="questions" related={['sheet', 'decide', 'recovery']}>
      <Paragraphs passages={page.intro} />
      <ol className="page__questions page__questions--pick">
        {page.items.map((item) => (
          <QuestionToTick key={item.id} item={item} />
        ))}
      </ol>
      <OwnQuestions />
      <p className="sheet-link">
        <span role="status">{fill(pack.sheet.onSheetCount, { count })}</span>{' '}
        <button type="button" className="page__link" onClick={() => openPage('sheet')}>
          {pack.sheet.openSheet}
        </button>
      </p>
      <PageSectionView section={page.teachBack} />
    </PageLayout>
  )
}

/** One question; the tick box's name is "Add to my sheet" and the question, so each is told apart. */
function QuestionToTick({ item }: { item: QuestionItem }) {
  const add = useText().sheet.addToSheet
  const ticked = useWalkthrough((s) => s.sheet.questions.includes(item.id))
  const toggle = useWalkthrough((s) => s.toggleSheetQuestion)
  const id = useId()
  return (
    <li className="question-pick">
      <p className="question-pick__text" id={`${id}-q`}>
        <PassageText passage={item} />
      </p>
      <span className="question-pick__box">
        <input type="checkbox" id={`${id}-box`} checked={ticked} onChange={() => toggle(item.id)} aria-labelledby={`${id}-add ${id}-q`} />
        <label htmlFor={`${id}-box`} id={`${id}-add`}>
          {add}
        </label>
      </span>
    </li>
  )
}
