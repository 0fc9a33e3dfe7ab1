/**
 * The shape of a language pack. English (`en/`) is complete and is the source of the keys;
 * every other language must give the same keys (a type error, and a unit test, otherwise).
 */
import type { ChapterId, StepId } from '../steps-index'
import type { LabelTerm } from '../label-terms'
import type { SourceId } from '../references'
import type { UiKey } from './en/ui'
import type { GlossaryId } from './en/glossary'
import type { QuestionId } from '../question-ids'
import type { DecideText } from '../decide/types'
import type { CompareSide, CompareView } from '../../state/store'
import type { PreparationStepId } from '../compare'
import type { QuizText } from '../teach/quiz-text'
import type { TeachBackText } from '../teach/teach-back-text'
import type { ExploreText } from '../teach/explore-text'
import type { PresentText } from '../teach/present-text'
import type { XrayText } from '../views/xray-text'
import type { CutText } from '../views/cut-text'
import type { ListenText } from '../reach/listen-text'
import type { ShareText } from '../reach/share-text'
import type { OfflineText } from '../reach/offline-text'

/**
 * One sentence or claim and the sources it rests on (ids from `references.ts`).
 * The text may link glossary terms as `{{glossary-id}}` or `{{glossary-id|shown words}}`
 * (see src/lib/rich-text.ts). A claim the fact sheet marks unsourced has no sources and says
 * "commonly described".
 */
export interface Passage {
  readonly text: string
  readonly sources: readonly SourceId[]
}

export interface StepText {
  readonly title: string
  /** 2-5 short sentences, Flesch-Kincaid grade 8 or lower. */
  readonly patient: readonly Passage[]
  /** Technique, angles, sizes, pitfalls, each with its source. */
  readonly student: readonly Passage[]
}

export interface LabelText {
  readonly patient: string
  readonly student: string
}

export interface GlossaryEntry {
  readonly term: string
  readonly definition: string
}

/** A titled block of a page: paragraphs, optionally a bulleted list, and paragraphs after it. */
export interface PageSection {
  readonly heading: string
  readonly body: readonly Passage[]
  readonly list?: readonly Passage[]
  readonly after?: readonly Passage[]
}

/** A small data table (registry figures); rows carry their sources. */
export interface PageTable {
  readonly caption: string
  readonly columns: readonly string[]
  readonly rows: readonly { readonly cells: readonly string[]; readonly sources: readonly SourceId[] }[]
}

/** One stage of the recovery timeline. */
export interface TimelineStage {
  readonly when: string
  readonly title: string
  readonly text: Passage
}

/** A question on the questions page; its id is stored on the person's sheet (src/content/question-ids.ts). */
export interface QuestionItem extends Passage {
  readonly id: QuestionId
}

/** The pages around the steps. Components in src/ui/pages/ render them; no words live there. */
export interface Pages {
  readonly common: {
    /** Read by screen readers before a passage's source numbers. */
    readonly sources: string
    readonly seeAlso: string
  }
  readonly welcome: {
    readonly title: string
    readonly lead: readonly Passage[]
    readonly whoFor: PageSection
    readonly howTo: PageSection
    readonly notice: PageSection
    readonly about: PageSection
    readonly start: string
  }
  readonly questions: {
    readonly title: string
    readonly intro: readonly Passage[]
    readonly items: readonly QuestionItem[]
    readonly teachBack: PageSection
  }
  readonly recovery: {
    readonly title: string
    readonly intro: readonly Passage[]
    /** Accessible name of the timeline list. */
    readonly timelineLabel: string
    readonly stages: readonly TimelineStage[]
    readonly precautions: PageSection
    readonly note: readonly Passage[]
  }
  readonly glossary: {
    readonly title: string
    readonly intro: readonly Passage[]
  }
  readonly references: {
    readonly title: string
    readonly intro: readonly Passage[]
  }
}

/** The comparison with a total hip replacement (src/features/compare/). */
export interface CompareText {
  readonly open: string
  /** The header's short name for `open`. */
  readonly openShort: string
  readonly close: string
  readonly title: string
  readonly viewsLabel: string
  readonly sidesLabel: string
  readonly sides: Readonly<Record<CompareSide, string>>
  /** The 3D view's description: `{view}` the view's name, `{labels}` what is labelled. */
  readonly canvasDescription: string
  /** The same with one hip shown (`{side}`), on a narrow screen. */
  readonly canvasDescriptionOne: string
  readonly views: Readonly<Record<CompareView, { readonly name: string; readonly patient: readonly Passage[]; readonly student: readonly Passage[] }>>
  readonly bone: {
    readonly heading: string
    readonly caption: string
    readonly columns: readonly [string, string]
    readonly femur: string
    readonly socket: string
    readonly modelRow: string
    readonly studyRow: string
    /** `{value}` in cubic centimetres / grams. */
    readonly cm3: string
    readonly grams: string
    readonly note: Passage
  }
  /** What a total hip does instead, at each bone-preparation step. */
  readonly stepNotes: Readonly<Record<PreparationStepId, { readonly patient: Passage; readonly student: Passage }>>
  readonly stepNoteHeading: string
  readonly seeIt: string
  /** `{value}` and `{thr}` in cm³, measured from the models. */
  readonly removedFemurSoFar: string
  readonly removedSocketSoFar: string
}

/**
 * The consultation sheet: the controls on the questions page that fill it, and the sheet page.
 * `{count}`, `{n}`, `{max}` and `{date}` are filled in by the components.
 */
export interface SheetText {
  readonly title: string
  readonly intro: readonly Passage[]
  readonly addToSheet: string
  readonly onSheetCount: string
  readonly openSheet: string
  readonly ownHeading: string
  readonly ownIntro: string
  readonly ownLabel: string
  readonly ownAdd: string
  readonly ownEdit: string
  readonly ownEditLabel: string
  readonly ownSave: string
  readonly ownCancel: string
  readonly ownRemove: string
  readonly ownItemLabel: string
  readonly ownFull: string
  readonly date: string
  readonly questionsHeading: string
  readonly questionsEmpty: string
  readonly chooseQuestions: string
  /** Printed before the space left for the surgeon's answer. */
  readonly answer: string
  readonly valuesHeading: string
  readonly valuesEmpty: string
  readonly chooseValues: string
  readonly numbersHeading: string
  /** Above the printed numbers: `{group}` is the decision aid's name for the group. */
  readonly numbersFor: string
  readonly recoveryHeading: string
  readonly learningOnly: string
  readonly actionsLabel: string
  readonly print: string
  readonly printHint: string
  readonly clear: string
  readonly clearAsk: string
  readonly clearYes: string
  readonly clearNo: string
  readonly cleared: string
  readonly keptHere: string
  readonly notKept: string
}

export interface LanguagePack {
  readonly lang: string
  /** The language's own name, for the language picker. */
  readonly name: string
  readonly ui: Readonly<Record<UiKey, string>>
  readonly chapters: Readonly<Record<ChapterId, string>>
  readonly steps: Readonly<Record<StepId, StepText>>
  readonly labels: Readonly<Record<LabelTerm, LabelText>>
  readonly glossary: Readonly<Record<GlossaryId, GlossaryEntry>>
  readonly pages: Pages
  readonly sheet: SheetText
  /** The decision aid: resurfacing, a total hip replacement, or not yet (src/features/decide). */
  readonly decide: DecideText
  readonly compare: CompareText
  /** Self-tests for students (src/features/quiz). */
  readonly quiz: QuizText
  /** Patient teach-back after each chapter (src/features/teach-back). */
  readonly teachBack: TeachBackText
  /** Touch a structure to learn its name; the keyboard in the 3D view (src/features/explore). */
  readonly explore: ExploreText
  /** The presenter and audience windows (src/features/teach). */
  readonly present: PresentText
  /** The simulated X-ray (src/features/xray). */
  readonly xray: XrayText
  /** The cut through the bone (src/features/cut). */
  readonly cut: CutText
  /** Reading the current text aloud (src/features/listen). */
  readonly listen: ListenText
  /** Sharing a step: link, QR code, iframe snippet; the embedded view (src/features/embed). */
  readonly share: ShareText
  /** Working offline and updating (src/features/offline). */
  readonly offline: OfflineText
}
