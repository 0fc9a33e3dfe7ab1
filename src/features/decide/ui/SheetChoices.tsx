/**
 * The part of the consultation sheet that comes from the decision aid: what matters most to the
 * person (the values they weighed, with their words) and the key numbers for the group they
 * picked, both framings, as the decision aid words them.
 */
import { useId } from 'react'
import { comparisonsFor, GROUP_IDS, OPERATION_IDS, type GroupId } from '../../../content/decide/figures'
import { VALUE_IDS, VALUE_WEIGHTS } from '../../../content/decide/ids'
import type { DecideText } from '../../../content/decide/types'
import type { LanguagePack } from '../../../content/i18n/types'
import { useWalkthrough } from '../../../state/store'
import { fill } from '../../../ui/useText'
import { DEFAULT_SHEET_GROUP, type ConsultationSheet } from '../sheet'
import type { Mode } from './SheetPage'

export function SheetChoices({ pack, sheet, mode, plain }: { pack: LanguagePack; sheet: ConsultationSheet; mode: Mode; plain: (text: string) => string }) {
  return (
    <>
      <SheetValues d={pack.decide} sheet={sheet} t={pack.sheet} mode={mode} />
      <SheetNumbers d={pack.decide} sheet={sheet} t={pack.sheet} mode={mode} plain={plain} />
    </>
  )
}

function SheetValues({ d, sheet, t, mode }: { d: DecideText; sheet: ConsultationSheet; t: LanguagePack['sheet']; mode: Mode }) {
  const openPage = useWalkthrough((s) => s.openPage)
  const screen = mode === 'screen'
  const H = screen ? 'h3' : 'h2'
  // Most important first; within a weight, the decision aid's order.
  const weighed = [...VALUE_WEIGHTS].reverse().flatMap((w) => VALUE_IDS.filter((id) => sheet.values[id] === w).map((id) => ({ id, w })))
  return (
    <section className="sheet__section sheet__values">
      <H>{t.valuesHeading}</H>
      {weighed.length > 0 ? (
        <dl className="sheet__value-list">
          {weighed.map(({ id, w }) => (
            <div key={id}>
              <dt>{d.values.items[id].legend}</dt>
              <dd>{d.values.weights[w]}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>
          {t.valuesEmpty}{' '}
          {screen && (
            <button type="button" className="page__link" onClick={() => openPage('decide')}>
              {t.chooseValues}
            </button>
          )}
        </p>
      )}
    </section>
  )
}

function SheetNumbers({
  d,
  sheet,
  t,
  mode,
  plain,
}: {
  d: DecideText
  sheet: ConsultationSheet
  t: LanguagePack['sheet']
  mode: Mode
  plain: (text: string) => string
}) {
  const setSheetGroup = useWalkthrough((s) => s.setSheetGroup)
  const name = useId()
  const screen = mode === 'screen'
  const H = screen ? 'h3' : 'h2'
  const group: GroupId = sheet.group ?? DEFAULT_SHEET_GROUP
  return (
    <section className="sheet__section sheet__numbers">
      <H>{t.numbersHeading}</H>
      {screen && (
        <fieldset className="sheet__group">
          <legend>{d.numbers.groupLegend}</legend>
          {GROUP_IDS.map((g) => (
            <label key={g} className="sheet__radio">
              <input type="radio" name={name} value={g} checked={group === g} onChange={() => setSheetGroup(g)} />
              <span>{d.numbers.groups[g]}</span>
            </label>
          ))}
        </fieldset>
      )}
      {!screen && <p className="sheet__note">{fill(t.numbersFor, { group: d.numbers.groups[group] })}</p>}
      <ul className="sheet__figures">
        {comparisonsFor(group).map((c) => {
          const ct = d.numbers.comparisons[c.id as keyof DecideText['numbers']['comparisons']]
          return (
            <li key={c.id}>
              <strong>{ct.title}.</strong> {plain(ct.who.text)}
              <ul>
                {OPERATION_IDS.map((o) => {
                  const f = ct.figures[o]
                  return (
                    <li key={o}>
                      {d.options[o].name}: {f.had !== undefined ? `${f.had}; ${f.hadNot ?? ''}.` : f.noFigure}
                    </li>
                  )
                })}
              </ul>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
