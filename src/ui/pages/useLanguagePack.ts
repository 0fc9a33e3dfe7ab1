import { languagePacks, type Language } from '../../content/i18n/languages'
import type { LanguagePack } from '../../content/i18n/types'
import { useWalkthrough } from '../../state/store'

/** The pack for the chosen language; English if the store ever holds an unknown one. */
export function packFor(lang: Language | string): LanguagePack {
  return (languagePacks as Record<string, LanguagePack | undefined>)[lang] ?? languagePacks.en
}

export function useLanguagePack(): LanguagePack {
  return packFor(useWalkthrough((s) => s.lang))
}
