/**
 * The words of the patient teach-back at each chapter's end (AHRQ health-literacy toolkit,
 * tool 5 [P5]), keyed by language (each pack in src/content/i18n/<lang>/teach-back.ts).
 * Teach-back checks how well the app explained, not the person: an open prompt, the key points
 * to compare with, and a way back to the chapter. Never a score, never "Do you understand?".
 * Patient register: every prompt and key point at Flesch-Kincaid grade 8 or lower.
 */
import type { ChapterId } from '../steps-index'
import type { Passage } from '../i18n/types'

export interface ChapterTeachBack {
  /** One open question in plain words ("In your own words, ..."), never a yes/no one. */
  readonly prompt: string
  /** 2-4 points to compare with, each resting on the same sources as the chapter's patient text. */
  readonly keyPoints: readonly Passage[]
}

export interface TeachBackText {
  readonly title: string
  /** Says what is being checked: the app's explanation, not the reader. */
  readonly intro: string
  /** The optional space to think in, and what happens to what is typed there (nothing). */
  readonly thinkLabel: string
  readonly thinkNote: string
  readonly showPoints: string
  readonly hidePoints: string
  readonly pointsIntro: string
  readonly explainAgain: string
  /** `{chapter}`: the chapter's name. */
  readonly explainAgainHint: string
  readonly chapters: Readonly<Record<ChapterId, ChapterTeachBack>>
}
