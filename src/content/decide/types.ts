/**
 * The shape of the decision aid's words ("Resurfacing, a total hip replacement, or not yet"),
 * one per language pack (`pack.decide`). The numbers are data in ./figures.ts; the words for
 * each comparison repeat them, and a unit test checks that they agree.
 */
import type { Passage, PageSection, PageTable } from '../i18n/types'
import type { ComparisonId, GroupId, OperationId } from './figures'
import type { OptionId, ValueId, ValueWeight } from './ids'

/** What one operation's figure says, in words: both framings, or why there is no figure. */
export interface FigureText {
  /** "2.5 in 100 needed a second operation". Absent when the sources give no figure. */
  readonly had?: string
  /** The other framing: "97.5 in 100 did not". */
  readonly hadNot?: string
  /** The uncertainty, where the source gives it ("The true number is likely between 1.8 and 2.4 in 100."). */
  readonly uncertainty?: string
  /** When there is no figure: why, in words, shown instead of the icon array. */
  readonly noFigure?: string
  readonly sources: Passage['sources']
}

export interface ComparisonText {
  /** "A second operation within 5 years" */
  readonly title: string
  /** Who the numbers are about, where and when they were reported (the reference group and source year). */
  readonly who: Passage
  readonly figures: Readonly<Record<OperationId, FigureText>>
  /** A relative figure, only ever shown after the absolute numbers above it. */
  readonly relative?: Passage
  /** Anything else a reader needs to read the pair right. */
  readonly note?: Passage
}

/** One row of the options table: the same feature for every option. */
export interface OptionsRow {
  readonly id: string
  readonly feature: string
  readonly cells: Readonly<Record<OptionId, readonly Passage[]>>
}

export interface ValueText {
  /** The fieldset's legend: the thing a person may care about. */
  readonly legend: string
  /** Per option, what the sources say about it. */
  readonly says: Readonly<Record<OptionId, Passage>>
}

export interface DecideText {
  readonly title: string
  readonly lead: readonly Passage[]
  /** IPDAS: describe the condition. */
  readonly condition: PageSection
  /** IPDAS: state the decision and the options, including not having surgery. */
  readonly decision: PageSection
  readonly options: Readonly<Record<OptionId, { readonly name: string; readonly short: string }>>
  /** The benefits and harms, and what living with each is like: one table, the same rows. */
  readonly table: {
    readonly heading: string
    readonly intro: readonly Passage[]
    readonly caption: string
    readonly featureColumn: string
    readonly rows: readonly OptionsRow[]
  }
  readonly numbers: {
    readonly heading: string
    readonly intro: readonly Passage[]
    /** The legend of the "who is most like you?" choice. */
    readonly groupLegend: string
    readonly groups: Readonly<Record<GroupId, string>>
    readonly comparisons: Readonly<Record<ComparisonId, ComparisonText>>
    /** The key under each icon array. */
    readonly key: { readonly had: string; readonly range: string; readonly hadNot: string }
    readonly after: readonly Passage[]
  }
  readonly values: {
    readonly heading: string
    readonly intro: readonly Passage[]
    readonly weights: Readonly<Record<ValueWeight, string>>
    readonly items: Readonly<Record<ValueId, ValueText>>
    /** The button that clears every weight. */
    readonly clear: string
    readonly summaryHeading: string
    readonly summaryEmpty: string
    /** Introduces the summary's groups by weight: "Matters a lot to you", ... */
    readonly summaryGroups: Readonly<Record<ValueWeight, string>>
    readonly summaryNote: readonly Passage[]
  }
  readonly actions: {
    readonly heading: string
    readonly intro: readonly Passage[]
    readonly compare3d: string
    readonly sheet: string
    readonly questions: string
  }
  /** The student register: the technique and the registry results by group, with sources. */
  readonly student: {
    readonly heading: string
    readonly sections: readonly PageSection[]
    readonly tables: readonly PageTable[]
  }
  /** IPDAS certification: who made it, who paid, when it was written, when it will be reviewed. */
  readonly about: {
    readonly heading: string
    /** ISO date of publication, shown as written in `published`. */
    readonly publishedIso: string
    readonly published: string
    readonly nextReviewIso: string
    readonly body: readonly Passage[]
  }
  readonly yours: PageSection
}
