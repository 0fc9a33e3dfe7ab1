/**
 * The walkthrough in 3D, in the production build with software WebGL: every step opened by its
 * link and by the keyboard; the canvas draws the hip and each step looks different from the one
 * before; the pinned labels show real text inside the view. A screenshot of every step is
 * written to test-results/screenshots/<nn>-<step-id>.png for a person to look at.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { en } from '../../src/content/i18n/en'
import { STEP_IDS } from '../../src/content/steps-index'
import {
  differingShare,
  foregroundPixels,
  newAppPage,
  NO_PROBLEMS,
  problemsOf,
  saveScreenshot,
  SHOWN_LABEL,
  VIEW,
  viewShot,
  waitForView,
  useAppPage,
} from './harness'

const rig = useAppPage()

/** Every label word of every step, for either audience: a shown label must be one of these. */
const LABEL_WORDS = new Set(Object.values(en.labels).flatMap((l) => [l.patient, l.student]))

/**
 * What is wrong with the view of one step, as sentences; empty when all is well. Every step is
 * checked and photographed before the test fails, so one bad step does not hide the others.
 */
async function checkView(id: string, previous: Buffer | null): Promise<{ shot: Buffer; faults: string[] }> {
  const faults: string[] = []
  const shot = await viewShot(rig.app.page)
  const { count, total } = foregroundPixels(shot)
  if (count / total <= 0.03) faults.push(`the canvas draws almost nothing (${((100 * count) / total).toFixed(1)}% foreground)`)
  if (previous) {
    const share = differingShare(previous, shot)
    if (share <= 0.01) faults.push(`looks the same as the step before (${(100 * share).toFixed(2)}% of pixels differ)`)
  }
  const view = await rig.app.page.locator(VIEW).boundingBox()
  if (!view) return { shot, faults: [...faults, 'the view has no size'] }
  const labels = rig.app.page.locator(`${VIEW} ${SHOWN_LABEL}`)
  const n = await labels.count()
  if (n === 0) faults.push('no label is shown')
  for (let k = 0; k < n; k++) {
    const label = labels.nth(k)
    const text = (await label.innerText()).trim()
    const box = await label.boundingBox()
    if (text.length === 0) faults.push(`label ${k} is empty`)
    else if (!LABEL_WORDS.has(text)) faults.push(`label "${text}" is not a label word`)
    if (!(await label.isVisible()) || !box || box.width === 0 || box.height === 0) faults.push(`label "${text}" is not visible`)
    else if (box.x < view.x - 1 || box.y < view.y - 1 || box.x + box.width > view.x + view.width + 1 || box.y + box.height > view.y + view.height + 1)
      faults.push(`label "${text}" sticks out of the view`)
  }
  return { shot, faults }
}

describe('every step in 3D', () => {
  it('walks every step with the keyboard: each comes to rest, draws, differs from the one before, labels show text', async () => {
    await rig.app.open(`?step=${STEP_IDS[0]}`)
    let previous: Buffer | null = null
    const faults: string[] = []
    for (const [i, id] of STEP_IDS.entries()) {
      if (i > 0) await rig.app.page.keyboard.press('ArrowRight')
      await waitForView(rig.app.page, id)
      assert.equal(await rig.app.page.locator('#step-title').textContent(), en.steps[id].title)
      const checked = await checkView(id, previous)
      faults.push(...checked.faults.map((f) => `${id}: ${f}`))
      previous = checked.shot
      await saveScreenshot(`${String(i + 1).padStart(2, '0')}-${id}.png`, await rig.app.page.screenshot())
    }
    assert.deepEqual(faults, [])
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS)
  })

  it('opens every step in 3D from its link', async () => {
    // Reduced motion: the camera cuts to the pose, so each of the 15 loads skips the glide that
    // motion.test.ts and the keyboard walk above already cover. What is checked here is the link.
    const linked = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      for (const id of STEP_IDS) {
        await linked.open(`?step=${id}`)
        await waitForView(linked.page, id)
        assert.equal(await linked.page.locator('#step-title').textContent(), en.steps[id].title)
        assert.equal(await linked.page.locator(`${VIEW} ${SHOWN_LABEL}`).count() > 0, true, `${id}: labels shown`)
      }
      assert.deepEqual(problemsOf(linked.problems), NO_PROBLEMS)
    } finally {
      await linked.close()
    }
  })

  it('walks back and forward through history with the view following', async () => {
    await rig.app.open('?step=guide-pin')
    await waitForView(rig.app.page, 'guide-pin')
    await rig.app.page.getByRole('button', { name: 'Next step', exact: true }).click()
    await waitForView(rig.app.page, 'sleeve-reaming')
    await rig.app.page.goBack()
    await waitForView(rig.app.page, 'guide-pin')
    await rig.app.page.goForward()
    await waitForView(rig.app.page, 'sleeve-reaming')
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS)
  })
})
