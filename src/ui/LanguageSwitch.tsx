/**
 * The language switch: each language under its own name, marked with its own `lang` so a screen
 * reader says "Español" in Spanish. Choosing one fetches its pack first (state/language-sync.ts).
 */
import { memo, useId } from 'react'
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, isLanguage } from '../content/i18n/languages'
import { chooseLanguage } from '../state/language-sync'
import { useWalkthrough } from '../state/store'
import { useText } from './useText'

export const LanguageSwitch = memo(function LanguageSwitch({ className }: { className: string }) {
  const lang = useWalkthrough((s) => s.lang)
  const text = useText()
  const id = useId()
  return (
    <div className={`language-switch ${className}`}>
      <label htmlFor={id} className="visually-hidden">
        {text.ui.language}
      </label>
      <select
        id={id}
        className="language-select"
        value={lang}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void chooseLanguage(e.target.value, { remember: true })
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={LANGUAGE_TAGS[l]}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  )
})
