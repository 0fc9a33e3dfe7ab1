/**
 * In-app links are real `<a href="?step=...">` links, so they can be copied, opened in a new
 * tab or bookmarked; a plain click is handled in the page instead of reloading it.
 */
import type { MouseEvent } from 'react'
import { serialiseSearch } from '../lib/url'
import type { StepId } from '../content/steps-index'
import type { Audience, PageId } from '../state/store'

export const hrefFor = (s: { stepId: StepId; audience: Audience; page?: PageId | null }): string =>
  serialiseSearch({ stepId: s.stepId, audience: s.audience, page: s.page ?? null })

/** Runs `action` for a plain left click; lets the browser handle a new-tab or new-window click. */
export function followInApp(event: MouseEvent<HTMLAnchorElement>, action: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  action()
}
