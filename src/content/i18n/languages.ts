/** The languages the app offers. Adding one is a new folder beside `en/` and a line here. */
import type { LanguagePack } from './types'
import { en } from './en'

export const LANGUAGES = ['en'] as const
export type Language = (typeof LANGUAGES)[number]

export const languagePacks: Record<Language, LanguagePack> = { en }
