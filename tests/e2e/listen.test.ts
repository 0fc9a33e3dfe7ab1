/**
 * "Listen" in the production build, with a fake `speechSynthesis` put in before the app loads
 * (headless Chromium has no voices): the utterances a step gives in English and in Spanish, one
 * per sentence with the language's tag; the highlight following each utterance's `start`;
 * Pause/Resume, Stop and Slower; a new step stopping the reading; a page read too; no voice for
 * the language, a message and nothing said; no speech synthesis, no control at all.
 */
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { describe, it } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { en } from '../../src/content/i18n/en'
import { es } from '../../src/content/i18n/es'
import type { LanguagePack } from '../../src/content/i18n/types'
import type { StepId } from '../../src/content/steps-index'
import { plainText } from '../../src/lib/rich-text'
import { splitSentences } from '../../src/features/listen/narration'
import { NO_PROBLEMS, PHONE, newAppPage, problemsOf, useBrowser, type AppPage } from './harness'
import { ENGLISH, SPANISH, installFakeSpeech, type Entry, type FakeVoice } from './fake-speech'

const rig = useBrowser()
const SHOTS = '/tmp/shots-l'

/** Speech synthesis replaced before the app loads (fake-speech.ts). */
const fakeSpeech = (app: AppPage, voices: FakeVoice[] | null): Promise<void> => installFakeSpeech(app.context, voices)

const logOf = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { log: Entry[] } }).__speech.log.slice())
const spoken = async (page: Page) => (await logOf(page)).flatMap((e) => ('speak' in e ? [e] : []))
const fire = (page: Page, kind: 'start' | 'end') => page.evaluate((k) => (window as unknown as { __speech: { fire: (k: string) => void } }).__speech.fire(k), kind)
/** The text under the narration highlight, spaces collapsed; null when nothing is highlighted. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('narration')
    if (!h) return null
    return [...h].map((r) => (r as Range).toString()).join('').replace(/\s+/g, ' ').trim()
  })

/** The sentences a step should give: its title, then its passages for the audience, as shown. */
function expectedSentences(pack: LanguagePack, tag: string, stepId: StepId, audience: 'patient' | 'student'): string[] {
  const words = pack.steps[stepId]
  const termFor = (id: string) => (pack.glossary as Record<string, { term: string } | undefined>)[id]?.term
  return [words.title, ...words[audience].map((p) => plainText(p.text, termFor))].flatMap((t) => splitSentences(t, tag).map((s) => s.text))
}

const controls = (page: Page) => page.locator('.step-panel .listen:visible')
const button = (page: Page, name: string) => controls(page).getByRole('button', { name, exact: true })

/** Reads a whole step: each utterance's start and end, checking the highlight on each start. */
async function readThrough(page: Page, sentences: string[]): Promise<void> {
  for (const [i, sentence] of sentences.entries()) {
    assert.equal((await spoken(page)).length, i + 1, `utterance ${i + 1} spoken`)
    await fire(page, 'start')
    assert.equal(await highlighted(page), sentence, `sentence ${i + 1} highlighted`)
    await fire(page, 'end')
  }
}

describe('Listen reads the step aloud, a sentence at a time', () => {
  it('in English: one utterance per sentence, in order, lang "en", the highlight following each start', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await fakeSpeech(app, [...ENGLISH, ...SPANISH])
      await app.open('?step=healthy-hip&audience=patient')
      const sentences = expectedSentences(en, 'en', 'healthy-hip', 'patient')
      assert.ok(sentences.length >= 4)
      assert.equal(await controls(app.page).getAttribute('role'), 'group')
      assert.equal(await controls(app.page).getAttribute('aria-label'), en.listen.controls)
      await button(app.page, en.listen.listen).click()
      await readThrough(app.page, sentences)
      const said = await spoken(app.page)
      assert.deepEqual(said.map((u) => u.speak), sentences)
      assert.deepEqual([...new Set(said.map((u) => `${u.lang} ${u.rate} ${u.voice}`))], ['en 1 Fake English'])
      // Finished: the highlight is gone, the control is back to Listen, and that was said politely.
      assert.equal(await highlighted(app.page), null)
      await button(app.page, en.listen.listen).waitFor()
      assert.equal(await controls(app.page).locator('.visually-hidden[role="status"]').innerText(), en.listen.finished)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('for students, without the source numbers, and with a glossary term read as its word', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await fakeSpeech(app, ENGLISH)
      await app.open('?step=healthy-hip&audience=student')
      await button(app.page, en.listen.listen).click()
      const sentences = expectedSentences(en, 'en', 'healthy-hip', 'student')
      await readThrough(app.page, sentences)
      const said = (await spoken(app.page)).map((u) => u.speak)
      assert.deepEqual(said, sentences)
      assert.ok(said.every((s) => !/\[\d+\]/.test(s)), 'no [n] source marks read')
    } finally {
      await app.close()
    }
  })

  it('in Spanish (?lang=es): the Spanish text, lang "es-419", a Spanish voice, the Spanish controls', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await fakeSpeech(app, [...ENGLISH, ...SPANISH])
      await app.open('?step=healthy-hip&audience=patient&lang=es')
      await app.page.locator('html[lang="es-419"]').waitFor()
      const sentences = expectedSentences(es, 'es-419', 'healthy-hip', 'patient')
      await controls(app.page).waitFor()
      assert.equal(await controls(app.page).getAttribute('aria-label'), es.listen.controls)
      await button(app.page, es.listen.listen).click()
      await readThrough(app.page, sentences)
      const said = await spoken(app.page)
      assert.deepEqual(said.map((u) => u.speak), sentences)
      assert.deepEqual([...new Set(said.map((u) => `${u.lang} ${u.voice}`))], ['es-419 Fake Español'])
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('pauses, resumes from the paused sentence, reads slower, and stops', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await fakeSpeech(app, ENGLISH)
      await app.open('?step=healthy-hip&audience=patient')
      const sentences = expectedSentences(en, 'en', 'healthy-hip', 'patient')
      const status = controls(app.page).locator('.visually-hidden[role="status"]')
      await button(app.page, en.listen.listen).click()
      await fire(app.page, 'start')
      await fire(app.page, 'end')
      await fire(app.page, 'start')
      assert.equal(await highlighted(app.page), sentences[1])

      await button(app.page, en.listen.pause).click()
      await button(app.page, en.listen.resume).waitFor()
      assert.equal(await status.innerText(), en.listen.paused)
      assert.equal(await highlighted(app.page), null)
      assert.ok('cancel' in (await logOf(app.page)).at(-1)!, 'pause cancels the utterance in flight')
      // The cancelled utterance's late "interrupted" error must not move the reading on.
      await app.page.evaluate(() => new Promise((done) => setTimeout(done, 0)))
      assert.equal((await spoken(app.page)).length, 2)

      await button(app.page, en.listen.resume).click()
      await button(app.page, en.listen.pause).waitFor()
      assert.equal(await status.innerText(), en.listen.reading)
      let said = await spoken(app.page)
      assert.deepEqual(said.map((u) => u.speak), [sentences[0], sentences[1], sentences[1]])

      // Slower: a toggle; the sentence being read starts again at 0.8, and the rest follow at it.
      const slower = button(app.page, en.listen.slower)
      assert.equal(await slower.getAttribute('aria-pressed'), 'false')
      await slower.click()
      assert.equal(await slower.getAttribute('aria-pressed'), 'true')
      await fire(app.page, 'start')
      await fire(app.page, 'end')
      said = await spoken(app.page)
      assert.deepEqual(said.slice(3).map((u) => [u.speak, u.rate]), [[sentences[1], 0.8], [sentences[2], 0.8]])

      await fire(app.page, 'start')
      // Reading, with the highlight and all three buttons: axe finds nothing in the control.
      const axe = await new AxeBuilder({ page: app.page }).include('.step-panel .listen').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      assert.deepEqual(axe.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), [])
      await button(app.page, en.listen.stop).click()
      await button(app.page, en.listen.listen).waitFor()
      assert.equal(await status.innerText(), en.listen.stopped)
      assert.equal(await highlighted(app.page), null)
      assert.equal(await button(app.page, en.listen.stop).count(), 0)
      // Focus stays on the control (Stop went away): the main button has it.
      assert.equal(await app.page.evaluate(() => document.activeElement?.classList.contains('listen__main')), true)
      const count = (await spoken(app.page)).length
      await fire(app.page, 'end')
      assert.equal((await spoken(app.page)).length, count, 'nothing more after Stop')

      // Slower holds for the next reading.
      await button(app.page, en.listen.listen).click()
      assert.equal((await spoken(app.page)).at(-1)!.rate, 0.8)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('is keyboard operable, and a new step (the arrow key, the Next button) stops the reading', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await fakeSpeech(app, ENGLISH)
      await app.open('?step=healthy-hip&audience=patient')
      await button(app.page, en.listen.listen).focus()
      await app.page.keyboard.press('Enter')
      await fire(app.page, 'start')
      assert.equal((await spoken(app.page)).length, 1)
      // The app's own keys still work with the focus on the control: → is the next step.
      await app.page.keyboard.press('ArrowRight')
      await app.page.locator('#step-title', { hasText: en.steps['arthritic-hip'].title }).waitFor()
      await button(app.page, en.listen.listen).waitFor()
      assert.ok('cancel' in (await logOf(app.page)).at(-1)!)
      assert.equal(await highlighted(app.page), null)
      await fire(app.page, 'end')
      assert.equal((await spoken(app.page)).length, 1, 'no sentence of the old step after the change')

      await button(app.page, en.listen.listen).click()
      assert.equal((await spoken(app.page)).at(-1)!.speak, en.steps['arthritic-hip'].title)
      await app.page.getByRole('button', { name: en.ui.nextStep, exact: true }).click()
      await button(app.page, en.listen.listen).waitFor()
      assert.ok('cancel' in (await logOf(app.page)).at(-1)!)
    } finally {
      await app.close()
    }
  })

  it('stops when the audience or the language changes', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await fakeSpeech(app, [...ENGLISH, ...SPANISH])
      await app.open('?step=healthy-hip&audience=patient')
      await button(app.page, en.listen.listen).click()
      await fire(app.page, 'start')
      await app.page.locator('.audience input[value="student"]').check()
      await app.page.locator('.step-text[data-audience="student"]').waitFor()
      await button(app.page, en.listen.listen).waitFor()
      assert.ok('cancel' in (await logOf(app.page)).at(-1)!, 'a new audience cancels')
      assert.equal(await highlighted(app.page), null)

      await button(app.page, en.listen.listen).click()
      await fire(app.page, 'start')
      await app.page.locator('.language-select:visible').selectOption('es')
      await app.page.locator('html[lang="es-419"]').waitFor()
      await button(app.page, es.listen.listen).waitFor()
      assert.ok('cancel' in (await logOf(app.page)).at(-1)!, 'a new language cancels')
      await fire(app.page, 'end')
      assert.equal((await spoken(app.page)).length, 2, 'nothing more of the old text')
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })

  it('reads a page too (its title and text, not its links to other pages)', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await fakeSpeech(app, ENGLISH)
      await app.open('?step=healthy-hip&page=recovery')
      const page = app.page.locator('.page-dialog .listen')
      await page.getByRole('button', { name: en.listen.listen, exact: true }).click()
      const said = await spoken(app.page)
      assert.equal(said[0]!.speak, en.pages.recovery.title)
      await fire(app.page, 'start')
      assert.equal(await highlighted(app.page), en.pages.recovery.title)
      await mkdir(SHOTS, { recursive: true })
      await writeFile(`${SHOTS}/page-recovery-reading.png`, await app.page.screenshot())
      await fire(app.page, 'end')
      assert.equal((await spoken(app.page))[1]!.speak, splitSentences(en.pages.recovery.intro[0]!.text, 'en')[0]!.text)
      // Closing the page stops it.
      await app.page.keyboard.press('Escape')
      await app.page.locator('.page-dialog[open]').waitFor({ state: 'detached' })
      assert.ok('cancel' in (await logOf(app.page)).at(-1)!)
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

describe('when it cannot read', () => {
  it('says there is no Spanish voice, and reads nothing, on a device with English voices only', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await fakeSpeech(app, ENGLISH)
      await app.open('?step=healthy-hip&lang=es')
      await app.page.locator('html[lang="es-419"]').waitFor()
      await button(app.page, es.listen.listen).click()
      const message = controls(app.page).locator('.listen__message')
      await message.filter({ hasText: es.listen.noVoice }).waitFor()
      await mkdir(SHOTS, { recursive: true })
      await writeFile(`${SHOTS}/es-no-voice.png`, await app.page.screenshot())
      assert.equal(await message.getAttribute('role'), 'status')
      assert.deepEqual(await spoken(app.page), [])
      // Back in English, the English voice reads, and the message is gone.
      await app.open('?step=healthy-hip&lang=en')
      await app.page.locator('html[lang="en"]').waitFor()
      await button(app.page, en.listen.listen).click()
      assert.equal((await spoken(app.page))[0]!.lang, 'en')
      assert.equal(await controls(app.page).locator('.listen__message').innerText(), '')
    } finally {
      await app.close()
    }
  })

  it('shows no control at all without speech synthesis, and does not fetch its code', async () => {
    const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce' })
    try {
      await fakeSpeech(app, null)
      const fetched: string[] = []
      app.page.on('request', (r) => fetched.push(r.url()))
      await app.open('?step=healthy-hip')
      await app.page.waitForLoadState('networkidle')
      assert.equal(await app.page.evaluate(() => 'speechSynthesis' in window), false)
      assert.equal(await app.page.locator('.listen').count(), 0)
      assert.deepEqual(fetched.filter((u) => /ListenControls/.test(u)), [])
      assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
    } finally {
      await app.close()
    }
  })
})

describe('how it looks', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', PHONE],
  ] as const) {
    it(`on a ${name}: the controls, reading, the second sentence highlighted`, async () => {
      const app = await newAppPage(rig.browser, rig.server, { reducedMotion: 'reduce', viewport, ...(name === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) })
      try {
        await fakeSpeech(app, ENGLISH)
        await app.open('?step=healthy-hip&audience=patient')
        await app.page.locator('.viewport[data-ready="true"]').waitFor({ timeout: 90_000 }).catch(() => {})
        const start = button(app.page, en.listen.listen)
        const box = await start.boundingBox()
        assert.ok(box && box.height >= 44 && box.width >= 44, 'a 44 px touch target')
        await mkdir(SHOTS, { recursive: true })
        await writeFile(`${SHOTS}/${name}-idle.png`, await app.page.screenshot())
        await start.click()
        await fire(app.page, 'start')
        await fire(app.page, 'end')
        await fire(app.page, 'start')
        await button(app.page, en.listen.slower).click()
        await fire(app.page, 'start')
        await controls(app.page).scrollIntoViewIfNeeded()
        await writeFile(`${SHOTS}/${name}-reading.png`, await app.page.screenshot())
        assert.deepEqual(problemsOf(app.problems), NO_PROBLEMS)
      } finally {
        await app.close()
      }
    })
  }
})
