/**
 * The user's own preferences: the only thing Resurface keeps in the browser. One localStorage
 * key holds them as JSON. What is read back is checked field by field: a value that is missing,
 * of the wrong type or unreadable falls back to the default, so a hand-edited or corrupt entry
 * never breaks the app.
 */
import { isLanguage, type Language } from '../content/i18n/languages'

/** The one storage key (a privacy test checks nothing else is stored). */
export const PREFERENCES_KEY = 'resurface.preferences'

export interface Preferences {
  /** Scales the whole interface up from the root font size, for a room or a projector. */
  largerText: boolean
  /** The language the user chose (the switch, or the offer): a link without `?lang=` opens in it. */
  language: Language | null
  /** The user closed the offer of the browser's language: it is not made again. */
  languageOfferDeclined: boolean
}

export const DEFAULT_PREFERENCES: Preferences = { largerText: false, language: null, languageOfferDeclined: false }

/** Reads what storage holds (or `null` when nothing is stored); anything unusable gives the default. */
export function parsePreferences(raw: string | null): Preferences {
  if (raw === null) return DEFAULT_PREFERENCES
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return DEFAULT_PREFERENCES
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return DEFAULT_PREFERENCES
  const { largerText, language, languageOfferDeclined } = value as Record<string, unknown>
  return {
    largerText: typeof largerText === 'boolean' ? largerText : DEFAULT_PREFERENCES.largerText,
    language: typeof language === 'string' && isLanguage(language) ? language : DEFAULT_PREFERENCES.language,
    languageOfferDeclined: languageOfferDeclined === true,
  }
}

/** Only what differs from the defaults, beyond the text size, is written. */
export function serialisePreferences(preferences: Preferences): string {
  return JSON.stringify({
    largerText: preferences.largerText,
    ...(preferences.language !== null && { language: preferences.language }),
    ...(preferences.languageOfferDeclined && { languageOfferDeclined: true }),
  })
}
