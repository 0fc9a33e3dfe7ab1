/**
 * The comparison with a total hip replacement in the production build: opened from a step,
 * both hips drawn in the one canvas, three views that differ, labels with text on both hips,
 * the measured bone table, the total hip's file loaded only when asked for, a failed load with
 * Try again, an unknown comparison in a link, the phone's one-hip switch, and the keyboard.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import { PNG } from 'pngjs'
import manifest from '../../models/manifest.json'
import { en } from '../../src/content/i18n/en'
import { cm3 } from '../../src/features/compare/bone-removed'
import {
  NO_PROBLEMS,
  PHONE,
  SHOWN_LABEL,
  VIEW,
  differingShare,
  foregroundPixels,
  newAppPage,
  problemsOf,
  queryOf,
  saveScreenshot,
  useBrowser,
  viewShot,
  waitForView,
  type AppPage,
} from './harness'

const rig = useBrowser()
const VIEWS = ['implants', 'inside', 'bone-removed'] as const

/** The comparison is at rest with every file in, labels checked and the sharp frame drawn. */
async function waitForComparison(app: AppPage, stepId: string, view: string): Promise<void> {
  await app.page.locator(`${VIEW}[data-compare="${view}"][data-models="complete"]`).waitFor({ timeout: 60_000 })
  await waitForView(app.page, stepId)
}

/** Opens a link that names a comparison (the comparison's panel stands where the step's would). */
async function openComparison(app: AppPage, search: string): Promise<void> {
  await app.page.goto(`${rig.server.appUrl}${search}`)
  await app.page.locator('#compare-title').waitFor()
}

/** Foreground pixels in the left and right halves of a view shot. */
function halves(png: Buffer): { left: number; right: number } {
  const image = PNG.sync.read(png)
  const half = (x0: number, x1: number) => {
    const out = new PNG({ width: x1 - x0, height: image.height })
    PNG.bitblt(image, out, x0, 0, x1 - x0, image.height, 0, 0)
    return foregroundPixels(PNG.sync.write(out)).count
  }
  const mid = Math.floor(image.width / 2)
  return { left: half(0, mid), right: half(mid, image.width) }
}

/** The shown labels' text and which half of the view each sits in. */
const shownLabels = (app: AppPage) =>
  app.page.evaluate(`(() => {
    const view = document.querySelector('.viewport').getBoundingClientRect()
    return [...document.querySelectorAll('${SHOWN_LABEL}')].map((el) => {
      const dot = document.querySelectorAll('.scene-labels__dot')[[...document.querySelectorAll('.scene-label')].indexOf(el)]
      const x = view.left + Number(dot.getAttribute('cx'))
      return { text: el.textContent, half: x < view.left + view.width / 2 ? 'left' : 'right' }
    })
  })()`) as Promise<{ text: string; half: 'left' | 'right' }[]>

describe('the comparison with a total hip replacement', () => {
  it('opens from a bone-preparation step, loads the total hip only then, and draws both hips in three different views', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    const modelRequests: string[] = []
    app.page.on('request', (r) => {
      // Built files carry a content hash: thr-1a2b3c.glb.
      const file = new URL(r.url()).pathname.split('/').pop() ?? ''
      if (file.endsWith('.glb')) modelRequests.push(file.replace(/-[\w-]+(?=\.glb$)/, ''))
    })
    try {
      await app.open('?step=head-shaping&audience=patient')
      await app.page.locator(`${VIEW}[data-models="complete"]`).waitFor({ timeout: 60_000 })
      await waitForView(app.page, 'head-shaping')
      assert.ok(!modelRequests.includes('thr.glb'), `thr.glb was loaded before the comparison was opened: ${modelRequests.join(', ')}`)

      // The step says what a total hip does instead, how much bone is gone so far, and links the view.
      const note = app.page.locator('.step-compare')
      assert.match(await note.innerText(), new RegExp(en.compare.stepNoteHeading, 'i'))
      assert.match(await note.innerText(), /cm³/)
      await note.getByRole('link', { name: en.compare.seeIt }).click()
      assert.deepEqual({ compare: queryOf(app.page).compare, view: queryOf(app.page).compareView }, { compare: 'thr', view: 'bone-removed' })
      await waitForComparison(app, 'head-shaping', 'bone-removed')
      assert.equal(modelRequests.filter((f) => f === 'thr.glb').length, 1)

      const shots: Buffer[] = []
      for (const view of VIEWS) {
        await app.page.getByRole('button', { name: en.compare.views[view].name }).click()
        await waitForComparison(app, 'head-shaping', view)
        assert.equal(queryOf(app.page).compareView, view)
        const shot = await viewShot(app.page)
        shots.push(shot)
        await saveScreenshot(`compare-${view}.png`, await app.page.screenshot())
        const { left, right } = halves(shot)
        const { total } = foregroundPixels(shot)
        assert.ok(left > total * 0.02 && right > total * 0.02, `${view}: both hips drawn (left ${left}, right ${right} of ${total} px)`)
        const labels = await shownLabels(app)
        assert.ok(labels.every((l) => l.text.trim().length > 0), `${view}: labels show text`)
        assert.ok(labels.some((l) => l.half === 'left') && labels.some((l) => l.half === 'right'), `${view}: labels on both hips: ${JSON.stringify(labels)}`)
        assert.equal(await app.page.locator('#compare-title').innerText(), en.compare.views[view].name)
        const axe = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
        assert.deepEqual(axe.violations.map((v) => `${view}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), [])
      }
      for (let i = 0; i < shots.length; i++)
        for (let j = i + 1; j < shots.length; j++)
          assert.ok(differingShare(shots[i]!, shots[j]!) > 0.01, `${VIEWS[i]} and ${VIEWS[j]} look different`)

      // The table shows the volumes the generator measured.
      const table = await app.page.locator('.compare-bone__table').innerText()
      const measured = manifest.comparison.boneRemovedMm3
      for (const v of [measured.resurfacing.femur, measured.thr.femur, measured.resurfacing.socket, measured.thr.socket]) assert.ok(table.includes(cm3(v)), `${cm3(v)} in the table`)

      // Back closes the comparison and returns to the step.
      await app.page.getByRole('button', { name: en.compare.close }).click()
      await app.page.locator('#step-title').waitFor()
      assert.equal(queryOf(app.page).compare, undefined)
      await waitForView(app.page, 'head-shaping')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('opens from the header on any step, is driven by the arrow keys, and follows Back', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=incision&audience=student')
      await app.page.getByRole('button', { name: en.ui.menu }).click()
      await app.page.getByRole('link', { name: new RegExp(en.compare.openShort) }).click()
      await waitForComparison(app, 'incision', 'implants')
      const labels = await shownLabels(app)
      assert.ok(labels.some((l) => l.text === en.labels['thr-ball'].student || l.text === en.labels['thr-cup'].student), JSON.stringify(labels))
      await app.page.keyboard.press('ArrowRight')
      await waitForComparison(app, 'incision', 'inside')
      assert.equal(await app.page.getByRole('button', { name: en.compare.views.inside.name }).getAttribute('aria-pressed'), 'true')
      await app.page.goBack()
      await app.page.locator(`${VIEW}[data-compare="implants"]`).waitFor()
      await app.page.goBack()
      await app.page.locator('#step-title').waitFor()
      assert.equal(await app.page.locator(`${VIEW}[data-compare]`).count(), 0)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('shows one hip at a time on a phone, with a switch', async () => {
    const app = await newAppPage(rig.browser, rig.server, { viewport: PHONE, reducedMotion: 'reduce', hasTouch: true, isMobile: true })
    try {
      await openComparison(app, '?step=guide-pin&compare=thr&compareView=implants')
      await waitForComparison(app, 'guide-pin', 'implants')
      const resurfacing = await viewShot(app.page)
      await saveScreenshot('compare-phone-resurfacing.png', await app.page.screenshot())
      const sides = app.page.getByRole('group', { name: en.compare.sidesLabel })
      await sides.getByRole('button', { name: en.compare.sides.thr }).click()
      await app.page.locator(`${VIEW}[data-camera="moving"], ${VIEW}[data-camera="idle"]`).first().waitFor()
      await waitForComparison(app, 'guide-pin', 'implants')
      const thr = await viewShot(app.page)
      await saveScreenshot('compare-phone-thr.png', await app.page.screenshot())
      assert.ok(differingShare(resurfacing, thr) > 0.02, 'the switch shows the other hip')
      const labels = await shownLabels(app)
      assert.ok(labels.length > 0 && labels.every((l) => Object.values(en.labels).some((t) => t.patient === l.text)))
      assert.ok(
        labels.some((l) => [en.labels['thr-ball'].patient, en.labels['thr-cup'].patient, en.labels['neck-cut'].patient].includes(l.text)),
        `the total hip's labels: ${JSON.stringify(labels)}`,
      )
      const width = await app.page.evaluate(() => document.documentElement.scrollWidth)
      assert.ok(width <= PHONE.width, `no sideways scroll (${width} px)`)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('shows the usual step and a notice for an unknown comparison in a link', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=guide-pin&compare=knee')
      await app.page.getByText(/comparison called “knee”/).waitFor()
      assert.equal(await app.page.locator('#step-title').innerText(), en.steps['guide-pin'].title)
      assert.equal(await app.page.locator('.compare-controls').count(), 0)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('explains a total hip file that fails to load, keeps the decision aid readable, and loads it on Try again', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.page.route('**/thr*.glb', (route) => route.abort('failed'))
      await openComparison(app, '?step=cup-impaction&compare=thr&compareView=inside')
      await app.page.locator(`${VIEW}[data-status="error"]`).waitFor({ timeout: 60_000 })
      await app.page.getByRole('alert').getByRole('button').waitFor()
      // The rest of the app works: the decision aid opens and reads as usual.
      await app.page.getByRole('button', { name: en.ui.menu }).click()
      await app.page.getByRole('link', { name: en.ui.pageDecide }).click()
      await app.page.locator('dialog[open][data-page="decide"] h2').waitFor()
      await app.page.keyboard.press('Escape')
      await app.page.unroute('**/thr*.glb')
      await app.page.getByRole('alert').getByRole('button').click()
      await waitForComparison(app, 'cup-impaction', 'inside')
      assert.deepEqual(problemsOf(app.problems, { console: /Failed to load resource|ERR_FAILED/ }), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
