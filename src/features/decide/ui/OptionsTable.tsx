/**
 * The three options side by side: one table, the same rows (questions) for every option, so
 * the good points and the risks get equal room. On a narrow screen the table scrolls inside its
 * own region instead of the page. Also the student register's records table.
 */
import { useId } from 'react'
import { OPTION_IDS } from '../../../content/decide/ids'
import type { DecideText } from '../../../content/decide/types'
import type { PageTable } from '../../../content/i18n/types'
import { useWalkthrough } from '../../../state/store'
import { PassageText } from '../../../ui/pages/PassageText'
import { SourceMarks } from '../../../ui/pages/SourceMarks'

export function OptionsTable({ d }: { d: DecideText }) {
  const captionId = useId()
  return (
    <div className="page__table-wrap decide__table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="page__table decide__table">
        <caption id={captionId}>{d.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{d.table.featureColumn}</th>
            {OPTION_IDS.map((o) => (
              <th key={o} scope="col" data-option={o}>
                {d.options[o].name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {d.table.rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">{row.feature}</th>
              {OPTION_IDS.map((o) => (
                <td key={o} data-option={o}>
                  {row.cells[o].map((p, i) => (
                    <p key={i}>
                      <PassageText passage={p} />
                    </p>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function RecordsTable({ table }: { table: PageTable }) {
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
