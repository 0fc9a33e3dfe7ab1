/**
 * The layout at the sizes people use, from the smallest 320x640 phone to a 1920x1080 projector,
 * with and without "larger text": no sideways scrolling, the 3D view large (desktop) or above
 * the text (phone) with the step's first words still on screen, labels inside the view, and
 * every control at least 44x44 px. Screenshots go to test-results/screenshots/ to look at.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { PREFERENCES_KEY } from '../../src/state/preferences'
import { newAppPage, NO_PROBLEMS, problemsOf, saveScreenshot, SHOWN_LABEL, VIEW, useBrowser, waitForView } from './harness'

const rig = useBrowser()

/**
 * Visible controls smaller than 44x44 CSS px. Links and glossary terms inside running text are
 * exempt (WCAG 2.5.8 exempts targets in a sentence; they are as tall as the line).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = document.querySelectorAll<HTMLElement>('a[href], button, .segment, [tabindex]:not([tabindex="-1"])')
    const small: string[] = []
    for (const el of targets) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || el.closest('dialog:not([open]), .step-text, .page p, .page li') !== null) continue
      if (el.matches('.segment input')) continue // its .segment is the target
      if (box.width < 44 || box.height < 44) small.push(`${el.tagName} "${el.textContent?.trim() ?? ''}" ${box.width}x${box.height}`)
    }
    return small
  })
}

/** Labels over the 3D view that stick out of it. */
async function labelsOutsideView(page: Page): Promise<string[]> {
  const view = await page.locator(VIEW).boundingBox()
  assert.ok(view)
  const outside: string[] = []
  for (const label of await page.locator(`${VIEW} ${SHOWN_LABEL}`).all()) {
    const box = await label.boundingBox()
    if (!box) continue
    const inside = box.x >= view.x - 0.5 && box.y >= view.y - 0.5 && box.x + box.width <= view.x + view.width + 0.5 && box.y + box.height <= view.y + view.height + 0.5
    if (!inside) outside.push(`"${await label.textContent()}" at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`)
  }
  return outside
}

const sizes = [
  { name: '320x640', viewport: { width: 320, height: 640 }, stacked: true },
  { name: '375x667', viewport: { width: 375, height: 667 }, stacked: true },
  { name: '768x1024', viewport: { width: 768, height: 1024 }, stacked: true },
  { name: '1280x720', viewport: { width: 1280, height: 720 }, stacked: false },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, stacked: false },
] as const

const cases = [
  { audience: 'patient', step: 'healthy-hip' },
  { audience: 'student', step: 'cup-impaction' },
] as const

describe('layout', () => {
  for (const size of sizes)
    for (const larger of [false, true])
      it(`fits ${size.name}${larger ? ' with larger text' : ''}`, async () => {
        const touch = size.viewport.width < 900
        // Reduced motion: the camera cuts to each step, so the view settles at once.
        const app = await newAppPage(rig.browser, rig.server, { viewport: size.viewport, isMobile: touch, hasTouch: touch, reducedMotion: 'reduce' })
        if (larger) await app.context.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ largerText: true })), PREFERENCES_KEY)
        try {
          for (const { audience, step } of cases) {
            await app.open(`?step=${step}&audience=${audience}`)
            await waitForView(app.page, step)
            const where = `${size.name}${larger ? ' larger' : ''} ${step}`
            assert.equal(await app.page.getAttribute('html', 'data-text-size'), larger ? 'larger' : null, `${where}: text size`)
            const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
            assert.equal(overflow, 0, `${where}: no sideways scrolling`)

            const view = await app.page.locator(VIEW).boundingBox()
            const title = await app.page.locator('#step-title').boundingBox()
            const firstWords = await app.page.locator('.step-text > p').first().boundingBox()
            assert.ok(view && title && firstWords)
            if (size.stacked) {
              assert.ok(view.y + view.height <= title.y, `${where}: the 3D view is above the text`)
              assert.ok(view.height >= 200, `${where}: the 3D view is tall enough (${view.height} px)`)
              // Not a huge view to scroll past: the step's text starts on the first screen.
              assert.ok(view.height <= 0.6 * size.viewport.height, `${where}: the 3D view leaves room (${view.height} px)`)
              // ...and is not under the step buttons docked at the bottom of a tablet's screen.
              const seen = await app.page.evaluate(
                ({ x, y }) => document.elementFromPoint(x, y)?.closest('.step-text') !== null,
                { x: firstWords.x + 10, y: firstWords.y + 10 },
              )
              assert.ok(firstWords.y + 20 <= size.viewport.height && seen, `${where}: the step text starts on screen (at ${firstWords.y} px)`)
            } else {
              assert.ok(view.x + view.width <= title.x, `${where}: the step text is beside the 3D view`)
              assert.ok(view.width >= 0.6 * size.viewport.width, `${where}: the 3D view is large (${view.width} px wide)`)
              assert.ok(title.y + title.height <= size.viewport.height, `${where}: the title shows without scrolling`)
            }
            assert.deepEqual(await labelsOutsideView(app.page), [], `${where}: labels stay inside the 3D view`)
            assert.deepEqual(await smallTargets(app.page), [], `${where}: every control is at least 44x44 px`)
            await app.page.getByRole('button', { name: en.ui.nextStep, exact: true }).waitFor()
            await saveScreenshot(`layout-${size.name}-${audience}-${step}${larger ? '-larger' : ''}.png`, await app.page.screenshot())
          }
          // The layers panel, open over the 3D view, fits: nothing cut off at its sides.
          const layers = app.page.getByRole('button', { name: en.ui.layers, exact: true })
          await layers.click()
          const panel = app.page.getByRole('region', { name: en.ui.layers, exact: true })
          await panel.waitFor()
          const clipped = await panel.evaluate((el) => el.scrollWidth - el.clientWidth)
          assert.equal(clipped, 0, 'the layers panel shows its rows whole')
          const panelBox = await panel.boundingBox()
          assert.ok(panelBox && panelBox.x >= 0 && panelBox.x + panelBox.width <= size.viewport.width, 'the layers panel is on screen')
          assert.deepEqual(await smallTargets(app.page), [], 'every layer control is at least 44x44 px')
          await saveScreenshot(`layout-${size.name}-layers${larger ? '-larger' : ''}.png`, await app.page.screenshot())
          await layers.click()
          await panel.waitFor({ state: 'hidden' })

          // The menu, open, fits too (on a phone it holds "Larger text").
          const menu = app.page.getByRole('button', { name: en.ui.menu })
          if (await menu.isVisible()) {
            await menu.click()
            await app.page.getByRole('link', { name: en.ui.pageGlossary }).waitFor()
            const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
            assert.equal(overflow, 0, 'no sideways scrolling with the menu open')
            assert.deepEqual(await smallTargets(app.page), [], 'every control in the menu is at least 44x44 px')
            await saveScreenshot(`layout-${size.name}-menu${larger ? '-larger' : ''}.png`, await app.page.screenshot())
          }
          assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
        } finally {
          await app.close()
        }
      })
})

describe('larger text', () => {
  it('is a toggle that scales the interface, is kept across a reload, and stores nothing else', async () => {
    const app = await newAppPage(rig.browser, rig.server, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' })
    const { page } = app
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const stored = () => page.evaluate(() => ({ ...localStorage }))
    try {
      await app.open('?step=incision')
      assert.deepEqual(await stored(), {}, 'a first visit stores nothing')
      assert.equal(await page.evaluate(() => document.cookie), '', 'no cookies')
      const normal = await rootSize()
      // On a phone the toggle is in the menu.
      await page.getByRole('button', { name: en.ui.menu }).click()
      const toggle = page.getByRole('button', { name: en.ui.largerText })
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false')
      await toggle.click()
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true')
      assert.ok((await rootSize()) > normal, 'the root font size grows')
      assert.deepEqual(await stored(), { [PREFERENCES_KEY]: JSON.stringify({ largerText: true }) })

      await page.reload()
      await page.locator('#step-title').waitFor()
      assert.equal(await page.getAttribute('html', 'data-text-size'), 'larger', 'still larger after a reload')
      assert.ok((await rootSize()) > normal)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      assert.equal(overflow, 0, 'no sideways scrolling at 320 px with larger text')

      // A stored value that is not ours, or not JSON, is ignored: the app opens at the normal size.
      await page.evaluate((key) => localStorage.setItem(key, '{not json'), PREFERENCES_KEY)
      await page.reload()
      await page.locator('#step-title').waitFor()
      assert.equal(await page.getAttribute('html', 'data-text-size'), null)
      assert.equal(await rootSize(), normal)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
