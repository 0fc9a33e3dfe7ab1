/**
 * The decision aid: resurfacing, a total hip replacement, or not yet. Built to the IPDAS minimal
 * standards (FACTS.md section 10): the condition, the decision, three options with the same rows
 * of good points and risks, the numbers out of 100 with both framings and icon arrays, a values
 * exercise that never recommends, sources, the date, the update policy and the funding.
 * Every word comes from the language pack (`pack.decide`).
 */
import { useId } from 'react'
import { useWalkthrough } from '../../../state/store'
import { PageLayout } from '../../../ui/pages/PageLayout'
import { PageSectionView } from '../../../ui/pages/PageSectionView'
import { Paragraphs } from '../../../ui/pages/PassageText'
import { OptionsTable, RecordsTable } from './OptionsTable'
import { RiskNumbers } from './RiskNumbers'
import { ValuesExercise } from './ValuesExercise'
import { useText } from '../../../ui/useText'
import './decide.css'

export function DecisionAidPage() {
  const d = useText().decide
  const audience = useWalkthrough((s) => s.audience)
  const openCompare = useWalkthrough((s) => s.openCompare)
  const openPage = useWalkthrough((s) => s.openPage)
  const tableHeadingId = useId()
  const actionsId = useId()
  const aboutId = useId()
  const studentId = useId()
  return (
    <PageLayout id="decide" related={['recovery', 'glossary', 'references']}>
      <div className="page__lead">
        <Paragraphs passages={d.lead} />
      </div>
      <PageSectionView section={d.condition} />
      <PageSectionView section={d.decision} />

      <section className="page__section" aria-labelledby={tableHeadingId}>
        <h3 id={tableHeadingId}>{d.table.heading}</h3>
        <Paragraphs passages={d.table.intro} />
        <OptionsTable d={d} />
      </section>

      <RiskNumbers d={d} />
      <ValuesExercise d={d} />

      {audience === 'student' && (
        <section className="page__section decide__student" aria-labelledby={studentId}>
          <h3 id={studentId}>{d.student.heading}</h3>
          {d.student.sections.map((s) => (
            <PageSectionView key={s.heading} section={{ ...s }} className="decide__student-section" />
          ))}
          {d.student.tables.map((t) => (
            <RecordsTable key={t.caption} table={t} />
          ))}
        </section>
      )}

      <section className="page__section decide__actions" aria-labelledby={actionsId}>
        <h3 id={actionsId}>{d.actions.heading}</h3>
        <Paragraphs passages={d.actions.intro} />
        <div className="decide__buttons">
          <button type="button" className="page__button page__button--primary" onClick={() => openCompare('implants')}>
            {d.actions.compare3d}
          </button>
          <button type="button" className="page__link" onClick={() => openPage('sheet')}>
            {d.actions.sheet}
          </button>
          <button type="button" className="page__link" onClick={() => openPage('questions')}>
            {d.actions.questions}
          </button>
        </div>
      </section>

      <PageSectionView section={d.yours} className="page__notice" />

      <section className="page__section decide__about" aria-labelledby={aboutId} data-published={d.about.publishedIso}>
        <h3 id={aboutId}>{d.about.heading}</h3>
        <p>
          <time dateTime={d.about.publishedIso}>{d.about.published}</time>
        </p>
        <Paragraphs passages={d.about.body} />
      </section>
    </PageLayout>
  )
}
