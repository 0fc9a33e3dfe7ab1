/**
 * The one store: what the user chose, nothing derived, no three.js objects.
 * The URL mirrors `stepId` and `audience` (see url-sync.ts); `largerText` is the user's preference,
 * kept in localStorage (see preference-sync.ts); per-frame values never live here.
 */
import { create } from 'zustand'
import type { Layer } from '../../models/contract'
import type { LayerMode } from '../content/modes'
import { STEP_IDS, type StepId } from '../content/steps-index'
import type { Language } from '../content/i18n/languages'
import type { ChapterId } from '../content/steps-index'
import type { LabelTerm } from '../content/label-terms'
import type { Part, Vec3 } from '../../models/contract'
import type { QuestionId } from '../content/question-ids'
import type { ValueId, ValueWeight } from '../content/decide/ids'
import type { GroupId } from '../content/decide/figures'
import {
  addOwn,
  emptySheet,
  removeOwn,
  setGroup,
  setValue,
  toggleQuestion,
  updateOwn,
  type ConsultationSheet,
} from '../features/decide/sheet'

/**
 * The pages around the steps; `null` shows the walkthrough. `decide` is the decision aid (links
 * to its old id, `is-it-for-me`, still open it: see lib/url.ts); `sheet` the consultation sheet.
 */
export const PAGE_IDS = ['welcome', 'decide', 'questions', 'sheet', 'recovery', 'glossary', 'references'] as const
export type PageId = (typeof PAGE_IDS)[number]

/**
 * The comparison with a total hip replacement: both hips side by side in the one canvas, seen in
 * one of these views. `null` shows the walkthrough's step.
 */
export const COMPARE_VIEWS = ['implants', 'inside', 'bone-removed'] as const
export type CompareView = (typeof COMPARE_VIEWS)[number]

/** On a narrow screen the comparison shows one hip at a time; this says which. */
export const COMPARE_SIDES = ['resurfacing', 'thr'] as const
export type CompareSide = (typeof COMPARE_SIDES)[number]

/**
 * Which window this is (`?view=`): the walkthrough, the lecturer's presenter screen, or the
 * projector's audience screen that follows it (src/features/teach/).
 */
export const APP_VIEWS = ['walkthrough', 'presenter', 'audience'] as const
export type AppView = (typeof APP_VIEWS)[number]

/** A self-test: one chapter's questions, or the whole operation's. */
export const QUIZ_SETS = ['the-hip', 'opening', 'socket', 'femoral-head', 'finishing', 'after', 'operation'] as const satisfies readonly (ChapterId | 'operation')[]
export type QuizSet = (typeof QUIZ_SETS)[number]
/** Practice answers each question at once; a test answers at the end, with a score. */
export const QUIZ_MODES = ['practice', 'test'] as const
export type QuizMode = (typeof QUIZ_MODES)[number]
export interface QuizOpen {
  set: QuizSet
  mode: QuizMode
}

/**
 * A structure the user touched (or reached with the keyboard) in the 3D view, to be named
 * beside it; on the projector, the presenter's pointer. `point` is where it was touched, in
 * the model's frame (femoral points in the femur's own frame, so they move with it).
 */
export interface PickedStructure {
  structure: LabelTerm
  part: Part
  point: Vec3
  /** How it was chosen: keyboard picks are announced, pointer picks are seen. */
  by: 'pointer' | 'keyboard'
}

/**
 * Where this window stands in a teaching session: an audience window waits for a presenter or
 * follows one; a presenter window drives the room, or another presenter window does; or the
 * browser cannot link windows at all. `null` outside a session.
 */
export type TeachLink = 'waiting' | 'following' | 'driving' | 'other-driving' | 'unavailable'

/**
 * The surgeon's views of the hip (src/features/xray, src/features/cut), over any step: a
 * simulated AP X-ray, or a cut through the femoral head and neck. `null`: the 3D view as it is.
 */
export const SURGEON_VIEWS = ['xray', 'cut'] as const
export type SurgeonView = (typeof SURGEON_VIEWS)[number]

/** Which AP film the X-ray shows: the hip before the operation, or after it (cap and cup). */
export const XRAY_FILMS = ['before', 'after'] as const
export type XrayFilm = (typeof XRAY_FILMS)[number]

/**
 * Where the cut lies, relative to its default (the plane through the neck axis and the shaft
 * axis, seen from the front): moved along its normal, and turned about the neck axis. The cut
 * feature clamps both to where the plane still passes through the head and neck.
 */
export interface CutPlane {
  offsetMm: number
  turnDeg: number
}
export const DEFAULT_CUT_PLANE: CutPlane = { offsetMm: 0, turnDeg: 0 }

/**
 * The app framed by another site (`?embed=1`, src/features/embed): the step's 3D view, its text
 * unless `text: false` (`&text=0`), the step buttons and a link to the full app. Set from the link.
 */
export interface EmbedOptions {
  text: boolean
}

export const AUDIENCES = ['patient', 'student'] as const
export type Audience = (typeof AUDIENCES)[number]

/** A polite message shown once, e.g. after an unknown step id in a link. `value` is the part of the link that was wrong. */
export type Notice =
  | { kind: 'unknown-step'; value: string }
  | { kind: 'bad-audience'; value: string }
  | { kind: 'unknown-page'; value: string }
  | { kind: 'unknown-compare'; value: string }
  | { kind: 'malformed-link' }
  | { kind: 'unknown-view'; value: string }
  | { kind: 'unknown-quiz'; value: string }
  | { kind: 'unknown-surgeon-view'; value: string }
  /** `?lang=` names a language the app does not offer: the text stays in English. */
  | { kind: 'unknown-language'; value: string }
  /** A language's pack could not be fetched (offline, a new version): the text stays as it was. `value` is the language's own name. */
  | { kind: 'language-failed'; value: string }
  /** The browser prefers a language the app offers; asked once, never switched silently. */
  | { kind: 'language-offer'; lang: Language }
  /** A consultation sheet kept on this device could not be used, so the sheet starts empty. */
  | { kind: 'sheet-discarded'; reason: 'corrupt' | 'old-version' | 'too-large' }
  | null

/** What the URL carries; applied in one go when a link is opened or Back/Forward is pressed. */
export interface LocationState {
  stepId: StepId
  audience: Audience
  page: PageId | null
  compare: CompareView | null
  view: AppView
  quiz: QuizOpen | null
  surgeonView: SurgeonView | null
  /** The student register's landmark labels (`?landmarks=1`); off when absent, and always for patients. */
  landmarks?: boolean
  /** `null` outside a frame. */
  embed?: EmbedOptions | null
  notice: Notice
}

export interface WalkthroughState {
  stepId: StepId
  audience: Audience
  lang: Language
  /** The user's layer choices; they last until the user resets them. */
  layerOverrides: Partial<Record<Layer, LayerMode>>
  /** WCAG 2.2.2: the user can pause every animation. */
  paused: boolean
  /** Bumped to replay the current step's animation. */
  replayCount: number
  /** Bumped to return the camera to the step's pose. */
  resetViewCount: number
  notice: Notice
  page: PageId | null
  /** The comparison view shown instead of the step's (mirrored in the URL as `?compare=thr&compareView=`). */
  compare: CompareView | null
  /** Which window this is; set from the URL when the app starts. */
  view: AppView
  /** The self-test being taken, shown instead of the step's text (mirrored as `?quiz=&quizMode=`). */
  quiz: QuizOpen | null
  /** The X-ray or the cut, over the step (mirrored as `?surgeonView=`); `null`: the plain 3D view. */
  surgeonView: SurgeonView | null
  /** The film the user chose; `null`: the step's own (before the implants are in, the film before). */
  xrayFilm: XrayFilm | null
  /** The femoral cap size being templated on the film before (outer diameter, mm); `null`: not templating. */
  templateCapMm: number | null
  cutPlane: CutPlane
  /**
   * The student register labels the bones' landmarks instead of the step's labels (mirrored as
   * `?landmarks=1`). Patients have no such toggle: switching to the patient register turns it off.
   */
  landmarks: boolean
  /** The embedded view's options (`?embed=1`), or `null` for the full app. */
  embed: EmbedOptions | null
  /** The structure named in the 3D view, or `null`. */
  pick: PickedStructure | null
  /** The teaching session's link between windows (src/features/teach/sync). */
  teachLink: TeachLink | null
  /** The presenter shows the step's QR code to the room (the audience window draws it). */
  shareShown: boolean
  /** Which hip a narrow screen shows in the comparison (not in the URL: a wide screen shows both). */
  compareSide: CompareSide
  /** A user preference (kept in localStorage by preference-sync.ts): the interface one size larger. */
  largerText: boolean
  /** The consultation sheet: the person's questions and values (kept on this device by sheet-sync.ts). */
  sheet: ConsultationSheet
  /** Whether this browser can keep the sheet; 'visit-only' when storage is missing, blocked or full. */
  sheetKept: 'yes' | 'visit-only'
}

/** What a presenter window shares with the room. */
export type SharedSession = Pick<
  WalkthroughState,
  'stepId' | 'audience' | 'layerOverrides' | 'paused' | 'pick' | 'shareShown' | 'surgeonView' | 'xrayFilm' | 'templateCapMm' | 'cutPlane' | 'landmarks'
>

export interface WalkthroughActions {
  goToStep: (id: StepId) => void
  nextStep: () => void
  previousStep: () => void
  firstStep: () => void
  lastStep: () => void
  setAudience: (audience: Audience) => void
  setLayerMode: (layer: Layer, mode: LayerMode) => void
  resetLayers: () => void
  togglePaused: () => void
  replay: () => void
  resetView: () => void
  showNotice: (notice: Notice) => void
  dismissNotice: () => void
  openPage: (page: PageId) => void
  closePage: () => void
  openCompare: (view?: CompareView) => void
  closeCompare: () => void
  setCompareSide: (side: CompareSide) => void
  /** Opens the X-ray or the cut (the X-ray is of the resurfacing hip: it closes the comparison). */
  openSurgeonView: (view: SurgeonView) => void
  closeSurgeonView: () => void
  setXrayFilm: (film: XrayFilm | null) => void
  setTemplateCap: (mm: number | null) => void
  setCutPlane: (plane: CutPlane) => void
  /** Labels the landmarks (students only: a patient's view keeps the step's labels). */
  setLandmarks: (on: boolean) => void
  /** Shows the text in a language whose pack is loaded (src/state/language-sync.ts loads it). */
  setLang: (lang: Language) => void
  openQuiz: (set: QuizSet, mode?: QuizMode) => void
  closeQuiz: () => void
  /** Names a structure in the 3D view (`null` closes the name). */
  setPick: (pick: PickedStructure | null) => void
  setTeachLink: (link: TeachLink | null) => void
  setShareShown: (shown: boolean) => void
  /** The presenter's session arrived in an audience window (values already checked by the sync). */
  applySession: (session: SharedSession) => void
  toggleLargerText: () => void
  setLargerText: (largerText: boolean) => void
  toggleSheetQuestion: (id: QuestionId) => void
  /** Adds a typed question (trimmed; nothing happens for an empty one or a full sheet). */
  addOwnQuestion: (text: string) => void
  /** Changes a typed question; emptied, it is removed. */
  updateOwnQuestion: (index: number, text: string) => void
  removeOwnQuestion: (index: number) => void
  /** How much a feature of the choice matters; `null` takes the answer back. */
  setValueWeight: (id: ValueId, weight: ValueWeight | null) => void
  /** The group whose numbers go on the sheet ("most like me"); `null` goes back to the default. */
  setSheetGroup: (group: GroupId | null) => void
  clearSheet: () => void
  /** Replaces the sheet with one read from storage (on start, or from another tab). */
  restoreSheet: (sheet: ConsultationSheet) => void
  setSheetKept: (kept: 'yes' | 'visit-only') => void
  /** Opening a link or walking history: set what the URL says, keep the user's other choices. */
  applyLocation: (location: LocationState) => void
}

export const initialState: WalkthroughState = {
  stepId: STEP_IDS[0],
  audience: 'patient',
  lang: 'en',
  layerOverrides: {},
  paused: false,
  replayCount: 0,
  resetViewCount: 0,
  notice: null,
  page: null,
  compare: null,
  compareSide: 'resurfacing',
  view: 'walkthrough',
  quiz: null,
  surgeonView: null,
  xrayFilm: null,
  templateCapMm: null,
  cutPlane: DEFAULT_CUT_PLANE,
  landmarks: false,
  embed: null,
  pick: null,
  teachLink: null,
  shareShown: false,
  largerText: false,
  sheet: emptySheet,
  sheetKept: 'yes',
}

const stepAt = (index: number): StepId => STEP_IDS[Math.min(STEP_IDS.length - 1, Math.max(0, index))] ?? STEP_IDS[0]

/**
 * Makes a store. The app has one (`useWalkthrough`); tests of two windows in a teaching
 * session make one per window.
 */
export const createWalkthroughStore = () => create<WalkthroughState & WalkthroughActions>()((set, get) => {
  /** A notice is about the link that was opened; once the user moves on it no longer applies. */
  const moveTo = (stepId: StepId) => {
    // A structure named in one step may not be in the next: the name closes.
    if (stepId !== get().stepId) set({ stepId, notice: null, pick: null })
  }
  return {
    ...initialState,
    goToStep: moveTo,
    nextStep: () => moveTo(stepAt(STEP_IDS.indexOf(get().stepId) + 1)),
    previousStep: () => moveTo(stepAt(STEP_IDS.indexOf(get().stepId) - 1)),
    firstStep: () => moveTo(stepAt(0)),
    lastStep: () => moveTo(stepAt(STEP_IDS.length - 1)),
    setAudience: (audience) => set(audience === 'patient' ? { audience, landmarks: false } : { audience }),
    setLayerMode: (layer, mode) => set((s) => ({ layerOverrides: { ...s.layerOverrides, [layer]: mode } })),
    resetLayers: () => set({ layerOverrides: {} }),
    togglePaused: () => set((s) => ({ paused: !s.paused })),
    replay: () => set((s) => ({ replayCount: s.replayCount + 1, paused: false })),
    resetView: () => set((s) => ({ resetViewCount: s.resetViewCount + 1 })),
    showNotice: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null }),
    openPage: (page) => set({ page }),
    closePage: () => set({ page: null }),
    // Opening the comparison closes any page over it (the decision aid links here).
    openCompare: (view = 'implants') =>
      set((s) => ({ compare: view, page: null, quiz: null, pick: null, surgeonView: s.surgeonView === 'xray' ? null : s.surgeonView })),
    closeCompare: () => set({ compare: null, pick: null }),
    setCompareSide: (compareSide) => set({ compareSide }),
    // A test hides the labels (they would give answers away); it takes the comparison's place too.
    openSurgeonView: (surgeonView) =>
      set((s) => ({ surgeonView, pick: null, quiz: null, compare: surgeonView === 'xray' ? null : s.compare })),
    closeSurgeonView: () => set({ surgeonView: null, pick: null }),
    setXrayFilm: (xrayFilm) => set({ xrayFilm }),
    setTemplateCap: (templateCapMm) => set({ templateCapMm }),
    setCutPlane: (cutPlane) => set({ cutPlane }),
    setLang: (lang) => set((s) => ({ lang, notice: s.notice?.kind === 'language-offer' ? null : s.notice })),
    setLandmarks: (on) => set((s) => ({ landmarks: on && s.audience === 'student' })),
    openQuiz: (setId, mode = 'practice') => set({ quiz: { set: setId, mode }, compare: null, page: null, pick: null, surgeonView: null }),
    closeQuiz: () => set({ quiz: null, pick: null }),
    setPick: (pick) => set({ pick }),
    setTeachLink: (teachLink) => set({ teachLink }),
    setShareShown: (shareShown) => set({ shareShown }),
    applySession: (session) => set({ ...session, landmarks: session.landmarks && session.audience === 'student', notice: null }),
    toggleLargerText: () => set((s) => ({ largerText: !s.largerText })),
    setLargerText: (largerText) => set({ largerText }),
    toggleSheetQuestion: (id) => set((s) => ({ sheet: toggleQuestion(s.sheet, id) })),
    addOwnQuestion: (text) => set((s) => ({ sheet: addOwn(s.sheet, text) })),
    updateOwnQuestion: (index, text) => set((s) => ({ sheet: updateOwn(s.sheet, index, text) })),
    removeOwnQuestion: (index) => set((s) => ({ sheet: removeOwn(s.sheet, index) })),
    setValueWeight: (id, weight) => set((s) => ({ sheet: setValue(s.sheet, id, weight) })),
    setSheetGroup: (group) => set((s) => ({ sheet: setGroup(s.sheet, group) })),
    clearSheet: () => set({ sheet: emptySheet }),
    restoreSheet: (sheet) => set({ sheet }),
    setSheetKept: (sheetKept) => set({ sheetKept }),
    applyLocation: ({ stepId, audience, page, compare, view, quiz, surgeonView, landmarks, embed = null, notice }) =>
      set((s) => ({
        stepId, audience, page, compare, view, quiz, surgeonView, embed, notice,
        landmarks: landmarks === true && audience === 'student',
        pick: s.stepId === stepId ? s.pick : null,
      })),
  }
})

export const useWalkthrough = createWalkthroughStore()
