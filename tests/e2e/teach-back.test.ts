/**
 * Patient teach-back in the production build: the box shows at the last step of each chapter,
 * for patients only; the key points open and close from a real disclosure button; what is
 * typed is kept nowhere; "Explain it again" goes to the chapter's first step with the focus on
 * its title; axe finds nothing in the box; and it fits a 320 px phone.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { CHAPTERS, STEP_IDS, type ChapterId, type StepId } from '../../src/content/steps-index'
import { steps } from '../../src/content/steps'
import { NO_PROBLEMS, newAppPage, problemsOf, queryOf, saveScreenshot, useBrowser, waitForView } from './harness'

const rig = useBrowser()
const BOX = '.teach-back'
const text = en.teachBack

const stepsOf = (chapter: ChapterId): StepId[] => steps.filter((s) => s.chapter === chapter).map((s) => s.id)
const lastOf = (chapter: ChapterId): StepId => stepsOf(chapter).at(-1)!
const chapterEnds = new Set(CHAPTERS.map(lastOf))
const stepShown = (page: Page, id: StepId) => page.locator('#step-title', { hasText: en.steps[id].title }).waitFor()
const activeId = (page: Page) => page.evaluate('document.activeElement && document.activeElement.id') as Promise<string | null>

describe('patient teach-back at the end of each chapter', () => {
  it('shows at the last step of every chapter for patients, and nowhere else nor for students', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      for (const audience of ['patient', 'student'] as const) {
        await app.open(`?step=${STEP_IDS[0]}&audience=${audience}`)
        for (const [i, id] of STEP_IDS.entries()) {
          if (i > 0) await app.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click()
          await stepShown(app.page, id)
          const expected = audience === 'patient' && chapterEnds.has(id) ? 1 : 0
          assert.equal(await app.page.locator(BOX).count(), expected, `${audience} at ${id}`)
          if (expected) {
            const chapter = steps.find((s) => s.id === id)!.chapter
            const box = app.page.getByRole('complementary', { name: text.title })
            assert.equal(await box.locator('.teach-back__prompt').innerText(), text.chapters[chapter].prompt)
            assert.match(await box.innerText(), new RegExp(text.intro.split('.')[0]!))
          }
        }
      }
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('opens and closes the key points, keeps nothing typed, and passes axe', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=cup-impaction&audience=patient')
      const box = app.page.locator(BOX)
      const toggle = box.getByRole('button', { name: text.showPoints })
      const points = box.locator('.teach-back__points')
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
      assert.equal(await points.isVisible(), false)
      assert.equal(await toggle.getAttribute('aria-controls'), await points.getAttribute('id'))

      // Typing is for the person alone: nothing is stored, the link does not change, nothing is sent.
      const before = { url: app.page.url(), storage: await app.page.evaluate('JSON.stringify([Object.keys(localStorage), Object.keys(sessionStorage)])') }
      const requests: string[] = []
      app.page.on('request', (r) => requests.push(r.url()))
      const field = box.getByLabel(text.thinkLabel)
      await field.fill('The cup goes in tight with no glue.')
      await field.press('ArrowRight') // the step keys must not fire from inside the field
      await field.blur()
      assert.equal(app.page.url(), before.url)
      assert.equal(await app.page.evaluate('JSON.stringify([Object.keys(localStorage), Object.keys(sessionStorage)])'), before.storage)
      assert.deepEqual(requests.filter((u) => !/\.(glb|js|wasm|png|css)(\?|$)/.test(u)), [])
      assert.equal(await box.getByText(text.thinkNote).isVisible(), true)

      await toggle.click()
      const hide = box.getByRole('button', { name: text.hidePoints })
      assert.equal(await hide.getAttribute('aria-expanded'), 'true')
      assert.equal(await points.isVisible(), true)
      const shown = await points.locator('li').allInnerTexts()
      assert.equal(shown.length, text.chapters.socket.keyPoints.length)
      assert.match(shown[2]!, /no cement and no screws/)
      // No score, no right or wrong anywhere in the box once it is all open.
      assert.doesNotMatch(await box.innerText(), /score|correct|wrong|do you understand/i)

      const axe = await new AxeBuilder({ page: app.page })
        .include(BOX)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      assert.deepEqual(axe.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), [])
      assert.ok(axe.passes.length > 0, 'axe looked at the box')

      await hide.click()
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
      assert.equal(await points.isVisible(), false)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('Explain it again goes to the chapter’s first step with the focus on its title, from the keyboard too', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=cap-cementing&audience=patient')
      const again = app.page.locator(BOX).getByRole('button', { name: text.explainAgain })
      assert.match((await again.getAttribute('aria-describedby')) ?? '', /\S/)
      await again.focus()
      await app.page.keyboard.press('Enter')
      await stepShown(app.page, 'guide-pin')
      await app.page.waitForFunction('document.activeElement && document.activeElement.id === "step-title"')
      assert.equal(queryOf(app.page).step, 'guide-pin')
      assert.equal(await app.page.locator(BOX).count(), 0)
      // The title is a focus target, not a new tab stop.
      assert.equal(await app.page.locator('#step-title').getAttribute('tabindex'), '-1')
      // Back returns to where the person was (each step change is a history entry).
      await app.page.goBack()
      await stepShown(app.page, 'cap-cementing')

      // A chapter of one step: Explain it again stays on it and brings the reader back to its title.
      await app.open('?step=recovery&audience=patient')
      await app.page.locator(BOX).getByRole('button', { name: text.explainAgain }).click()
      await app.page.waitForFunction('document.activeElement && document.activeElement.id === "step-title"')
      assert.equal(await activeId(app.page), 'step-title')
      assert.equal(queryOf(app.page).step, 'recovery')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 720 }],
    ['phone-320', { width: 320, height: 640 }],
  ] as const)
    it(`fits and reads on ${name}`, async () => {
      const phone = viewport.width < 600
      const app = await newAppPage(rig.browser, rig.server, { viewport, reducedMotion: 'reduce', hasTouch: phone, isMobile: phone })
      try {
        await app.open('?step=recovery&audience=patient')
        await waitForView(app.page, 'recovery')
        const box = app.page.locator(BOX)
        await box.getByRole('button', { name: text.showPoints }).click()
        // The box's heading at the top of what scrolls (the side panel on a desktop, the page on a phone).
        await box.evaluate((el) => el.scrollIntoView({ block: 'start' }))
        await saveScreenshot(`teach-back-${name}-page.png`, await app.page.screenshot())
        // An element shot is whole only where the page itself scrolls (a phone); the desktop's side panel clips it.
        if (phone) await saveScreenshot(`teach-back-${name}.png`, await box.screenshot())
        const width = await app.page.evaluate('document.documentElement.scrollWidth')
        assert.ok((width as number) <= viewport.width, `no sideways scroll (${String(width)} px)`)
        // Every control keeps a touch-sized target and stays inside the box.
        const boxRect = (await box.boundingBox())!
        for (const control of await box.locator('button, textarea').all()) {
          const r = (await control.boundingBox())!
          assert.ok(r.height >= 44, `control ${r.height} px high`)
          assert.ok(r.x >= boxRect.x && r.x + r.width <= boxRect.x + boxRect.width + 0.5, 'control inside the box')
        }
        assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
      } finally {
        await app.close()
      }
    })
})
