/**
 * The language: what a link asks for, the one-time offer of the browser's language, and the
 * packs loaded on demand (src/state/language-sync.ts, src/content/i18n/packs.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { parseSearch, serialiseSearch } from '../../src/lib/url'
import { preferredLanguage, chooseLanguage } from '../../src/state/language-sync'
import { isPackLoaded, loadLanguagePack, packFor } from '../../src/content/i18n/packs'
import { initialState, useWalkthrough } from '../../src/state/store'

describe('the link’s language', () => {
  it('reads an offered language and writes it back only when it is not English', () => {
    expect(parseSearch('?step=incision&lang=es')).toMatchObject({ state: { lang: 'es' }, notice: null })
    expect(serialiseSearch({ stepId: 'incision', audience: 'patient', page: null, lang: 'es' })).toBe('?step=incision&audience=patient&lang=es')
    expect(serialiseSearch({ stepId: 'incision', audience: 'patient', page: null, lang: 'en' })).toBe('?step=incision&audience=patient')
  })

  it('keeps English and says so for a language the app does not offer', () => {
    expect(parseSearch('?step=incision&lang=xx')).toEqual({
      state: expect.objectContaining({ stepId: 'incision', lang: 'en' }),
      notice: { kind: 'unknown-language', value: 'xx' },
    })
  })
})

describe('the browser’s language', () => {
  it('offers Spanish to a browser that lists it before English', () => {
    expect(preferredLanguage(['es-MX', 'en-US'], 'en')).toBe('es')
    expect(preferredLanguage(['fr-FR', 'es'], 'en')).toBe('es')
  })

  it('offers nothing when the current language comes first, or none is offered', () => {
    expect(preferredLanguage(['en-GB', 'es-ES'], 'en')).toBeNull()
    expect(preferredLanguage(['fr', 'de'], 'en')).toBeNull()
    expect(preferredLanguage([], 'en')).toBeNull()
    expect(preferredLanguage(['es-419'], 'es')).toBeNull()
  })
})

describe('packs loaded on demand', () => {
  beforeEach(() => useWalkthrough.setState({ ...initialState }))

  it('shows a language only once its pack is in', async () => {
    expect(packFor('es').lang).toBe(isPackLoaded('es') ? 'es' : 'en')
    const pack = await loadLanguagePack('es')
    expect(pack.lang).toBe('es')
    expect(packFor('es')).toBe(pack)
    expect(await chooseLanguage('es')).toBe(true)
    expect(useWalkthrough.getState().lang).toBe('es')
    expect(await chooseLanguage('en')).toBe(true)
    expect(useWalkthrough.getState().lang).toBe('en')
  })

  it('choosing a language takes back the offer of it', async () => {
    useWalkthrough.getState().showNotice({ kind: 'language-offer', lang: 'es' })
    await chooseLanguage('es')
    expect(useWalkthrough.getState().notice).toBeNull()
  })
})
