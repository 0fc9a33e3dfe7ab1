/**
 * The words of the simulated X-ray (src/features/xray): the films, their measurements and
 * templating. Filled per language in `i18n/<lang>/xray.ts`; sourced claims are Passages.
 */
import type { Passage } from '../i18n/types'

export interface XrayText {
  /** The view's name on its switch. */
  readonly name: string
  /** The canvas's description while the X-ray shows. */
  readonly canvasDescription: string
  readonly filmBefore: string
  readonly filmAfter: string
  /** Patients: one sentence on what each film shows. */
  readonly patientBefore: Passage
  readonly patientAfter: Passage
}
