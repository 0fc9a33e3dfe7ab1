/**
 * The language the text is in. The link's `?lang=` decides it on start and on Back/Forward;
 * the language switch changes it. Another language's pack is fetched first and only then shown,
 * so the page never mixes two languages; a pack that cannot be fetched leaves the text as it was
 * with a notice. `<html lang>` follows, so screen readers and speech pick the right voice.
 * A browser that prefers another offered language gets one quiet offer, never a silent switch.
 */
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, type Language } from '../content/i18n/languages'
import { loadLanguagePack } from '../content/i18n/packs'
import { parseSearch } from '../lib/url'
import { useWalkthrough } from './store'

/** Set once the offer has been made, so it is made once per browser. */
export const LANGUAGE_OFFERED_KEY = 'resurface:language-offered'

/** Shows the text in `lang` once its pack is in; false (and a notice) when it could not be fetched. */
export async function chooseLanguage(lang: Language): Promise<boolean> {
  const store = useWalkthrough.getState()
  if (store.lang === lang) return true
  try {
    await loadLanguagePack(lang)
  } catch {
    useWalkthrough.getState().showNotice({ kind: 'language-failed', value: LANGUAGE_NAMES[lang] })
    return false
  }
  useWalkthrough.getState().setLang(lang)
  return true
}

const requestedLanguage = (win: Window): Language => parseSearch(win.location.search).state.lang

/**
 * Loads the link's language before the first render (resolves at once for English). Resolves
 * with the language that failed, if one did, for the caller to say so after the link's own
 * notices are set.
 */
export async function loadStartLanguage(win: Window = window): Promise<Language | null> {
  const wanted = requestedLanguage(win)
  if (wanted === DEFAULT_LANGUAGE) return null
  try {
    await loadLanguagePack(wanted)
    useWalkthrough.getState().setLang(wanted)
    return null
  } catch {
    return wanted
  }
}

/** The first offered language the browser lists before the current one, if any. */
export function preferredLanguage(browserLanguages: readonly string[], current: Language): Language | null {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0]
    if (primary === current) return null
    const offered = LANGUAGES.find((l) => l === primary)
    if (offered) return offered
  }
  return null
}

/** Starts following Back/Forward and `<html lang>`; returns a function that stops it. */
export function startLanguageSync(win: Window = window): () => void {
  const store = useWalkthrough
  const html = win.document.documentElement
  const follow = (lang: Language) => {
    html.lang = LANGUAGE_TAGS[lang]
  }
  follow(store.getState().lang)
  const unsubscribe = store.subscribe((now, before) => {
    if (now.lang !== before.lang) follow(now.lang)
  })
  const onPopState = () => {
    const wanted = requestedLanguage(win)
    if (wanted !== store.getState().lang) void chooseLanguage(wanted)
  }
  win.addEventListener('popstate', onPopState)

  // The offer: only on a link that does not name a language, with no other notice showing.
  if (!new URLSearchParams(win.location.search).has('lang') && store.getState().notice === null) {
    const offer = preferredLanguage(win.navigator.languages ?? [win.navigator.language], store.getState().lang)
    if (offer && !offeredBefore(win)) {
      store.getState().showNotice({ kind: 'language-offer', lang: offer })
      rememberOffer(win)
    }
  }
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
  }
}

function offeredBefore(win: Window): boolean {
  try {
    return win.localStorage.getItem(LANGUAGE_OFFERED_KEY) !== null
  } catch {
    return false
  }
}

function rememberOffer(win: Window): void {
  try {
    win.localStorage.setItem(LANGUAGE_OFFERED_KEY, '1')
  } catch {
    // Blocked storage: the offer may come again next visit; it is still never a switch.
  }
}
