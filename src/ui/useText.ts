/** The language pack for the user's language, and a small template filler for `{name}` slots. */
import { packFor } from '../content/i18n/packs'
import type { LanguagePack } from '../content/i18n/types'
import { useWalkthrough } from '../state/store'

export function useText(): LanguagePack {
  const lang = useWalkthrough((s) => s.lang)
  return packFor(lang)
}

/** `fill('Step {n} of {total}', { n: 4, total: 15 })` gives "Step 4 of 15"; unknown slots stay as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot))
}
