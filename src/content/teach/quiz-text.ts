/**
 * The quiz panel's interface words, keyed by language (each pack in src/content/i18n/<lang>/quiz.ts).
 * Only the words around the questions: it is in the first bundle. The questions' own words are
 * loaded with the panel (quiz-questions.ts). `{name}` slots are filled in by the components.
 */
import type { QuizMode } from '../../state/store'

export interface QuizText {
  readonly title: string
  /** The set's name when it is the whole operation (a chapter's is the pack's chapter name). */
  readonly operation: string
  /** The panel's title: `{set}` the chapter's or the operation's name. */
  readonly titleFor: string
  // the invitation in the student step text
  readonly inviteHeading: string
  readonly inviteChapter: string
  readonly inviteOperation: string
  /** The quieter link on a chapter's other steps: `{chapter}`. */
  readonly inviteLink: string
  readonly startPractice: string
  readonly startTest: string
  /** `{right}` of `{total}`. */
  readonly best: string
  // before starting
  readonly modeLegend: string
  readonly modes: Readonly<Record<QuizMode, { readonly name: string; readonly hint: string }>>
  /** `{count}` questions. */
  readonly count: string
  readonly start: string
  readonly close: string
  readonly loading: string
  readonly keptHere: string
  // a question
  readonly questionOf: string
  /** `{structure}`. */
  readonly findPrompt: string
  readonly findHow: string
  readonly findList: string
  /** `{step}`: the title of the step shown. */
  readonly nextPrompt: string
  readonly orderHint: string
  readonly moveUp: string
  readonly moveDown: string
  /** The move buttons' accessible names: `{item}`. */
  readonly moveUpLabel: string
  readonly moveDownLabel: string
  /** Announced after a move: `{item}`, `{n}`, `{total}`. */
  readonly moved: string
  readonly answerLegend: string
  readonly check: string
  readonly saveAndNext: string
  readonly finish: string
  readonly chooseFirst: string
  // feedback and results
  readonly right: string
  readonly wrong: string
  readonly yourAnswer: string
  readonly rightAnswer: string
  readonly noAnswer: string
  readonly review: string
  readonly next: string
  readonly seeResults: string
  /** `{right}` of `{total}`. */
  readonly score: string
  readonly byQuestion: string
  readonly reviewHeading: string
  readonly nothingToReview: string
  readonly newBest: string
  readonly tryAgain: string
  readonly closeResults: string
}
