/**
 * The walkthrough as text and navigation, in the production build: opening steps by link,
 * buttons, keys, the step list, Back/Forward, the audience, pages, layers, bad links.
 *
 * This suite runs in a Chromium without WebGL: none of it depends on the 3D view, and software
 * WebGL would make each of its ~60 page loads wait seconds for a scene the assertions never
 * look at. The same navigation with the 3D view running is covered by walkthrough.test.ts
 * (every step by link and by keyboard, Back/Forward) and layout.test.ts.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { en } from '../../src/content/i18n/en'
import { STEP_IDS } from '../../src/content/steps-index'
import { fullCitation } from '../../src/content/references'
import {
  newAppPage,
  NO_PROBLEMS,
  problemsOf,
  queryOf,
  useAppPage,
} from './harness'

const TOTAL = STEP_IDS.length
const title = (id: (typeof STEP_IDS)[number]) => en.steps[id].title

const rig = useAppPage({ webgl: false })

const stepTitle = () => rig.app.page.locator('#step-title')
const nextButton = () => rig.app.page.getByRole('button', { name: 'Next step', exact: true })
const previousButton = () => rig.app.page.getByRole('button', { name: 'Previous step', exact: true })
const stepsNav = () => rig.app.page.getByRole('navigation', { name: 'Steps', exact: true })

/** Waits until the step panel shows this step. */
async function expectStep(id: (typeof STEP_IDS)[number]) {
  await rig.app.page.locator('#step-title', { hasText: title(id) }).waitFor({ timeout: 20_000 })
  assert.equal(await stepTitle().textContent(), title(id))
}

describe('opening the app', () => {
  it('opens a bare link on the welcome page, whose Start opens step 1', async () => {
    await rig.app.open('')
    const dialog = rig.app.page.getByRole('dialog')
    await dialog.waitFor()
    assert.equal(await dialog.getAttribute('data-page'), 'welcome')
    // one Start at the top of the page (the dialog's bar), one at its end (the page's own)
    const starts = dialog.getByRole('button', { name: en.pages.welcome.start })
    assert.equal(await starts.count(), 2)
    await starts.last().click()
    await dialog.waitFor({ state: 'hidden' })
    await expectStep('healthy-hip')
    assert.deepEqual(queryOf(rig.app.page), { step: 'healthy-hip', audience: 'patient' })
    // Back returns to the welcome page
    await rig.app.page.goBack()
    await dialog.waitFor()
  })

  it('opens every step directly from its link, with its position and the step list marked', async () => {
    for (const [i, id] of STEP_IDS.entries()) {
      await rig.app.open(`?step=${id}`)
      await expectStep(id)
      assert.equal(await rig.app.page.locator('dialog[open]').count(), 0, 'no page over a step link')
      assert.match((await rig.app.page.locator('.step-kicker').textContent()) ?? '', new RegExp(`^Step ${i + 1} of ${TOTAL}`))
      assert.match((await stepsNav().textContent()) ?? '', new RegExp(`Step ${i + 1} of ${TOTAL}`))
      const current = stepsNav().locator('[aria-current="step"]')
      assert.equal(await current.count(), 1)
      assert.match((await current.textContent()) ?? '', new RegExp(escape(title(id))))
      // the step panel lists the step's labels for the audience
      const labels = await rig.app.page.locator('.label-list li').allTextContents()
      assert.ok(labels.length > 0 && labels.every((l) => l.trim().length > 0), `${id}: labels listed`)
    }
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS)
  })
})

describe('moving through the steps', () => {
  it('walks every step with ArrowRight and back with ArrowLeft; Home and End jump', async () => {
    await rig.app.open('?step=healthy-hip')
    // focus on the page itself, as after opening a link
    await rig.app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    for (const id of STEP_IDS.slice(1)) {
      await rig.app.page.keyboard.press('ArrowRight')
      await expectStep(id)
      assert.equal(queryOf(rig.app.page).step, id)
    }
    await rig.app.page.keyboard.press('ArrowRight') // at the end: stays
    await expectStep('recovery')
    await rig.app.page.keyboard.press('ArrowLeft')
    await expectStep('closure')
    await rig.app.page.keyboard.press('Home')
    await expectStep('healthy-hip')
    await rig.app.page.keyboard.press('End')
    await expectStep('recovery')
  })

  it('ignores the step keys while a form control has focus', async () => {
    await rig.app.open('?step=incision')
    await rig.app.page.getByRole('radio', { name: 'Patient' }).focus()
    await rig.app.page.keyboard.press('ArrowRight') // the radio group's own key: selects Student
    await rig.app.page.getByRole('radio', { name: 'Student' }).waitFor()
    assert.equal(await rig.app.page.getByRole('radio', { name: 'Student' }).isChecked(), true)
    await rig.app.page.keyboard.press('End')
    assert.equal(await stepTitle().textContent(), title('incision'))
    assert.equal(queryOf(rig.app.page).step, 'incision')
  })

  it('has Next step / Previous step buttons that stay focusable at either end', async () => {
    await rig.app.open('?step=closure')
    await nextButton().click()
    await expectStep('recovery')
    assert.equal(await nextButton().getAttribute('aria-disabled'), 'true')
    // Playwright will not click an aria-disabled button; a keyboard user can still press it
    await nextButton().focus()
    await rig.app.page.keyboard.press('Enter')
    await expectStep('recovery')
    assert.equal(await nextButton().evaluate((b) => b === document.activeElement), true)
    await previousButton().click()
    await expectStep('closure')
    await rig.app.open('?step=healthy-hip')
    assert.equal(await previousButton().getAttribute('aria-disabled'), 'true')
  })

  it('announces each step change in a live region', async () => {
    await rig.app.open('?step=healthy-hip')
    const live = rig.app.page.locator('[aria-live="polite"][data-testid="step-announcer"]')
    assert.equal(((await live.textContent()) ?? '').trim(), '', 'the first step is not announced')
    await nextButton().click()
    await rig.app.page.waitForFunction(
      (want) => document.querySelector('[data-testid="step-announcer"]')?.textContent === want,
      `Step 2 of ${TOTAL}: ${title('arthritic-hip')}`,
    )
  })

  it('lists the steps by chapter in a "Steps" navigation and goes to the one clicked', async () => {
    await rig.app.open('?step=exposure')
    const toggle = stepsNav().getByRole('button')
    assert.match((await toggle.textContent()) ?? '', new RegExp(`Step 4 of ${TOTAL}`))
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
    await toggle.click()
    for (const chapter of Object.values(en.chapters)) await stepsNav().getByRole('heading', { name: chapter }).waitFor()
    assert.equal(await stepsNav().getByRole('link').count(), TOTAL)
    await stepsNav().getByRole('link', { name: title('guide-pin') }).click()
    await expectStep('guide-pin')
    assert.equal(queryOf(rig.app.page).step, 'guide-pin')
    // choosing closes the list and leaves focus on its toggle
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
    assert.equal(await toggle.evaluate((t) => t === document.activeElement), true)
    await toggle.click()
    assert.equal(await stepsNav().getByRole('link', { name: title('guide-pin') }).getAttribute('aria-current'), 'step')
    await rig.app.page.keyboard.press('Escape')
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
  })

  it('walks the steps with Back and Forward', async () => {
    await rig.app.open('?step=incision')
    await nextButton().click()
    await expectStep('exposure')
    await nextButton().click()
    await expectStep('capsule-dislocation')
    await rig.app.page.goBack()
    await expectStep('exposure')
    await rig.app.page.goBack()
    await expectStep('incision')
    await rig.app.page.goForward()
    await expectStep('exposure')
    assert.deepEqual(queryOf(rig.app.page), { step: 'exposure', audience: 'patient' })
  })
})

describe('the audience', () => {
  it('switches between patient and student text through the "Audience" radio group, in the URL', async () => {
    await rig.app.open('?step=guide-pin')
    const group = rig.app.page.getByRole('radiogroup', { name: 'Audience', exact: true })
    assert.equal(await group.getByRole('radio', { name: 'Patient' }).isChecked(), true)
    const patientText = await rig.app.page.locator('.step-text').textContent()
    await group.getByRole('radio', { name: 'Student' }).check()
    await rig.app.page.locator('.step-text[data-audience="student"]').waitFor()
    assert.equal(queryOf(rig.app.page).audience, 'student')
    const studentText = await rig.app.page.locator('.step-text').textContent()
    assert.equal(await rig.app.page.locator('.step-text > p').count(), en.steps['guide-pin'].student.length, 'one paragraph a passage')
    if (JSON.stringify(en.steps['guide-pin'].student) !== JSON.stringify(en.steps['guide-pin'].patient))
      assert.notEqual(studentText, patientText)
    // student mode lists the step's sources in full (their own chunk), once each, numbered as on the references page
    await rig.app.page.getByRole('heading', { name: en.ui.sourcesHeading }).waitFor()
    const cited = [...new Set(en.steps['guide-pin'].student.flatMap((p) => p.sources))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
    await rig.app.page.locator('.source-list li').first().waitFor()
    assert.deepEqual(await rig.app.page.locator('.source-list li').evaluateAll((items) => items.map((li) => li.getAttribute('value'))), cited.map((id) => (Number(id) ? id : null)))
    assert.equal(await rig.app.page.locator('.source-list li').first().textContent(), fullCitation(cited[0]!))
    // the labels switch to the student words
    const labels = await rig.app.page.locator('.label-list li').allTextContents()
    assert.ok(labels.includes(en.labels['guide-pin'].student))
  })

  it('opens a student link in student mode', async () => {
    await rig.app.open('?step=cup-impaction&audience=student')
    assert.equal(await rig.app.page.getByRole('radio', { name: 'Student' }).isChecked(), true)
    await rig.app.page.locator('.step-text[data-audience="student"]').waitFor()
  })
})

describe('bad links', () => {
  const cases: [search: string, step: (typeof STEP_IDS)[number], says: RegExp][] = [
    ['?step=no-such-step', 'healthy-hip', /no step called “no-such-step”/],
    ['?step=Incision&audience=student', 'healthy-hip', /no step called “Incision”/],
    ['?step=incision&audience=surgeon', 'incision', /“surgeon” is not an audience/],
    ['?step=%E0%A4%A', 'healthy-hip', /could not be read/],
    ['?%%%&&==', 'healthy-hip', /could not be read/],
    ['?step=closure&page=admin', 'closure', /no page called “admin”/],
  ]
  for (const [search, step, says] of cases)
    it(`opens ${search} as ${step} with a polite notice`, async () => {
      await rig.app.open(search)
      await expectStep(step)
      const notice = rig.app.page.locator('[role="status"] .notice')
      await notice.waitFor()
      assert.match((await notice.textContent()) ?? '', says)
      // the address now says what is shown
      assert.equal(queryOf(rig.app.page).step, step)
      await notice.getByRole('button', { name: en.ui.dismissNotice }).click()
      await notice.waitFor({ state: 'detached' })
    })

  it('logged no errors and asked no other origin for anything', () => {
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS)
  })
})

describe('pages around the steps', () => {
  it('opens a page from the Guide menu, in the URL, and Back closes it', async () => {
    await rig.app.open('?step=reduction')
    const guide = rig.app.page.getByRole('navigation', { name: en.ui.guideNav })
    const menu = guide.getByRole('button', { name: en.ui.menu })
    if (await menu.isVisible()) await menu.click()
    await guide.getByRole('link', { name: en.ui.pageGlossary }).click()
    const dialog = rig.app.page.getByRole('dialog', { name: en.ui.pageGlossary })
    await dialog.waitFor()
    assert.deepEqual(queryOf(rig.app.page), { step: 'reduction', audience: 'patient', page: 'glossary' })
    await rig.app.page.goBack()
    await dialog.waitFor({ state: 'hidden' })
    await expectStep('reduction')
    assert.equal(queryOf(rig.app.page).page, undefined)
  })

  it('after a page is opened and closed, Back goes to the step before, not into the page again', async () => {
    await rig.app.open('?step=incision')
    await nextButton().click()
    await expectStep('exposure')
    const guide = rig.app.page.getByRole('navigation', { name: en.ui.guideNav })
    const menu = guide.getByRole('button', { name: en.ui.menu })
    if (await menu.isVisible()) await menu.click()
    await guide.getByRole('link', { name: en.ui.pageRecovery }).click()
    const dialog = rig.app.page.getByRole('dialog', { name: en.ui.pageRecovery })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: en.ui.closePage }).click()
    await dialog.waitFor({ state: 'hidden' })
    await rig.app.page.waitForURL((url) => !url.searchParams.has('page'))
    assert.deepEqual(queryOf(rig.app.page), { step: 'exposure', audience: 'patient' })
    await rig.app.page.goBack()
    await expectStep('incision')
    assert.equal(await rig.app.page.locator('dialog[open]').count(), 0)
  })

  it('closes a page with Escape and with its close button, and the step keys do not move behind it', async () => {
    await rig.app.open('?step=reduction&page=questions')
    const dialog = rig.app.page.getByRole('dialog', { name: en.ui.pageQuestions })
    await dialog.waitFor()
    await rig.app.page.keyboard.press('End')
    await rig.app.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await expectStep('reduction')
    await rig.app.open('?step=reduction&page=recovery')
    await rig.app.page.getByRole('button', { name: en.ui.closePage }).click()
    await rig.app.page.getByRole('dialog').waitFor({ state: 'hidden' })
    assert.equal(queryOf(rig.app.page).page, undefined)
  })
})

describe('the note', () => {
  it('always shows the note that this is not medical advice', async () => {
    await rig.app.open('?step=recovery')
    await rig.app.page.getByRole('contentinfo').getByText(en.ui.medicalNote).waitFor()
  })
})

describe('phone layout', () => {
  it('fits a 320 px wide phone in portrait, 3D view above the text', async () => {
    const phone = await newAppPage(rig.browser, rig.server, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true })
    try {
      await phone.open('?step=cup-impaction')
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      assert.equal(overflow, 0, 'no sideways scrolling')
      const view = await phone.page.locator('[data-camera]').boundingBox()
      const text = await phone.page.locator('#step-title').boundingBox()
      assert.ok(view && text && view.y + view.height <= text.y, 'the view is above the text')
      assert.ok(view.height >= 200, `the view is tall enough (${view.height})`)
      await phone.page.getByRole('button', { name: 'Next step', exact: true }).click()
      await phone.page.locator('#step-title', { hasText: title('guide-pin') }).waitFor()
      assert.deepEqual(problemsOf(phone.problems), NO_PROBLEMS)
    } finally {
      await phone.close()
    }
  })
})

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
