/**
 * What "Share" hands out: the link to a step (the full app at this step, register and language),
 * and the iframe snippet that embeds it (`embed=1`, src/features/embed). Built from the page's own
 * location, so a copy served from a sub-path or another host links to itself. Pure: no window.
 */
import type { StepId } from '../../content/steps-index'
import type { Language } from '../../content/i18n/languages'
import type { Audience, EmbedOptions } from '../../state/store'
import { serialiseSearch } from '../../lib/url'

export interface SharedStep {
  stepId: StepId
  audience: Audience
  lang: Language
}

type Where = { origin: string; pathname: string }

/** The full app at this step (never a page, a test or a teaching window). */
export function stepLink(location: Where, state: SharedStep, embed: EmbedOptions | null = null): string {
  return `${location.origin}${location.pathname}${serialiseSearch({ ...state, page: null, embed })}`
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The HTML a site pastes to frame this step; `title` names the frame for screen readers. */
export function embedSnippet(location: Where, state: SharedStep, title: string): string {
  // The URL's values are percent-encoded, so it holds no quote or bracket; its '&'s are left as
  // they are (HTML reads `&audience=` in an attribute as written), so the snippet reads like the link.
  const src = stepLink(location, state, { text: true }).replace(/"/g, '%22')
  return `<iframe src="${src}" title="${escapeAttribute(title)}" width="800" height="600" allow="fullscreen" loading="lazy"></iframe>`
}
