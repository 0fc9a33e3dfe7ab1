/**
 * When the 3D view cannot work, the walkthrough still does: without WebGL the text and the
 * navigation work and a message says why; a model that fails to load shows an error panel
 * with a retry that recovers once the model can load; a page whose code cannot load says so
 * and offers a reload.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { launchBrowser, newAppPage, NO_PROBLEMS, problemsOf, queryOf, startServer, VIEW, waitForView, type StaticServer } from './harness'

let server: StaticServer
before(async () => {
  server = await startServer()
})
after(async () => {
  await server?.close()
})

describe('no WebGL', () => {
  let browser: Browser
  before(async () => {
    browser = await launchBrowser({ webgl: false })
  })
  after(async () => {
    await browser?.close()
  })

  it('explains, and the text and navigation still work', async () => {
    const app = await newAppPage(browser, server)
    try {
      // the browser really has no WebGL: otherwise this test proves nothing
      assert.equal(await app.page.evaluate(() => document.createElement('canvas').getContext('webgl2') === null), true)
      await app.open('?step=incision')
      await app.page.locator(`${VIEW}[data-status="no-webgl"]`).waitFor()
      await app.page.getByText(en.ui.viewportNoWebGLTitle).waitFor()
      await app.page.getByRole('button', { name: 'Next step', exact: true }).click()
      await app.page.locator('#step-title', { hasText: en.steps.exposure.title }).waitFor()
      await app.page.keyboard.press('End')
      await app.page.locator('#step-title', { hasText: en.steps.recovery.title }).waitFor()
      assert.equal(queryOf(app.page).step, 'recovery')
      assert.equal(await app.page.locator('canvas').count(), 0, 'no canvas is left half-made')
      assert.equal(await app.page.getByRole('group', { name: en.ui.viewControls }).count(), 0, 'no 3D controls that would do nothing')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

describe('a model that fails to load', () => {
  let browser: Browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })

  it('shows an error panel with Retry, keeps the text working, and recovers on Retry', async () => {
    const app = await newAppPage(browser, server)
    try {
      let blocked = 0
      await app.page.route('**/*.glb', (route) => {
        blocked++
        return route.abort('failed')
      })
      await app.open('?step=healthy-hip')
      const panel = app.page.locator(`${VIEW} [role="alert"]`)
      await panel.waitFor({ timeout: 60_000 })
      assert.ok(blocked > 0, 'a model was requested and blocked')
      assert.match((await panel.textContent()) ?? '', new RegExp(en.ui.viewportErrorTitle))
      // the text still works
      await app.page.getByRole('button', { name: 'Next step', exact: true }).click()
      await app.page.locator('#step-title', { hasText: en.steps['arthritic-hip'].title }).waitFor()
      // the network is back: Retry recovers
      await app.page.unroute('**/*.glb')
      await panel.getByRole('button', { name: en.ui.viewportRetry }).click()
      await waitForView(app.page, 'arthritic-hip')
      assert.equal(await panel.count(), 0, 'the error panel is gone')
      // the blocked requests may log a network error; nothing else may
      assert.deepEqual(problemsOf(app.problems, { console: /\.glb|net::ERR_FAILED|Failed to load resource/ }), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('a page whose code cannot load says so and offers a reload that keeps the place', async () => {
    const app = await newAppPage(browser, server)
    try {
      await app.page.route('**/DecisionAidPage-*.js', (route) => route.abort('failed'))
      await app.open('?step=guide-pin&page=decide')
      const dialog = app.page.locator('dialog[data-page="decide"]')
      await dialog.getByRole('alert').getByText(en.ui.partLoadFailedTitle).waitFor()
      // the step behind the dialog is still the one asked for
      assert.equal(queryOf(app.page).step, 'guide-pin')
      await app.page.unroute('**/DecisionAidPage-*.js')
      await dialog.getByRole('button', { name: en.ui.partLoadFailedReload }).click()
      await dialog.locator('.page-content h1, .page-content h2').first().waitFor()
      assert.equal(await dialog.getByText(en.ui.partLoadFailedTitle).count(), 0)
      assert.deepEqual({ step: queryOf(app.page).step, page: queryOf(app.page).page }, { step: 'guide-pin', page: 'decide' })
      assert.deepEqual(problemsOf(app.problems, { console: /DecisionAidPage|net::ERR_FAILED|Failed to load resource|dynamically imported module/ }), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
