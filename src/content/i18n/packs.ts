/**
 * The language packs. English is in the first bundle (it is the default, and the fallback when
 * another pack fails to load); every other language is a chunk of its own, fetched when the link
 * or the language switch asks for it. The store's `lang` only ever names a loaded pack, so
 * `packFor` stays synchronous for every component.
 */
import type { LanguagePack } from './types'
import { DEFAULT_LANGUAGE, type Language } from './languages'
import { en } from './en'

const loaders: Readonly<Record<Language, () => Promise<LanguagePack>>> = {
  en: () => Promise.resolve(en),
  es: () => import('./es').then((m) => m.es),
}

const loaded = new Map<Language, LanguagePack>([[DEFAULT_LANGUAGE, en]])

/** The pack of a loaded language; English for one not (yet) loaded. */
export function packFor(lang: Language): LanguagePack {
  return loaded.get(lang) ?? en
}

export function isPackLoaded(lang: Language): boolean {
  return loaded.has(lang)
}

/** Fetches a language's pack once; rejects when its chunk cannot be fetched (offline, a new deploy). */
export async function loadLanguagePack(lang: Language): Promise<LanguagePack> {
  const ready = loaded.get(lang)
  if (ready) return ready
  const pack = await loaders[lang]()
  loaded.set(lang, pack)
  return pack
}
