/**
 * Students' self-tests in the production build: a whole chapter test by keyboard alone, with a
 * score and the steps to review at the end, kept on this device; practice feedback at once and
 * its link to the step that teaches it; a find question answered by clicking the model where
 * the structure's landmark projects (right) and somewhere else on the model (wrong); axe on the
 * question, feedback and results views; a link to an unknown test; desktop and phone screenshots.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { questions as words } from '../../src/content/i18n/en/quiz-questions'
import type { LabelTerm } from '../../src/content/label-terms'
import type { StepId } from '../../src/content/steps-index'
import { questionById, questionsOf } from '../../src/content/teach/questions'
import { QUIZ_RESULTS_KEY } from '../../src/features/quiz/results-store'
import { NO_PROBLEMS, PHONE, VIEW, newAppPage, problemsOf, queryOf, saveScreenshot, useBrowser, waitForView, type AppPage } from './harness'

const rig = useBrowser()
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot))
const title = (id: StepId) => en.steps[id].title
const PANEL = '.quiz-panel'

async function axe(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  assert.deepEqual(results.violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} at ${n.target.join(' ')} (${v.help})`)), [])
}

/** What has keyboard focus, as plain data. */
interface Focused {
  tag: string
  type: string
  value: string
  label: string
  text: string
  checked: boolean
}
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(`(() => {
    const el = document.activeElement
    if (!el) return { tag: '', type: '', value: '', label: '', text: '', checked: false }
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') || '',
      value: el.value || '',
      label: el.getAttribute('aria-label') || '',
      text: (el.textContent || '').trim(),
      checked: !!el.checked,
    }
  })()`) as Promise<Focused>

/** Presses Tab until the focused element is the one wanted (a user tabbing through the page). */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (wanted(await focused(page))) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`)
}

/** Tabs into a radio group and moves the choice with the arrow keys to `value`. */
async function chooseRadio(page: Page, value: string): Promise<void> {
  await tabTo(page, (f) => f.type === 'radio', 'a radio group')
  for (let i = 0; i < 30; i++) {
    const f = await focused(page)
    if (f.value === value) {
      if (!f.checked) await page.keyboard.press('Space')
      assert.equal((await focused(page)).checked, true)
      return
    }
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`The arrow keys never reached ${value}`)
}

/** The order question's steps as shown now. */
const shownOrder = (page: Page) => page.locator('.quiz-order__item').evaluateAll((items) => items.map((el) => el.getAttribute('data-step') ?? ''))

/** Sorts an order question with the Up buttons only, reached with Tab, pressed with Enter. */
async function sortByKeyboard(page: Page, target: readonly StepId[]): Promise<void> {
  for (let i = 0; i < target.length; i++) {
    const step = target[i]!
    let at = (await shownOrder(page)).indexOf(step)
    if (at <= i) continue
    const label = fill(en.quiz.moveUpLabel, { item: title(step) })
    await tabTo(page, (f) => f.label === label, label)
    while (at > i) {
      await page.keyboard.press('Enter')
      await page.waitForFunction(
        `document.querySelectorAll('.quiz-order__item')[${at - 1}]?.getAttribute('data-step') === '${step}' && document.activeElement?.getAttribute('aria-label') === ${JSON.stringify(label)}`,
      )
      at--
    }
  }
  assert.deepEqual(await shownOrder(page), [...target])
}

/** Opens a link to a quiz (its panel stands where the step text would). */
async function openQuiz(app: AppPage, search: string): Promise<void> {
  await app.page.goto(`${rig.server.appUrl}${search}`)
  await app.page.locator('#quiz-title').waitFor()
}

const headingFocused = (page: Page) => page.evaluate(`document.activeElement?.id === 'quiz-title'`) as Promise<boolean>
const liveText = (page: Page) => page.locator(`${PANEL} [role="status"]`).innerText()

/** The label dot of `term` in the view as it is (labels shown): its position on the page. */
async function labelPoint(app: AppPage, term: LabelTerm): Promise<{ x: number; y: number }> {
  const name = en.labels[term].student
  const point = (await app.page.evaluate(`(() => {
    const view = document.querySelector('${VIEW}').getBoundingClientRect()
    const labels = [...document.querySelectorAll('.scene-label')]
    const i = labels.findIndex((el) => el.textContent.trim() === ${JSON.stringify(name)} && el.getAttribute('data-visible') === 'true')
    if (i < 0) return null
    const dot = document.querySelectorAll('.scene-labels__dot')[i]
    return { x: view.left + Number(dot.getAttribute('cx')), y: view.top + Number(dot.getAttribute('cy')) }
  })()`)) as { x: number; y: number } | null
  assert.ok(point, `the label "${name}" is shown`)
  return point
}

/** Clicks the model at a point until the question is answered (the touch handler loads after the first frame). */
async function clickModelUntilAnswered(page: Page, at: { x: number; y: number }): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.mouse.click(at.x, at.y)
    if (await page.locator('.quiz-feedback').first().waitFor({ timeout: 1_000 }).then(() => true, () => false)) return
  }
  throw new Error(`A click at ${at.x},${at.y} never answered the question`)
}

describe('self-tests for students', () => {
  it('a whole chapter test by keyboard alone: score, steps to review, kept on this device', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      // The chapter's last step invites the test; Tab reaches it and Enter opens it.
      await app.open('?step=cap-cementing&audience=student')
      await tabTo(app.page, (f) => f.tag === 'a' && f.text === en.quiz.startTest, en.quiz.startTest)
      await app.page.keyboard.press('Enter')
      await app.page.locator('#quiz-title').waitFor()
      assert.deepEqual({ quiz: queryOf(app.page).quiz, mode: queryOf(app.page).quizMode }, { quiz: 'femoral-head', mode: 'test' })
      assert.ok(await headingFocused(app.page), 'focus is on the quiz’s title')
      assert.equal(await app.page.locator(`${PANEL} input[name="quiz-mode"][value="test"]`).isChecked(), true)
      await tabTo(app.page, (f) => f.text === en.quiz.start, en.quiz.start)
      await app.page.keyboard.press('Enter')

      const ids = questionsOf('femoral-head')
      // Right, except the guide pin's angle: 4 of 5, and the guide pin to review.
      for (const [n, id] of ids.entries()) {
        const q = questionById(id)
        await app.page.locator(`${PANEL} .step-kicker`, { hasText: fill(en.quiz.questionOf, { n: n + 1, total: ids.length }) }).waitFor()
        assert.ok(await headingFocused(app.page), `question ${n + 1}: focus on its prompt`)
        if (q.kind === 'find') {
          await waitForView(app.page, q.step)
          assert.equal(await app.page.locator(`${VIEW} .scene-label`).count(), 0, 'no labels give the answer away')
          await chooseRadio(app.page, q.structure)
        } else if (q.kind === 'choice') await chooseRadio(app.page, id === 'head-pin-angle' ? 'native' : q.correct)
        else if (q.kind === 'next') await chooseRadio(app.page, q.answer)
        else await sortByKeyboard(app.page, q.steps)
        const button = n === ids.length - 1 ? en.quiz.finish : en.quiz.saveAndNext
        await tabTo(app.page, (f) => f.tag === 'button' && f.text === button, button)
        // No feedback before the end in a test.
        assert.equal(await app.page.locator('.quiz-feedback').count(), 0)
        await app.page.keyboard.press('Enter')
      }

      const score = fill(en.quiz.score, { right: ids.length - 1, total: ids.length })
      await app.page.locator('#quiz-title', { hasText: score }).waitFor()
      assert.ok(await headingFocused(app.page), 'focus on the score')
      const review = app.page.locator('.quiz-review-list a')
      assert.deepEqual(await review.allInnerTexts(), [title('guide-pin')])
      // Each question with right or not and its reasons (both for the one missed).
      assert.equal(await app.page.locator('.quiz-results .quiz-feedback[data-right="true"]').count(), ids.length - 1)
      const missed = app.page.locator('.quiz-results .quiz-feedback[data-right="false"]')
      assert.match(await missed.innerText(), new RegExp(en.quiz.wrong))
      const pin = words['head-pin-angle'].options
      for (const reason of [pin.native.reason.text, pin['valgus-140'].reason.text]) assert.ok((await missed.innerText()).includes(reason), reason)
      // Right and wrong are told apart by more than words: the verdicts' colours differ too.
      const verdictColour = (right: boolean) =>
        app.page.locator(`.quiz-results .quiz-feedback[data-right="${right}"] .quiz-feedback__verdict`).first().evaluate((el) => getComputedStyle(el).color)
      assert.notEqual(await verdictColour(true), await verdictColour(false))
      await axe(app.page, 'results')
      await saveScreenshot('quiz-results-desktop.png', await app.page.screenshot())
      await missed.scrollIntoViewIfNeeded()
      await saveScreenshot('quiz-results-missed-desktop.png', await app.page.screenshot())

      const kept = JSON.parse((await app.page.evaluate(`localStorage.getItem('${QUIZ_RESULTS_KEY}')`)) as string) as { sets: Record<string, unknown> }
      assert.deepEqual(kept.sets['femoral-head'], { best: { right: 4, total: 5 }, last: { right: 4, total: 5 } })

      // Close (by keyboard): back to the step it was opened from, focus on its title, where the
      // invitation now shows the best score.
      await tabTo(app.page, (f) => f.tag === 'button' && f.text === en.quiz.closeResults, en.quiz.closeResults)
      await app.page.keyboard.press('Enter')
      await app.page.locator('#step-title', { hasText: title('cap-cementing') }).waitFor()
      assert.equal(queryOf(app.page).quiz, undefined)
      await app.page.waitForFunction(`document.activeElement?.id === 'step-title'`)
      assert.match(await app.page.locator('.quiz-invite').innerText(), new RegExp(fill(en.quiz.best, { right: 4, total: 5 })))
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('practice answers at once, with the reasons and a link to the step that teaches it', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await openQuiz(app, '?step=exposure&audience=student&quiz=socket&quizMode=practice')
      await app.page.getByRole('button', { name: en.quiz.start }).click()
      // 1: find the acetabulum, answered wrongly from the list.
      await waitForView(app.page, 'acetabular-reaming')
      await axe(app.page, 'find question')
      await saveScreenshot('quiz-find-desktop.png', await app.page.screenshot())
      await app.page.getByRole('radio', { name: en.labels.femur.student, exact: true }).check()
      await app.page.getByRole('button', { name: en.quiz.check }).click()
      const feedback = app.page.locator('.quiz-feedback')
      await feedback.waitFor()
      assert.match(await feedback.innerText(), new RegExp(en.quiz.wrong))
      assert.ok((await feedback.innerText()).includes(fill(en.quiz.rightAnswer, { answer: en.labels.acetabulum.student })))
      assert.match(await liveText(app.page), new RegExp(`${en.quiz.wrong}.*${en.labels.acetabulum.student}`))
      // Focus is on the way on, and the radio marks the right answer.
      assert.equal((await focused(app.page)).text, en.quiz.next)

      // 2: a choice answered right: the reason for it, with its sources.
      await app.page.getByRole('button', { name: en.quiz.next }).click()
      await app.page.locator('#quiz-title', { hasText: words['socket-sizing-why'].stem }).waitFor()
      await axe(app.page, 'choice question')
      await saveScreenshot('quiz-question-desktop.png', await app.page.screenshot())
      await app.page.getByRole('radio', { name: words['socket-sizing-why'].options.notching.text }).check()
      await app.page.getByRole('button', { name: en.quiz.check }).click()
      await feedback.waitFor()
      const said = await feedback.innerText()
      assert.match(said, new RegExp(`^[^a-z]*${en.quiz.right}`, 'i'))
      assert.ok(said.includes(words['socket-sizing-why'].options.notching.reason.text))
      assert.match(said, /\[12, 14, 15, 16\]/)
      assert.equal(await liveText(app.page), en.quiz.right)
      await axe(app.page, 'practice feedback')
      await saveScreenshot('quiz-feedback-desktop.png', await app.page.screenshot())

      // "Review this step" closes the quiz and shows the step that teaches it, in the student text.
      await app.page.getByRole('link', { name: fill(en.quiz.review, { step: title('femoral-sizing') }) }).click()
      await app.page.locator('#step-title', { hasText: title('femoral-sizing') }).waitFor()
      assert.deepEqual({ step: queryOf(app.page).step, quiz: queryOf(app.page).quiz, audience: queryOf(app.page).audience }, { step: 'femoral-sizing', quiz: undefined, audience: 'student' })
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('a click on the model where the structure is answers a find question right; elsewhere, wrong', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      // Where the femoral head and the femur's shaft project, from the same step with its labels.
      await app.open('?step=healthy-hip&audience=student')
      await waitForView(app.page, 'healthy-hip')
      const head = await labelPoint(app, 'femoral-head')
      const shaft = await labelPoint(app, 'femur')

      for (const [at, right] of [[head, true], [shaft, false]] as const) {
        await openQuiz(app, '?step=healthy-hip&audience=student&quiz=the-hip&quizMode=practice')
        await app.page.getByRole('button', { name: en.quiz.start }).click()
        await app.page.locator('#quiz-title', { hasText: en.labels['femoral-head'].student }).waitFor()
        await waitForView(app.page, 'healthy-hip')
        await clickModelUntilAnswered(app.page, at)
        const feedback = app.page.locator('.quiz-feedback')
        assert.equal(await feedback.getAttribute('data-right'), String(right), `a click at the ${right ? 'head' : 'shaft'}`)
        assert.match(await feedback.innerText(), new RegExp(right ? en.quiz.right : en.quiz.wrong))
        if (!right) assert.ok((await feedback.innerText()).includes(fill(en.quiz.yourAnswer, { answer: en.labels.femur.student })))
      }
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('fits a phone: question, feedback and results at 320 px', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce', viewport: { width: 320, height: PHONE.height } })
    try {
      await openQuiz(app, '?step=reduction&audience=student&quiz=finishing&quizMode=practice')
      await app.page.getByRole('button', { name: en.quiz.start }).click()
      await waitForView(app.page, 'reduction')
      await saveScreenshot('quiz-find-phone.png', await app.page.screenshot({ fullPage: true }))
      await app.page.getByRole('radio', { name: en.labels.cup.student, exact: true }).check()
      await app.page.getByRole('button', { name: en.quiz.check }).click()
      await app.page.locator('.quiz-feedback').waitFor()
      await saveScreenshot('quiz-feedback-phone.png', await app.page.screenshot({ fullPage: true }))
      const overflow = () => app.page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as Promise<number>
      assert.equal(await overflow(), 0, 'nothing wider than the phone')
      await axe(app.page, 'phone feedback')
      // The rest answered quickly; the results fit too.
      for (let i = 1; i < questionsOf('finishing').length; i++) {
        await app.page.getByRole('button', { name: en.quiz.next }).click()
        await app.page.locator(`${PANEL} input[type="radio"]`).first().check()
        await app.page.getByRole('button', { name: en.quiz.check }).click()
        await app.page.locator('.quiz-feedback').waitFor()
      }
      await app.page.getByRole('button', { name: en.quiz.seeResults }).click()
      await app.page.locator('.quiz-score').waitFor()
      assert.equal(await overflow(), 0)
      await saveScreenshot('quiz-results-phone.png', await app.page.screenshot({ fullPage: true }))
      // Practice is not a test: no score is kept.
      assert.equal(await app.page.evaluate(`localStorage.getItem('${QUIZ_RESULTS_KEY}')`), null)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('an order question at phone size, reordered with the buttons', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce', viewport: PHONE })
    try {
      await openQuiz(app, '?step=recovery&audience=student&quiz=operation&quizMode=practice')
      await app.page.getByRole('button', { name: en.quiz.start }).click()
      await app.page.locator('.quiz-order').waitFor()
      await saveScreenshot('quiz-order-phone.png', await app.page.screenshot({ fullPage: true }))
      await axe(app.page, 'order question')
    } finally {
      await app.close()
    }
  })

  it('is offered in the student text: a quiet link on a chapter’s steps, both modes at its end, the whole operation at the last step', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=incision&audience=student')
      const link = app.page.getByRole('link', { name: fill(en.quiz.inviteLink, { chapter: en.chapters.opening }) })
      assert.equal(await link.getAttribute('href'), '?step=incision&audience=student&quiz=opening&quizMode=practice')
      assert.equal(await app.page.locator('.quiz-invite').count(), 0)
      // Patients get the teach-back instead, never a test.
      await app.open('?step=recovery&audience=patient')
      assert.equal(await app.page.locator('.quiz-invite, .quiz-invite-link').count(), 0)
      await app.open('?step=recovery&audience=student')
      const invite = app.page.locator('.quiz-invite')
      await invite.scrollIntoViewIfNeeded()
      assert.deepEqual(await invite.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), [
        '?step=recovery&audience=student&quiz=after&quizMode=practice',
        '?step=recovery&audience=student&quiz=after&quizMode=test',
        '?step=recovery&audience=student&quiz=operation&quizMode=practice',
        '?step=recovery&audience=student&quiz=operation&quizMode=test',
      ])
      await axe(app.page, 'invitation')
      await saveScreenshot('quiz-invite-desktop.png', await app.page.screenshot())
      // The whole operation opens from it.
      await invite.getByRole('link', { name: en.quiz.startTest }).last().click()
      await app.page.locator('#quiz-title', { hasText: en.quiz.operation }).waitFor()
      assert.ok(await headingFocused(app.page))
      await axe(app.page, 'start')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('a link to a self-test that does not exist says so and opens the walkthrough', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=incision&audience=student&quiz=bogus')
      const notice = app.page.locator('.notice')
      await notice.waitFor()
      assert.ok((await notice.innerText()).includes(fill(en.ui.noticeUnknownQuiz, { value: 'bogus' })))
      assert.equal(await app.page.locator(PANEL).count(), 0)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
