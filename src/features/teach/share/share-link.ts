/**
 * The link a student's phone opens to follow the current step: the walkthrough (never the
 * presenter's or the audience's window, so no `view=`) at that step, audience and language.
 */
import type { StepId } from '../../../content/steps-index'
import type { Language } from '../../../content/i18n/languages'
import type { Audience } from '../../../state/store'
import { serialiseSearch } from '../../../lib/url'

export interface SharedStep {
  stepId: StepId
  audience: Audience
  lang: Language
}

/** `location` is the presenter window's; the link keeps its origin and path (a sub-path host works). */
export function shareLinkFor(location: { origin: string; pathname: string }, state: SharedStep): string {
  const search = serialiseSearch({ stepId: state.stepId, audience: state.audience, page: null, lang: state.lang })
  return `${location.origin}${location.pathname}${search}`
}
