/**
 * The 3D scene's own promises, in the production build with software WebGL: on every step the
 * shown labels never overlap, never cover the point they name and are joined to it by a leader
 * line, also once Larger text has changed their size; the canvas has an accessible name and a text description of the view; a lost WebGL
 * context is explained and the view comes back when the context is restored; "Reset view"
 * undoes the user's orbit.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Route } from 'playwright-core'
import { STEP_IDS } from '../../src/content/steps-index'
import { en } from '../../src/content/i18n/en'
import { LAYERS } from '../../models/contract'
import {
  differingShare,
  NO_PROBLEMS,
  problemsOf,
  VIEW,
  viewShot,
  waitForView,
  useAppPage,
} from './harness'

// Reduced motion: each step is shown in its end state at once, so the checks see what stays.
const rig = useAppPage({ reducedMotion: 'reduce' })

interface LabelGeometry {
  text: string
  box: { left: number; top: number; right: number; bottom: number }
  dot: { x: number; y: number } | null
  lineStart: { x: number; y: number } | null
  lineEnd: { x: number; y: number } | null
}

/**
 * The shown labels with their boxes, their dots and the far end of their leader lines (page px).
 * Passed as a string: tsx would wrap the named inner functions in a helper the page lacks.
 */
const shownLabels = (): Promise<LabelGeometry[]> =>
  rig.app.page.evaluate(`(() => {
    const svg = document.querySelector('.scene-labels__lines')
    const origin = svg ? svg.getBoundingClientRect() : { left: 0, top: 0 }
    const items = [...document.querySelectorAll('.scene-label')]
    const lines = [...document.querySelectorAll('.scene-labels__line')]
    const dots = [...document.querySelectorAll('.scene-labels__dot')]
    const at = (x, y) => (x === null || y === null ? null : { x: origin.left + Number(x), y: origin.top + Number(y) })
    return items.flatMap((item, i) => {
      if (item.dataset.visible !== 'true') return []
      const r = item.getBoundingClientRect()
      const line = lines[i]
      const dot = dots[i]
      return [{
        text: item.textContent || '',
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        dot: dot && dot.getAttribute('visibility') === 'visible' ? at(dot.getAttribute('cx'), dot.getAttribute('cy')) : null,
        lineStart: line && line.getAttribute('visibility') === 'visible' ? at(line.getAttribute('x1'), line.getAttribute('y1')) : null,
        lineEnd: line && line.getAttribute('visibility') === 'visible' ? at(line.getAttribute('x2'), line.getAttribute('y2')) : null,
      }]
    })
  })()`)


const inside = (p: { x: number; y: number }, b: LabelGeometry['box']) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom
const overlap = (a: LabelGeometry['box'], b: LabelGeometry['box']) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
/** How far a point lies inside a box (0 on or outside its edge). */
const depthInside = (p: { x: number; y: number }, b: LabelGeometry['box']) =>
  Math.max(0, Math.min(p.x - b.left, b.right - p.x, p.y - b.top, b.bottom - p.y))

/** What is wrong with the labels shown on a step: none must overlap, hide a point or lose its leader line. */
function labelFaults(id: string, labels: LabelGeometry[]): string[] {
  const faults: string[] = []
  if (labels.length === 0) faults.push(`${id}: no label shown`)
  labels.forEach((a, i) => {
    if (!a.dot || !a.lineStart || !a.lineEnd) faults.push(`${id}: "${a.text}" has no leader line or dot`)
    else {
      if (Math.hypot(a.dot.x - a.lineEnd.x, a.dot.y - a.lineEnd.y) > 1) faults.push(`${id}: "${a.text}"'s line does not end at its dot`)
      // Laid out for a box of another size, the line would start under the label's text.
      if (depthInside(a.lineStart, a.box) > 1.5) faults.push(`${id}: "${a.text}"'s line starts inside its box`)
    }
    for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) faults.push(`${id}: "${a.text}" overlaps "${b.text}"`)
    for (const b of labels) if (b.dot && inside(b.dot, a.box)) faults.push(`${id}: "${a.text}" covers the point of "${b.text}"`)
  })
  return faults
}

describe('labels in the 3D view', () => {
  it('never overlap, never cover a labelled point, and each has a leader line to its dot, on every step', async () => {
    const faults: string[] = []
    for (const id of STEP_IDS) {
      await rig.app.open(`?step=${id}`)
      await waitForView(rig.app.page, id)
      faults.push(...labelFaults(id, await shownLabels()))
    }
    assert.deepEqual(faults, [])
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS)
  })

  it('are shown when the models arrive well after the 3D view has started (a slow network)', async () => {
    const { page } = rig.app
    // The view's own frames come first, the models a while later.
    const held: Promise<void>[] = []
    const slow = (route: Route) => {
      const later = new Promise((wait) => setTimeout(wait, 1500)).then(() => route.continue())
      held.push(later)
      return later
    }
    await page.route('**/*.glb', slow)
    try {
      await rig.app.open('?step=healthy-hip')
      await waitForView(page, 'healthy-hip')
      assert.deepEqual(labelFaults('healthy-hip, slow models', await shownLabels()), [])
    } finally {
      // The files after the first are still held back: let them through before the route goes.
      await Promise.all(held)
      await page.unroute('**/*.glb', slow)
    }
  })

  it('are laid out again for their new size when the text is made larger, and back', async () => {
    const { page } = rig.app
    await rig.app.open('?step=exposure')
    await waitForView(page, 'exposure')
    const widths = async () => (await shownLabels()).map((l) => Math.round(l.box.right - l.box.left))
    const before = await widths()
    for (const pressed of ['true', 'false']) {
      await page.locator('.text-size-in-header').click()
      await page.locator(`.text-size-in-header[aria-pressed="${pressed}"]`).waitFor()
      // The view re-lays its labels on the frames that follow; a stale layout never comes right.
      const check = async () => {
        await page.locator(`${VIEW} canvas[data-quality="still"]`).waitFor()
        return labelFaults(`exposure, larger text ${pressed === 'true' ? 'on' : 'off'}`, await shownLabels())
      }
      const deadline = Date.now() + 10_000
      let faults = await check()
      while (faults.length > 0 && Date.now() < deadline) faults = await check()
      assert.deepEqual(faults, [])
      if (pressed === 'true') assert.ok((await widths()).some((w, i) => w > (before[i] ?? Infinity)), 'the labels grew with the text')
    }
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS)
  })
})

describe('the canvas', () => {
  it('has an accessible name and a description of the current view that follows the step', async () => {
    await rig.app.open('?step=healthy-hip')
    await waitForView(rig.app.page, 'healthy-hip')
    const canvas = rig.app.page.locator(`${VIEW} canvas`)
    assert.equal(await canvas.getAttribute('role'), 'img')
    assert.ok(((await canvas.getAttribute('aria-label')) ?? '').length > 0)
    const describedBy = await canvas.getAttribute('aria-describedby')
    assert.ok(describedBy)
    const description = () => rig.app.page.locator(`[id="${describedBy}"]`).innerText()
    const first = await description()
    assert.match(first, /front/)
    await rig.app.page.keyboard.press('End')
    await waitForView(rig.app.page, STEP_IDS[STEP_IDS.length - 1]!)
    assert.notEqual(await description(), first)
  })
})

describe('a lost WebGL context', () => {
  it('is explained, and the view comes back when the context is restored', async () => {
    await rig.app.open('?step=arthritic-hip')
    await waitForView(rig.app.page, 'arthritic-hip')
    await rig.app.page.evaluate(`(() => {
      const gl = document.querySelector('.viewport canvas').getContext('webgl2')
      window.loseContextForTest = gl.getExtension('WEBGL_lose_context')
      window.loseContextForTest.loseContext()
    })()`)
    await rig.app.page.locator(`${VIEW}[data-status="context-lost"]`).waitFor({ timeout: 15_000 })
    assert.ok(await rig.app.page.getByRole('alert').isVisible())
    // The step text is still there and still moves on.
    assert.ok(await rig.app.page.locator('#step-title').isVisible())
    await rig.app.page.evaluate('window.loseContextForTest.restoreContext()')
    await waitForView(rig.app.page, 'arthritic-hip')
    assert.equal(await rig.app.page.locator(`${VIEW}[data-status="context-lost"]`).count(), 0)
  })
})

describe('Reset view', () => {
  it('brings the camera back to the step pose after the user orbits', async () => {
    await rig.app.open('?step=healthy-hip')
    await waitForView(rig.app.page, 'healthy-hip')
    const before = await viewShot(rig.app.page)
    const box = (await rig.app.page.locator(`${VIEW} canvas`).boundingBox())!
    await rig.app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await rig.app.page.mouse.down()
    await rig.app.page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 + 40, { steps: 8 })
    await rig.app.page.mouse.up()
    await rig.app.page.waitForTimeout(800)
    const orbited = await viewShot(rig.app.page)
    assert.ok(differingShare(before, orbited) > 0.02, 'dragging turned the view')
    await rig.app.page.getByRole('button', { name: 'Reset view' }).click()
    await waitForView(rig.app.page, 'healthy-hip')
    const reset = await viewShot(rig.app.page)
    assert.ok(differingShare(before, reset) < 0.01, `reset returns to the step pose (${(100 * differingShare(before, reset)).toFixed(2)}% differ)`)
  })
})

// These controls act on the 3D view, so they are offered (and tested) only where WebGL runs;
// tests/e2e/fallbacks.test.ts checks they are absent without it.
describe('layers and animation controls', () => {
  it('shows every layer with the step default and keeps the user’s choice until reset', async () => {
    await rig.app.open('?step=healthy-hip')
    await waitForView(rig.app.page, 'healthy-hip')
    const toggle = rig.app.page.getByRole('button', { name: en.ui.layers, exact: true })
    await toggle.click()
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true')
    const names = [en.ui.layerSkin, en.ui.layerMuscle, en.ui.layerNerves, en.ui.layerBone, en.ui.layerCartilage, en.ui.layerImplants, en.ui.layerInstruments]
    assert.equal(names.length, LAYERS.length)
    for (const name of names) await rig.app.page.getByRole('radiogroup', { name, exact: true }).waitFor()
    const bone = rig.app.page.getByRole('radiogroup', { name: en.ui.layerBone, exact: true })
    assert.equal(await bone.getByRole('radio', { name: en.ui.layerShown }).isChecked(), true, 'step default: bone shown')
    await bone.getByRole('radio', { name: en.ui.layerGhost }).check()
    await rig.app.page.getByRole('button', { name: 'Next step', exact: true }).click()
    await waitForView(rig.app.page, 'arthritic-hip')
    assert.equal(await bone.getByRole('radio', { name: en.ui.layerGhost }).isChecked(), true, 'the choice lasts across steps')
    await rig.app.page.getByRole('button', { name: en.ui.resetLayers }).click()
    assert.equal(await bone.getByRole('radio', { name: en.ui.layerShown }).isChecked(), true)
    await rig.app.page.keyboard.press('Escape')
    await bone.waitFor({ state: 'detached' })
  })

  it('pauses and plays the animation, replays it and resets the view', async () => {
    await rig.app.open('?step=sleeve-reaming')
    await waitForView(rig.app.page, 'sleeve-reaming')
    const button = (name: string) => rig.app.page.getByRole('button', { name, exact: true })
    await button(en.ui.pauseAnimation).click()
    await button(en.ui.playAnimation).click()
    await button(en.ui.pauseAnimation).waitFor()
    await button(en.ui.replayAnimation).click()
    await button(en.ui.resetView).click()
    await waitForView(rig.app.page, 'sleeve-reaming')
    assert.deepEqual(problemsOf(rig.app.problems), NO_PROBLEMS)
  })
})
