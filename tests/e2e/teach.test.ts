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
import { differingShare, KEEP_NAMES_SHIM, NO_PROBLEMS, problemsOf, saveScreenshot, useBrowser, VIEW, viewShot, waitForView, watch } from './harness'

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

/** What a window is watched for: an element matching `selector` (whose text is `text`), or its absence. */
interface Sight {
  selector: string
  text?: string
  absent?: boolean
}

/**
 * Starts watching `page` for `sight`; the returned call gives the page's clock (Date.now, one
 * clock for every window of the browser) when it was first seen. A MutationObserver in the page
 * sees it, so the test's own polling adds nothing; it is in place before this resolves. It gives
 * up after `timeout` ms.
 */
async function watchFor(page: Page, sight: Sight, timeout = 30_000): Promise<() => Promise<number>> {
  const key = JSON.stringify(sight)
  await page.evaluate(KEEP_NAMES_SHIM)
  await page.evaluate(
    ([{ selector, text, absent }, slot, patience]) => {
      const moments = ((window as unknown as { moments?: Record<string, Promise<number>> }).moments ??= {})
      moments[slot] = new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error(`${slot} was not seen within ${patience} ms`)), patience)
        const seen = (): boolean =>
          [...document.querySelectorAll(selector)].some((el) => text === undefined || el.textContent?.trim() === text) !== Boolean(absent)
        if (seen()) return resolve(Date.now())
        new MutationObserver((_, observer) => {
          if (!seen()) return
          observer.disconnect()
          resolve(Date.now())
        }).observe(document.body, { attributes: true, characterData: true, childList: true, subtree: true })
      })
    },
    [sight, key, timeout] as const,
  )
  return () =>
    page.evaluate((slot) => {
      const moment = (window as unknown as { moments?: Record<string, Promise<number>> }).moments?.[slot]
      if (!moment) throw new Error(`${slot} was not watched in this page (did it reload?)`)
      return moment
    }, key)
}

/**
 * Milliseconds from one window (`from`, the presenter's) showing a change to another's (`to`) showing
 * it, `act` causing it. Timed between the two windows, not from the test's click or key: input
 * waits on the acting window's frames (seconds in software GL), which is the laptop's speed, not
 * the link's. Both views at rest first: a window in the middle of drawing a sharp frame (over
 * half a second in software GL; a few ms on a GPU) answers once it is done.
 */
async function followed(windows: { from: Page; to: Page }, act: () => Promise<unknown>, here: Sight, there: Sight = here): Promise<number> {
  await Promise.all([windows.from, windows.to].map(async (page) => waitForView(page, (await page.locator(VIEW).getAttribute('data-step')) ?? '')))
  const hereShows = await watchFor(windows.from, here)
  const thereShows = await watchFor(windows.to, there)
  await act()
  return (await thereShows()) - (await hereShows())
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
      const windows = { from: presenter.page, to: audience.page }
      const start = STEP_IDS.indexOf('exposure')
      for (let i = 1; i <= 5; i++) {
        const next = STEP_IDS[start + i] ?? 'recovery'
        const ms = await followed(windows, () => presenter.page.keyboard.press('ArrowRight'), { selector: `${VIEW}[data-step="${next}"]` })
        assert.ok(ms < FOLLOW_MS, `step ${next} followed in ${ms} ms`)
      }
      const here = STEP_IDS[start + 5] ?? 'recovery'
      await waitForView(presenter.page, here)
      await waitForView(audience.page, here)

      // A layer change.
      await presenter.page.getByRole('button', { name: en.ui.layers }).click()
      const bone = presenter.page.locator('.layer-row[data-layer="bone"]')
      const layerMs = await followed(windows, () => bone.locator('input[value="ghost"]').check(), { selector: `${VIEW}[data-layers~="bone:ghost"]` })
      assert.ok(layerMs < FOLLOW_MS, `layer followed in ${layerMs} ms`)
      await presenter.page.keyboard.press('Escape')

      // The room's register: the audience's labels switch to the patient words.
      const term = steps.find((s) => s.id === here)?.labels.map((l) => en.labels[l.term]).find((w) => w.patient !== w.student)
      assert.ok(term, `step ${here} has a label whose words differ by register`)
      const patientLabel = { selector: '.scene-label', text: term.patient }
      const registerMs = await followed(windows, () => presenter.page.getByRole('radio', { name: en.ui.audiencePatient }).check(), patientLabel)
      assert.ok(registerMs < FOLLOW_MS, `register followed in ${registerMs} ms`)

      // Pause in the presenter pauses the room.
      const paused = { selector: `${VIEW}[data-paused="true"]` }
      const pauseMs = await followed(windows, () => presenter.page.getByRole('button', { name: en.ui.pauseAnimation }).click(), paused)
      assert.ok(pauseMs < FOLLOW_MS, `pause followed in ${pauseMs} ms`)

      // The presenter touches a structure: the room sees it named (a pointer for the room); Escape takes it away.
      const dot = presenter.page.locator('.scene-labels__dot[visibility="visible"]').first()
      const point = await dot.boundingBox()
      assert.ok(point, 'a label point to touch')
      const card = { selector: '.explore-card[data-visible="true"] .explore-card__name' }
      const pointMs = await followed(windows, () => presenter.page.mouse.click(point.x + point.width / 2, point.y + point.height / 2), card)
      assert.ok(pointMs < FOLLOW_MS, `the named structure reached the room in ${pointMs} ms`)
      const named = (await presenter.page.locator('.explore-card__name').textContent())?.trim()
      assert.ok(named, 'the presenter sees the name')
      assert.equal((await audience.page.locator(card.selector).textContent())?.trim(), named, 'the room sees the same name')
      await waitForView(audience.page, here)
      await saveScreenshot('teach-audience-pointer.png', await audience.page.screenshot())
      const gone = await followed(windows, () => presenter.page.keyboard.press('Escape'), { selector: '.explore-card', absent: true })
      assert.ok(gone < FOLLOW_MS, `the name left the room ${gone} ms after the presenter's`)

      // An orbit in the presenter's view moves the room's camera.
      await waitForView(audience.page, here)
      const before = await viewShot(audience.page)
      const box = await presenter.page.locator(`${VIEW} canvas`).boundingBox()
      assert.ok(box)
      // The room's view starts moving (it draws quick frames while anything moves).
      const orbitMs = await followed(
        windows,
        async () => {
          await presenter.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
          await presenter.page.mouse.down()
          await presenter.page.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2, { steps: 8 })
          await presenter.page.mouse.up()
        },
        { selector: `${VIEW} canvas[data-quality="moving"]` },
      )
      assert.ok(orbitMs < FOLLOW_MS, `orbit reached the room ${orbitMs} ms after the presenter's view moved`)
      await audience.page.locator(`${VIEW}[data-camera="idle"] canvas[data-quality="still"]`).waitFor({ timeout: 30_000 })
      const after = await viewShot(audience.page)
      assert.ok(differingShare(before, after) > 0.05, 'the room sees the orbited view')

      await saveScreenshot('teach-presenter.png', await presenter.page.screenshot())
      await saveScreenshot('teach-audience.png', await audience.page.screenshot())
      assert.deepEqual(await axe(presenter.page, 'presenter'), [])
      assert.deepEqual(await axe(audience.page, 'audience'), [])

      // Reloading the audience catches up at once: the presenter's step, not the link's.
      // (The orbit left the keyboard in the 3D view, where arrows turn the hip: use the button.)
      const latest = STEP_IDS[start + 6] ?? 'recovery'
      const nextMs = await followed(windows, () => presenter.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click(), {
        selector: `${VIEW}[data-step="${latest}"]`,
      })
      assert.ok(nextMs < FOLLOW_MS, `step ${latest} followed in ${nextMs} ms`)
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
      const next = () => first.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click()
      const nextMs = await followed({ from: first.page, to: audience.page }, next, { selector: `${VIEW}[data-step="exposure"]` })
      assert.ok(nextMs < FOLLOW_MS, `the room followed the first window in ${nextMs} ms`)
      // A second presenter window opens on another step: the room stays, the new window takes the session's step.
      const second = await openWindow(context, '?step=recovery&view=presenter')
      await second.page.getByText(words.status.otherDriving).waitFor({ timeout: 10_000 })
      // The new window is still loading its own view (a WebGL context, the model): that is start-up, not following.
      await second.page.locator(`${VIEW}[data-step="exposure"]`).waitFor({ timeout: 10_000 })
      await shows(audience.page, 'exposure')
      // Using the second one hands it the room; the first now says another window is in charge.
      const handOver = () => second.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click()
      const secondDrives = { selector: '.presenter-status[data-link="driving"]' }
      const firstStandsBy = { selector: '.presenter-status[data-link="other-driving"]' }
      const standByMs = await followed({ from: second.page, to: first.page }, handOver, secondDrives, firstStandsBy)
      assert.ok(standByMs < FOLLOW_MS, `the first window said another drives ${standByMs} ms after the second took over`)
      await shows(audience.page, 'capsule-dislocation', 10_000)
      await first.page.getByText(words.status.otherDriving).waitFor()
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
      const windows = { from: presenter.page, to: audience.page }
      const toggle = () => dialog.getByRole('button', { name: words.share.showOnProjector }).click()
      const pressed = { selector: '.share-dialog__projector[aria-pressed="true"]' }
      const onProjector = { selector: '.share-overlay__caption', text: words.share.overlayCaption }
      const shownMs = await followed(windows, toggle, pressed, onProjector)
      assert.ok(shownMs < FOLLOW_MS, `the code reached the projector in ${shownMs} ms`)
      await saveScreenshot('teach-share-dialog.png', await presenter.page.screenshot())
      await saveScreenshot('teach-share-projector.png', await audience.page.screenshot())
      assert.deepEqual(await axe(presenter.page, 'share dialog'), [])
      const hiddenMs = await followed(windows, toggle, { ...pressed, absent: true }, { ...onProjector, absent: true })
      assert.ok(hiddenMs < FOLLOW_MS, `the code left the projector in ${hiddenMs} ms`)
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
