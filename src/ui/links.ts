/**
 * In-app links are real `<a href="?step=...">` links, so they can be copied, opened in a new
 * tab or bookmarked; a plain click is handled in the page instead of reloading it.
 */
import { useCallback, type MouseEvent } from 'react'
import { serialiseSearch } from '../lib/url'
import { useWalkthrough } from '../state/store'

type LinkTarget = Omit<Parameters<typeof serialiseSearch>[0], 'lang' | 'page'> & { page?: Parameters<typeof serialiseSearch>[0]['page'] }

/**
 * The href of an in-app link, in the language being read: a link opened in a new tab, copied or
 * bookmarked opens in that language too.
 */
export function useLinkTo(): (target: LinkTarget) => string {
  const lang = useWalkthrough((s) => s.lang)
  return useCallback((target: LinkTarget) => serialiseSearch({ ...target, page: target.page ?? null, lang }), [lang])
}

/** Runs `action` for a plain left click; lets the browser handle a new-tab or new-window click. */
export function followInApp(event: MouseEvent<HTMLAnchorElement>, action: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  action()
}
