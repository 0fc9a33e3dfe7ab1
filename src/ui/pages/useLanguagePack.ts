import { packFor } from '../../content/i18n/packs'
import type { LanguagePack } from '../../content/i18n/types'
import { useWalkthrough } from '../../state/store'

export { packFor }

export function useLanguagePack(): LanguagePack {
  return packFor(useWalkthrough((s) => s.lang))
}
