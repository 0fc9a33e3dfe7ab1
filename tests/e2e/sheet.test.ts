/**
 * The consultation sheet in a real Chromium: ticked and typed questions survive a reload and
 * show on the sheet page; the sheet prints (page.pdf, print media) into at most 2 A4 or Letter
 * pages that hold the typed question and not the walkthrough; Clear empties it and removes its
 * storage key; a stored sheet that is corrupt, too large or of another version gives a polite
 * notice and the app works; with storage blocked the sheet works for the visit and says it
 * cannot be kept; and no request leaves the page's origin.
 */
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { QUESTION_IDS } from '../../src/content/question-ids'
import { VALUE_IDS } from '../../src/content/decide/ids'
import { MAX_STORED_CHARS, SHEET_KEY, serialiseSheet } from '../../src/features/decide/sheet'
import { STEP_IDS } from '../../src/content/steps-index'
import { newAppPage, NO_PROBLEMS, problemsOf, ROOT, saveScreenshot, useAppPage, useBrowser } from './harness'
import { pdfPageCount, pdfText, squeeze } from './pdf'

const TYPED = 'Can I still go hill walking with my grandchildren next summer?'
const t = en.sheet
const questionText = (id: (typeof QUESTION_IDS)[number]) => en.pages.questions.items.find((q) => q.id === id)?.text ?? ''

const dialog = (page: Page) => page.getByRole('dialog')
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SHEET_KEY)

/** A full sheet: every question ticked, three typed, every value weighed, a group picked. */
const FULL = serialiseSheet({
  version: 1,
  questions: [...QUESTION_IDS],
  own: [
    TYPED,
    'Which painkillers can I take in the first two weeks at home, and for how long should I take them?',
    'Will the scar be on the side or the back of my hip, and how long will it be?',
  ],
  values: Object.fromEntries(VALUE_IDS.map((id, i) => [id, (['a-lot', 'some', 'little'] as const)[i % 3]])),
  group: 'men-under-65',
})

async function printed(page: Page, format: 'A4' | 'Letter'): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' })
  try {
    return await page.pdf({ format })
  } finally {
    await page.emulateMedia({ media: 'screen' })
  }
}

describe('the consultation sheet', () => {
  const rig = useAppPage({ reducedMotion: 'reduce' })

  it('keeps ticked and typed questions across a reload, and shows them on the sheet', async () => {
    const { page } = rig.app
    await rig.app.open('?page=questions')
    assert.equal(await stored(page), null, 'nothing stored before the person adds something')
    const box = (id: (typeof QUESTION_IDS)[number]) =>
      dialog(page).getByRole('checkbox', { name: `${t.addToSheet} ${questionText(id)}`, exact: true })
    await box('which-implant').check()
    await box('leg-length').check()
    await dialog(page).getByRole('textbox', { name: t.ownLabel }).fill(`  ${TYPED}  `)
    await dialog(page).getByRole('button', { name: t.ownAdd, exact: true }).click()
    await dialog(page).getByText(TYPED, { exact: true }).waitFor()
    assert.ok((await stored(page))?.includes(TYPED), 'the sheet is kept under its key')
    await saveScreenshot('sheet-questions-desktop.png', await page.screenshot())

    await page.reload()
    await page.locator('#step-title').waitFor()
    assert.equal(await box('which-implant').isChecked(), true)
    assert.equal(await box('leg-length').isChecked(), true)
    assert.equal(await box('which-operation').isChecked(), false)
    await dialog(page).getByRole('button', { name: t.openSheet }).click()
    await dialog(page).locator('[data-page="sheet"], .page--sheet').first().waitFor()
    const sheet = dialog(page).locator('[data-sheet="screen"]')
    await sheet.getByText(TYPED, { exact: true }).waitFor()
    await sheet.getByText(questionText('which-implant'), { exact: true }).waitFor()
    await sheet.getByText(questionText('leg-length'), { exact: true }).waitFor()
    assert.equal(await sheet.getByText(questionText('which-operation'), { exact: true }).count(), 0)
    await dialog(page).getByText(t.keptHere).waitFor()
    // The numbers on the sheet follow the group the person picks.
    await dialog(page).getByRole('radio', { name: en.decide.numbers.groups.women }).check()
    assert.equal(JSON.parse((await stored(page)) ?? '{}').group, 'women')
    await saveScreenshot('sheet-desktop.png', await page.screenshot())
  })

  it('prints into at most 2 A4 or Letter pages, with the typed question and not the walkthrough', async () => {
    const { page } = rig.app
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SHEET_KEY, FULL])
    await rig.app.open('?page=sheet')
    await dialog(page).getByText(TYPED, { exact: true }).waitFor()
    await mkdir(join(ROOT, 'test-results'), { recursive: true })
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await printed(page, format)
      await writeFile(join(ROOT, 'test-results', `sheet-${format}.pdf`), pdf)
      const pages = pdfPageCount(pdf)
      assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`)
      const text = squeeze(pdfText(pdf))
      assert.ok(text.includes(squeeze(TYPED)), `${format}: the typed question is printed`)
      assert.ok(text.includes(squeeze(t.title)), `${format}: the sheet's title is printed`)
      assert.ok(text.includes(squeeze(en.pages.recovery.stages[0]!.title)), `${format}: the recovery timeline is printed`)
      assert.ok(text.includes(squeeze(en.decide.values.items['keep-bone'].legend)), `${format}: what matters is printed`)
      const figure = en.decide.numbers.comparisons['revision-men-under-65'].figures.resurfacing.had ?? ''
      assert.ok(figure !== '' && text.includes(squeeze(figure)), `${format}: the numbers for the group picked are printed`)
      // Not the walkthrough behind the dialog, nor the dialog's buttons.
      for (const absent of [en.ui.closePage, t.print, t.clear, en.steps[STEP_IDS[0]].title])
        assert.ok(!text.includes(squeeze(absent)), `${format}: “${absent}” is not printed`)
    }
  })

  it('Clear asks first, then empties the sheet and removes its key', async () => {
    const { page } = rig.app
    await rig.app.open('?page=sheet')
    await dialog(page).getByText(TYPED, { exact: true }).waitFor()
    await dialog(page).getByRole('button', { name: t.clear }).click()
    // The safe answer has the focus; keeping it changes nothing.
    const keep = dialog(page).getByRole('button', { name: t.clearNo })
    await keep.waitFor()
    assert.equal(await keep.evaluate((el) => el === document.activeElement), true)
    await keep.click()
    assert.ok((await stored(page))?.includes(TYPED))
    await dialog(page).getByRole('button', { name: t.clear }).click()
    await dialog(page).getByRole('button', { name: t.clearYes }).click()
    await dialog(page).getByText(t.cleared).waitFor()
    await dialog(page).getByText(t.questionsEmpty).waitFor()
    assert.equal(await stored(page), null, 'the key is removed')
    await page.reload()
    await page.locator('#step-title').waitFor()
    await dialog(page).getByText(t.questionsEmpty).waitFor()
    assert.equal(await dialog(page).getByText(TYPED).count(), 0)
    const pdf = squeeze(pdfText(await printed(page, 'A4')))
    assert.ok(!pdf.includes(squeeze(TYPED)), 'a cleared sheet no longer prints the question')
  })

  it('sets aside a stored sheet that is corrupt, too large or of another version, politely, and the app works', async () => {
    const { page } = rig.app
    const cases = [
      ['{"version":1,"questions":[', en.ui.noticeSheetCorrupt],
      [JSON.stringify({ version: 1, questions: [], own: ['x'.repeat(MAX_STORED_CHARS)], values: {} }), en.ui.noticeSheetTooLarge],
      [JSON.stringify({ version: 0, questions: ['leg-length'], own: [], values: {} }), en.ui.noticeSheetOldVersion],
    ] as const
    for (const [raw, message] of cases) {
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SHEET_KEY, raw])
      await rig.app.open(`?step=${STEP_IDS[0]}`)
      const notice = page.locator('[data-notice="sheet-discarded"]')
      await notice.waitFor()
      assert.equal((await notice.textContent())?.trim(), message)
      assert.equal(await stored(page), null, 'the unusable sheet is removed')
      // The walkthrough works: the next step opens.
      await page.keyboard.press('ArrowRight')
      await page.locator(`[data-step="${STEP_IDS[1]}"]`).first().waitFor()
      await rig.app.open('?page=sheet')
      await dialog(page).getByText(t.questionsEmpty).waitFor()
      await page.reload()
      await page.locator('#step-title').waitFor()
      assert.equal(await page.locator('[data-notice="sheet-discarded"]').count(), 0, 'said once, not at every visit')
    }
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS, 'no errors, and no request to another origin')
  })
})

describe('the consultation sheet without storage', () => {
  const rig = useBrowser()

  it('works for the visit and says it cannot be kept', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      // As in some private windows: touching localStorage throws.
      await app.context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError')
          },
        })
      })
      const { page } = app
      await app.open('?page=questions')
      await dialog(page).getByRole('checkbox').first().check()
      await dialog(page).getByRole('textbox', { name: t.ownLabel }).fill(TYPED)
      await dialog(page).getByRole('button', { name: t.ownAdd, exact: true }).click()
      await dialog(page).getByRole('button', { name: t.openSheet }).click()
      await dialog(page).getByText(t.notKept).waitFor()
      await dialog(page).locator('[data-sheet="screen"]').getByText(TYPED, { exact: true }).waitFor()
      await dialog(page).locator('[data-sheet="screen"]').getByText(questionText(QUESTION_IDS[0]), { exact: true }).waitFor()
      const pdf = squeeze(pdfText(await printed(page, 'A4')))
      assert.ok(pdf.includes(squeeze(TYPED)), 'it still prints')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

describe('the consultation sheet on a phone', () => {
  const rig = useAppPage({ reducedMotion: 'reduce', viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true })

  it('fits the screen: no sideways scrolling on the questions and sheet pages', async () => {
    const { page } = rig.app
    await rig.app.open()
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SHEET_KEY, FULL])
    for (const pageId of ['questions', 'sheet'] as const) {
      await rig.app.open(`?page=${pageId}`)
      await dialog(page).getByText(TYPED, { exact: true }).first().waitFor()
      const overflow = await dialog(page).evaluate((d) => {
        const content = d.querySelector('.page-content') ?? d
        return content.scrollWidth - content.clientWidth
      })
      assert.ok(overflow <= 1, `${pageId}: ${overflow}px sideways overflow`)
      await saveScreenshot(`sheet-${pageId}-phone.png`, await page.screenshot())
    }
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS)
  })
})
