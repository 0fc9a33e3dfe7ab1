/**
 * The layout at the sizes people use: a 1280x720 laptop or projector, a 390x844 phone and the
 * smallest 320 px phone. No sideways scrolling, the 3D view large (desktop) or above the text
 * (phone), controls big enough to touch. Screenshots go to test-results/screenshots/ to look at.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { newAppPage, NO_PROBLEMS, problemsOf, saveScreenshot, VIEW, useBrowser } from './harness'

const rig = useBrowser()

/** Visible controls smaller than 44x44 CSS px (inline links inside running text are exempt). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = document.querySelectorAll<HTMLElement>('button, .segment, nav a, .view-controls > *')
    const small: string[] = []
    for (const el of targets) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || el.closest('dialog:not([open]), .step-text') !== null) continue
      if (box.width < 44 || box.height < 44) small.push(`${el.tagName} "${el.textContent?.trim() ?? ''}" ${box.width}x${box.height}`)
    }
    return small
  })
}

const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 720 }, mobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, mobile: true },
  { name: 'phone-320', viewport: { width: 320, height: 640 }, mobile: true },
] as const

describe('layout', () => {
  for (const size of sizes)
    it(`fits ${size.viewport.width}x${size.viewport.height}`, async () => {
      const app = await newAppPage(rig.browser, rig.server, { viewport: size.viewport, isMobile: size.mobile, hasTouch: size.mobile })
      try {
        await app.open('?step=cup-impaction&audience=student')
        const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        assert.equal(overflow, 0, 'no sideways scrolling')
        const view = await app.page.locator(VIEW).boundingBox()
        const title = await app.page.locator('#step-title').boundingBox()
        assert.ok(view && title)
        if (size.mobile) {
          assert.ok(view.y + view.height <= title.y, 'the 3D view is above the text')
          assert.ok(view.height >= 200, `the 3D view is tall enough (${view.height} px)`)
        } else {
          assert.ok(view.x + view.width <= title.x, 'the step text is beside the 3D view')
          assert.ok(view.width >= 0.6 * size.viewport.width, `the 3D view is large (${view.width} px wide)`)
          assert.ok(title.y + title.height <= size.viewport.height, 'the title shows without scrolling')
        }
        assert.deepEqual(await smallTargets(app.page), [], 'every control is at least 44x44 px')
        await app.page.getByRole('button', { name: 'Next step', exact: true }).waitFor()
        await saveScreenshot(`layout-${size.name}.png`, await app.page.screenshot())
        assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
      } finally {
        await app.close()
      }
    })
})
