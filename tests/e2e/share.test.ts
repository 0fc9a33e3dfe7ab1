/**
 * "Share this step" in a real browser, under the app's CSP: the dialog (heading, a QR code that
 * draws uqr's matrix module for module, the link, Copy link and its by-hand fallback, the
 * projector toggle, Escape and focus back to the opener, axe clean) and the audience window's
 * large code. The presenter mounts the dialog (its own test covers that); here a tiny page
 * (tests/e2e/share-harness) built with the app's CSP stands in for it.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import react from '@vitejs/plugin-react'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { encode } from 'uqr'
import { build } from 'vite'
import { en } from '../../src/content/i18n/en'
import { QUIET_ZONE } from '../../src/features/teach/share/qr-path'
import { CONTENT_SECURITY_POLICY } from '../../vite.config'
import { startStaticServer, type StaticHost } from '../static-server'
import { NO_PROBLEMS, ROOT, launchBrowser, problemsOf, saveScreenshot, watch, type Problems } from './harness'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const text = en.present.share
const TITLE = en.steps['guide-pin'].title
const PREFIX = '/share/'

let out: string
let host: StaticHost
let browser: Browser

before(async () => {
  out = await mkdtemp(join(tmpdir(), 'resurface-share-'))
  // The harness page with the production build's policy, so a drawing that needed innerHTML or
  // a data: image would fail here as it would in the app.
  await build({
    configFile: false,
    root: join(ROOT, 'tests/e2e/share-harness'),
    base: './',
    logLevel: 'warn',
    plugins: [
      react(),
      {
        name: 'share-harness:csp',
        transformIndexHtml: (html) =>
          html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}" />`),
      },
    ],
    build: { outDir: out, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  })
  ;[browser, host] = await Promise.all([launchBrowser(), startStaticServer({ [PREFIX]: out })])
})

after(async () => {
  await browser?.close()
  await host?.close()
  if (out) await rm(out, { recursive: true, force: true })
})

interface SharePage {
  context: BrowserContext
  page: Page
  problems: Problems
}

/** The harness page, with the dialog opened from its button by the keyboard. */
async function openDialog({ clipboard = true }: { clipboard?: boolean } = {}): Promise<SharePage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin })
  // A browser with no asynchronous clipboard (an old one, or an insecure page).
  else await context.addInitScript({ content: "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })" })
  const page = await context.newPage()
  const problems = watch(context, page, host.origin)
  await page.goto(`${host.origin}${PREFIX}`)
  const opener = page.getByRole('button', { name: text.open })
  await opener.focus()
  await page.keyboard.press('Enter')
  await page.locator('dialog.share-dialog[open]').waitFor()
  return { context, page, problems }
}

const linkOf = (page: Page) => page.locator('.share-dialog__link').innerText()

describe('Share this step', () => {
  it('is a modal dialog named by the step, with the walkthrough link and a code that draws it faithfully', async () => {
    const { context, page, problems } = await openDialog()
    assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), CONTENT_SECURITY_POLICY)
    const dialog = page.getByRole('dialog', { name: TITLE })
    assert.equal(await dialog.count(), 1)
    assert.equal(await page.evaluate(() => document.querySelector('dialog.share-dialog')?.matches(':modal')), true)
    assert.equal(await page.getByRole('heading', { name: TITLE, level: 2 }).count(), 1)
    // Focus went into the dialog.
    assert.equal(await page.evaluate(() => document.querySelector('dialog.share-dialog')?.contains(document.activeElement)), true)

    const link = await linkOf(page)
    assert.equal(link, `${host.origin}${PREFIX}?step=guide-pin&audience=student`)

    const code = page.getByRole('img', { name: `QR code of the link to the step “${TITLE}”` })
    assert.equal(await code.count(), 1)
    assert.equal(await code.getAttribute('shape-rendering'), 'crispEdges')
    const box = await code.boundingBox()
    assert.ok(box && box.width >= 300 && Math.abs(box.width - box.height) < 1, `the code is large and square: ${JSON.stringify(box)}`)

    // Every module's centre in the drawn pixels is dark exactly where uqr's matrix is.
    const { data: matrix, size } = encode(link, { ecc: 'M', border: QUIET_ZONE })
    const png = PNG.sync.read(await code.screenshot())
    const wrong: string[] = []
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const px = Math.floor(((x + 0.5) * png.width) / size)
        const py = Math.floor(((y + 0.5) * png.height) / size)
        const i = (py * png.width + px) * 4
        const luminance = (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3
        const dark = luminance < 128
        if (dark !== matrix[y]![x]) wrong.push(`${x},${y}`)
        // black on white, nothing in between at a module's centre
        assert.ok(luminance < 16 || luminance > 240, `module ${x},${y} is pure black or white (${luminance})`)
      }
    assert.deepEqual(wrong, [], 'modules drawn as uqr encodes them')

    await saveScreenshot('share-dialog.png', await page.screenshot())
    await page.screenshot({ path: '/tmp/shots-share/share-dialog.png' })
    assert.deepEqual(problemsOf(problems), NO_PROBLEMS)
    await context.close()
  })

  it('copies the link and says so politely', async () => {
    const { context, page, problems } = await openDialog()
    const status = page.getByRole('status')
    assert.equal(await status.getAttribute('aria-live'), 'polite')
    assert.equal(await status.innerText(), '')
    await page.getByRole('button', { name: text.copy }).click()
    await page.getByRole('status').getByText(text.copied).waitFor()
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await linkOf(page))
    assert.deepEqual(problemsOf(problems), NO_PROBLEMS)
    await context.close()
  })

  it('without a clipboard, selects the link and says how to copy it', async () => {
    const { context, page, problems } = await openDialog({ clipboard: false })
    await page.getByRole('button', { name: text.copy }).click()
    await page.getByRole('status').getByText(text.copyByHand).waitFor()
    assert.equal(await page.evaluate(() => window.getSelection()?.toString().trim()), await linkOf(page))
    await page.screenshot({ path: '/tmp/shots-share/share-dialog-by-hand.png' })
    assert.deepEqual(problemsOf(problems), NO_PROBLEMS)
    await context.close()
  })

  it('toggles the code on the projector (aria-pressed), is axe clean, and Escape closes it with focus back on the opener', async () => {
    const { context, page, problems } = await openDialog()
    const toggle = page.getByRole('button', { name: text.showOnProjector })
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false')
    await toggle.click()
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true')
    // The audience window's large code with its caption (here behind the dialog).
    await page.locator('.share-overlay').getByText(text.overlayCaption).waitFor()
    assert.equal(await page.locator('.share-overlay').getByRole('img', { name: text.overlayCaption, includeHidden: true }).count(), 1)

    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [])

    await page.keyboard.press('Escape')
    await page.locator('dialog.share-dialog').waitFor({ state: 'detached' })
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), text.open)

    // The overlay alone, as the audience window shows it.
    const overlay = page.locator('.share-overlay')
    const results2 = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    assert.deepEqual(results2.violations.map((v) => v.id), [])
    await overlay.screenshot({ path: '/tmp/shots-share/share-overlay.png' })

    // The close button closes it too, and focus comes back again.
    await page.getByRole('button', { name: text.open }).click()
    await page.getByRole('button', { name: text.close }).click()
    await page.locator('dialog.share-dialog').waitFor({ state: 'detached' })
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), text.open)
    assert.deepEqual(problemsOf(problems), NO_PROBLEMS)
    await context.close()
  })
})
