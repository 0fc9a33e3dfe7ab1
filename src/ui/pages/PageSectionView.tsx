/** A titled block of a page: paragraphs, an optional bulleted list, and paragraphs after it. */
import { useId } from 'react'
import type { PageSection } from '../../content/i18n/types'
import { Paragraphs, PassageText } from './PassageText'

export function PageSectionView({ section, className }: { section: PageSection; className?: string }) {
  const headingId = useId()
  return (
    <section className={['page__section', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <h3 id={headingId}>{section.heading}</h3>
      <Paragraphs passages={section.body} />
      {section.list && section.list.length > 0 && (
        <ul className="page__list">
          {section.list.map((item, i) => (
            <li key={i}>
              <PassageText passage={item} />
            </li>
          ))}
        </ul>
      )}
      {section.after && <Paragraphs passages={section.after} />}
    </section>
  )
}
