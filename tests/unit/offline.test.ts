/**
 * The offline copy's words and policy: plain English (grade 8 or lower), written in Spanish too
 * (not left as the English copy), and a CSP that lets the app's own service worker run.
 */
import { describe, expect, it } from 'vitest'
import { fleschKincaidGrade } from '../../src/lib/readability'
import { CONTENT_SECURITY_POLICY } from '../../vite.config'
import { languagePacks } from './language-packs'

describe('the offline copy', () => {
  const { en, es } = languagePacks

  it('says what it does in plain English', () => {
    const said = [en.offline.updateAvailable, en.offline.offlineReady].join(' ')
    expect(fleschKincaidGrade(said)).toBeLessThanOrEqual(8)
  })

  it.each(Object.keys(en.offline) as (keyof typeof en.offline)[])('%s is written in Spanish', (key) => {
    expect(es.offline[key].length).toBeGreaterThan(0)
    expect(es.offline[key]).not.toBe(en.offline[key])
  })

  it("allows the app's own worker and manifest, and nothing else", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("manifest-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'")
  })
})
