import { describe, expect, it } from 'vitest'
import { MAX_ECHO, parseSearch, serialiseSearch } from '../../src/lib/url'
import { STEP_IDS } from '../../src/content/steps-index'
import { APP_VIEWS, AUDIENCES, COMPARE_VIEWS, PAGE_IDS, QUIZ_MODES, QUIZ_SETS, SURGEON_VIEWS } from '../../src/state/store'

describe('URL round trip', () => {
  it('parses back exactly what it wrote, for every step, audience and page', () => {
    for (const stepId of STEP_IDS)
      for (const audience of AUDIENCES)
        for (const page of [null, ...PAGE_IDS]) {
          const search = serialiseSearch({ stepId, audience, page })
          expect(parseSearch(search)).toEqual({ state: { stepId, audience, page, compare: null, quiz: null, view: 'walkthrough', surgeonView: null, lang: 'en' }, notice: null })
          // and writing the parsed state again gives the same text: the form is canonical
          const parsed = parseSearch(search).state
          expect(serialiseSearch({ ...parsed, stepId: parsed.stepId ?? STEP_IDS[0] })).toBe(search)
        }
  })

  it('writes the documented form', () => {
    expect(serialiseSearch({ stepId: 'guide-pin', audience: 'student', page: null })).toBe('?step=guide-pin&audience=student')
    expect(serialiseSearch({ stepId: 'incision', audience: 'patient', page: 'glossary' })).toBe(
      '?step=incision&audience=patient&page=glossary',
    )
  })
})

describe('parseSearch', () => {
  it('reads a link with or without the leading "?" and in any order', () => {
    const want = { stepId: 'cup-impaction', audience: 'student', page: null, compare: null, quiz: null, view: 'walkthrough', surgeonView: null, lang: 'en' }
    expect(parseSearch('?audience=student&step=cup-impaction').state).toEqual(want)
    expect(parseSearch('step=cup-impaction&audience=student').state).toEqual(want)
  })

  it('gives no step and no notice for an empty query (the welcome page case)', () => {
    expect(parseSearch('')).toEqual({ state: { stepId: null, audience: 'patient', page: null, compare: null, quiz: null, view: 'walkthrough', surgeonView: null, lang: 'en' }, notice: null })
    expect(parseSearch('?').notice).toBeNull()
  })

  it('defaults the audience to patient', () => {
    expect(parseSearch('?step=closure').state.audience).toBe('patient')
  })

  it('reports an unknown step and opens no step', () => {
    const { state, notice } = parseSearch('?step=appendix&audience=student')
    expect(state.stepId).toBeNull()
    expect(state.audience).toBe('student')
    expect(notice).toEqual({ kind: 'unknown-step', value: 'appendix' })
  })

  it('is case-sensitive about step ids, because they are public URLs', () => {
    expect(parseSearch('?step=Incision').notice).toEqual({ kind: 'unknown-step', value: 'Incision' })
  })

  it('reports a bad audience but keeps a good step', () => {
    const { state, notice } = parseSearch('?step=reduction&audience=surgeon')
    expect(state).toMatchObject({ stepId: 'reduction', audience: 'patient' })
    expect(notice).toEqual({ kind: 'bad-audience', value: 'surgeon' })
  })

  it('reports an unknown page', () => {
    expect(parseSearch('?step=closure&page=admin').notice).toEqual({ kind: 'unknown-page', value: 'admin' })
  })

  it('survives percent-encoding errors, unknown keys, duplicates and garbage', () => {
    for (const search of ['?step=%E0%A4%A', '?%', '?step=incision&step=closure', '?utm_source=x', '?=&&=', '?step=%ZZ'])
      expect(() => parseSearch(search), search).not.toThrow()
    expect(parseSearch('?%').notice).toEqual({ kind: 'malformed-link' })
    expect(parseSearch('?step=%E0%A4%A').notice).toEqual({ kind: 'malformed-link' })
    // the first of a duplicated key wins; the duplicate is reported
    expect(parseSearch('?step=incision&step=closure')).toMatchObject({ state: { stepId: 'incision' }, notice: { kind: 'malformed-link' } })
  })

  it('ignores keys it does not use, such as tracking parameters added by mail clients', () => {
    expect(parseSearch('?step=closure&utm_source=newsletter')).toEqual({
      state: { stepId: 'closure', audience: 'patient', page: null, compare: null, quiz: null, view: 'walkthrough', surgeonView: null, lang: 'en' },
      notice: null,
    })
  })

  it('decodes percent-encoding and "+" like a form', () => {
    expect(parseSearch('?step=guide%2Dpin').state.stepId).toBe('guide-pin')
    expect(parseSearch('?step=no+such+step').notice).toEqual({ kind: 'unknown-step', value: 'no such step' })
  })

  it('puts the most useful problem first', () => {
    expect(parseSearch('?junk=1&audience=x&step=nope').notice).toEqual({ kind: 'unknown-step', value: 'nope' })
  })

  it('shortens a long value it echoes back', () => {
    const notice = parseSearch(`?step=${'x'.repeat(5000)}`).notice
    expect(notice?.kind).toBe('unknown-step')
    if (notice?.kind === 'unknown-step') expect(notice.value.length).toBe(MAX_ECHO)
  })
})

describe('the comparison in a link', () => {
  it('round-trips every comparison view', () => {
    for (const compare of COMPARE_VIEWS) {
      const search = serialiseSearch({ stepId: 'head-shaping', audience: 'student', page: null, compare })
      expect(search).toBe(`?step=head-shaping&audience=student&compare=thr&compareView=${compare}`)
      expect(parseSearch(search)).toEqual({ state: { stepId: 'head-shaping', audience: 'student', page: null, compare, quiz: null, view: 'walkthrough', surgeonView: null, lang: 'en' }, notice: null })
    }
  })

  it('opens the first view for `compare=thr` alone', () => {
    expect(parseSearch('?compare=thr').state.compare).toBe('implants')
  })

  it('shows the usual view and a notice for an unknown comparison', () => {
    expect(parseSearch('?step=head-shaping&compare=knee')).toEqual({
      state: { stepId: 'head-shaping', audience: 'patient', page: null, compare: null, quiz: null, view: 'walkthrough', surgeonView: null, lang: 'en' },
      notice: { kind: 'unknown-compare', value: 'knee' },
    })
  })

  it('opens the first view and says so for an unknown view', () => {
    expect(parseSearch('?compare=thr&compareView=x-ray')).toMatchObject({
      state: { compare: 'implants' },
      notice: { kind: 'unknown-compare', value: 'x-ray' },
    })
  })

  it('still opens the decision aid from its old page id', () => {
    expect(parseSearch('?page=is-it-for-me')).toEqual({
      state: { stepId: null, audience: 'patient', page: 'decide', compare: null, quiz: null, view: 'walkthrough', surgeonView: null, lang: 'en' },
      notice: null,
    })
  })
})

describe("the surgeon's views in a link", () => {
  it('round-trips the X-ray and the cut', () => {
    for (const surgeonView of SURGEON_VIEWS) {
      const search = serialiseSearch({ stepId: 'reduction', audience: 'student', page: null, surgeonView })
      expect(search).toContain(`surgeonView=${surgeonView}`)
      expect(parseSearch(search)).toMatchObject({ state: { stepId: 'reduction', surgeonView }, notice: null })
    }
  })

  it('opens the plain 3D view and says so for an unknown view', () => {
    expect(parseSearch('?step=reduction&surgeonView=mri')).toMatchObject({
      state: { stepId: 'reduction', surgeonView: null },
      notice: { kind: 'unknown-surgeon-view', value: 'mri' },
    })
  })

  it('drops the comparison under the X-ray (a film of the resurfacing hip), keeps it under the cut, and drops both under a test', () => {
    expect(parseSearch('?step=reduction&compare=thr&surgeonView=xray').state).toMatchObject({ compare: null, surgeonView: 'xray' })
    expect(parseSearch('?step=reduction&compare=thr&surgeonView=cut').state).toMatchObject({ compare: 'implants', surgeonView: 'cut' })
    expect(parseSearch('?step=reduction&quiz=operation&surgeonView=cut').state).toMatchObject({ surgeonView: null })
  })
})

describe('teaching links', () => {
  it('round-trips the presenter and audience windows and every self-test in both modes', () => {
    for (const view of APP_VIEWS)
      for (const quiz of [null, ...QUIZ_SETS.flatMap((set) => QUIZ_MODES.map((mode) => ({ set, mode })))]) {
        const search = serialiseSearch({ stepId: 'guide-pin', audience: 'student', page: null, view, quiz })
        expect(parseSearch(search)).toEqual({ state: { stepId: 'guide-pin', audience: 'student', page: null, compare: null, quiz, view, surgeonView: null, lang: 'en' }, notice: null })
      }
    expect(serialiseSearch({ stepId: 'guide-pin', audience: 'student', page: null, view: 'walkthrough' })).toBe('?step=guide-pin&audience=student')
  })

  it('an unknown window or self-test opens the walkthrough with a notice', () => {
    expect(parseSearch('?step=incision&view=projector')).toMatchObject({ state: { view: 'walkthrough' }, notice: { kind: 'unknown-view', value: 'projector' } })
    expect(parseSearch('?quiz=everything')).toMatchObject({ state: { quiz: null }, notice: { kind: 'unknown-quiz', value: 'everything' } })
  })

  it('a wrong quiz mode is practice; a mode without a quiz opens nothing; a test wins over a comparison', () => {
    expect(parseSearch('?quiz=socket&quizMode=exam')).toMatchObject({ state: { quiz: { set: 'socket', mode: 'practice' } }, notice: { kind: 'malformed-link' } })
    expect(parseSearch('?quizMode=test')).toMatchObject({ state: { quiz: null }, notice: null })
    expect(parseSearch('?quiz=socket&compare=thr')).toMatchObject({ state: { quiz: { set: 'socket' }, compare: null } })
  })
})
