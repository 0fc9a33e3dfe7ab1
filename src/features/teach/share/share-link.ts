/**
 * The link a student's phone opens to follow the current step: the walkthrough (never the
 * presenter's or the audience's window, so no `view=`) at that step, audience and language.
 * The same link as every "Share" gives (src/features/share/links.ts).
 */
import { stepLink, type SharedStep } from '../../share/links'

export type { SharedStep }

/** `location` is the presenter window's; the link keeps its origin and path (a sub-path host works). */
export function shareLinkFor(location: { origin: string; pathname: string }, state: SharedStep): string {
  return stepLink(location, state)
}
