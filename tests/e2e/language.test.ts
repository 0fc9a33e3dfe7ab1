/**
 * The language (issue 13): a link in Spanish opens in Spanish, the header's switch changes it
 * and the link follows, an unknown language and a pack that cannot load each keep English with
 * a notice, and a browser that prefers Spanish is offered it once, never switched.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { en } from '../../src/content/i18n/en'
import { es } from '../../src/content/i18n/es'
import { newAppPage, NO_PROBLEMS, PHONE, problemsOf, queryOf, useBrowser, VIEW } from './harness'

const rig = useBrowser()
/** The Spanish pack's own chunk (src/content/i18n/packs.ts imports it on demand). */
const SPANISH_CHUNK = /\/assets\/es-[\w-]+\.js$/

describe('a link in Spanish', () => {
  it('opens in Spanish: the text, the page language, the title, the switch', async () => {
    assert.notEqual(es.steps.incision.title, en.steps.incision.title, 'the Spanish pack is translated')
    const app = await newAppPage(rig.browser, rig.server)
    try {
      await app.open('?step=incision&lang=es')
      await app.page.locator('#step-title', { hasText: es.steps.incision.title }).waitFor()
      assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'es-419')
      assert.match(await app.page.title(), new RegExp(es.steps.incision.title))
      assert.equal(await app.page.getByRole('combobox', { name: es.ui.language }).inputValue(), 'es')
      await app.page.getByRole('button', { name: es.ui.nextStep, exact: true }).click()
      await app.page.locator('#step-title', { hasText: es.steps.exposure.title }).waitFor()
      assert.equal(queryOf(app.page).lang, 'es', 'moving on keeps the language in the link')
      await app.page.locator(`${VIEW}[data-step="exposure"][data-ready="true"]`).waitFor()
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

describe('the language switch', () => {
  it('changes the text and the link, and back', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    try {
      await app.open('?step=guide-pin&audience=student')
      await app.page.locator('#step-title', { hasText: en.steps['guide-pin'].title }).waitFor()
      await app.page.getByRole('combobox', { name: en.ui.language }).selectOption('es')
      await app.page.locator('html[lang="es-419"]').waitFor({ state: 'attached' })
      await app.page.locator('#step-title', { hasText: es.steps['guide-pin'].title }).waitFor()
      assert.deepEqual(queryOf(app.page), { step: 'guide-pin', audience: 'student', lang: 'es' })
      assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'es-419')
      // in-app links carry the language, so a step opened in a new tab is in Spanish too
      const stepLinks = await app.page.locator('nav a[href*="step="]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
      assert.ok(stepLinks.length > 10 && stepLinks.every((href) => href.includes('lang=es')), stepLinks.join(' '))
      await app.page.getByRole('combobox', { name: es.ui.language }).selectOption('en')
      await app.page.locator('html[lang="en"]').waitFor({ state: 'attached' })
      await app.page.locator('#step-title', { hasText: en.steps['guide-pin'].title }).waitFor()
      assert.equal(queryOf(app.page).lang, undefined, 'English, the default, is not written in the link')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('is in the menu on a phone', async () => {
    const app = await newAppPage(rig.browser, rig.server, { viewport: PHONE, isMobile: true, hasTouch: true })
    try {
      await app.open('?step=incision')
      assert.equal(await app.page.getByRole('combobox', { name: en.ui.language }).count(), 0, 'not in the crowded header row')
      await app.page.getByRole('button', { name: en.ui.menu }).click()
      await app.page.getByRole('combobox', { name: en.ui.language }).selectOption('es')
      await app.page.locator('html[lang="es-419"]').waitFor({ state: 'attached' })
      await app.page.locator('#step-title', { hasText: es.steps.incision.title }).waitFor()
    } finally {
      await app.close()
    }
  })
})

describe('a language that cannot be shown', () => {
  it('?lang=xx: English and a polite notice, and the link drops it', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    try {
      await app.open('?step=incision&lang=xx')
      await app.page.locator('[data-notice="unknown-language"]', { hasText: en.ui.noticeUnknownLanguage.replace('{value}', 'xx') }).waitFor()
      await app.page.locator('#step-title', { hasText: en.steps.incision.title }).waitFor()
      assert.equal(queryOf(app.page).lang, undefined)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('a pack that fails to load: English, a notice, and the language once the page is reloaded', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    try {
      await app.context.route(SPANISH_CHUNK, (route) => route.abort('internetdisconnected'))
      await app.open('?step=incision&lang=es')
      const failed = en.ui.noticeLanguageFailed.replace('{value}', 'Español')
      await app.page.locator('[data-notice="language-failed"]', { hasText: failed }).waitFor()
      await app.page.locator('#step-title', { hasText: en.steps.incision.title }).waitFor()
      assert.equal(queryOf(app.page).lang, undefined, 'the link says what is shown')
      // The browser keeps a failed module import for the page's life: a reload fetches it again.
      await app.context.unroute(SPANISH_CHUNK)
      await app.page.goto(app.page.url().replace('?', '?lang=es&'))
      await app.page.locator('html[lang="es-419"]').waitFor({ state: 'attached' })
      await app.page.locator('#step-title', { hasText: es.steps.incision.title }).waitFor()
      // the aborted chunk is the only problem the page had
      const problems = problemsOf(app.problems, { console: /Failed to (load|fetch)|net::ERR_INTERNET_DISCONNECTED|dynamically imported module/i })
      assert.deepEqual(problems.foreignRequests, [])
      assert.deepEqual(problems.pageErrors, [])
    } finally {
      await app.close()
    }
  })
})

describe('a browser that prefers Spanish', () => {
  it('is offered Spanish, in Spanish, never switched silently, until the offer is answered', async () => {
    const app = await newAppPage(rig.browser, rig.server, { locale: 'es-MX' })
    try {
      await app.open('?step=incision')
      const offer = app.page.locator('[data-notice="language-offer"]')
      await offer.waitFor()
      assert.equal(await offer.locator('p').getAttribute('lang'), 'es-419')
      await app.page.locator('#step-title', { hasText: en.steps.incision.title }).waitFor()
      assert.deepEqual(await app.page.evaluate(() => Object.keys(localStorage)), [], 'an offer alone stores nothing')
      await app.page.reload()
      await offer.waitFor()
      // Closing it is an answer: not asked again on this device.
      await offer.getByRole('button', { name: en.ui.dismissNotice }).click()
      await app.page.reload()
      await app.page.locator('#step-title').waitFor()
      assert.equal(await offer.count(), 0, 'not offered again once closed')
      assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('accepting the offer shows Spanish, and a link without a language then opens in it', async () => {
    const app = await newAppPage(rig.browser, rig.server, { locale: 'es-419' })
    try {
      await app.open('?step=capsule-dislocation')
      await app.page.locator('[data-notice="language-offer"] button.notice-action').click()
      await app.page.locator('html[lang="es-419"]').waitFor({ state: 'attached' })
      await app.page.locator('#step-title', { hasText: es.steps['capsule-dislocation'].title }).waitFor()
      assert.equal(queryOf(app.page).lang, 'es')
      assert.equal(await app.page.locator('[data-notice="language-offer"]').count(), 0)
      // The chosen language is remembered with the other preferences.
      await app.open('?step=reduction')
      await app.page.locator('#step-title', { hasText: es.steps.reduction.title }).waitFor()
      assert.equal(queryOf(app.page).lang, 'es', 'the link is rewritten to what is shown')
      // A link that names a language still wins.
      await app.open('?step=reduction&lang=en')
      await app.page.locator('#step-title', { hasText: en.steps.reduction.title }).waitFor()
    } finally {
      await app.close()
    }
  })
})
