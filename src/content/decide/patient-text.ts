/**
 * The decision aid's patient text as the blocks a reader meets, each with where it is: the
 * readability and content tests measure and scan exactly these (the student register is left
 * out: it is technical on purpose). A block is what is read together: a section, one cell of
 * the options table, one comparison with its figures, one value with what each option offers.
 */
import type { Passage, PageSection } from '../i18n/types'
import type { DecideText } from './types'
import { OPTION_IDS, VALUE_IDS } from './ids'
import { COMPARISONS, OPERATION_IDS } from './figures'

export interface TextBlock {
  readonly path: string
  readonly passages: readonly Passage[]
}

const passage = (text: string): Passage => ({ text, sources: [] })
const section = (s: PageSection): Passage[] => [passage(`${s.heading}.`), ...s.body, ...(s.list ?? []), ...(s.after ?? [])]

export function patientBlocks(d: DecideText): TextBlock[] {
  const blocks: TextBlock[] = [
    { path: 'lead', passages: d.lead },
    { path: 'condition', passages: section(d.condition) },
    { path: 'decision', passages: section(d.decision) },
    { path: 'table.intro', passages: d.table.intro },
    ...d.table.rows.flatMap((row) =>
      OPTION_IDS.map((o) => ({ path: `table.${row.id}.${o}`, passages: [passage(row.feature), ...row.cells[o]] })),
    ),
    { path: 'numbers.intro', passages: d.numbers.intro },
    ...COMPARISONS.map((c) => {
      const t = d.numbers.comparisons[c.id]
      const figureWords = OPERATION_IDS.flatMap((o) => {
        const f = t.figures[o]
        const said = [f.had && f.hadNot ? `${f.had}. ${f.hadNot}.` : '', f.uncertainty ?? '', f.noFigure ?? '']
        return said.filter(Boolean).map((text) => passage(`${d.options[o].short}: ${text}`))
      })
      return {
        path: `numbers.${c.id}`,
        passages: [passage(`${t.title}.`), t.who, ...figureWords, ...(t.note ? [t.note] : []), ...(t.relative ? [t.relative] : [])],
      }
    }),
    { path: 'numbers.after', passages: d.numbers.after },
    { path: 'values.intro', passages: d.values.intro },
    ...VALUE_IDS.map((v) => ({
      path: `values.${v}`,
      passages: [passage(`${d.values.items[v].legend}.`), ...OPTION_IDS.map((o) => d.values.items[v].says[o])],
    })),
    { path: 'values.summaryNote', passages: [passage(d.values.summaryEmpty), ...d.values.summaryNote] },
    { path: 'actions', passages: d.actions.intro },
    { path: 'about', passages: [passage(d.about.published), ...d.about.body] },
    { path: 'yours', passages: section(d.yours) },
  ]
  return blocks
}
