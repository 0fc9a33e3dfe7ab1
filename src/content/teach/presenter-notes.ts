/**
 * The lecturer's notes for each step (pitfalls and a teach-back question for the room), read by
 * the presenter screen (`?view=presenter`). They are not part of the language pack: only a
 * lecturer needs them, so each language's notes are a chunk of their own, loaded on demand.
 * Student register: precise and sourced (../shared/clinical/FACTS.md), not graded for reading level.
 */
import type { Passage } from '../i18n/types'
import type { Language } from '../i18n/languages'
import type { StepId } from '../steps-index'

export interface StepPresenterNotes {
  /**
   * 1-3 technical pitfalls at this step. Where none applies (the healthy hip), what to point
   * out instead, said as such.
   */
  readonly pitfalls: readonly Passage[]
  /** A question for the room, teach-back style: a student explains, the lecturer listens. */
  readonly ask: Passage
}

export interface PresenterNotes {
  readonly steps: Readonly<Record<StepId, StepPresenterNotes>>
}

export const presenterNotes: Record<Language, () => Promise<PresenterNotes>> = {
  en: () => import('../i18n/en/presenter-notes').then((m) => m.notes),
  es: () => import('../i18n/es/presenter-notes').then((m) => m.notes),
}
