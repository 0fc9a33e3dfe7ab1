/**
 * The new user (issue 13, "Done when"): a Spanish-speaking patient, on a phone, opens a
 * clinic's page that frames one step in Spanish, listens to it, loses the network, and keeps
 * going through the steps. One context with the service worker allowed and a fake speech engine
 * with a Spanish voice (headless Chromium has none); the clinic is on another origin.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Frame, Page } from 'playwright-core'
import { es } from '../../src/content/i18n/es'
import { plainText } from '../../src/lib/rich-text'
import { startClinicHost, type ClinicHost } from './clinic-host'
import { SPANISH, installFakeSpeech, type Entry } from './fake-speech'
import { PHONE, useBrowser } from './harness'

const rig = useBrowser()
let host: ClinicHost
before(async () => {
  host = await startClinicHost()
})
after(async () => {
  await host?.close()
})

const spoken = async (frame: Frame) =>
  (await frame.evaluate(() => (window as unknown as { __speech: { log: Entry[] } }).__speech.log.slice())).flatMap((e) => ('speak' in e ? [e] : []))
const heard = (page: Page, step: string) =>
  page.waitForFunction((id) => (window as unknown as { events: { step: string; ready: boolean }[] }).events.some((e) => e.step === id && e.ready), step, { timeout: 90_000 })

describe('a Spanish-speaking patient on a clinic’s page', () => {
  it('reads the step in Spanish, listens to it, goes offline and keeps going', async () => {
    const context = await rig.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'es-MX', serviceWorkers: 'allow' })
    await installFakeSpeech(context, SPANISH)
    const foreign: string[] = []
    context.on('request', (request) => {
      const url = request.url()
      if (url.startsWith('data:') || url.startsWith('blob:') || host.files.has(url.split('?')[0]!)) return
      if (new URL(url).origin !== rig.server.origin) foreign.push(url)
    })
    const pageErrors: string[] = []
    try {
      const page = await context.newPage()
      page.on('pageerror', (error) => pageErrors.push(String(error)))
      await page.goto(host.pageUrl(`${rig.server.appUrl}?step=incision&embed=1&lang=es`, { w: PHONE.width - 30, h: 640 }))
      const frame = (await (await page.locator('#app').elementHandle())!.contentFrame())!
      await heard(page, 'incision')

      // In Spanish, in the clinic's frame.
      await frame.locator('#step-title', { hasText: es.steps.incision.title }).waitFor()
      assert.equal(await frame.evaluate(() => document.documentElement.lang), 'es-419')

      // Listen: a tap reads the title and the first sentence with the Spanish voice.
      await frame.getByRole('button', { name: es.listen.listen, exact: true }).tap()
      await frame.waitForFunction(() => (window as unknown as { __speech: { log: unknown[] } }).__speech.log.length > 0)
      const [first] = await spoken(frame)
      assert.equal(first?.lang, 'es-419')
      assert.equal(first?.voice, SPANISH[0]!.name)
      assert.equal(first?.speak, plainText(es.steps.incision.title, () => undefined))

      // The frame's offline copy is complete (it registered after the first view).
      await frame.locator('.notice-region[data-offline="ready"]').waitFor({ state: 'attached', timeout: 120_000 })
      await frame.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })

      // The waiting room's Wi-Fi goes; the next steps still come, text and 3D hip, from the copy.
      await context.setOffline(true)
      await frame.getByRole('button', { name: es.ui.nextStep }).tap()
      await frame.locator('#step-title', { hasText: es.steps.exposure.title }).waitFor()
      await heard(page, 'exposure')
      // The clinic's page sends the patient on to a later step (one the first visit never drew).
      await page.evaluate(() => (document.getElementById('app') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'resurface:goto', step: 'cap-cementing' }, '*'))
      await frame.locator('#step-title', { hasText: es.steps['cap-cementing'].title }).waitFor()
      await heard(page, 'cap-cementing')
      assert.equal(await frame.locator('.viewport[data-status="error"]').count(), 0, 'no model failed to load offline')

      assert.deepEqual(foreign, [], 'nothing from another origin than the app and the clinic')
      assert.deepEqual(pageErrors, [])
    } finally {
      await context.close()
    }
  })
})
