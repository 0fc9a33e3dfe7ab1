/**
 * Every language's pack, loaded at once, for content tests that check each language. (The app
 * loads the packs other than English on demand: src/content/i18n/packs.ts.)
 */
import type { LanguagePack } from '../../src/content/i18n/types'
import type { Language } from '../../src/content/i18n/languages'
import { en } from '../../src/content/i18n/en'
import { es } from '../../src/content/i18n/es'

export { LANGUAGES } from '../../src/content/i18n/languages'
export const languagePacks: Readonly<Record<Language, LanguagePack>> = { en, es }
