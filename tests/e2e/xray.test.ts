/**
 * The simulated X-ray in the production build: a greyscale film computed from the models with
 * the implants its brightest pixels; the angles drawn on it agree with the manifest's; templating
 * a small cap notches and the model's clears; the simplified film and its note when the browser
 * cannot blend into float targets; axe; the keyboard; the patients' two films and sentences.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { referenceAngles } from '../../src/features/xray/film-marks'
import { CAP_SIZES_MM, modelCapMm } from '../../src/features/xray/templating'
import { KEEP_NAMES_SHIM, NO_PROBLEMS, PHONE, VIEW, newAppPage, problemsOf, saveScreenshot, useBrowser, viewShot, type AppPage } from './harness'

const rig = useBrowser()
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The X-ray is drawn with every file in, the camera at rest and the sharp frame drawn. */
async function waitForFilm(page: Page, films: string, rendering = 'computed'): Promise<void> {
  const ready = `${VIEW}[data-xray="${rendering}"][data-xray-films="${films}"][data-camera="idle"][data-models="complete"]`
  await page.locator(ready).waitFor({ timeout: 60_000 })
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await page.locator(ready).waitFor({ timeout: 60_000 })
  await page.locator(`${VIEW} canvas[data-quality="still"]`).waitFor({ timeout: 60_000 })
}

/** The student's film is ready to read: the marks are drawn on it. */
async function waitForMarks(page: Page, film: 'before' | 'after'): Promise<void> {
  await waitForFilm(page, film)
  await page.locator(`.xray-overlay[data-film="${film}"] .xray-mark`).first().waitFor({ timeout: 30_000 })
}

interface Pixels {
  /** Drawn pixels (brighter than near black) and how many of them are not grey. */
  drawn: number
  notGrey: number
  /** Brightest level within `radius` CSS px of the point, and beyond `outside` CSS px of it. */
  near: number
  far: number
  /** Drawn pixels in the canvas's left and right halves. */
  left: number
  right: number
}

/** Reads the canvas itself (its drawing buffer is kept), so the DOM over it does not count. */
async function canvasPixels(page: Page, at: readonly [number, number] = [0, 0], radius = 6, outside = 70): Promise<Pixels> {
  await page.evaluate(KEEP_NAMES_SHIM)
  return page.evaluate(
    ({ at: [cx, cy], radius, outside }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.viewport canvas')!
      const copy = document.createElement('canvas')
      copy.width = canvas.width
      copy.height = canvas.height
      const context = copy.getContext('2d')!
      context.drawImage(canvas, 0, 0)
      const { data, width, height } = context.getImageData(0, 0, copy.width, copy.height)
      const scale = width / canvas.getBoundingClientRect().width
      const out = { drawn: 0, notGrey: 0, near: 0, far: 0, left: 0, right: 0 }
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4
          const r = data[i]!
          const g = data[i + 1]!
          const b = data[i + 2]!
          const level = Math.max(r, g, b)
          if (level > 12) {
            out.drawn++
            if (x < width / 2) out.left++
            else out.right++
            if (Math.max(Math.abs(r - g), Math.abs(g - b), Math.abs(r - b)) > 3) out.notGrey++
          }
          const d = Math.hypot(x / scale - cx, y / scale - cy)
          if (d <= radius) out.near = Math.max(out.near, level)
          else if (d > outside) out.far = Math.max(out.far, level)
        }
      }
      return out
    },
    { at, radius, outside },
  )
}

/** Grey levels along a row of the canvas, from x0 to x1 (CSS px) at y. */
async function rowProfile(page: Page, y: number, x0: number, x1: number): Promise<number[]> {
  await page.evaluate(KEEP_NAMES_SHIM)
  return page.evaluate(
    ({ y, x0, x1 }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.viewport canvas')!
      const scale = canvas.width / canvas.getBoundingClientRect().width
      const copy = document.createElement('canvas')
      copy.width = canvas.width
      copy.height = canvas.height
      const context = copy.getContext('2d')!
      context.drawImage(canvas, 0, 0)
      const row = context.getImageData(Math.round(x0 * scale), Math.round(y * scale), Math.round((x1 - x0) * scale), 1).data
      const levels: number[] = []
      for (let i = 0; i < row.length; i += 4) levels.push(row[i]!)
      return levels
    },
    { y, x0, x1 },
  )
}

/** The shaft axis as drawn with the neck-shaft angle: from where it meets the neck toward the knee. */
async function shaftLine(page: Page): Promise<[[number, number], [number, number]]> {
  const points = await page.locator('.xray-overlay [data-measure="neck-shaft"] polyline').nth(1).getAttribute('points')
  const [a, b] = (points ?? '').split(' ').map((p) => p.split(',').map(Number) as [number, number])
  assert.ok(a && b, `shaft line points: ${points}`)
  return [a, b]
}

/** The middle of the cup's opening line as drawn over the film (CSS px of the canvas). */
async function cupCentre(page: Page): Promise<[number, number]> {
  const points = await page.locator('.xray-overlay [data-measure="cup-inclination"] polyline').first().getAttribute('points')
  const [a, b] = (points ?? '').split(' ').map((p) => p.split(',').map(Number))
  assert.ok(a && b, `cup line points: ${points}`)
  return [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2]
}

/** The head centre: where the templated cap's outline is centred. */
async function headCentre(page: Page): Promise<[number, number]> {
  const circle = page.locator('.xray-overlay .xray-template__cap')
  return [Number(await circle.getAttribute('cx')), Number(await circle.getAttribute('cy'))]
}

const measured = async (page: Page, id: string) => Number(await page.locator(`.xray-card [data-measure="${id}"]`).getAttribute('data-value'))

async function axe(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  return results.violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} at ${n.target.join(' ')} (${v.help})`))
}

describe('the simulated X-ray', () => {
  it('draws a greyscale film with the implants its brightest pixels, and the angles of the manifest', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=reduction&audience=student&surgeonView=xray')
      await waitForMarks(app.page, 'after')
      const after = await canvasPixels(app.page, await cupCentre(app.page))
      const total = 1280 * 720
      assert.ok(after.drawn > total * 0.02, `film drawn: ${after.drawn} pixels`)
      assert.equal(after.notGrey, 0, 'every drawn pixel is grey')
      assert.ok(after.near >= 250, `the cup's middle is white: ${after.near}`)
      assert.ok(after.near > after.far, `implants (${after.near}) brighter than any bone away from them (${after.far})`)
      await saveScreenshot('xray-after.png', await viewShot(app.page))

      const reference = referenceAngles()
      const cup = await measured(app.page, 'cup-inclination')
      const stem = await measured(app.page, 'stem-shaft')
      assert.ok(Math.abs(cup - reference.cupInclinationDeg) < 1, `cup inclination ${cup} vs ${reference.cupInclinationDeg}`)
      assert.ok(Math.abs(stem - reference.stemShaftDeg) < 1, `stem-shaft ${stem} vs ${reference.stemShaftDeg}`)
      // The value drawn on the film is the one read out in the card.
      // (Compared as shown: the card's data-value is rounded to 2 decimals, so rounding it again could differ.)
      const drawn = await app.page.locator('.xray-overlay [data-measure="cup-inclination"] .xray-mark__value').textContent()
      const readOut = await app.page.locator('.xray-card [data-measure="cup-inclination"] .xray-measure__value strong').textContent()
      assert.equal(drawn, readOut)
      assert.ok(Math.abs(Number.parseFloat(drawn ?? '') - cup) <= 0.051, `drawn ${drawn} vs ${cup}`)

      // The film before: the same place is bone, not metal.
      await app.page.locator('[data-xray-film="before"]').click()
      await waitForMarks(app.page, 'before')
      const neck = await measured(app.page, 'neck-shaft')
      assert.ok(Math.abs(neck - reference.neckShaftDeg) < 1, `neck-shaft ${neck} vs ${reference.neckShaftDeg}`)
      const before = await canvasPixels(app.page, await cupCentre(app.page).catch(() => [0, 0] as [number, number]))
      assert.equal(before.notGrey, 0)
      assert.ok(before.drawn > total * 0.02)
      // Across the shaft the cortex reads denser than the marrow it surrounds (interior.glb):
      // the middle of the shaft is darker than its walls.
      const [top, bottom] = await shaftLine(app.page)
      const y = top[1] + (bottom[1] - top[1]) * 0.7
      const x = top[0] + (bottom[0] - top[0]) * 0.7
      const row = await rowProfile(app.page, y, x - 40, x + 40)
      const middle = row[Math.floor(row.length / 2)]!
      const wall = Math.max(...row)
      assert.ok(middle > 20, `the shaft is drawn where its axis is: ${middle}`)
      assert.ok(wall > middle + 10, `the cortex (${wall}) is brighter than the canal (${middle}): ${row.join(' ')}`)
      await saveScreenshot('xray-before.png', await viewShot(app.page))
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('templates a cap: a small size notches the neck, the model’s size clears it, with the matching cups', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=femoral-sizing&audience=student&surgeonView=xray')
      await waitForMarks(app.page, 'before')
      const select = app.page.getByLabel(en.xray.templating.sizeLabel)
      await select.selectOption(String(CAP_SIZES_MM[0]))
      const verdict = app.page.locator('.xray-verdict')
      await verdict.and(app.page.locator('[data-verdict="notches"]')).waitFor()
      assert.match(await verdict.innerText(), /Notches the neck/)
      assert.match(await verdict.innerText(), /46 mm or less/)
      await app.page.locator(`.xray-template--notches[data-template-cap="${CAP_SIZES_MM[0]}"]`).waitFor()
      await saveScreenshot('xray-templating-notches.png', await viewShot(app.page))

      await select.selectOption(String(modelCapMm()))
      await verdict.and(app.page.locator('[data-verdict="clears"]')).waitFor()
      assert.match(await verdict.innerText(), /Clears the neck by \d/)
      assert.doesNotMatch(await verdict.innerText(), /46 mm or less/)
      assert.match(await verdict.innerText(), /Matching cups: .*58 mm/)
      assert.match(await select.locator('option:checked').innerText(), /the model’s/)
      // The cap's outline is centred on the head, and the head is bone here (no metal before).
      const head = await headCentre(app.page)
      const film = await canvasPixels(app.page, head, 6, 200)
      assert.ok(film.near > 30 && film.near < 250, `head is grey bone on the film before: ${film.near}`)
      await saveScreenshot('xray-templating-clears.png', await viewShot(app.page))
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('is operable by keyboard and axe-clean, and says where the angles are read once the camera leaves the film', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=reduction&audience=student')
      await app.page.locator(`${VIEW}[data-status="ready"][data-camera="idle"]`).waitFor({ timeout: 60_000 })
      // The view switch, by keyboard.
      await app.page.locator('button[data-surgeon-view="xray"]').focus()
      await app.page.keyboard.press('Enter')
      await waitForMarks(app.page, 'after')
      assert.equal(await app.page.locator('button[data-surgeon-view="xray"]').getAttribute('aria-pressed'), 'true')
      assert.deepEqual(await axe(app.page, 'X-ray, student, after'), [])

      // The film switch, then templating, by keyboard.
      await app.page.locator('[data-xray-film="before"]').focus()
      await app.page.keyboard.press('Space')
      await waitForMarks(app.page, 'before')
      assert.equal(await app.page.locator('[data-xray-film="before"]').getAttribute('aria-pressed'), 'true')
      await app.page.keyboard.press('Tab')
      await app.page.keyboard.press('Tab')
      const select = app.page.getByLabel(en.xray.templating.sizeLabel)
      assert.equal(await select.evaluate((el) => el === document.activeElement), true, 'Tab reaches the size list')
      await app.page.keyboard.press('ArrowDown')
      await app.page.locator('.xray-verdict').waitFor()
      assert.deepEqual(await axe(app.page, 'X-ray, student, templating'), [])

      // Orbit with the keyboard: the angles give way to the way back to the film.
      await app.page.locator('.hip-scene__frame').focus()
      await app.page.keyboard.press('ArrowLeft')
      const back = app.page.getByRole('button', { name: en.xray.backToFilm })
      await back.waitFor({ timeout: 30_000 })
      assert.equal(await app.page.locator('.xray-overlay').count(), 0, 'no angles drawn off the film’s pose')
      assert.match(await app.page.locator('.xray-card').innerText(), /read on the AP film/)
      await back.focus()
      await app.page.keyboard.press('Enter')
      await waitForMarks(app.page, 'before')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('shows patients the two films side by side, one sentence each, axe-clean, on a phone too', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.open('?step=closure&audience=patient&surgeonView=xray')
      await waitForFilm(app.page, 'before after')
      const captions = app.page.locator('.xray-caption')
      assert.equal(await captions.count(), 2)
      assert.match(await captions.nth(0).innerText(), new RegExp(en.xray.filmBefore))
      assert.match(await captions.nth(1).innerText(), new RegExp(en.xray.filmAfter))
      assert.equal(await app.page.locator('.xray-card').count(), 0, 'no student card for patients')
      const film = await canvasPixels(app.page)
      assert.equal(film.notGrey, 0)
      assert.ok(film.left > 5000 && film.right > 5000, `both halves drawn: ${film.left} / ${film.right}`)
      assert.deepEqual(await axe(app.page, 'X-ray, patient'), [])
      await saveScreenshot('xray-patient.png', await viewShot(app.page))
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
    const phone = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce', viewport: { width: 360, height: PHONE.height }, isMobile: true, hasTouch: true })
    try {
      await phone.open('?step=closure&audience=patient&surgeonView=xray')
      await waitForFilm(phone.page, 'before after')
      assert.equal(await phone.page.locator('.xray-caption').count(), 2)
      await saveScreenshot('xray-patient-phone.png', await viewShot(phone.page))
      assert.deepEqual(problemsOf(phone.problems), NO_PROBLEMS)
    } finally {
      await phone.close()
    }
  })

  it('falls back to a simplified film with a note where float targets cannot be blended into, never a black canvas', async () => {
    const app: AppPage = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await app.context.addInitScript(() => {
        const prototype = WebGL2RenderingContext.prototype as unknown as { getExtension: (name: string) => unknown }
        const original = prototype.getExtension
        prototype.getExtension = function (this: unknown, name: string) {
          if (name === 'EXT_color_buffer_float' || name === 'EXT_color_buffer_half_float') return null
          return original.call(this, name)
        }
      })
      await app.open('?step=reduction&audience=student&surgeonView=xray')
      // The note first, then the film at rest again, so the canvas is read after the last change
      // the test waits for (CI once read it nearly black: 16,278 drawn pixels, against 260,885).
      const note = app.page.locator('[data-xray-note="simplified"]')
      await note.waitFor({ timeout: 60_000 })
      assert.match(await note.innerText(), /Simplified X-ray/)
      await waitForFilm(app.page, 'after', 'simplified')
      const film = await canvasPixels(app.page, await cupCentre(app.page))
      assert.ok(film.drawn > 1280 * 720 * 0.02, `simplified film drawn: ${film.drawn}`)
      assert.equal(film.notGrey, 0)
      assert.ok(film.near >= 250, 'metal white in the simplified film too')
      await saveScreenshot('xray-simplified.png', await viewShot(app.page))
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})
