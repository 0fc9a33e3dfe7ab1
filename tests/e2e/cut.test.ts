/**
 * The cut through the bone in the production build: the canvas shows each tissue's cut colour
 * at a step where that tissue is cut and not before (pixels counted in the canvas itself, not the
 * legend over it), moving and turning the plane change the image within their limits, the
 * controls work from the keyboard, the labels follow the step, axe finds nothing, and the
 * comparison's total hip is cut too, its stem's metal in the canal.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import { PNG } from 'pngjs'
import { CUT_COLOURS } from '../../src/features/cut/cut-colours'
import { CUT_OFFSET_LIMIT_MM, CUT_TURN_LIMIT_DEG } from '../../src/features/cut/cut-plane'
import { en } from '../../src/content/i18n/en'
import { NO_PROBLEMS, VIEW, differingShare, newAppPage, problemsOf, saveScreenshot, useBrowser, viewShot, waitForView, type AppPage } from './harness'

const rig = useBrowser()

/** Opens a link with the cut on and waits for every file, the cut drawn and the view at rest. */
async function openCut(app: AppPage, search: string, stepId: string, title = '#step-title'): Promise<void> {
  await app.page.goto(`${rig.server.appUrl}${search}`)
  await app.page.locator(title).waitFor()
  await app.page.locator(`${VIEW}[data-models="complete"][data-cut="on"]`).waitFor({ timeout: 90_000 })
  await waitForView(app.page, stepId)
}

/** The canvas's own pixels (toDataURL: no DOM over it, so the legend's swatches do not count). */
async function canvasPng(app: AppPage): Promise<Buffer> {
  const url = (await app.page.evaluate(`document.querySelector('.viewport canvas').toDataURL('image/png')`)) as string
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')
}

/** Pixels within a few levels of a colour, over the whole canvas or one horizontal half. */
function pixelsNear(png: Buffer, hex: string, half: 'all' | 'left' | 'right' = 'all'): number {
  const image = PNG.sync.read(png)
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const [x0, x1] = half === 'left' ? [0, image.width / 2] : half === 'right' ? [image.width / 2, image.width] : [0, image.width]
  let n = 0
  for (let y = 0; y < image.height; y++)
    for (let x = Math.floor(x0); x < x1; x++) {
      const i = (y * image.width + x) * 4
      if (want.every((v, c) => Math.abs(image.data[i + c]! - v) <= 6)) n++
    }
  return n
}

const shownLabels = (app: AppPage) =>
  app.page.locator('.cut-label').evaluateAll((els) => els.map((el) => el.getAttribute('data-cut-label'))) as Promise<string[]>

describe('the cut through the bone', () => {
  it('shows cancellous bone, cement and metal in the cut after the cap is on, and only cancellous bone before', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await openCut(app, '?step=reduction&surgeonView=cut&audience=student', 'reduction')
      const after = await canvasPng(app)
      await saveScreenshot('cut-reduction.png', await viewShot(app.page))
      const total = PNG.sync.read(after).width * PNG.sync.read(after).height
      const counts = {
        cancellous: pixelsNear(after, CUT_COLOURS['cancellous-bone']),
        cement: pixelsNear(after, CUT_COLOURS.cement),
        metal: pixelsNear(after, CUT_COLOURS['cobalt-chrome']),
      }
      assert.ok(counts.cancellous > total * 0.03, `cancellous bone in the cut at reduction: ${JSON.stringify(counts)}`)
      assert.ok(counts.cement > total * 0.0005, `cement in the cut at reduction: ${JSON.stringify(counts)}`)
      assert.ok(counts.metal > total * 0.005, `cap and cup metal in the cut at reduction: ${JSON.stringify(counts)}`)
      // The labels say what the cut shows, in the student's words with their sources.
      const labels = await shownLabels(app)
      for (const id of ['cement', 'cap', 'cap-stem', 'cortical', 'cancellous']) assert.ok(labels.includes(id), `label ${id} at reduction: ${labels.join()}`)
      assert.ok(!labels.includes('cartilage'), 'no cartilage label once the head is milled')
      await app.page.getByText(en.cut.labels.cement.student).waitFor()
      assert.ok((await app.page.locator('.cut-legend [data-tissue="cement"]').count()) === 1, 'the legend lists the cement')

      await openCut(app, '?step=guide-pin&surgeonView=cut&audience=patient', 'guide-pin')
      const before = await canvasPng(app)
      await saveScreenshot('cut-guide-pin.png', await viewShot(app.page))
      const early = {
        cancellous: pixelsNear(before, CUT_COLOURS['cancellous-bone']),
        cement: pixelsNear(before, CUT_COLOURS.cement),
        metal: pixelsNear(before, CUT_COLOURS['cobalt-chrome']),
      }
      assert.ok(early.cancellous > total * 0.03, `cancellous bone in the cut at the guide pin: ${JSON.stringify(early)}`)
      assert.ok(early.cement < total * 0.0002, `no cement before the cap is cemented: ${JSON.stringify(early)}`)
      assert.ok(early.metal < total * 0.0002, `no implant metal in the cut before the cap: ${JSON.stringify(early)}`)
      const earlyLabels = await shownLabels(app)
      assert.ok(!earlyLabels.includes('cement') && !earlyLabels.includes('cap'), `no cement or cap label: ${earlyLabels.join()}`)
      assert.ok(earlyLabels.includes('cartilage'), `cartilage label before the head is milled: ${earlyLabels.join()}`)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('moves and turns from the keyboard within its limits, changes the image, resets, and passes axe', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await openCut(app, '?step=reduction&surgeonView=cut', 'reduction')
      const start = await canvasPng(app)
      const move = app.page.getByRole('slider', { name: en.cut.move })
      const turn = app.page.getByRole('slider', { name: en.cut.turn })
      const reset = app.page.getByRole('button', { name: en.cut.reset })
      assert.ok(await reset.isDisabled(), 'nothing to reset at the default plane')

      // Tab reaches the controls in order.
      await move.focus()
      await app.page.keyboard.press('Tab')
      assert.equal(await turn.evaluate((el) => el === document.activeElement), true, 'Tab goes from Move to Turn')
      await move.focus()
      for (let i = 0; i < 6; i++) await app.page.keyboard.press('ArrowRight')
      await app.page.locator(`${VIEW}[data-cut-offset="6"]`).waitFor()
      await waitForView(app.page, 'reduction')
      assert.equal(await move.getAttribute('aria-valuetext'), '6 mm toward the front')
      await app.page.getByText('6 mm', { exact: true }).waitFor()
      const moved = await canvasPng(app)
      await saveScreenshot('cut-reduction-moved.png', await viewShot(app.page))
      assert.ok(differingShare(start, moved) > 0.01, `moving the plane changes the image (${differingShare(start, moved)})`)

      // The limits hold: End goes to the limit and no further; Home to the other one.
      await app.page.keyboard.press('End')
      await app.page.keyboard.press('ArrowRight')
      await app.page.locator(`${VIEW}[data-cut-offset="${CUT_OFFSET_LIMIT_MM}"]`).waitFor()
      assert.equal(await move.inputValue(), String(CUT_OFFSET_LIMIT_MM))
      await app.page.keyboard.press('Home')
      await app.page.locator(`${VIEW}[data-cut-offset="${-CUT_OFFSET_LIMIT_MM}"]`).waitFor()
      assert.equal(await move.getAttribute('aria-valuetext'), `${CUT_OFFSET_LIMIT_MM} mm toward the back`)

      await turn.focus()
      await app.page.keyboard.press('End')
      await app.page.keyboard.press('ArrowRight')
      await app.page.locator(`${VIEW}[data-cut-turn="${CUT_TURN_LIMIT_DEG}"]`).waitFor()
      await waitForView(app.page, 'reduction')
      const turned = await canvasPng(app)
      await saveScreenshot('cut-reduction-moved-turned.png', await viewShot(app.page))
      assert.ok(differingShare(moved, turned) > 0.01, 'turning the plane changes the image')

      const axe = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      assert.deepEqual(axe.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), [])

      await reset.focus()
      await app.page.keyboard.press('Enter')
      await app.page.locator(`${VIEW}[data-cut-offset="0"][data-cut-turn="0"]`).waitFor()
      await waitForView(app.page, 'reduction')
      assert.ok(differingShare(start, await canvasPng(app)) < 0.01, 'Reset brings back the first cut')

      // Leaving the cut gives the parts back: nothing is clipped or flat-painted any more.
      await app.page.locator('[data-surgeon-view="none"]').click()
      await app.page.locator(`${VIEW}:not([data-cut])`).waitFor()
      await waitForView(app.page, 'reduction')
      const plain = await canvasPng(app)
      assert.ok(pixelsNear(plain, CUT_COLOURS.cement) < 50, 'no cut colours once the cut is closed')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it("cuts the comparison's total hip by the same plane: its stem's metal shows in the canal", async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await openCut(app, '?step=head-shaping&compare=thr&surgeonView=cut', 'head-shaping', '#compare-title')
      const png = await canvasPng(app)
      await saveScreenshot('cut-compare.png', await viewShot(app.page))
      const total = PNG.sync.read(png).width * PNG.sync.read(png).height
      const thrMetal = pixelsNear(png, CUT_COLOURS['cobalt-chrome'], 'right')
      const thrMarrow = pixelsNear(png, CUT_COLOURS.marrow, 'right')
      assert.ok(thrMetal > total * 0.003, `the total hip's stem is cut (${thrMetal} metal pixels on its side)`)
      assert.ok(thrMarrow > total * 0.0005, `the canal around it is cut too (${thrMarrow} marrow pixels)`)
      assert.ok((await shownLabels(app)).includes('thr-stem'), 'the stem is labelled')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('explains an inside-of-the-bone file that fails to load, keeps the step where it was, and cuts on Try again', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.page.route('**/interior*.glb', (route) => route.abort('failed'))
      await app.open('?step=reduction&audience=student&surgeonView=cut')
      await app.page.locator(`${VIEW}[data-status="error"]`).waitFor({ timeout: 60_000 })
      // The step's text and place stay; the link still says which view was asked for.
      await app.page.locator('#step-title').waitFor()
      assert.match(app.page.url(), /step=reduction/)
      assert.match(app.page.url(), /surgeonView=cut/)
      await app.page.unroute('**/interior*.glb')
      await app.page.getByRole('alert').getByRole('button').click()
      await app.page.locator(`${VIEW}[data-cut="on"][data-status="ready"][data-models="complete"]`).waitFor({ timeout: 60_000 })
      await waitForView(app.page, 'reduction')
      assert.ok(pixelsNear(await canvasPng(app), CUT_COLOURS.cement) > 0, 'the cement shows once the file is in')
      assert.deepEqual(problemsOf(app.problems, { console: /Failed to load resource|ERR_FAILED/ }), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
