/**
 * The language the text is in. The link's `?lang=` decides it on start and on Back/Forward;
 * the language switch changes it. Another language's pack is fetched first and only then shown,
 * so the page never mixes two languages; a pack that cannot be fetched leaves the text as it was
 * with a notice. `<html lang>` follows, so screen readers and speech pick the right voice.
 * A browser that prefers another offered language gets a quiet offer, never a silent switch,
 * until the user takes it or closes it. A language the user chose (the switch, the offer) is
 * remembered with the other preferences: a link without `?lang=` then opens in it.
 */
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, type Language } from '../content/i18n/languages'
import { loadLanguagePack } from '../content/i18n/packs'
import { parseSearch } from '../lib/url'
import { useWalkthrough } from './store'
import { storedPreferences, updatePreferences } from './preference-sync'

/**
 * Shows the text in `lang` once its pack is in; false (and a notice) when it could not be
 * fetched. `remember`: the user chose it, so it becomes their language on this device.
 */
export async function chooseLanguage(lang: Language, { remember = false }: { remember?: boolean } = {}): Promise<boolean> {
  if (remember) updatePreferences(window, { language: lang })
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

/** The link's language; for a link that names none, the one the user chose before, if any. */
const startLanguage = (win: Window): Language =>
  new URLSearchParams(win.location.search).has('lang') ? requestedLanguage(win) : (storedPreferences(win).language ?? DEFAULT_LANGUAGE)

/** The user closed the offer of their browser's language: it is not made again on this device. */
export function declineLanguageOffer(win: Window = window): void {
  updatePreferences(win, { languageOfferDeclined: true })
}

/**
 * Loads the link's language before the first render (resolves at once for English). Resolves
 * with the language that failed, if one did, for the caller to say so after the link's own
 * notices are set.
 */
export async function loadStartLanguage(win: Window = window): Promise<Language | null> {
  const wanted = startLanguage(win)
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

  // The offer: only on a link that does not name a language, with no other notice showing, to
  // someone who has neither chosen a language here nor closed the offer before.
  const preferences = storedPreferences(win)
  if (!new URLSearchParams(win.location.search).has('lang') && store.getState().notice === null && preferences.language === null && !preferences.languageOfferDeclined) {
    const offer = preferredLanguage(win.navigator.languages ?? [win.navigator.language], store.getState().lang)
    if (offer) store.getState().showNotice({ kind: 'language-offer', lang: offer })
  }
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
  }
}
