/**
 * Every step as a person would judge the look: `npm run shots [folder]`.
 *
 * Builds the app (unless RESURFACE_DIST names a build), opens it in headless Chromium, and
 * writes every step in the student register at 1280x800 and at 1920x1080, each once the view
 * says it is fully ready (data-ready: every model in, the camera at rest, the sharp frame
 * drawn, the labels placed), into one folder (test-results/shots/ unless given), then a contact
 * sheet of them all (index.html, and contact-sheet.png captured from it in the same browser)
 * with each step's number and title under its two images.
 *
 * Reduced motion: the camera cuts to each step's pose, so a shot is the pose, not a moment of
 * the glide. The page is watched like the browser tests' pages: a console error, an uncaught
 * error or a request to another origin fails the run.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Browser } from 'playwright-core'
import { build } from 'vite'
import { en } from '../src/content/i18n/en'
import { STEP_IDS, type StepId } from '../src/content/steps-index'
import { startStaticServer } from '../tests/static-server'
import { DIST, NO_PROBLEMS, ROOT, launchBrowser, problemsOf, startServer, waitForView, watch } from '../tests/e2e/harness'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const
type Size = (typeof SIZES)[number]

const OUT = resolve(process.argv[2] ?? join(ROOT, 'test-results', 'shots'))
/** How wide each image is drawn on the contact sheet (CSS px; the sheet is captured at 1x). */
const TILE_WIDTH = 440
/** Two steps (four images) a row: each step's two sizes side by side. */
const STEPS_PER_ROW = 2

const fileName = (index: number, stepId: StepId, size: Size) => `${String(index + 1).padStart(2, '0')}-${stepId}-${size.width}x${size.height}.png`

/** Opens the first step and moves through the others with Next step, shooting each once it is ready. */
async function shootAt(browser: Browser, appUrl: string, origin: string, size: Size): Promise<string[]> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1, reducedMotion: 'reduce' })
  try {
    const page = await context.newPage()
    const problems = watch(context, page, origin)
    const files: string[] = []
    await page.goto(`${appUrl}?step=${STEP_IDS[0]}&audience=student`)
    for (const [i, stepId] of STEP_IDS.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Next step', exact: true }).click()
      await waitForView(page, stepId)
      const file = fileName(i, stepId, size)
      await page.screenshot({ path: join(OUT, file), animations: 'disabled' })
      files.push(file)
    }
    const seen = problemsOf(problems)
    if (JSON.stringify(seen) !== JSON.stringify(NO_PROBLEMS)) throw new Error(`The page at ${size.width}x${size.height} had problems: ${JSON.stringify(seen, null, 2)}`)
    return files
  } finally {
    await context.close()
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The contact sheet's page: every step's two images with its number and title under them. */
function contactSheetHtml(): string {
  const steps = STEP_IDS.map((stepId, i) => {
    const title = `${i + 1}. ${escapeHtml(en.steps[stepId].title)}`
    const images = SIZES.map((size) => {
      const height = Math.round((TILE_WIDTH * size.height) / size.width)
      return `<figure><img src="${fileName(i, stepId, size)}" width="${TILE_WIDTH}" height="${height}" alt=""><figcaption>${title} <span>${size.width}x${size.height}</span></figcaption></figure>`
    })
    return `<section>${images.join('')}</section>`
  })
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Resurface: every step</title>
<link rel="stylesheet" href="contact-sheet.css"></head>
<body><h1>Resurface: every step, student register (${new Date().toISOString().slice(0, 10)})</h1>
<main>${steps.join('\n')}</main></body></html>
`
}

const CONTACT_SHEET_CSS = `body { margin: 16px; background: #fff; color: #1d2733; font: 15px/1.3 system-ui, sans-serif; }
h1 { font-size: 20px; margin: 0 0 12px; }
main { display: grid; grid-template-columns: repeat(${STEPS_PER_ROW}, auto); gap: 16px 24px; justify-content: start; }
section { display: flex; gap: 8px; align-items: flex-start; }
figure { margin: 0; width: ${TILE_WIDTH}px; }
img { display: block; border: 1px solid #c8d0d8; }
figcaption { margin-top: 4px; font-weight: 600; }
figcaption span { font-weight: 400; color: #5a6673; }
`

async function main(): Promise<void> {
  const started = performance.now()
  if (!process.env.RESURFACE_DIST) {
    console.log(`Building the app into ${DIST} ...`)
    await build({ root: ROOT, logLevel: 'warn' })
  }
  await mkdir(OUT, { recursive: true })
  const [browser, server] = await Promise.all([launchBrowser(), startServer(DIST)])
  try {
    console.log(`Shots of ${DIST} into ${OUT}:`)
    for (const size of SIZES) {
      const at = performance.now()
      const files = await shootAt(browser, server.appUrl, server.origin, size)
      console.log(`  ${files.length} steps at ${size.width}x${size.height} in ${((performance.now() - at) / 1000).toFixed(1)} s`)
    }
    await writeFile(join(OUT, 'index.html'), contactSheetHtml())
    await writeFile(join(OUT, 'contact-sheet.css'), CONTACT_SHEET_CSS)
    const sheetHost = await startStaticServer({ '/shots/': OUT })
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
    try {
      const page = await context.newPage()
      await page.goto(`${sheetHost.origin}/shots/index.html`)
      // Every image decoded before the capture (a broken one fails the run rather than leaving a hole).
      const broken = await page.locator('img').evaluateAll((images) =>
        Promise.all(images.map((img) => (img as HTMLImageElement).decode().then(() => null, () => (img as HTMLImageElement).src))),
      )
      const missing = broken.filter((src) => src !== null)
      if (missing.length) throw new Error(`The contact sheet could not show ${missing.join(', ')}`)
      await page.screenshot({ path: join(OUT, 'contact-sheet.png'), fullPage: true })
    } finally {
      await context.close()
      await sheetHost.close()
    }
    console.log(`  contact sheet: ${join(OUT, 'contact-sheet.png')} (its page: index.html)`)
    console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
