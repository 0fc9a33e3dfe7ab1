/**
 * Landmarks in the production build (issue 14): the student register's "Landmarks" toggle
 * labels the bones' landmarks on every step; no two labels overlap, each label's point is on
 * screen, and a touch at each shown label's point lands on that label's bone (nothing else
 * stands in front of it) and, for most, names the landmark itself with its glossary line. The
 * toggle is absent for patients, `?landmarks=1` opens with it on, the audience window follows
 * the presenter's. Screenshots of every step with landmarks on, desktop and phone:
 * test-results/screenshots/landmarks-<nn>-<step>.png and landmarks-phone-<nn>-<step>.png.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { landmarks as landmarkLines } from '../../src/content/i18n/en/landmarks'
import { LANDMARKS } from '../../src/content/landmarks'
import { STRUCTURES } from '../../src/content/structures'
import { PART_LAYER } from '../../models/contract'
import { STEP_IDS } from '../../src/content/steps-index'
import { landmarkLineText } from '../../src/lib/landmark-labels'
import { NO_PROBLEMS, newAppPage, problemsOf, queryOf, saveScreenshot, useBrowser, VIEW, viewShot, waitForView, watch, type AppPage } from './harness'

const rig = useBrowser()
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
const TOGGLE = { name: en.ui.landmarks }
const FRAME = `${VIEW} .hip-scene__frame`
const CARD = `${VIEW} .explore-card`
const STUDENT_NAMES = new Set(LANDMARKS.map((l) => en.labels[l.term].student))
/** The bone each term belongs to: the landmarks', and the regions' and bones' a touch may name instead. */
const BONE_OF = new Map<string, 'femur' | 'pelvis'>([
  ...LANDMARKS.map((l) => [l.term, l.bone] as const),
  ...STRUCTURES.filter((s) => s.parts.some((p) => p === 'femur' || p === 'pelvis')).map((s) => [s.term, s.parts.includes('femur') ? 'femur' : 'pelvis'] as const),
])

interface Shown {
  term: string
  anchor: string
  text: string
  box: { left: number; top: number; right: number; bottom: number }
  dot: { x: number; y: number } | null
}

/** The shown labels with their boxes and dots (page px). A string: tsx would wrap inner functions in a helper the page lacks. */
const shownLabels = (page: Page): Promise<Shown[]> =>
  page.evaluate(`(() => {
    const origin = document.querySelector('.scene-labels').getBoundingClientRect()
    const dots = [...document.querySelectorAll('.scene-labels__dot')]
    return [...document.querySelectorAll('.scene-label')].flatMap((item, i) => {
      if (item.dataset.visible !== 'true') return []
      const r = item.getBoundingClientRect()
      const d = dots[i]
      return [{
        term: '', anchor: item.dataset.anchor, text: item.textContent || '',
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        dot: d && d.getAttribute('visibility') === 'visible' ? { x: origin.left + Number(d.getAttribute('cx')), y: origin.top + Number(d.getAttribute('cy')) } : null,
      }]
    })
  })()`) as Promise<Shown[]>

const overlap = (a: Shown['box'], b: Shown['box']) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/** What is wrong with the landmark labels in view: names, overlaps, points off screen or under a label. */
async function labelFaults(page: Page, where: string, labels: Shown[]): Promise<string[]> {
  const faults: string[] = []
  const view = await page.locator(VIEW).boundingBox()
  assert.ok(view)
  if (labels.length === 0) faults.push(`${where}: no landmark labelled`)
  labels.forEach((a, i) => {
    if (!STUDENT_NAMES.has(a.text)) faults.push(`${where}: "${a.text}" is not a landmark's name`)
    if (!a.dot) faults.push(`${where}: "${a.text}" has no dot`)
    else if (a.dot.x < view.x || a.dot.y < view.y || a.dot.x > view.x + view.width || a.dot.y > view.y + view.height)
      faults.push(`${where}: "${a.text}"'s point is off screen`)
    if (a.box.left < view.x - 1 || a.box.top < view.y - 1 || a.box.right > view.x + view.width + 1 || a.box.bottom > view.y + view.height + 1)
      faults.push(`${where}: "${a.text}" sticks out of the view`)
    for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) faults.push(`${where}: "${a.text}" overlaps "${b.text}"`)
    for (const b of labels)
      if (b.dot && b.dot.x > a.box.left && b.dot.x < a.box.right && b.dot.y > a.box.top && b.dot.y < a.box.bottom) faults.push(`${where}: "${a.text}" covers the point of "${b.text}"`)
  })
  return faults
}

/**
 * Parts that may stand in front of a labelled point by design (src/scene/hip-rig.ts): an
 * instrument held over the bone it works on, and the thin skin; the points under them stay labelled.
 */
const SEE_PAST = new Set(STRUCTURES.filter((s) => s.parts.every((p) => p === 'skin' || PART_LAYER[p] === 'instruments')).map((s) => s.term as string))
/** The obturator foramen's point is the middle of the opening: a touch there goes through it. */
const IN_THE_AIR = new Set(['obturator-foramen'])

/**
 * Touches each shown label's point: the pick must land on that landmark's bone, or on nothing (a
 * point on the bone's outline), never on another structure (that would stand in front of a point
 * the view says is visible). Returns the faults and how many touches named the landmark itself.
 */
async function touchFaults(page: Page, where: string, labels: Shown[]): Promise<{ faults: string[]; named: number; others: string[] }> {
  const faults: string[] = []
  const misses: string[] = []
  const others: string[] = []
  let named = 0
  await page.locator(`${FRAME}[data-explore="ready"]`).waitFor({ timeout: 30_000 })
  for (const l of labels) {
    const landmark = LANDMARKS.find((m) => m.landmark === l.anchor)
    if (!l.dot || !landmark || IN_THE_AIR.has(l.anchor)) continue
    await page.mouse.click(l.dot.x, l.dot.y)
    // The pick is made on the release; a miss closes any card, a hit opens one.
    const card = page.locator(`${CARD}[data-visible="true"]`)
    const term = await card.waitFor({ timeout: 2000 }).then(
      () => card.getAttribute('data-structure'),
      () => null,
    )
    if (term === null) {
      misses.push(l.text)
      continue
    }
    if (term === landmark.term) {
      named++
      const meaning = (await page.locator(`${CARD} .explore-card__meaning`).innerText()).trim()
      const expected = landmarkLineText(landmarkLines[landmark.term], 'student')
      if (meaning !== expected) faults.push(`${where}: the card for "${l.text}" says "${meaning}"`)
    } else if (BONE_OF.get(term) === landmark.bone || SEE_PAST.has(term)) others.push(`${l.text} -> ${term}`)
    else faults.push(`${where}: a touch at "${l.text}" landed on ${term}, not its ${landmark.bone}`)
    await page.keyboard.press('Escape')
  }
  // A few points sit on the bone's outline, where a touch can slip past; most must be hit.
  if (misses.length > labels.length / 4) faults.push(`${where}: touches at ${misses.join(', ')} named nothing`)
  return { faults, named, others }
}

async function turnOn(app: AppPage, stepId: string): Promise<void> {
  const toggle = app.page.getByRole('button', TOGGLE)
  await toggle.click()
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true')
  await waitForView(app.page, stepId)
  await app.page.locator(`${VIEW} .scene-label[data-anchor="${LANDMARKS[0].landmark}"], ${VIEW} .scene-label[data-anchor="asis"]`).first().waitFor({ state: 'attached' })
}

describe('landmarks in the student register', () => {
  it('labels the landmarks on every step without overlap, points on screen and in front, and names them on a touch', async () => {
    const app = await newAppPage(rig.browser, rig.server, { viewport: DESKTOP, reducedMotion: 'reduce' })
    try {
      await app.open(`?step=${STEP_IDS[0]}&audience=student`)
      await waitForView(app.page, STEP_IDS[0])
      const stepLabels = (await shownLabels(app.page)).map((l) => l.text)
      await turnOn(app, STEP_IDS[0])
      assert.equal(queryOf(app.page).landmarks, '1')
      const faults: string[] = []
      let named = 0
      let touched = 0
      const others: string[] = []
      for (const [i, id] of STEP_IDS.entries()) {
        if (i > 0) {
          await app.page.getByRole('button', { name: en.ui.nextStep }).click()
          await waitForView(app.page, id)
        }
        const labels = await shownLabels(app.page)
        faults.push(...(await labelFaults(app.page, id, labels)))
        await saveScreenshot(`landmarks-${String(i + 1).padStart(2, '0')}-${id}.png`, await viewShot(app.page))
        // Touch every label's point on a few steps: the native hip, the socket reamed, the head shaped, the end.
        if (['healthy-hip', 'acetabular-reaming', 'head-shaping', 'recovery'].includes(id)) {
          const touch = await touchFaults(app.page, id, labels)
          faults.push(...touch.faults)
          named += touch.named
          others.push(...touch.others.map((o) => `${id}: ${o}`))
          touched += labels.length
          await waitForView(app.page, id)
        }
      }
      assert.deepEqual(faults, [])
      assert.ok(named >= touched / 2, `${named} of ${touched} touches named the landmark itself; others: ${others.join('; ')}`)
      // Off again: the step's own labels come back.
      await app.page.getByRole('button', TOGGLE).click()
      assert.equal(queryOf(app.page).landmarks, undefined)
      await waitForView(app.page, STEP_IDS.at(-1)!)
      assert.ok((await shownLabels(app.page)).every((l) => !STUDENT_NAMES.has(l.text) || en.labels['greater-trochanter'].student === l.text || en.labels.psis.student === l.text))
      assert.ok(stepLabels.length > 0)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('on a phone: the view bar fits a 320 px screen, and every step is labelled without overlap', async () => {
    const app = await newAppPage(rig.browser, rig.server, { viewport: PHONE, reducedMotion: 'reduce', isMobile: true, hasTouch: true })
    try {
      await app.open(`?step=${STEP_IDS[0]}&audience=student&landmarks=1`)
      const faults: string[] = []
      for (const [i, id] of STEP_IDS.entries()) {
        if (i > 0) {
          await app.page.getByRole('button', { name: en.ui.nextStep }).click()
        }
        await waitForView(app.page, id)
        faults.push(...(await labelFaults(app.page, `phone ${id}`, await shownLabels(app.page))))
        await saveScreenshot(`landmarks-phone-${String(i + 1).padStart(2, '0')}-${id}.png`, await viewShot(app.page))
      }
      assert.deepEqual(faults, [])
      await app.page.setViewportSize({ width: 320, height: 640 })
      const bar = await app.page.locator('.view-controls').boundingBox()
      assert.ok(bar)
      await saveScreenshot('landmarks-phone-320-bar.png', await app.page.screenshot())
      const buttons = await app.page.locator('.view-controls button:visible').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
      assert.ok(buttons.length >= 6)
      for (const [i, b] of buttons.entries()) {
        assert.ok(b.left >= 0 && b.right <= 320, `button ${i} inside the screen`)
        assert.ok(b.width >= 44 && b.height >= 44, `button ${i} is a 44 px target`)
        // The X-ray and cut buttons are one segmented control: their borders share a pixel.
        for (const c of buttons.slice(i + 1))
          assert.ok(!(b.left < c.right - 1 && c.left < b.right - 1 && b.top < c.bottom - 1 && c.top < b.bottom - 1), `buttons ${i} overlaps another`)
      }
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('opens with landmarks on from ?landmarks=1, and passes axe with them on', async () => {
    const app = await newAppPage(rig.browser, rig.server, { viewport: DESKTOP, reducedMotion: 'reduce' })
    try {
      await app.open('?step=exposure&audience=student&landmarks=1')
      await waitForView(app.page, 'exposure')
      assert.equal(await app.page.getByRole('button', TOGGLE).getAttribute('aria-pressed'), 'true')
      const labels = await shownLabels(app.page)
      assert.ok(labels.length >= 3 && labels.every((l) => STUDENT_NAMES.has(l.text)), labels.map((l) => l.text).join(', '))
      const results = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [])
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

describe('landmarks for patients', () => {
  it('offers no toggle, and a patient link with landmarks=1 shows the step’s own labels (and drops the key)', async () => {
    const app = await newAppPage(rig.browser, rig.server, { viewport: DESKTOP, reducedMotion: 'reduce' })
    try {
      await app.open('?step=healthy-hip&audience=patient&landmarks=1')
      await waitForView(app.page, 'healthy-hip')
      assert.equal(await app.page.getByRole('button', TOGGLE).count(), 0)
      assert.equal(queryOf(app.page).landmarks, undefined)
      const shown = (await shownLabels(app.page)).map((l) => l.text)
      const patientNames = new Set(LANDMARKS.map((l) => en.labels[l.term].patient))
      const stepOwn = new Set(Object.values(en.labels).map((l) => l.patient))
      assert.ok(shown.length > 0 && shown.every((t) => stepOwn.has(t)))
      assert.ok(shown.filter((t) => patientNames.has(t)).length <= 3, `few landmarks among the step's labels: ${shown.join(', ')}`)
      // A student who switches to the patient register loses the toggle and the landmarks.
      await app.open('?step=healthy-hip&audience=student&landmarks=1')
      await waitForView(app.page, 'healthy-hip')
      await app.page.locator('.audience .segment:visible', { hasText: en.ui.audiencePatient }).first().click()
      await app.page.getByRole('button', TOGGLE).waitFor({ state: 'detached' })
      assert.equal(queryOf(app.page).landmarks, undefined)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

describe('landmarks on the projector', () => {
  it('the audience window follows the presenter’s toggle', async () => {
    const context = await rig.browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' })
    try {
      const open = async (search: string) => {
        const page = await context.newPage()
        const problems = watch(context, page, rig.server.origin)
        await page.goto(`${rig.server.appUrl}${search}`)
        await page.locator(VIEW).waitFor()
        return { page, problems }
      }
      const audience = await open('?step=healthy-hip&view=audience')
      const presenter = await open('?step=healthy-hip&audience=student&view=presenter')
      await waitForView(audience.page, 'healthy-hip')
      await presenter.page.getByRole('button', TOGGLE).click()
      await audience.page.locator(`${VIEW} .scene-label[data-anchor="teardrop"], ${VIEW} .scene-label[data-anchor="asis"]`).first().waitFor({ state: 'attached', timeout: 5000 })
      await waitForView(audience.page, 'healthy-hip')
      const shown = await shownLabels(audience.page)
      assert.ok(shown.length >= 3 && shown.every((l) => STUDENT_NAMES.has(l.text)), shown.map((l) => l.text).join(', '))
      await saveScreenshot('landmarks-audience.png', await viewShot(audience.page))
      await presenter.page.getByRole('button', TOGGLE).click()
      await audience.page.locator(`${VIEW} .scene-label[data-anchor="teardrop"]`).waitFor({ state: 'detached', timeout: 5000 })
      assert.deepEqual(problemsOf(audience.problems), NO_PROBLEMS)
      assert.deepEqual(problemsOf(presenter.problems), NO_PROBLEMS)
    } finally {
      await context.close()
    }
  })
})
