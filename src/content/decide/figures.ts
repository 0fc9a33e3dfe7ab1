/**
 * The decision aid's numbers, as data: who they are about, over what period, from which source
 * and year, and how many out of 100 had the outcome with each operation. No words here (they are
 * in the language packs, keyed by the comparison id); tests/unit/decide-content.test.ts checks
 * that every figure carries fact-sheet sources and that the words say exactly these numbers.
 *
 * Rules (FACTS.md section 10; DECISION-AID.md): natural frequencies out of 100, the same group,
 * period and denominator for both operations in one comparison, absolute numbers. Where the
 * sources give no figure for one operation, `count` is null and the page says so in words:
 * a figure is never invented.
 */
import type { SourceId } from '../references'
import type { OptionId } from './ids'

/** The groups a person can pick as "most like me"; each shows its own pairs of figures. */
export const GROUP_IDS = ['men-under-65', 'everyone', 'women'] as const
export type GroupId = (typeof GROUP_IDS)[number]

/** The two operations have figures; "not yet" has none in the sources. */
export type OperationId = Exclude<OptionId, 'not-yet'>
export const OPERATION_IDS = ['resurfacing', 'thr'] as const satisfies readonly OperationId[]

export type OutcomeId = 'revision' | 'dislocation' | 'neck-fracture'

export interface OptionFigure {
  readonly option: OperationId
  /** How many out of 100 had the outcome; null when the sources give no figure for this operation. */
  readonly count: number | null
  /** When the source gives a range ("1.5 to 1.9 in 100"), `count` is its low end and `upTo` its high end. */
  readonly upTo?: number
  /** A 95% confidence interval, where the source gives one. */
  readonly ci95?: readonly [number, number]
  /** The source states how many were *not* affected ("86 in 100 not revised"); `count` is 100 minus that. */
  readonly statedAsNotAffected?: boolean
  readonly sources: readonly SourceId[]
}

export interface Comparison {
  readonly id: string
  readonly outcome: OutcomeId
  /** The group the figures are about; 'all' comparisons are shown whichever group is picked. */
  readonly group: GroupId | 'all'
  /** Always 100: the same "out of" number for both operations. */
  readonly per: 100
  /** The period, in years, the same for both operations; null when the source gives only words ("mostly in the first months"). */
  readonly periodYears: number | null
  /** The year the source reported the figures. */
  readonly sourceYear: number
  readonly figures: { readonly resurfacing: OptionFigure; readonly thr: OptionFigure }
}

export const COMPARISONS = [
  {
    id: 'revision-men-under-65',
    outcome: 'revision',
    group: 'men-under-65',
    per: 100,
    periodYears: 5,
    sourceYear: 2010,
    figures: {
      resurfacing: { option: 'resurfacing', count: 2.5, sources: ['96'] },
      thr: { option: 'thr', count: 2.8, sources: ['96'] },
    },
  },
  {
    id: 'revision-everyone-australia',
    outcome: 'revision',
    group: 'everyone',
    per: 100,
    periodYears: 8,
    sourceYear: 2010,
    figures: {
      resurfacing: { option: 'resurfacing', count: 5.3, sources: ['95'] },
      thr: { option: 'thr', count: 4.0, sources: ['95'] },
    },
  },
  {
    id: 'revision-everyone-finland',
    outcome: 'revision',
    group: 'everyone',
    per: 100,
    periodYears: 10,
    sourceYear: 2016,
    figures: {
      resurfacing: { option: 'resurfacing', count: 14, statedAsNotAffected: true, sources: ['97'] },
      thr: { option: 'thr', count: 8, statedAsNotAffected: true, sources: ['97'] },
    },
  },
  {
    id: 'revision-women',
    outcome: 'revision',
    group: 'women',
    per: 100,
    periodYears: 5,
    sourceYear: 2012,
    figures: {
      resurfacing: { option: 'resurfacing', count: 8.3, ci95: [7.2, 9.7], sources: ['44'] },
      thr: { option: 'thr', count: 1.5, upTo: 1.9, sources: ['44'] },
    },
  },
  {
    id: 'dislocation',
    outcome: 'dislocation',
    group: 'all',
    per: 100,
    periodYears: 6,
    sourceYear: 2019,
    figures: {
      resurfacing: { option: 'resurfacing', count: null, sources: ['94'] },
      thr: { option: 'thr', count: 2.1, ci95: [1.8, 2.4], sources: ['92'] },
    },
  },
  {
    id: 'neck-fracture',
    outcome: 'neck-fracture',
    group: 'all',
    per: 100,
    periodYears: null,
    sourceYear: 2005,
    figures: {
      resurfacing: { option: 'resurfacing', count: 1, upTo: 1.5, sources: ['15', '49'] },
      thr: { option: 'thr', count: null, sources: ['51', '43'] },
    },
  },
] as const satisfies readonly Comparison[]

export type ComparisonId = (typeof COMPARISONS)[number]['id']

/** The comparisons shown for a group: its own, then those about everyone who had the operation. */
export const comparisonsFor = (group: GroupId): readonly Comparison[] =>
  COMPARISONS.filter((c) => c.group === group || c.group === 'all')
