/**
 * The URL is the shareable state:
 * `?step=<id>&audience=<patient|student>[&page=<id>][&compare=thr&compareView=<view>]`
 * `[&quiz=<chapter|operation>&quizMode=<practice|test>][&view=<presenter|audience>][&surgeonView=<xray|cut>]`
 * `[&landmarks=1]` `[&embed=1[&text=0]]`.
 * Pure functions, no `window`: parsing never throws, whatever a link contains. A value that
 * cannot be used becomes a safe default plus a notice that says what was wrong.
 */
import { isStepId, type StepId } from '../content/steps-index'
import {
  APP_VIEWS,
  AUDIENCES,
  COMPARE_VIEWS,
  PAGE_IDS,
  QUIZ_MODES,
  QUIZ_SETS,
  SURGEON_VIEWS,
  type AppView,
  type Audience,
  type CompareView,
  type Notice,
  type PageId,
  type QuizOpen,
  type SurgeonView,
  type EmbedOptions,
} from '../state/store'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../content/i18n/languages'

export interface UrlState {
  /** `null` when the link names no step (the app then opens on the welcome page). */
  stepId: StepId | null
  audience: Audience
  page: PageId | null
  /** The comparison with a total hip replacement, when the link opens it. */
  compare: CompareView | null
  /** The self-test the link opens. */
  quiz: QuizOpen | null
  /** Which window: the walkthrough, or a teaching session's presenter or audience screen. */
  view: AppView
  /** The X-ray or the cut through the bone, over the step. */
  surgeonView: SurgeonView | null
  /** The student register's landmark labels: `landmarks=1`; anything else, or a patient's link, leaves them off (absent). */
  landmarks?: true
  lang: Language
  /** Framed by another site (`embed=1`): the 3D view and, unless `text=0`, the step's text; absent for the full app. */
  embed?: EmbedOptions
}

export interface ParsedUrl {
  state: UrlState
  /** The first problem found, if any, for the polite notice. */
  notice: Notice
}

const KNOWN_KEYS = ['step', 'audience', 'page', 'lang', 'compare', 'compareView', 'quiz', 'quizMode', 'view', 'surgeonView', 'landmarks', 'embed', 'text'] as const

/** What `compare=` may name: the one operation the app compares resurfacing with. */
const COMPARED_WITH = 'thr'

/** Page ids that were renamed: old links still open the page. */
const PAGE_ALIASES: Readonly<Record<string, PageId>> = { 'is-it-for-me': 'decide' }
type Key = (typeof KNOWN_KEYS)[number]

const isAudience = (v: string): v is Audience => (AUDIENCES as readonly string[]).includes(v)
const isPageId = (v: string): v is PageId => (PAGE_IDS as readonly string[]).includes(v)
const isCompareView = (v: string): v is CompareView => (COMPARE_VIEWS as readonly string[]).includes(v)
const isAppView = (v: string): v is AppView => (APP_VIEWS as readonly string[]).includes(v)
const isQuizSet = (v: string): v is QuizOpen['set'] => (QUIZ_SETS as readonly string[]).includes(v)
const isQuizMode = (v: string): v is QuizOpen['mode'] => (QUIZ_MODES as readonly string[]).includes(v)
const isSurgeonView = (v: string): v is SurgeonView => (SURGEON_VIEWS as readonly string[]).includes(v)
const isKey = (v: string): v is Key => (KNOWN_KEYS as readonly string[]).includes(v)

/** Longest piece of a link echoed back in a notice; a pasted essay should not fill the screen. */
export const MAX_ECHO = 40
const echo = (value: string): string => (value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO - 1)}…` : value)

/** Which problem the notice names when a link has several: the one that changes most what the user sees. */
const PRIORITY = ['unknown-step', 'unknown-page', 'unknown-compare', 'unknown-quiz', 'unknown-surgeon-view', 'unknown-view', 'bad-audience', 'unknown-language', 'malformed-link'] as const satisfies readonly Exclude<Notice, null>['kind'][]

/** Like decodeURIComponent with form encoding ('+' is a space), but `null` instead of throwing on a bad escape. */
function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

/** Reads `location.search` (with or without its leading '?'). Never throws. */
export function parseSearch(search: string): ParsedUrl {
  const state: UrlState = { stepId: null, audience: 'patient', page: null, compare: null, quiz: null, view: 'walkthrough', surgeonView: null, lang: 'en' }
  const problems: Exclude<Notice, { kind: 'sheet-discarded' | 'language-failed' | 'language-offer' } | null>[] = [] // a link's problems only
  const seen = new Set<Key>()
  let malformed = false
  let compare: string | null = null
  let compareView: string | null = null
  let quizMode: string | null = null
  let textShown = true

  const query = search.startsWith('?') ? search.slice(1) : search
  for (const pair of query.split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = decodePart(eq < 0 ? pair : pair.slice(0, eq))
    const value = decodePart(eq < 0 ? '' : pair.slice(eq + 1))
    // Keys we do not use (a mail client's `utm_source`, say) are left alone: they do not
    // change what the link opens, so they are not worth a notice.
    if (key !== null && value !== null && !isKey(key)) continue
    if (key === null || value === null || !isKey(key) || seen.has(key)) {
      malformed = true
      continue
    }
    seen.add(key)
    switch (key) {
      case 'step':
        if (isStepId(value)) state.stepId = value
        else problems.push({ kind: 'unknown-step', value: echo(value) })
        break
      case 'audience':
        if (isAudience(value)) state.audience = value
        else problems.push({ kind: 'bad-audience', value: echo(value) })
        break
      case 'page': {
        const page = PAGE_ALIASES[value] ?? value
        if (isPageId(page)) state.page = page
        else problems.push({ kind: 'unknown-page', value: echo(value) })
        break
      }
      case 'compare':
        compare = value
        break
      case 'compareView':
        compareView = value
        break
      case 'quiz':
        if (isQuizSet(value)) state.quiz = { set: value, mode: 'practice' }
        else problems.push({ kind: 'unknown-quiz', value: echo(value) })
        break
      case 'quizMode':
        quizMode = value
        break
      case 'view':
        if (isAppView(value)) state.view = value
        else problems.push({ kind: 'unknown-view', value: echo(value) })
        break
      case 'surgeonView':
        if (isSurgeonView(value)) state.surgeonView = value
        else problems.push({ kind: 'unknown-surgeon-view', value: echo(value) })
        break
      // An on/off switch: a value other than 1 is ignored (off), not worth a notice.
      case 'landmarks':
        if (value === '1') state.landmarks = true
        break
      // Switches like `landmarks`: only `embed=1` frames the app and only `text=0` hides the text;
      // another value is ignored (a host's typo leaves the app as it would be without it).
      case 'embed':
        if (value === '1') state.embed = { text: true }
        break
      case 'text':
        if (value === '0') textShown = false
        break
      case 'lang':
        if (isLanguage(value)) state.lang = value
        else problems.push({ kind: 'unknown-language', value: echo(value) })
        break
    }
  }
  // `text=0` means something only in a frame.
  if (state.embed && !textShown) state.embed = { text: false }
  // A frame shows the walkthrough's step: the teaching windows, a test, the comparison, the X-ray
  // and the cut are the full app's (a frame has no controls to close them), and a page opens only
  // from a link inside the frame, not over the host's page from the start.
  if (state.embed) {
    state.view = 'walkthrough'
    state.page = null
    state.surgeonView = null
    compare = null
    compareView = null
    state.quiz = null
    quizMode = null
  }
  // A view without `compare=` still says what the link wants; a wrong view opens the first one.
  if (compare !== null && compare !== COMPARED_WITH) problems.push({ kind: 'unknown-compare', value: echo(compare) })
  else if (compare !== null || compareView !== null) {
    if (compareView === null || isCompareView(compareView)) state.compare = compareView ?? COMPARE_VIEWS[0]
    else {
      state.compare = COMPARE_VIEWS[0]
      problems.push({ kind: 'unknown-compare', value: echo(compareView) })
    }
  }
  // A mode without a quiz opens nothing; a wrong mode is practice (it answers at once).
  if (quizMode !== null) {
    if (!isQuizMode(quizMode)) malformed = true
    else if (state.quiz) state.quiz = { ...state.quiz, mode: quizMode }
  }
  // A test takes the step text's place, as the comparison does: the link opens one of them.
  if (state.quiz && state.compare) state.compare = null
  // A test hides what the views would show; the X-ray is of the resurfacing hip, not the comparison.
  if (state.quiz) state.surgeonView = null
  if (state.surgeonView === 'xray') state.compare = null
  // Landmarks are the student register's: a patient's link shows the step's own labels.
  if (state.audience !== 'student') delete state.landmarks
  if (malformed) problems.push({ kind: 'malformed-link' })
  problems.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))
  return { state, notice: problems[0] ?? null }
}

/**
 * The canonical query string for a state. Step and audience are always written, so a copied
 * link opens exactly what the user saw; the language only when it is not the default.
 */
export function serialiseSearch(state: {
  stepId: StepId
  audience: Audience
  page: PageId | null
  compare?: CompareView | null
  quiz?: QuizOpen | null
  view?: AppView
  surgeonView?: SurgeonView | null
  landmarks?: boolean
  lang?: Language
  /** Kept while framed, so a reload inside the frame stays framed. */
  embed?: EmbedOptions | null
}): string {
  const params = new URLSearchParams({ step: state.stepId, audience: state.audience })
  if (state.page !== null) params.set('page', state.page)
  if (state.compare) {
    params.set('compare', COMPARED_WITH)
    params.set('compareView', state.compare)
  }
  if (state.quiz) {
    params.set('quiz', state.quiz.set)
    params.set('quizMode', state.quiz.mode)
  }
  if (state.surgeonView) params.set('surgeonView', state.surgeonView)
  if (state.landmarks && state.audience === 'student') params.set('landmarks', '1')
  if (state.view !== undefined && state.view !== 'walkthrough') params.set('view', state.view)
  if (state.lang !== undefined && state.lang !== DEFAULT_LANGUAGE) params.set('lang', state.lang)
  if (state.embed) {
    params.set('embed', '1')
    if (!state.embed.text) params.set('text', '0')
  }
  return `?${params.toString()}`
}
