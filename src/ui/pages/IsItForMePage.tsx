/** "Is it for me?": who it suits and who not, benefits and risks against a THR, registry figures. */
import { useId } from 'react'
import type { PageTable } from '../../content/i18n/types'
import { useWalkthrough } from '../../state/store'
import { PageLayout } from './PageLayout'
import { PageSectionView } from './PageSectionView'
import { Paragraphs } from './PassageText'
import { SourceMarks } from './SourceMarks'
import { useLanguagePack } from './useLanguagePack'

export function IsItForMePage() {
  const page = useLanguagePack().pages.isItForMe
  return (
    <PageLayout id="decide" related={['questions', 'recovery', 'glossary']}>
      <Paragraphs passages={page.intro} />
      <div className="page__columns">
        <PageSectionView section={page.suits} />
        <PageSectionView section={page.notSuits} />
      </div>
      <div className="page__columns">
        <PageSectionView section={page.benefits} />
        <PageSectionView section={page.risks} />
      </div>
      <PageSectionView section={page.figures} />
      {page.figureTables.map((table, i) => (
        <FigureTable key={i} table={table} />
      ))}
      <PageSectionView section={page.decision} className="page__notice" />
    </PageLayout>
  )
}

function FigureTable({ table }: { table: PageTable }) {
  const audience = useWalkthrough((s) => s.audience)
  const captionId = useId()
  return (
    <div className="page__table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="page__table">
        <caption id={captionId}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.cells.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                    {audience === 'student' && <SourceMarks sources={row.sources} />}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
