/**
 * Touch to learn in the production build: a click where a label's dot is drawn names that
 * structure on a card (its name in the current words and its glossary line); Escape and a click
 * on the empty background close it; the 3D view takes keyboard focus, its arrow keys turn the
 * view, + zooms, N names the next structure in the live region, and outside it ArrowRight still
 * moves to the next step; axe finds nothing on the open card; the card at desktop and phone size.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { structureOf, visibleStructures } from '../../src/lib/structures'
import {
  NO_PROBLEMS,
  PHONE,
  VIEW,
  differingShare,
  foregroundPixels,
  newAppPage,
  problemsOf,
  saveScreenshot,
  useBrowser,
  viewShot,
  waitForView,
  type AppPage,
} from './harness'

const rig = useBrowser()
const FRAME = `${VIEW} .hip-scene__frame`
const CARD = `${VIEW} .explore-card`
const ANNOUNCER = `${VIEW} .explore-announcer`
const meaningOf = (term: Parameters<typeof structureOf>[0]) => en.glossary[structureOf(term)!.glossary].definition

/** The step is at rest and touch to learn has arrived (it loads after the first frame). */
async function ready(app: AppPage, stepId: string): Promise<void> {
  await app.open(`?step=${stepId}`)
  await waitForView(app.page, stepId)
  await app.page.locator(`${FRAME}[data-explore="ready"]`).waitFor({ timeout: 30_000 })
}

/** Where (page pixels) the dot of the label anchored at `anchor` is drawn; the label must be shown. */
async function labelDot(page: Page, anchor: string): Promise<{ x: number; y: number }> {
  const dot = (await page.evaluate(`(() => {
    const items = [...document.querySelectorAll('.scene-label')]
    const i = items.findIndex((li) => li.dataset.anchor === ${JSON.stringify(anchor)})
    const d = document.querySelectorAll('.scene-labels__dot')[i]
    if (i < 0 || !d || items[i].dataset.visible !== 'true') return null
    const box = document.querySelector('.scene-labels').getBoundingClientRect()
    return { x: box.left + Number(d.getAttribute('cx')), y: box.top + Number(d.getAttribute('cy')) }
  })()`)) as { x: number; y: number } | null
  assert.ok(dot, `the label at ${anchor} is shown`)
  return dot
}

/** A point of the view where nothing is drawn: the top-right corner's background. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator(FRAME).boundingBox()
  assert.ok(box)
  return { x: box.x + box.width - 12, y: box.y + 12 }
}

/** Waits for the camera to move and then to come to rest with its sharp frame. */
async function afterMove(page: Page, stepId: string): Promise<void> {
  await page.locator(`${VIEW} canvas[data-quality="moving"]`).waitFor({ timeout: 10_000 })
  await waitForView(page, stepId)
}

describe('touch to learn', () => {
  it('names the structure clicked where its label points, and closes with Escape or a click elsewhere', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    try {
      await ready(app, 'healthy-hip')
      const dot = await labelDot(app.page, 'femoral-shaft-mid')
      await app.page.mouse.click(dot.x, dot.y)
      const card = app.page.locator(`${CARD}[data-visible="true"]`)
      await card.waitFor({ timeout: 10_000 })
      assert.equal(await card.getAttribute('data-structure'), 'femur')
      assert.equal(await card.locator('.explore-card__name').innerText(), en.labels.femur.patient)
      assert.equal(await card.locator('.explore-card__meaning').innerText(), meaningOf('femur'))
      // Beside the point and inside the view.
      const [cardBox, viewBox] = [await card.boundingBox(), await app.page.locator(FRAME).boundingBox()]
      assert.ok(cardBox && viewBox)
      assert.ok(cardBox.x >= viewBox.x && cardBox.x + cardBox.width <= viewBox.x + viewBox.width + 1, 'card inside the view')
      assert.ok(Math.abs(cardBox.y + cardBox.height / 2 - dot.y) < cardBox.height, 'card beside the point')
      // A pointer pick is seen, not announced.
      assert.equal(await app.page.locator(ANNOUNCER).innerText(), '')
      await saveScreenshot('explore-card-desktop.png', await viewShot(app.page))

      const axe = await new AxeBuilder({ page: app.page }).include(VIEW).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      assert.deepEqual(
        axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`)),
        [],
      )

      await app.page.keyboard.press('Escape')
      await app.page.locator(CARD).waitFor({ state: 'detached' })

      // The student's words, and a click on the empty background closes it.
      await app.page.getByRole('radio', { name: en.ui.audienceStudent }).check()
      await waitForView(app.page, 'healthy-hip')
      const again = await labelDot(app.page, 'femoral-shaft-mid')
      await app.page.mouse.click(again.x, again.y)
      await card.waitFor({ timeout: 10_000 })
      assert.equal(await card.locator('.explore-card__name').innerText(), en.labels.femur.student)
      const empty = await emptySpot(app.page)
      await app.page.mouse.click(empty.x, empty.y)
      await app.page.locator(CARD).waitFor({ state: 'detached' })

      // A drag turns the view and names nothing.
      await app.page.mouse.move(again.x, again.y)
      await app.page.mouse.down()
      await app.page.mouse.move(again.x + 60, again.y + 10, { steps: 5 })
      await app.page.mouse.up()
      await afterMove(app.page, 'healthy-hip')
      assert.equal(await app.page.locator(CARD).count(), 0)

      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('works from the keyboard in the 3D view, and the arrows still step outside it', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    try {
      await ready(app, 'healthy-hip')
      const frame = app.page.locator(FRAME)
      assert.equal(await frame.getAttribute('aria-label'), en.explore.viewName)
      const guided = await viewShot(app.page)
      const hint = app.page.locator(`${VIEW} .explore-hint`)
      // Not painted until then (a transparent paragraph was the phone's Largest Contentful Paint).
      assert.equal(await hint.evaluate((el) => getComputedStyle(el).visibility), 'hidden')
      await frame.focus()
      // The hint shows while the view has keyboard focus.
      assert.equal(await hint.evaluate((el) => getComputedStyle(el).visibility), 'visible')

      const before = await viewShot(app.page)
      await app.page.keyboard.press('ArrowLeft')
      await afterMove(app.page, 'healthy-hip')
      const turned = await viewShot(app.page)
      assert.ok(differingShare(before, turned) > 0.02, `the view turned (${differingShare(before, turned)})`)
      assert.equal(await app.page.locator(VIEW).getAttribute('data-step'), 'healthy-hip', 'the arrow did not change step')

      await app.page.keyboard.press('+')
      await afterMove(app.page, 'healthy-hip')
      const zoomed = await viewShot(app.page)
      assert.ok(foregroundPixels(zoomed).count > foregroundPixels(turned).count * 1.1, 'the hip is drawn larger')

      const [first, second] = visibleStructures('healthy-hip')
      assert.ok(first && second)
      await app.page.keyboard.press('n')
      await app.page.locator(ANNOUNCER, { hasText: `${en.labels[first].patient}: ${meaningOf(first)}` }).waitFor()
      await app.page.keyboard.press('n')
      await app.page.locator(ANNOUNCER, { hasText: `${en.labels[second].patient}: ${meaningOf(second)}` }).waitFor()
      assert.equal(await app.page.locator(`${CARD}`).getAttribute('data-structure'), second)
      await app.page.keyboard.press('Shift+N')
      await app.page.locator(ANNOUNCER, { hasText: `${en.labels[first].patient}:` }).waitFor()
      await app.page.keyboard.press('Escape')
      await app.page.locator(CARD).waitFor({ state: 'detached' })
      assert.equal(await frame.evaluate((el) => el === document.activeElement), true, 'focus stays on the view')

      // Reset view returns to the guided view after keyboard orbit and zoom.
      await app.page.getByRole('button', { name: en.ui.resetView }).click()
      await afterMove(app.page, 'healthy-hip')
      const reset = await viewShot(app.page)
      assert.ok(differingShare(guided, reset) < 0.01, `back at the guided view (${differingShare(guided, reset)})`)

      // Outside the 3D view the arrows move between steps.
      await app.page.locator('#step-title').click()
      await app.page.keyboard.press('ArrowRight')
      await app.page.locator(`${VIEW}[data-step="arthritic-hip"]`).waitFor()
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('fits the card inside a phone’s view', async () => {
    const app = await newAppPage(rig.browser, rig.server, { viewport: PHONE, isMobile: true, hasTouch: true })
    try {
      await ready(app, 'healthy-hip')
      const dot = await labelDot(app.page, 'femoral-shaft-mid')
      await app.page.touchscreen.tap(dot.x, dot.y)
      const card = app.page.locator(`${CARD}[data-visible="true"]`)
      await card.waitFor({ timeout: 10_000 })
      const [cardBox, viewBox] = [await card.boundingBox(), await app.page.locator(FRAME).boundingBox()]
      assert.ok(cardBox && viewBox)
      assert.ok(cardBox.x >= viewBox.x - 1 && cardBox.x + cardBox.width <= viewBox.x + viewBox.width + 1, 'inside the view, side to side')
      assert.ok(cardBox.y >= viewBox.y - 1 && cardBox.y + cardBox.height <= viewBox.y + viewBox.height + 1, 'inside the view, top to bottom')
      await saveScreenshot('explore-card-phone.png', await viewShot(app.page))
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
