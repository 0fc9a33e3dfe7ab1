/**
 * The languages the app offers. Adding one is a new folder beside `en/`, a line in each list
 * here and a loader in `packs.ts` (see README, "Adding a language").
 */
export const LANGUAGES = ['en', 'es'] as const
export type Language = (typeof LANGUAGES)[number]

/** English is the default: the app opens in it unless the link says otherwise. */
export const DEFAULT_LANGUAGE: Language = 'en'

/** Each language's name in itself, for the language switch (known before its pack loads). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' }

/** The BCP 47 tag for `<html lang>` and speech: neutral Latin American Spanish. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: 'en', es: 'es-419' }

/**
 * The one-time offer of a language the browser prefers, written in that language (its pack is not
 * loaded yet, and the person may not read the current one).
 */
export const LANGUAGE_OFFERS: Readonly<Record<Language, { readonly text: string; readonly accept: string }>> = {
  en: { text: 'This guide is also in English.', accept: 'Read it in English' },
  es: { text: 'Esta guía también está en español.', accept: 'Leerla en español' },
}

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value)
