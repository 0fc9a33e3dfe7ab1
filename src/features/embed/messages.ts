/**
 * The embedded view's messages with the page that frames it (README: "Embedding Resurface").
 *
 * In:  `{ type: 'resurface:goto', step }` moves to a step. Taken only from `window.parent`, only
 *      while the page is embedded, and only for a step id the app has; anything else (another
 *      frame, a malformed message, an unknown step) is ignored without a word, as a page cannot
 *      answer every stranger that posts to it.
 * Out: `{ type: 'resurface:step', step, audience, lang, ready }` to `window.parent` on every
 *      change of step, register or language, and when the 3D view becomes ready (or stops being).
 *
 * Loaded (dynamic import, from main.tsx) only in an embedded page.
 */
import { isStepId, type StepId } from '../../content/steps-index'
import type { Language } from '../../content/i18n/languages'
import { useWalkthrough, type Audience } from '../../state/store'

export const GOTO_MESSAGE = 'resurface:goto'
export const STEP_MESSAGE = 'resurface:step'

export interface StepMessage {
  type: typeof STEP_MESSAGE
  step: StepId
  audience: Audience
  lang: Language
  /** The 3D view shows this step fully drawn (`.viewport[data-ready="true"]`, src/scene/readiness.ts). */
  ready: boolean
}

/** The step a `resurface:goto` message asks for, or `null` for anything that is not one (never throws). */
export function gotoStepOf(data: unknown): StepId | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  const { type, step } = data as { type?: unknown; step?: unknown }
  if (type !== GOTO_MESSAGE || typeof step !== 'string' || !isStepId(step)) return null
  return step
}

/** Whether a message may drive the view: it comes from the framing page itself, and we are framed and embedded. */
export function fromParent(event: { source: unknown }, win: { parent: unknown }, embedded: boolean): boolean {
  return embedded && win.parent !== win && event.source === win.parent
}

/** The readiness signal for this step: the view's data-step must match, so a stale "true" of the step before never counts. */
function viewReady(doc: Document, stepId: StepId): boolean {
  const view = doc.querySelector<HTMLElement>('.viewport[data-step]')
  return view?.dataset.step === stepId && view.dataset.ready === 'true'
}

/** Starts both directions; returns a function that stops them. Does nothing when the page is not framed. */
export function startEmbedMessages(win: Window, store = useWalkthrough): () => void {
  if (win.parent === win) return () => {}
  const parent = win.parent

  const onMessage = (event: MessageEvent) => {
    if (!fromParent(event, win, store.getState().embed !== null)) return
    const step = gotoStepOf(event.data)
    if (step !== null) store.getState().goToStep(step)
  }
  win.addEventListener('message', onMessage)

  let last = ''
  const report = () => {
    const { stepId, audience, lang } = store.getState()
    const message: StepMessage = { type: STEP_MESSAGE, step: stepId, audience, lang, ready: viewReady(win.document, stepId) }
    const key = JSON.stringify(message)
    if (key === last) return
    last = key
    // targetOrigin '*': the message holds only what the frame's own src already says (a step id,
    // the register, the language), nothing the user typed or chose privately, so any page that
    // frames the app may read it. Pinning it to document.referrer's origin would add nothing (the
    // framing page chose that src) and would silently drop every message when a host's
    // Referrer-Policy is no-referrer. What comes IN is what must be checked (onMessage).
    parent.postMessage(message, '*')
  }

  const unsubscribe = store.subscribe(report)
  // data-ready and data-step are written outside React's renders (the readiness tracker), so
  // they are watched on the DOM; the view may not exist yet, hence the whole document.
  const observer = new MutationObserver(report)
  observer.observe(win.document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-step'] })
  report()

  return () => {
    unsubscribe()
    observer.disconnect()
    win.removeEventListener('message', onMessage)
  }
}
