/**
 * The decision aid in the production build: `?page=decide` (and the old `?page=is-it-for-me`)
 * opens it; it shows the three options in one table, icon arrays of 100 with text alternatives
 * that say the numbers, words instead of an array where the sources give no figure, a group
 * choice that changes the pair shown, and a values exercise whose summary follows the choices
 * (kept in the consultation sheet). axe finds nothing on a desktop and a 320 px phone, in both
 * audiences; the phone never scrolls sideways; nothing is requested from another origin.
 *
 * Runs in a Chromium without WebGL: the decision aid is DOM only.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { COMPARISONS, comparisonsFor, type ComparisonId } from '../../src/content/decide/figures'
import { OPTION_IDS } from '../../src/content/decide/ids'
import { newAppPage, NO_PROBLEMS, problemsOf, queryOf, useBrowser, type AppPage } from './harness'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const d = en.decide
const rig = useBrowser({ webgl: false })

const PAGE = 'dialog[open][data-page="decide"]'

async function violations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  return results.violations.flatMap((v) => v.nodes.map((node) => `${where}: ${v.id} at ${node.target.join(' ')} (${v.help})`))
}

async function openDecide(app: AppPage, search = '?page=decide'): Promise<void> {
  await app.open(search)
  await app.page.locator(`${PAGE} .page__title`).waitFor()
}

describe('the decision aid', () => {
  it('opens from ?page=decide and from the old ?page=is-it-for-me, titled, with the three options', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    try {
      for (const search of ['?page=decide', '?page=is-it-for-me']) {
        await openDecide(app, search)
        assert.equal((await app.page.locator(`${PAGE} .page__title`).textContent())?.trim(), d.title, search)
        const heads = await app.page.locator(`${PAGE} .decide__table thead th[data-option]`).allTextContents()
        assert.deepEqual(heads.map((h) => h.trim()), OPTION_IDS.map((o) => d.options[o].name), search)
        // Every row has a cell for every option.
        const rows = app.page.locator(`${PAGE} .decide__table tbody tr`)
        assert.equal(await rows.count(), d.table.rows.length)
        for (let i = 0; i < d.table.rows.length; i++) assert.equal(await rows.nth(i).locator('td').count(), OPTION_IDS.length)
      }
      assert.equal(queryOf(app.page).page, 'decide', 'the old link now shows the new id')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('shows icon arrays of 100 with text alternatives that say the numbers, for the group picked', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    const { page } = app
    try {
      await openDecide(app)
      for (const group of ['everyone', 'men-under-65', 'women'] as const) {
        await page.getByRole('radio', { name: d.numbers.groups[group], exact: true }).check()
        await page.locator(`${PAGE} .decide__comparisons[data-group="${group}"]`).waitFor()
        const shown = comparisonsFor(group)
        assert.deepEqual(
          await page.locator(`${PAGE} .decide__comparison`).evaluateAll((els) => els.map((e) => e.getAttribute('data-comparison'))),
          shown.map((c) => c.id),
          group,
        )
        for (const c of shown) {
          const section = page.locator(`${PAGE} [data-comparison="${c.id}"]`)
          for (const o of ['resurfacing', 'thr'] as const) {
            const figure = section.locator(`figure[data-option="${o}"]`)
            const words = d.numbers.comparisons[c.id as ComparisonId].figures[o]
            if (c.figures[o].count === null) {
              assert.equal(await figure.locator('svg').count(), 0, `${c.id} ${o}: no array where there is no figure`)
              assert.equal((await figure.locator('[data-no-figure]').textContent())?.includes(words.noFigure ?? '?'), true, `${c.id} ${o}`)
              continue
            }
            const img = figure.getByRole('img')
            assert.equal(await img.locator('.icon-array__person').count(), 100, `${c.id} ${o}: 100 icons`)
            const label = (await img.getAttribute('aria-label')) ?? ''
            assert.ok(label.includes(words.had!) && label.includes(words.hadNot!), `${c.id} ${o}: "${label}" says both framings`)
            // Filled in sequence: whole icons for the whole part of the count, one part-filled for the rest.
            const states = await img.locator('.icon-array__person').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))
            const count = c.figures[o].count!
            assert.equal(states.filter((s) => s === 'had').length, Math.floor(count), `${c.id} ${o}: filled icons`)
            assert.deepEqual(states.slice(0, Math.floor(count)), Array(Math.floor(count)).fill('had'), `${c.id} ${o}: from the first icon`)
          }
        }
      }
      // A fractional count part-fills one icon: men under 65, resurfacing 2.5 in 100.
      await page.getByRole('radio', { name: d.numbers.groups['men-under-65'], exact: true }).check()
      const men = page.locator(`${PAGE} [data-comparison="revision-men-under-65"] figure[data-option="resurfacing"] .icon-array__person`)
      assert.deepEqual(await men.evaluateAll((els) => els.slice(0, 4).map((e) => e.getAttribute('data-state'))), ['had', 'had', 'part', 'not'])
      assert.ok(COMPARISONS.length > 0)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('updates the summary from the values exercise, keeps the weights in the sheet, and never names a best option', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    const { page } = app
    try {
      await openDecide(app)
      const summary = page.locator(`${PAGE} .decide__summary`)
      assert.ok((await summary.textContent())?.includes(d.values.summaryEmpty))
      const keepBone = page.getByRole('group', { name: d.values.items['keep-bone'].legend })
      await keepBone.getByRole('radio', { name: d.values.weights['a-lot'], exact: true }).check()
      await summary.locator('[data-weight="a-lot"] [data-value="keep-bone"]').waitFor()
      const text = (await summary.textContent()) ?? ''
      for (const o of OPTION_IDS) assert.ok(text.includes(d.values.items['keep-bone'].says[o].text), `summary says what the sources say for ${o}`)
      assert.ok(!text.includes(d.values.summaryEmpty))
      assert.doesNotMatch(text, /best option|we recommend/i)

      const metal = page.getByRole('group', { name: d.values.items['metal-follow-up'].legend })
      await metal.getByRole('radio', { name: d.values.weights.some, exact: true }).check()
      await summary.locator('[data-weight="some"] [data-value="metal-follow-up"]').waitFor()

      // The sheet page shows the same weights (one store): reopen the aid and they are still checked.
      await page.getByRole('button', { name: d.actions.sheet, exact: true }).click()
      await page.locator('dialog[open][data-page="sheet"]').waitFor()
      assert.equal(queryOf(page).page, 'sheet')
      await page.goBack()
      await page.locator(`${PAGE} .page__title`).waitFor()
      assert.equal(await page.getByRole('group', { name: d.values.items['keep-bone'].legend }).getByRole('radio', { name: d.values.weights['a-lot'], exact: true }).isChecked(), true)

      await page.getByRole('button', { name: d.values.clear, exact: true }).click()
      await summary.locator('.decide__summary-empty').waitFor()
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('links to the 3D comparison and the questions page', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    const { page } = app
    try {
      await openDecide(app)
      await page.locator(`${PAGE} .decide__actions`).getByRole('button', { name: d.actions.questions, exact: true }).click()
      await page.locator('dialog[open][data-page="questions"]').waitFor()
      await openDecide(app)
      await page.getByRole('button', { name: d.actions.compare3d, exact: true }).click()
      await page.locator('dialog[open]').waitFor({ state: 'detached' }).catch(() => undefined)
      await page.waitForFunction(() => !document.querySelector('dialog[open]'))
      assert.equal(queryOf(page).compare, 'thr', 'the comparison opens')
      assert.equal(queryOf(page).page, undefined, 'and the page closes')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('shows the student register with sources beside claims only in the student view', async () => {
    const app = await newAppPage(rig.browser, rig.server)
    try {
      await openDecide(app, '?page=decide&audience=patient')
      assert.equal(await app.page.locator(`${PAGE} .decide__student`).count(), 0)
      await openDecide(app, '?page=decide&audience=student')
      await app.page.locator(`${PAGE} .decide__student`).waitFor()
      assert.ok((await app.page.locator(`${PAGE} .decide__table .page-sources`).count()) > 20, 'sources in the table')
      assert.ok((await app.page.locator(`${PAGE} .decide__student .page-sources`).count()) > 5, 'sources in the student register')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 320, height: 640 },
  ])
    it(`passes axe and does not scroll sideways at ${viewport.width} px, patient and student, with values chosen`, async () => {
      const phone = viewport.width < 600
      const app = await newAppPage(rig.browser, rig.server, { viewport, isMobile: phone, hasTouch: phone })
      const found: string[] = []
      try {
        for (const audience of ['patient', 'student'] as const) {
          await openDecide(app, `?page=decide&audience=${audience}`)
          await app.page
            .getByRole('group', { name: d.values.items['second-operation'].legend })
            .getByRole('radio', { name: d.values.weights['a-lot'], exact: true })
            .check()
          found.push(...(await violations(app.page, `${audience} ${viewport.width}px`)))
          // The page's own parts stay inside the screen; its tables scroll inside their own region.
          const overflow = await app.page.evaluate(() => {
            const content = document.querySelector('dialog[open] .page-content')
            const width = document.documentElement.clientWidth
            const outside = [...document.querySelectorAll('dialog[open] .page-content *')]
              .filter((e) => !e.closest('.page__table-wrap') && e.getBoundingClientRect().right > width + 1)
              .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`)
            return { outside, dialog: content ? content.scrollWidth - content.clientWidth : -1 }
          })
          assert.deepEqual(overflow, { outside: [], dialog: 0 }, `${audience}: no sideways scroll`)
        }
        assert.deepEqual(found, [], 'no accessibility violations')
        assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
      } finally {
        await app.close()
      }
    })
})
