/**
 * The landmarks' glossary lines (a chunk of their own, src/content/landmarks.ts), fetched once
 * per language when landmarks are first labelled or one is touched; `null` until they are in.
 */
import { useEffect, useState } from 'react'
import { landmarkGlossary, type LandmarkGlossary } from '../../../content/landmarks'
import type { Language } from '../../../content/i18n/languages'

const loaded = new Map<Language, Promise<LandmarkGlossary>>()
const ready = new Map<Language, LandmarkGlossary>()

function load(lang: Language): Promise<LandmarkGlossary> {
  let promise = loaded.get(lang)
  if (!promise) {
    promise = landmarkGlossary[lang]().then((g) => {
      ready.set(lang, g)
      return g
    })
    // A failed fetch may be tried again on the next touch.
    promise.catch(() => loaded.delete(lang))
    loaded.set(lang, promise)
  }
  return promise
}

export function useLandmarkGlossary(lang: Language, wanted: boolean): LandmarkGlossary | null {
  const [glossary, setGlossary] = useState<LandmarkGlossary | null>(() => ready.get(lang) ?? null)
  useEffect(() => {
    if (!wanted || glossary) return
    let live = true
    load(lang).then(
      (g) => live && setGlossary(g),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [lang, wanted, glossary])
  return glossary
}
