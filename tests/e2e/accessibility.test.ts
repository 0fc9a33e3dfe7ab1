/**
 * WCAG 2.2 AA in the production build: axe-core finds no violation on any step, in both
 * audiences, with the layers panel open and closed, on every page, with larger text, on a
 * desktop and on a 320 px phone; the labels over the 3D view keep 4.5:1 whatever is drawn
 * behind them; and the whole walkthrough works from the keyboard with a focus ring that shows.
 *
 * One pass runs with WebGL, so axe sees the labels and controls over the 3D view. The rest
 * (pages, larger text, the phone) runs in a Chromium without WebGL: software WebGL costs
 * seconds a step and those checks are about the DOM around the view.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { STEP_IDS, type StepId } from '../../src/content/steps-index'
import { PAGE_IDS } from '../../src/state/store'
import { PREFERENCES_KEY } from '../../src/state/preferences'
import { KEEP_NAMES_SHIM, newAppPage, NO_PROBLEMS, problemsOf, SHOWN_LABEL, useBrowser, VIEW, waitForView, type AppPage } from './harness'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const withWebGL = useBrowser()
const withoutWebGL = useBrowser({ webgl: false })

/** Every axe violation on the page as one readable line: where, rule, element, what to do. */
async function violations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${where}: ${v.id} at ${node.target.join(' ')} (${v.help}; ${v.helpUrl})`),
  )
}

const title = (id: StepId) => en.steps[id].title
const [FIRST, SECOND, THIRD, FOURTH] = STEP_IDS
const LAST: StepId = STEP_IDS[STEP_IDS.length - 1] ?? FIRST
const stepShown = (page: Page, id: StepId) => page.locator('#step-title', { hasText: title(id) }).waitFor()

/** Shown labels whose background is not opaque, whose text has less than 4.5:1 contrast on it, or runs out of it. */
async function labelContrasts(page: Page): Promise<string[]> {
  await page.evaluate(KEEP_NAMES_SHIM)
  return page.evaluate((selector) => {
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number)
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const problems: string[] = []
    for (const label of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(label)
      const back = channels(style.backgroundColor)
      const alpha = back.length === 4 ? back[3] : 1
      // An opaque background is what makes the contrast independent of the 3D view behind it.
      if (alpha !== 1) problems.push(`"${label.textContent}": background ${style.backgroundColor} is not opaque`)
      const [l1, l2] = [luminance(channels(style.color)), luminance(back)].sort((a, b) => b - a)
      const ratio = (l1! + 0.05) / (l2! + 0.05)
      if (ratio < 4.5) problems.push(`"${label.textContent}": contrast ${ratio.toFixed(2)}:1`)
      // Text that runs out of its box stands on the 3D view itself.
      if (label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1)
        problems.push(`"${label.textContent}": text overflows its background`)
    }
    return problems
  }, `${VIEW} ${SHOWN_LABEL}`)
}

describe('axe: every step, both audiences, layers open and closed, over the 3D view', () => {
  it('finds no violations', async () => {
    // Reduced motion: the camera cuts to each step, so the walk is quick; the labels settle the same.
    const app = await newAppPage(withWebGL.browser, withWebGL.server, { reducedMotion: 'reduce' })
    const found: string[] = []
    const layersButton = app.page.getByRole('button', { name: en.ui.layers, exact: true })
    const layersPanel = app.page.getByRole('region', { name: en.ui.layers, exact: true })
    try {
      await app.open(`?step=${STEP_IDS[0]}&audience=patient`)
      const walk = async (audience: 'patient' | 'student', order: readonly StepId[], move: () => Promise<void>) => {
        for (const [i, id] of order.entries()) {
          if (i > 0) await move()
          await waitForView(app.page, id)
          assert.ok((await app.page.locator(`${VIEW} ${SHOWN_LABEL}`).count()) > 0 || id === 'recovery', `${id}: labels over the view`)
          found.push(...(await labelContrasts(app.page)).map((p) => `${audience} ${id}: label ${p}`))
          found.push(...(await violations(app.page, `${audience} ${id}, layers closed`)))
          await layersButton.click()
          await layersPanel.waitFor()
          found.push(...(await violations(app.page, `${audience} ${id}, layers open`)))
          await layersButton.click()
          await layersPanel.waitFor({ state: 'hidden' })
        }
      }
      await walk('patient', STEP_IDS, () => app.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click())
      await app.page.getByRole('radio', { name: en.ui.audienceStudent }).check()
      await app.page.locator('.step-text[data-audience="student"]').waitFor()
      await walk('student', [...STEP_IDS].reverse(), () => app.page.getByRole('button', { name: en.ui.previousStep, exact: true }).click())
      assert.deepEqual(found, [], 'no accessibility violations')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

/** A page whose stored preference asks for larger text from the first render. */
async function largerTextPage(viewport: { width: number; height: number }): Promise<AppPage> {
  const mobile = viewport.width < 600
  const app = await newAppPage(withoutWebGL.browser, withoutWebGL.server, { viewport, isMobile: mobile, hasTouch: mobile })
  await app.context.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ largerText: true })), PREFERENCES_KEY)
  return app
}

describe('axe: pages, menus, larger text and the phone (no WebGL)', () => {
  for (const larger of [false, true])
    it(`finds no violations on every page${larger ? ', with larger text' : ''}`, async () => {
      const viewport = { width: 1280, height: 720 }
      const app = larger ? await largerTextPage(viewport) : await newAppPage(withoutWebGL.browser, withoutWebGL.server, { viewport })
      const found: string[] = []
      try {
        for (const [i, audience] of (['patient', 'student'] as const).entries()) {
          const pages = i === 0 ? PAGE_IDS : PAGE_IDS.filter((p) => p !== 'welcome')
          for (const page of pages) {
            await app.open(`?step=guide-pin&audience=${audience}&page=${page}`)
            await app.page.locator(`dialog[open][data-page="${page}"] .page__title`).waitFor()
            if (larger) assert.equal(await app.page.getAttribute('html', 'data-text-size'), 'larger')
            found.push(...(await violations(app.page, `${audience} page ${page}`)))
          }
        }
        assert.deepEqual(found, [], 'no accessibility violations')
        assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
      } finally {
        await app.close()
      }
    })

  it('finds no violations on any step on a 320 px phone with larger text, the menu and step list open', async () => {
    const app = await largerTextPage({ width: 320, height: 640 })
    const found: string[] = []
    try {
      await app.open(`?step=${STEP_IDS[0]}&audience=student`)
      for (const [i, id] of STEP_IDS.entries()) {
        if (i > 0) await app.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click()
        await stepShown(app.page, id)
        found.push(...(await violations(app.page, `phone ${id}`)))
      }
      await app.page.getByRole('button', { name: en.ui.menu }).click()
      await app.page.getByRole('button', { name: en.ui.largerText }).waitFor()
      found.push(...(await violations(app.page, 'phone, menu open, larger text on')))
      await app.page.getByRole('button', { name: en.ui.largerText }).click()
      await app.page.locator('html:not([data-text-size])').waitFor({ state: 'attached' })
      found.push(...(await violations(app.page, 'phone, menu open, larger text off')))
      await app.page.keyboard.press('Escape')
      await app.page.getByRole('button', { name: en.ui.showSteps }).click()
      await app.page.locator('.chapter-list:not([hidden])').waitFor()
      found.push(...(await violations(app.page, 'phone, step list open')))
      assert.deepEqual(found, [], 'no accessibility violations')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

// ---- the keyboard -------------------------------------------------------------------

interface Focused {
  name: string
  /** Why the focus is not visible, or null when it is. */
  invisible: string | null
}

/**
 * What has focus, and whether a ring shows: an outline of at least 2 px in a colour, or a box
 * shadow ring, on the element or (for the segmented radios, whose input is transparent) on the
 * segment around it.
 */
async function focused(page: Page): Promise<Focused> {
  await page.evaluate(KEEP_NAMES_SHIM)
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    if (!active || active === document.body) return { name: 'body', invisible: 'nothing has focus' }
    const name = `${active.tagName.toLowerCase()} "${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40)}"`
    const ringed = active.closest('.segment') ?? active
    const style = getComputedStyle(ringed)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !style.outlineColor.endsWith(', 0)')
    const shadow = style.boxShadow !== 'none'
    const box = ringed.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) return { name, invisible: 'not on screen' }
    return { name, invisible: outline || shadow ? null : `no outline or box shadow (outline ${style.outlineStyle} ${style.outlineWidth})` }
  })
}

/**
 * Focuses `first` (with the keyboard's focus-visible state: Shift+Tab then Tab back onto it),
 * then tabs forward up to `max` times and records each element focused, until focus leaves
 * the page or comes back round.
 */
async function tabRound(page: Page, first: string, max = 60): Promise<Focused[]> {
  await page.locator(first).focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  const seen: Focused[] = [await focused(page)]
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    if (now.name === 'body' || (seen.length > 0 && now.name === seen[0]!.name)) break
    seen.push(now)
  }
  return seen
}

describe('keyboard alone', () => {
  it('reaches every control with a visible focus ring, on the walkthrough and in a page', async () => {
    const app = await newAppPage(withWebGL.browser, withWebGL.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=incision&audience=patient')
      await waitForView(app.page, 'incision')
      // The layers panel open, so its radios over the 3D view are in the round too.
      await app.page.getByRole('button', { name: en.ui.layers, exact: true }).click()
      const round = await tabRound(app.page, '.brand')
      const names = round.map((f) => f.name).join(' | ')
      for (const expected of [en.ui.menu, en.ui.largerText, en.ui.replayAnimation, en.ui.pauseAnimation, en.ui.resetView, en.ui.closeLayers, en.ui.previousStep, en.ui.nextStep, en.ui.showSteps])
        assert.ok(names.includes(expected), `Tab reaches "${expected}" (reached: ${names})`)
      assert.deepEqual(round.filter((f) => f.invisible).map((f) => `${f.name}: ${f.invisible}`), [], 'a focus ring on everything')

      await app.open('?step=incision&audience=student&page=decide')
      await app.page.locator('dialog[open] .page__title').waitFor()
      const inDialog = await tabRound(app.page, 'dialog[open] .page-bar button', 80)
      assert.ok(inDialog.length >= 2, `Tab moves through the page (${inDialog.map((f) => f.name).join(' | ')})`)
      assert.deepEqual(inDialog.filter((f) => f.invisible).map((f) => `${f.name}: ${f.invisible}`), [], 'a focus ring on everything in the page')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('walks the steps, audience, layers, view, pages and larger text from the keyboard', async () => {
    const app = await newAppPage(withWebGL.browser, withWebGL.server, { reducedMotion: 'reduce' })
    const { page } = app
    const press = (key: string) => page.keyboard.press(key)
    try {
      await app.open(`?step=${FIRST}&audience=patient`)
      await waitForView(page, FIRST)

      // Steps: the Next button with Enter, then the arrow keys, Home and End anywhere on the page.
      await page.getByRole('button', { name: en.ui.nextStep, exact: true }).focus()
      await press('Enter')
      await stepShown(page, SECOND)
      await press('Space')
      await stepShown(page, THIRD)
      await page.locator('#step-title').click() // focus off the buttons: the page's own keys
      await press('ArrowRight')
      await stepShown(page, FOURTH)
      await press('ArrowLeft')
      await stepShown(page, THIRD)
      await press('End')
      await stepShown(page, LAST)
      await press('Home')
      await stepShown(page, FIRST)
      const announcer = page.locator('[data-testid="step-announcer"]')
      assert.match((await announcer.textContent()) ?? '', new RegExp(`^Step 1 of ${STEP_IDS.length}`), 'the live region says the step')

      // The step list: open, choose a step, focus back on its toggle.
      await page.getByRole('button', { name: en.ui.showSteps }).focus()
      await press('Enter')
      const stepsNav = page.getByRole('navigation', { name: en.ui.stepsNav, exact: true })
      await stepsNav.getByRole('link', { name: title('guide-pin') }).focus()
      await press('Enter')
      await stepShown(page, 'guide-pin')
      assert.equal((await focused(page)).name.includes(en.ui.showSteps), true, 'focus returns to the step list toggle')
      await waitForView(page, 'guide-pin')

      // The audience: arrow keys in the radio group.
      await page.getByRole('radio', { name: en.ui.audiencePatient }).focus()
      await press('ArrowRight')
      await page.locator('.step-text[data-audience="student"]').waitFor()

      // Pause and play, reset view.
      await page.getByRole('button', { name: en.ui.pauseAnimation, exact: true }).focus()
      await press('Enter')
      await page.getByRole('button', { name: en.ui.playAnimation, exact: true }).waitFor()
      assert.equal((await focused(page)).name.includes(en.ui.playAnimation), true, 'focus stays on the toggle')
      await press('Enter')
      await page.getByRole('button', { name: en.ui.pauseAnimation, exact: true }).waitFor()
      await page.getByRole('button', { name: en.ui.resetView }).focus()
      await press('Enter')
      await waitForView(page, 'guide-pin')

      // Layers: open, change a layer with the arrow keys, Escape closes and focus returns.
      await page.getByRole('button', { name: en.ui.layers, exact: true }).focus()
      await press('Enter')
      const skin = page.getByRole('radiogroup', { name: en.ui.layerSkin })
      const before = await page.locator('.layer-row[data-layer="skin"]').getAttribute('data-mode')
      await skin.locator('input:checked').focus()
      await press('ArrowRight')
      await page.locator(`.layer-row[data-layer="skin"]:not([data-mode="${before}"])`).waitFor()
      await press('Escape')
      await page.getByRole('region', { name: en.ui.layers, exact: true }).waitFor({ state: 'hidden' })
      assert.equal((await focused(page)).name.includes(en.ui.layers), true, 'focus returns to the Layers button')

      // Larger text: a toggle button, pressed and stored.
      const larger = page.getByRole('button', { name: en.ui.largerText })
      await larger.focus()
      await press('Enter')
      assert.equal(await larger.getAttribute('aria-pressed'), 'true')
      assert.equal(await page.getAttribute('html', 'data-text-size'), 'larger')
      await press('Enter')
      assert.equal(await larger.getAttribute('aria-pressed'), 'false')

      // A page from the menu, and back with Escape; focus comes back to the page's opener.
      await page.getByRole('button', { name: en.ui.menu }).focus()
      await press('Enter')
      await page.getByRole('link', { name: en.ui.pageRecovery }).focus()
      await press('Enter')
      const dialog = page.getByRole('dialog', { name: en.ui.pageRecovery })
      await dialog.waitFor()
      assert.equal(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), true, 'focus moves into the page')
      await press('Escape')
      await dialog.waitFor({ state: 'hidden' })
      await stepShown(page, 'guide-pin')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
