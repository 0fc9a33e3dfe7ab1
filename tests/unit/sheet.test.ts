import { beforeEach, describe, expect, it } from 'vitest'
import {
  emptySheet,
  MAX_OWN_LENGTH,
  MAX_OWN_QUESTIONS,
  MAX_STORED_CHARS,
  parseSheet,
  serialiseSheet,
  type ConsultationSheet,
} from '../../src/features/decide/sheet'
import { initialState, useWalkthrough } from '../../src/state/store'
import { startSheetSync, type SheetWindow } from '../../src/state/sheet-sync'
import { SHEET_KEY } from '../../src/features/decide/sheet'
import { languagePacks } from './language-packs'
import { QUESTION_IDS } from '../../src/content/question-ids'
import { fleschKincaidGrade } from '../../src/lib/readability'
import { plainText } from '../../src/lib/rich-text'
import { fill } from '../../src/ui/useText'

const store = useWalkthrough

const full: ConsultationSheet = {
  version: 1,
  questions: ['which-operation', 'metal-blood-tests'],
  own: ['Can I still ride my bike?', 'Who do I call at night?'],
  values: { 'keep-bone': 'a-lot', 'recovery-time': 'little' },
}

describe('the stored sheet', () => {
  it('reads what it wrote', () => {
    expect(parseSheet(serialiseSheet(full))).toEqual({ sheet: full, problem: null })
    expect(parseSheet(serialiseSheet(emptySheet))).toEqual({ sheet: emptySheet, problem: null })
  })

  it('nothing stored is an empty sheet and no problem', () => {
    expect(parseSheet(null)).toEqual({ sheet: emptySheet, problem: null })
  })

  it('sets aside what is not JSON or of the wrong shape, as corrupt', () => {
    const bad = [
      '',
      '{not json',
      'null',
      '42',
      '"sheet"',
      '[1]',
      '{}',
      '{"version":"1","questions":[],"own":[],"values":{}}',
      '{"version":1.5,"questions":[],"own":[],"values":{}}',
      '{"version":1,"questions":"which-operation","own":[],"values":{}}',
      '{"version":1,"questions":[],"own":"mine","values":{}}',
      '{"version":1,"questions":[],"own":[],"values":[]}',
      '{"version":1,"questions":[3],"own":[],"values":{}}',
      '{"version":1,"questions":[],"own":[{"text":"x"}],"values":{}}',
      '{"version":1,"own":[],"values":{}}',
    ]
    for (const raw of bad) expect(parseSheet(raw), raw).toEqual({ sheet: emptySheet, problem: 'corrupt' })
  })

  it('sets aside a sheet of another version, older or newer', () => {
    for (const version of [0, 2, 99])
      expect(parseSheet(JSON.stringify({ ...full, version }))).toEqual({ sheet: emptySheet, problem: 'old-version' })
  })

  it('does not even read an absurdly large value', () => {
    const huge = JSON.stringify({ ...full, own: ['x'.repeat(MAX_STORED_CHARS)] })
    expect(parseSheet(huge)).toEqual({ sheet: emptySheet, problem: 'too-large' })
  })

  it('drops unknown question and value ids and bad weights, keeps the rest', () => {
    const raw = JSON.stringify({
      version: 1,
      questions: ['metal-blood-tests', 'no-such-question', 'which-operation', 'which-operation'],
      own: ['  Can I still ride my bike?  ', '   ', 'Who do I call at night?'],
      values: { 'keep-bone': 'a-lot', 'recovery-time': 'little', 'no-such-value': 'a-lot', 'return-to-sport': 'hugely', __proto__: 'x' },
      tracking: 'id-123',
    })
    expect(parseSheet(raw)).toEqual({ sheet: full, problem: null })
  })

  it('cuts typed questions to the limits', () => {
    const raw = JSON.stringify({ version: 1, questions: [], own: Array.from({ length: 30 }, (_, i) => `${i} ${'q'.repeat(400)}`), values: {} })
    const { sheet } = parseSheet(raw)
    expect(sheet.own).toHaveLength(MAX_OWN_QUESTIONS)
    expect(Math.max(...sheet.own.map((q) => q.length))).toBe(MAX_OWN_LENGTH)
  })

  it('keeps the group whose numbers the person looked at; drops one it does not know', () => {
    const withGroup: ConsultationSheet = { ...full, group: 'women' }
    expect(parseSheet(serialiseSheet(withGroup))).toEqual({ sheet: withGroup, problem: null })
    expect(parseSheet(JSON.stringify({ ...full, group: 'martians' }))).toEqual({ sheet: full, problem: null })
    expect(parseSheet(JSON.stringify({ ...full, group: 7 })).problem).toBe('corrupt')
  })

  it('writes only the fields it knows', () => {
    expect(JSON.parse(serialiseSheet({ ...full, extra: 1 } as never))).toEqual(full)
  })
})

describe('the store slice', () => {
  beforeEach(() => store.setState(initialState))

  it('starts empty and kept', () => {
    expect(store.getState().sheet).toEqual(emptySheet)
    expect(store.getState().sheetKept).toBe('yes')
  })

  it('ticks and unticks questions, in the page order', () => {
    const s = store.getState()
    s.toggleSheetQuestion('metal-blood-tests')
    s.toggleSheetQuestion('which-operation')
    expect(store.getState().sheet.questions).toEqual(['which-operation', 'metal-blood-tests'])
    s.toggleSheetQuestion('which-operation')
    expect(store.getState().sheet.questions).toEqual(['metal-blood-tests'])
  })

  it('adds, edits and removes typed questions', () => {
    const s = store.getState()
    s.addOwnQuestion('  Can I swim?  ')
    s.addOwnQuestion('   ')
    s.addOwnQuestion('Who do I call?')
    expect(store.getState().sheet.own).toEqual(['Can I swim?', 'Who do I call?'])
    s.updateOwnQuestion(0, 'Can I swim in the sea?')
    s.updateOwnQuestion(5, 'nothing there')
    expect(store.getState().sheet.own).toEqual(['Can I swim in the sea?', 'Who do I call?'])
    s.updateOwnQuestion(1, ' ')
    expect(store.getState().sheet.own).toEqual(['Can I swim in the sea?'])
    s.removeOwnQuestion(0)
    expect(store.getState().sheet.own).toEqual([])
  })

  it('keeps at most the allowed number of typed questions', () => {
    for (let i = 0; i < MAX_OWN_QUESTIONS + 5; i++) store.getState().addOwnQuestion(`Question ${i}?`)
    expect(store.getState().sheet.own).toHaveLength(MAX_OWN_QUESTIONS)
  })

  it('sets and takes back how much a feature matters', () => {
    const s = store.getState()
    s.setValueWeight('recovery-time', 'some')
    s.setValueWeight('keep-bone', 'a-lot')
    expect(store.getState().sheet.values).toEqual({ 'keep-bone': 'a-lot', 'recovery-time': 'some' })
    s.setValueWeight('recovery-time', null)
    expect(store.getState().sheet.values).toEqual({ 'keep-bone': 'a-lot' })
  })

  it('picks the group whose numbers go on the sheet, and goes back to the default', () => {
    store.getState().setSheetGroup('men-under-65')
    expect(store.getState().sheet.group).toBe('men-under-65')
    store.getState().setSheetGroup(null)
    expect(store.getState().sheet).toEqual(emptySheet)
    expect('group' in store.getState().sheet).toBe(false)
  })

  it('a change that changes nothing keeps the same sheet object', () => {
    const before = store.getState().sheet
    store.getState().removeOwnQuestion(0)
    store.getState().setValueWeight('keep-bone', null)
    store.getState().addOwnQuestion('')
    store.getState().setSheetGroup(null)
    expect(store.getState().sheet).toBe(before)
  })

  it('clears and restores', () => {
    store.getState().restoreSheet(full)
    expect(store.getState().sheet).toEqual(full)
    store.getState().clearSheet()
    expect(store.getState().sheet).toEqual(emptySheet)
  })

  it('keeps the sheet when a link is opened or the step changes', () => {
    store.getState().restoreSheet(full)
    store.getState().applyLocation({ stepId: 'closure', audience: 'student', page: null, compare: null, view: 'walkthrough', quiz: null, surgeonView: null, notice: null })
    store.getState().nextStep()
    expect(store.getState().sheet).toEqual(full)
  })
})

/** A window with just localStorage (a Map) and the storage event; `blocked` makes storage throw, `full` makes writes throw. */
function fakeWindow(initial: Record<string, string> = {}, { blocked = false, full = false } = {}) {
  const items = new Map(Object.entries(initial))
  const writes: string[] = []
  const listeners = new Set<(e: Event) => void>()
  const guard = () => {
    if (blocked) throw new Error('SecurityError')
  }
  const win: SheetWindow = {
    localStorage: {
      getItem: (key) => (guard(), items.get(key) ?? null),
      setItem: (key, value) => {
        guard()
        if (full) throw new Error('QuotaExceededError')
        writes.push(key)
        items.set(key, value)
      },
      removeItem: (key) => (guard(), writes.push(`-${key}`), void items.delete(key)),
    },
    addEventListener: (_type: string, l: (e: Event) => void) => listeners.add(l),
    removeEventListener: (_type: string, l: (e: Event) => void) => listeners.delete(l),
  } as SheetWindow
  const fire = (key: string | null, newValue: string | null) => {
    for (const l of listeners) l({ key, newValue } as unknown as Event)
  }
  return { win, items, writes, fire }
}

describe('sheet sync', () => {
  let stop: () => void = () => undefined
  beforeEach(() => {
    stop()
    store.setState(initialState)
  })

  it('restores the stored sheet on start', () => {
    const w = fakeWindow({ [SHEET_KEY]: serialiseSheet(full) })
    stop = startSheetSync(w.win)
    expect(store.getState().sheet).toEqual(full)
    expect(store.getState().sheetKept).toBe('yes')
    expect(store.getState().notice).toBeNull()
    expect(w.writes).toEqual([])
  })

  it('writes nothing on a first visit that changes nothing, then one key once the person adds something', () => {
    const w = fakeWindow()
    stop = startSheetSync(w.win)
    store.getState().nextStep()
    store.getState().openPage('sheet')
    expect(w.writes).toEqual([])
    store.getState().addOwnQuestion('Can I swim?')
    expect([...w.items.keys()]).toEqual([SHEET_KEY])
    expect(parseSheet(w.items.get(SHEET_KEY) ?? null).sheet.own).toEqual(['Can I swim?'])
  })

  it('Clear removes the key; so does emptying the sheet', () => {
    const w = fakeWindow({ [SHEET_KEY]: serialiseSheet(full) })
    stop = startSheetSync(w.win)
    store.getState().clearSheet()
    expect(w.items.has(SHEET_KEY)).toBe(false)
    store.getState().toggleSheetQuestion('leg-length')
    expect(w.items.has(SHEET_KEY)).toBe(true)
    store.getState().toggleSheetQuestion('leg-length')
    expect(w.items.has(SHEET_KEY)).toBe(false)
  })

  it('sets aside a corrupt, other-version or too-large stored sheet with a notice, and removes it', () => {
    const cases = [
      ['{not json', 'corrupt'],
      [JSON.stringify({ ...full, version: 2 }), 'old-version'],
      ['x'.repeat(MAX_STORED_CHARS + 1), 'too-large'],
    ] as const
    for (const [raw, reason] of cases) {
      stop()
      store.setState(initialState)
      const w = fakeWindow({ [SHEET_KEY]: raw })
      stop = startSheetSync(w.win)
      expect(store.getState().notice).toEqual({ kind: 'sheet-discarded', reason })
      expect(store.getState().sheet).toEqual(emptySheet)
      expect(w.items.has(SHEET_KEY)).toBe(false)
      // The rest works: the sheet fills again.
      store.getState().addOwnQuestion('Still here?')
      expect(parseSheet(w.items.get(SHEET_KEY) ?? null).sheet.own).toEqual(['Still here?'])
    }
  })

  it('does not hide the notice about the link that was opened', () => {
    store.getState().showNotice({ kind: 'unknown-step', value: 'x' })
    stop = startSheetSync(fakeWindow({ [SHEET_KEY]: '{' }).win)
    expect(store.getState().notice).toEqual({ kind: 'unknown-step', value: 'x' })
  })

  it('blocked storage: the sheet works for the visit and says it cannot be kept', () => {
    const w = fakeWindow({}, { blocked: true })
    stop = startSheetSync(w.win)
    expect(store.getState().sheetKept).toBe('visit-only')
    store.getState().addOwnQuestion('Can I swim?')
    store.getState().toggleSheetQuestion('leg-length')
    expect(store.getState().sheet.own).toEqual(['Can I swim?'])
    expect(store.getState().sheet.questions).toEqual(['leg-length'])
    expect(store.getState().notice).toBeNull()
  })

  it('full storage: readable, but the first write that fails says the sheet cannot be kept', () => {
    const w = fakeWindow({}, { full: true })
    stop = startSheetSync(w.win)
    expect(store.getState().sheetKept).toBe('yes')
    store.getState().addOwnQuestion('Can I swim?')
    expect(store.getState().sheetKept).toBe('visit-only')
    expect(store.getState().sheet.own).toEqual(['Can I swim?'])
  })

  it('follows another tab, without writing back; ignores a sheet from it that cannot be used', () => {
    const w = fakeWindow()
    stop = startSheetSync(w.win)
    w.fire(SHEET_KEY, serialiseSheet(full))
    expect(store.getState().sheet).toEqual(full)
    expect(w.writes).toEqual([])
    w.fire(SHEET_KEY, '{broken')
    expect(store.getState().sheet).toEqual(full)
    w.fire('resurface.preferences', null)
    expect(store.getState().sheet).toEqual(full)
    w.fire(SHEET_KEY, null)
    expect(store.getState().sheet).toEqual(emptySheet)
    expect(w.writes).toEqual([])
  })

  it('stops', () => {
    const w = fakeWindow()
    startSheetSync(w.win)()
    store.getState().addOwnQuestion('Can I swim?')
    expect(w.writes).toEqual([])
  })
})

describe('the sheet’s patient text', () => {
  const pack = languagePacks.en
  const termFor = (id: string) => (pack.glossary as Record<string, { term: string } | undefined>)[id]?.term
  const t = pack.sheet
  // Every sentence a person reads on the sheet, the questions page's controls and the notices
  // (short labels such as "Add" are not prose and are left out).
  const texts: Record<string, string> = {
    intro: t.intro.map((p) => plainText(p.text, termFor)).join(' '),
    ownIntro: t.ownIntro,
    ownFull: fill(t.ownFull, { max: MAX_OWN_QUESTIONS }),
    onSheetCount: fill(t.onSheetCount, { count: 3 }),
    questionsEmpty: t.questionsEmpty,
    valuesEmpty: t.valuesEmpty,
    numbersFor: fill(t.numbersFor, { group: 'men under 65' }),
    learningOnly: t.learningOnly,
    printHint: t.printHint,
    clearAsk: t.clearAsk,
    cleared: t.cleared,
    keptHere: t.keptHere,
    notKept: t.notKept,
    noticeSheetCorrupt: pack.ui.noticeSheetCorrupt,
    noticeSheetOldVersion: pack.ui.noticeSheetOldVersion,
    noticeSheetTooLarge: pack.ui.noticeSheetTooLarge,
    questionsIntro: pack.pages.questions.intro.map((p) => plainText(p.text, termFor)).join(' '),
    questions: pack.pages.questions.items.map((q) => plainText(q.text, termFor)).join(' '),
  }
  const grades = Object.entries(texts).map(([name, text]) => ({ name, text, grade: fleschKincaidGrade(text) }))

  it.each(grades)('$name is grade 8 or lower', ({ text, grade }) => {
    expect(text.length).toBeGreaterThan(0)
    expect(grade).toBeLessThanOrEqual(8)
  })

  it('averages grade 7 or lower', () => {
    expect(grades.reduce((sum, g) => sum + g.grade, 0) / grades.length).toBeLessThanOrEqual(7)
  })

  it('every question on the page has its own stored id, in the order of the id list', () => {
    expect(pack.pages.questions.items.map((q) => q.id)).toEqual([...QUESTION_IDS])
  })
})
