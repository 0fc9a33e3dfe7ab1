/**
 * "What matters most to you?": each feature weighed a little, some or a lot (kept in the
 * consultation sheet, so the sheet page shows the same). The summary lists, for what the person
 * chose, what the sources say about each option. It never adds a score and never names a best
 * option: the decision is the person's and their surgeon's.
 */
import { useId } from 'react'
import { OPTION_IDS, VALUE_IDS, VALUE_WEIGHTS, type ValueWeight } from '../../../content/decide/ids'
import type { DecideText } from '../../../content/decide/types'
import { useWalkthrough } from '../../../state/store'
import { Paragraphs, PassageText } from '../../../ui/pages/PassageText'

/** The weights shown first in the summary: what matters most, first. */
const SUMMARY_ORDER: readonly ValueWeight[] = ['a-lot', 'some', 'little']

export function ValuesExercise({ d }: { d: DecideText }) {
  const values = useWalkthrough((s) => s.sheet.values)
  const setValueWeight = useWalkthrough((s) => s.setValueWeight)
  const headingId = useId()
  const summaryId = useId()
  const name = useId()
  const chosen = SUMMARY_ORDER.map((w) => ({ weight: w, ids: VALUE_IDS.filter((id) => values[id] === w) })).filter((g) => g.ids.length > 0)
  return (
    <section className="page__section decide__values" aria-labelledby={headingId}>
      <h3 id={headingId}>{d.values.heading}</h3>
      <Paragraphs passages={d.values.intro} />
      <div className="decide__value-list">
        {VALUE_IDS.map((id) => (
          <fieldset key={id} className="decide__choice decide__value" data-value={id}>
            <legend>{d.values.items[id].legend}</legend>
            <div className="decide__weights">
              {VALUE_WEIGHTS.map((w) => (
                <label key={w} className="decide__radio">
                  <input
                    type="radio"
                    name={`${name}-${id}`}
                    value={w}
                    checked={values[id] === w}
                    onChange={() => setValueWeight(id, w)}
                  />
                  <span>{d.values.weights[w]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <button
        type="button"
        className="page__link decide__clear"
        disabled={chosen.length === 0}
        onClick={() => VALUE_IDS.forEach((id) => setValueWeight(id, null))}
      >
        {d.values.clear}
      </button>
      <section className="decide__summary" aria-labelledby={summaryId} aria-live="polite">
        <h4 id={summaryId}>{d.values.summaryHeading}</h4>
        {chosen.length === 0 ? (
          <p className="decide__summary-empty">{d.values.summaryEmpty}</p>
        ) : (
          chosen.map(({ weight, ids }) => (
            <div key={weight} className="decide__summary-group" data-weight={weight}>
              <p className="decide__summary-weight">{d.values.summaryGroups[weight]}</p>
              {ids.map((id) => (
                <div key={id} className="decide__summary-value" data-value={id}>
                  <p className="decide__summary-legend">{d.values.items[id].legend}</p>
                  <ul className="decide__summary-options">
                    {OPTION_IDS.map((o) => (
                      <li key={o} data-option={o}>
                        <strong>{d.options[o].short}:</strong> <PassageText passage={d.values.items[id].says[o]} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))
        )}
        <Paragraphs passages={d.values.summaryNote} />
      </section>
    </section>
  )
}
