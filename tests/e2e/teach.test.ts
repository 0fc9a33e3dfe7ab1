/**
 * A teaching session in the production build: presenter and audience windows in one browser
 * context, as on a lecturer's laptop with a projector. The audience follows step changes, a
 * layer change, the register, Replay/Pause and an orbit within a second each; a reloaded
 * audience catches up; a second presenter window says which one drives; the QR code goes to the
 * projector; without BroadcastChannel the presenter says it cannot link; an unknown `view=`
 * gives the walkthrough and a notice; axe on both windows.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { STEP_IDS } from '../../src/content/steps-index'
import { steps } from '../../src/content/steps'
import { differingShare, NO_PROBLEMS, problemsOf, saveScreenshot, useBrowser, VIEW, viewShot, waitForView, watch } from './harness'

const rig = useBrowser()
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const FOLLOW_MS = 1000
const words = en.present

/** The audience's view shows `stepId` (its container says so), within `timeout`. */
const shows = (page: Page, stepId: string, timeout = FOLLOW_MS) => page.locator(`${VIEW}[data-step="${stepId}"]`).waitFor({ timeout })

async function openWindow(context: BrowserContext, search: string, size = { width: 1280, height: 720 }) {
  const page = await context.newPage()
  await page.setViewportSize(size)
  const problems = watch(context, page, rig.server.origin)
  await page.goto(`${rig.server.appUrl}${search}`)
  await page.locator(VIEW).waitFor()
  return { page, problems }
}

async function axe(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  return results.violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} at ${n.target.join(' ')} (${v.help})`))
}

/** Milliseconds from `act` to `ready` resolving. */
async function timed(act: () => Promise<unknown>, ready: () => Promise<unknown>): Promise<number> {
  const start = Date.now()
  const done = ready()
  await act()
  await done
  return Date.now() - start
}

describe('presenter and audience windows', () => {
  it('the audience waits for a presenter, then follows steps, layers, register, pause and the camera within a second each', async () => {
    const context = await rig.browser.newContext()
    try {
      const audience = await openWindow(context, '?step=incision&view=audience')
      // No presenter yet: the link's step, and a polite "waiting".
      await shows(audience.page, 'incision', 60_000)
      await audience.page.getByText(words.audience.waiting).waitFor()
      assert.equal(await audience.page.locator('#step-title, .step-panel, .site-header').count(), 0, 'the projector shows nothing but the view and its title')

      const presenter = await openWindow(context, '?step=exposure&audience=student&view=presenter', { width: 1440, height: 900 })
      await shows(audience.page, 'exposure', 10_000)
      assert.equal(await audience.page.getByText(words.audience.waiting).count(), 0)
      await presenter.page.getByText(words.status.driving).waitFor()
      await waitForView(presenter.page, 'exposure')
      await waitForView(audience.page, 'exposure')
      await audience.page.locator('.audience-window__title', { hasText: en.steps.exposure.title }).waitFor()

      // Five step changes, each followed within a second.
      const start = STEP_IDS.indexOf('exposure')
      for (let i = 1; i <= 5; i++) {
        const next = STEP_IDS[start + i] ?? 'recovery'
        const ms = await timed(() => presenter.page.keyboard.press('ArrowRight'), () => shows(audience.page, next))
        assert.ok(ms < FOLLOW_MS, `step ${next} followed in ${ms} ms`)
      }
      const here = STEP_IDS[start + 5] ?? 'recovery'
      await waitForView(presenter.page, here)
      await waitForView(audience.page, here)

      // A layer change.
      await presenter.page.getByRole('button', { name: en.ui.layers }).click()
      const bone = presenter.page.locator('.layer-row[data-layer="bone"]')
      const layerMs = await timed(
        () => bone.locator('input[value="ghost"]').check(),
        () => audience.page.locator(`${VIEW}[data-layers~="bone:ghost"]`).waitFor({ timeout: FOLLOW_MS }),
      )
      assert.ok(layerMs < FOLLOW_MS, `layer followed in ${layerMs} ms`)
      await presenter.page.keyboard.press('Escape')

      // The room's register: the audience's labels switch to the patient words.
      await presenter.page.getByRole('radio', { name: en.ui.audiencePatient }).check()
      const term = steps.find((s) => s.id === here)?.labels.map((l) => en.labels[l.term]).find((w) => w.patient !== w.student)
      assert.ok(term, `step ${here} has a label whose words differ by register`)
      await audience.page.locator('.scene-label', { hasText: term.patient }).first().waitFor({ state: 'attached', timeout: FOLLOW_MS })

      // Pause in the presenter pauses the room.
      await presenter.page.getByRole('button', { name: en.ui.pauseAnimation }).click()
      await audience.page.locator(`${VIEW}[data-paused="true"]`).waitFor({ timeout: FOLLOW_MS })

      // The presenter touches a structure: the room sees it named (a pointer for the room); Escape takes it away.
      const dot = presenter.page.locator('.scene-labels__dot[visibility="visible"]').first()
      const point = await dot.boundingBox()
      assert.ok(point, 'a label point to touch')
      await presenter.page.mouse.click(point.x + point.width / 2, point.y + point.height / 2)
      const named = (await presenter.page.locator('.explore-card__name').textContent())?.trim()
      assert.ok(named, 'the presenter sees the name')
      await audience.page.locator('.explore-card[data-visible="true"] .explore-card__name', { hasText: named }).waitFor({ timeout: FOLLOW_MS })
      await waitForView(audience.page, here)
      await saveScreenshot('teach-audience-pointer.png', await audience.page.screenshot())
      await presenter.page.keyboard.press('Escape')
      await audience.page.locator('.explore-card').waitFor({ state: 'detached', timeout: FOLLOW_MS })

      // An orbit in the presenter's view moves the room's camera.
      await waitForView(audience.page, here)
      const before = await viewShot(audience.page)
      const box = await presenter.page.locator(`${VIEW} canvas`).boundingBox()
      assert.ok(box)
      const orbitMs = await timed(
        async () => {
          await presenter.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
          await presenter.page.mouse.down()
          await presenter.page.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2, { steps: 8 })
          await presenter.page.mouse.up()
        },
        // The room's view starts moving (it draws quick frames while anything moves).
        () => audience.page.locator(`${VIEW} canvas[data-quality="moving"]`).waitFor({ timeout: 5_000 }),
      )
      assert.ok(orbitMs < FOLLOW_MS + 2_000, `orbit reached the room in ${orbitMs} ms (the drag itself takes part of it)`)
      await audience.page.locator(`${VIEW}[data-camera="idle"] canvas[data-quality="still"]`).waitFor({ timeout: 30_000 })
      const after = await viewShot(audience.page)
      assert.ok(differingShare(before, after) > 0.05, 'the room sees the orbited view')

      await saveScreenshot('teach-presenter.png', await presenter.page.screenshot())
      await saveScreenshot('teach-audience.png', await audience.page.screenshot())
      assert.deepEqual(await axe(presenter.page, 'presenter'), [])
      assert.deepEqual(await axe(audience.page, 'audience'), [])

      // Reloading the audience catches up at once: the presenter's step, not the link's.
      // (The orbit left the keyboard in the 3D view, where arrows turn the hip: use the button.)
      await presenter.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click()
      const latest = STEP_IDS[start + 6] ?? 'recovery'
      await shows(audience.page, latest)
      await audience.page.goto(`${rig.server.appUrl}?step=healthy-hip&view=audience`)
      await shows(audience.page, latest, 10_000)

      assert.deepEqual(problemsOf(presenter.problems), NO_PROBLEMS)
      assert.deepEqual(problemsOf(audience.problems), NO_PROBLEMS)
    } finally {
      await context.close()
    }
  })

  it('with two presenter windows the one used last drives, and the other says so', async () => {
    const context = await rig.browser.newContext()
    try {
      const audience = await openWindow(context, '?step=healthy-hip&view=audience')
      const first = await openWindow(context, '?step=incision&view=presenter')
      await shows(audience.page, 'incision', 10_000)
      await first.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click()
      await shows(audience.page, 'exposure')
      // A second presenter window opens on another step: the room stays, the new window takes the session's step.
      const second = await openWindow(context, '?step=recovery&view=presenter')
      await second.page.getByText(words.status.otherDriving).waitFor({ timeout: 10_000 })
      // The new window is still loading its own view (a WebGL context, the model): that is start-up, not following.
      await second.page.locator(`${VIEW}[data-step="exposure"]`).waitFor({ timeout: 10_000 })
      await shows(audience.page, 'exposure')
      // Using the second one hands it the room; the first now says another window is in charge.
      await second.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click()
      await shows(audience.page, 'capsule-dislocation')
      await first.page.getByText(words.status.otherDriving).waitFor({ timeout: FOLLOW_MS })
      await second.page.getByText(words.status.driving).waitFor()
    } finally {
      await context.close()
    }
  })

  it('shares the step: a link and QR code in the presenter, and the code on the projector', async () => {
    const context = await rig.browser.newContext()
    try {
      const audience = await openWindow(context, '?step=guide-pin&view=audience')
      const presenter = await openWindow(context, '?step=guide-pin&audience=student&view=presenter', { width: 1440, height: 900 })
      await presenter.page.getByRole('button', { name: words.share.open }).click()
      const dialog = presenter.page.getByRole('dialog')
      await dialog.waitFor()
      const link = await dialog.locator('text=/step=guide-pin/').first().textContent()
      assert.ok(link?.includes('step=guide-pin') && !link.includes('view='), `the shared link opens the walkthrough at the step: ${link}`)
      await dialog.getByRole('img', { name: /QR/ }).waitFor()
      await dialog.getByRole('button', { name: words.share.showOnProjector }).click()
      await audience.page.getByText(words.share.overlayCaption).waitFor({ timeout: FOLLOW_MS })
      await saveScreenshot('teach-share-dialog.png', await presenter.page.screenshot())
      await saveScreenshot('teach-share-projector.png', await audience.page.screenshot())
      assert.deepEqual(await axe(presenter.page, 'share dialog'), [])
      await dialog.getByRole('button', { name: words.share.showOnProjector }).click()
      await audience.page.getByText(words.share.overlayCaption).waitFor({ state: 'detached', timeout: FOLLOW_MS })
    } finally {
      await context.close()
    }
  })

  it('without BroadcastChannel the presenter says it cannot link, and the rest works', async () => {
    const context = await rig.browser.newContext()
    await context.addInitScript('delete globalThis.BroadcastChannel')
    try {
      const presenter = await openWindow(context, '?step=incision&view=presenter')
      await presenter.page.getByText(words.status.unavailable).waitFor()
      assert.equal(await presenter.page.getByRole('button', { name: words.openAudience }).isDisabled(), true)
      await presenter.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click()
      await presenter.page.locator(`${VIEW}[data-step="exposure"]`).waitFor()
      const audience = await openWindow(context, '?step=incision&view=audience')
      await audience.page.getByText(words.audience.unavailable).waitFor()
      assert.deepEqual(problemsOf(presenter.problems), NO_PROBLEMS)
    } finally {
      await context.close()
    }
  })

  it('an unknown view opens the walkthrough with a polite notice', async () => {
    const context = await rig.browser.newContext()
    try {
      const { page, problems } = await openWindow(context, '?step=incision&view=projector')
      await page.locator('#step-title', { hasText: en.steps.incision.title }).waitFor()
      await page.getByText('This link asks for a window called “projector”').waitFor()
      assert.equal(new URL(page.url()).searchParams.get('view'), null, 'the link is rewritten to what is shown')
      assert.deepEqual(problemsOf(problems), NO_PROBLEMS)
    } finally {
      await context.close()
    }
  })
})
