/**
 * Still previews of every step (public/previews/<step-id>.jpg) for the presenter's "next step"
 * panel: a still image instead of a second WebGL canvas (../shared/design/TEACHING.md).
 *
 *   node --import tsx scripts/previews.ts        (after a build; RESURFACE_DIST=path for another)
 *
 * Builds nothing: serves the build with the tests' static server, opens each step in headless
 * Chromium in the patient register, waits for the still frame (camera at rest, every model in,
 * labels settled, the sharp frame drawn) and saves the 3D view alone, labels included, as a
 * 640x400 JPEG. The page is sized so the 3D view itself is 640x400 (the side-by-side layout,
 * where the view is the page's centre); reduced motion shows each step's final pose, not a
 * moment of its animation.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { STEP_IDS, type StepId } from '../src/content/steps-index'
import { DIST, NO_PROBLEMS, ROOT, launchBrowser, problemsOf, startServer, waitForView, watch } from '../tests/e2e/harness'

const OUT = join(ROOT, 'public', 'previews')
export const PREVIEW = { width: 640, height: 400 } as const
/** ~70 keeps labels' text clean at 15-30 KB a step. */
const JPEG_QUALITY = 70

const VIEWPORT = '.viewport'
/** A first guess at a page whose 3D view is 640x400; corrected from what the page measures. */
const FIRST_GUESS = { width: 940, height: 560 }

async function openStep(page: Page, appUrl: string, stepId: StepId): Promise<void> {
  await page.goto(`${appUrl}?step=${stepId}&audience=patient`)
  await page.locator(`${VIEWPORT}[data-models="complete"]`).waitFor({ timeout: 60_000 })
  await waitForView(page, stepId)
}

/**
 * Resizes the page until the 3D view is at least 640x400 and less than a pixel more (the bars'
 * heights are fractions of a rem): the panels around the view are fixed at this size, so the
 * view grows with the page one for one.
 */
async function sizePageForPreview(page: Page, appUrl: string): Promise<void> {
  let size = { ...FIRST_GUESS }
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.setViewportSize(size)
    await openStep(page, appUrl, STEP_IDS[0])
    const box = await viewBox(page)
    if (fitsPreview(box)) return
    size = {
      width: size.width + Math.ceil(PREVIEW.width - box.width),
      height: size.height + Math.ceil(PREVIEW.height - box.height),
    }
  }
  throw new Error(`Could not size the page so the 3D view is ${PREVIEW.width}x${PREVIEW.height}`)
}

async function viewBox(page: Page) {
  const box = await page.locator(VIEWPORT).boundingBox()
  if (!box) throw new Error('No 3D view on the page')
  return box
}

const fitsPreview = (box: { width: number; height: number }) =>
  box.width >= PREVIEW.width && box.width < PREVIEW.width + 1 && box.height >= PREVIEW.height && box.height < PREVIEW.height + 1

async function main(): Promise<void> {
  const [browser, server] = await Promise.all([launchBrowser(), startServer(DIST)])
  try {
    const context = await browser.newContext({ viewport: FIRST_GUESS, deviceScaleFactor: 1, reducedMotion: 'reduce' })
    const page = await context.newPage()
    const problems = watch(context, page, server.origin)
    await sizePageForPreview(page, server.appUrl)
    await mkdir(OUT, { recursive: true })
    console.log(`Previews of ${DIST} into ${OUT} (page ${JSON.stringify(page.viewportSize())}):`)
    let total = 0
    for (const stepId of STEP_IDS) {
      await openStep(page, server.appUrl, stepId)
      const box = await viewBox(page)
      if (!fitsPreview(box)) throw new Error(`${stepId}: the 3D view is ${JSON.stringify(box)}`)
      // The view's top-left 640x400 (it is less than a pixel larger): the view alone, labels included.
      const clip = { x: Math.ceil(box.x), y: Math.ceil(box.y), ...PREVIEW }
      const jpeg = await page.screenshot({ type: 'jpeg', quality: JPEG_QUALITY, animations: 'disabled', clip })
      await writeFile(join(OUT, `${stepId}.jpg`), jpeg)
      total += jpeg.length
      console.log(`  ${stepId}.jpg  ${(jpeg.length / 1024).toFixed(1)} KB`)
    }
    console.log(`  total ${(total / 1024).toFixed(1)} KB`)
    const seen = problemsOf(problems)
    if (JSON.stringify(seen) !== JSON.stringify(NO_PROBLEMS)) throw new Error(`The page had problems: ${JSON.stringify(seen, null, 2)}`)
    await context.close()
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
