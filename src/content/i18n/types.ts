/**
 * The shape of a language pack. English (`en/`) is complete and is the source of the keys;
 * every other language must give the same keys (a type error, and a unit test, otherwise).
 */
import type { ChapterId, StepId } from '../steps-index'
import type { LabelTerm } from '../label-terms'
import type { SourceId } from '../references'
import type { UiKey } from './en/ui'
import type { GlossaryId } from './en/glossary'
import type { Pages } from './en/pages'

/**
 * One sentence or claim and the sources it rests on (ids from `references.ts`).
 * The text may link glossary terms as `{{glossary-id}}` or `{{glossary-id|shown words}}`
 * (see src/lib/rich-text.ts).
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
}
