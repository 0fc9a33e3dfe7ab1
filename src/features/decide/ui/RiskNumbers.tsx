/**
 * The numbers: the person picks the group most like them, and each outcome shows the two
 * operations side by side, each with both framings in words and an icon array of 100, the group,
 * the period and the source year above them. Where the sources give no figure for one
 * operation, its words take the place of the array.
 */
import { useId, useState } from 'react'
import { comparisonsFor, GROUP_IDS, OPERATION_IDS, type Comparison, type GroupId, type OperationId } from '../../../content/decide/figures'
import type { DecideText } from '../../../content/decide/types'
import { PassageText, Paragraphs } from '../../../ui/pages/PassageText'
import { SourceMarks } from '../../../ui/pages/SourceMarks'
import { IconArray } from './IconArray'

/** The text alternative of one array: who (the option), both framings, and the uncertainty. */
export const figureLabel = (d: DecideText, c: Comparison, option: OperationId): string => {
  const f = d.numbers.comparisons[c.id as keyof DecideText['numbers']['comparisons']].figures[option]
  return [`${d.options[option].name}: ${f.had ?? ''}.`, `${f.hadNot ?? ''}.`, f.uncertainty ?? ''].join(' ').trim()
}

export function RiskNumbers({ d }: { d: DecideText }) {
  const [group, setGroup] = useState<GroupId>('everyone')
  const name = useId()
  const headingId = useId()
  return (
    <section className="page__section decide__numbers" aria-labelledby={headingId}>
      <h3 id={headingId}>{d.numbers.heading}</h3>
      <Paragraphs passages={d.numbers.intro} />
      <fieldset className="decide__choice">
        <legend>{d.numbers.groupLegend}</legend>
        {GROUP_IDS.map((g) => (
          <label key={g} className="decide__radio">
            <input type="radio" name={name} value={g} checked={group === g} onChange={() => setGroup(g)} />
            <span>{d.numbers.groups[g]}</span>
          </label>
        ))}
      </fieldset>
      <div className="decide__comparisons" data-group={group}>
        {comparisonsFor(group).map((c) => (
          <ComparisonView key={c.id} d={d} c={c} />
        ))}
      </div>
      <Paragraphs passages={d.numbers.after} />
    </section>
  )
}

function ComparisonView({ d, c }: { d: DecideText; c: Comparison }) {
  const t = d.numbers.comparisons[c.id as keyof DecideText['numbers']['comparisons']]
  const headingId = useId()
  const hasRange = OPERATION_IDS.some((o) => c.figures[o].upTo !== undefined)
  return (
    <section className="decide__comparison" aria-labelledby={headingId} data-comparison={c.id}>
      <h4 id={headingId}>{t.title}</h4>
      <p className="decide__who">
        <PassageText passage={t.who} alwaysCite />
      </p>
      <div className="decide__pair">
        {OPERATION_IDS.map((o) => {
          const figure = c.figures[o]
          const words = t.figures[o]
          return (
            <figure key={o} className="decide__figure" data-option={o}>
              <figcaption>
                <strong className="decide__figure-name">{d.options[o].name}</strong>
              </figcaption>
              {figure.count === null ? (
                <p className="decide__no-figure" data-no-figure="true">
                  {words.noFigure}
                  <SourceMarks sources={words.sources} />
                </p>
              ) : (
                <>
                  <IconArray count={figure.count} upTo={'upTo' in figure ? figure.upTo : undefined} label={figureLabel(d, c, o)} />
                  <p className="decide__framing" aria-hidden="true">
                    <span className="decide__had">{words.had}.</span> <span>{words.hadNot}.</span>
                  </p>
                  {words.uncertainty && (
                    <p className="decide__uncertainty" aria-hidden="true">
                      {words.uncertainty}
                    </p>
                  )}
                </>
              )}
            </figure>
          )
        })}
      </div>
      <ul className="decide__key" aria-hidden="true">
        <li>
          <span className="decide__swatch decide__swatch--had" /> {d.numbers.key.had}
        </li>
        {hasRange && (
          <li>
            <span className="decide__swatch decide__swatch--range" /> {d.numbers.key.range}
          </li>
        )}
        <li>
          <span className="decide__swatch decide__swatch--not" /> {d.numbers.key.hadNot}
        </li>
      </ul>
      {t.note && (
        <p>
          <PassageText passage={t.note} />
        </p>
      )}
      {t.relative && (
        <p className="decide__relative">
          <PassageText passage={t.relative} />
        </p>
      )}
    </section>
  )
}
