/**
 * The two pages under test and how each is driven. The measures (measures.ts) are the same for
 * both; only these page-specific moves differ:
 * - settle: the first view loaded and at rest;
 * - transition: one camera move to the next step's view, timed from when it starts moving to
 *   when it is at rest (page clock);
 * - cyclePass: every step's view forward, then back, each one shown before the next.
 *
 * model-viewer gets the app's own step camera poses (peer-page.ts), so both pages travel the
 * same sequence of views over the same distances.
 */
import type { Page } from 'playwright-core'
import { STEP_IDS } from '../../src/content/steps-index'
import { VIEW, waitForView } from '../../tests/e2e/harness'
import type { PeerView } from './peer-page'
import { drawnFrames, drawnSince } from './bench-page'

/** A timed stretch in the page: page times, and the probe's counters at both ends. */
export interface TimeWindow {
  start: number
  end: number
  /** frames with draw calls in the window */
  frames: number
  /** the page's rAF callbacks in the window */
  rafs: number
}

export interface Target {
  name: string
  url: string
  settle: (page: Page) => Promise<void>
  /** The i-th camera transition (0-based) from the view left by the previous one. */
  transition: (page: Page, i: number) => Promise<TimeWindow>
  cyclePass: (page: Page) => Promise<void>
  /** What "cycling" means for this page, for the table's notes. */
  cycleNote: string
}

const TRANSITION_TIMEOUT_MS = 30_000

// ---- Resurface --------------------------------------------------------------------------

/**
 * Resolves with the page times at which the view's data-camera turned "moving" and back to
 * "idle". Installed before the key press that starts the glide.
 */
async function armGlideWatch(page: Page): Promise<void> {
  await page.evaluate(
    ({ selector, timeout }) => {
      const view = document.querySelector(selector)
      if (!view) throw new Error('no 3D view')
      const w = window as unknown as { __glide?: Promise<{ start: number; end: number; frames: number; rafs: number }> }
      const snap = () => ({ t: performance.now(), f: window.__bench?.framesWithDraws ?? 0, r: window.__bench?.rafCallbacks ?? 0 })
      w.__glide = new Promise((resolve, reject) => {
        let start: ReturnType<typeof snap> | null = null
        const timer = setTimeout(() => reject(new Error('glide did not finish')), timeout)
        const observer = new MutationObserver(() => {
          const state = view.getAttribute('data-camera')
          if (state === 'moving' && !start) start = snap()
          if (state === 'idle' && start) {
            const end = snap()
            observer.disconnect()
            clearTimeout(timer)
            resolve({ start: start.t, end: end.t, frames: end.f - start.f, rafs: end.r - start.r })
          }
        })
        observer.observe(view, { attributes: true, attributeFilter: ['data-camera'] })
      })
    },
    { selector: VIEW, timeout: TRANSITION_TIMEOUT_MS },
  )
}

/**
 * Lighthouse also opens a step the way a clinic's link does (`?step=`), besides the bare app (the
 * welcome page on a phone): the two lay out different text first, so they can have a different
 * Largest Contentful Paint (a hidden hint in the 3D view once made the step link's 5.8 s). The
 * first step: a step with its own animation (cup-impaction) scores lower on this machine, because
 * each animated frame is drawn in software and Lighthouse counts the wait as main-thread work.
 */
export const STEP_LINK_STEP = STEP_IDS[0]
export const STEP_LINK_LABEL = `step link (?step=${STEP_LINK_STEP})`
export const stepLinkPage = (name: string): string => `${name}, ${STEP_LINK_LABEL}`

export function resurfaceTarget(appUrl: string): Target {
  const at = { index: 0 }
  return {
    name: 'Resurface',
    url: `${appUrl}?step=${STEP_IDS[0]}`,
    settle: async (page) => {
      await waitForView(page, STEP_IDS[0])
      at.index = 0
    },
    transition: async (page) => {
      await armGlideWatch(page)
      await page.keyboard.press('ArrowRight')
      const glide = await page.evaluate(() => (window as unknown as { __glide: Promise<TimeWindow> }).__glide)
      at.index++
      await waitForView(page, STEP_IDS[at.index] ?? STEP_IDS[0])
      return glide
    },
    cyclePass: async (page) => {
      const go = async (key: 'ArrowRight' | 'ArrowLeft', i: number) => {
        const drawn = await drawnFrames(page)
        await page.keyboard.press(key)
        await page.locator(`${VIEW}[data-step="${STEP_IDS[i]}"][data-camera="idle"][data-status="ready"]`).waitFor({ timeout: 60_000 })
        await drawnSince(page, drawn)
      }
      for (let i = 1; i < STEP_IDS.length; i++) await go('ArrowRight', i)
      for (let i = STEP_IDS.length - 2; i >= 0; i--) await go('ArrowLeft', i)
      at.index = 0
    },
    cycleNote: `ArrowRight through all ${STEP_IDS.length} steps and ArrowLeft back, each step's view ready, at rest and drawn before the next key`,
  }
}

// ---- model-viewer -----------------------------------------------------------------------

/** model-viewer's element, typed for the few members used here. */
interface ModelViewerLike extends HTMLElement {
  loaded: boolean
  jumpCameraToGoal: () => void
  getCameraOrbit: () => { theta: number; phi: number; radius: number }
  getCameraTarget: () => { x: number; y: number; z: number }
}

/** Waits until the element has loaded and nothing has been drawn for `quietMs`. */
async function mvSettle(page: Page, quietMs = 600): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('model-viewer') as ModelViewerLike | null)?.loaded === true, undefined, { timeout: 60_000 })
  await page.waitForFunction(
    (quiet) => {
      const w = window as unknown as { __quiet?: { frames: number; since: number } }
      const frames = window.__bench?.framesWithDraws ?? 0
      const now = performance.now()
      if (!w.__quiet || w.__quiet.frames !== frames) w.__quiet = { frames, since: now }
      return now - w.__quiet.since >= quiet
    },
    quietMs,
    { timeout: 60_000, polling: 100 },
  )
}

/**
 * Sets the view and resolves (page times) when the camera has reached it: model-viewer's
 * dampers snap to the goal once close, so "reached" is checked with small tolerances, once
 * per frame (unwrapped rAF, not counted as the page's).
 */
async function mvGlide(page: Page, view: PeerView): Promise<TimeWindow> {
  return page.evaluate(
    ({ orbit, target, timeout }) =>
      new Promise<TimeWindow>((resolve, reject) => {
        const mv = document.querySelector('model-viewer') as ModelViewerLike | null
        if (!mv) throw new Error('no model-viewer')
        const raf = window.__bench?.raf ?? requestAnimationFrame
        const [theta, phi, radius] = orbit.split(' ').map((s) => parseFloat(s))
        const goal = { theta: ((theta ?? 0) * Math.PI) / 180, phi: ((phi ?? 0) * Math.PI) / 180, radius: radius ?? 0 }
        const [tx, ty, tz] = target.split(' ').map((s) => parseFloat(s))
        const wrapAngle = (a: number) => Math.atan2(Math.sin(a), Math.cos(a))
        const snap = () => ({ t: performance.now(), f: window.__bench?.framesWithDraws ?? 0, r: window.__bench?.rafCallbacks ?? 0 })
        const start = snap()
        mv.setAttribute('camera-orbit', orbit)
        mv.setAttribute('camera-target', target)
        const check = () => {
          const o = mv.getCameraOrbit()
          const t = mv.getCameraTarget()
          const reached =
            Math.abs(wrapAngle(o.theta - goal.theta)) < 1e-3 &&
            Math.abs(o.phi - goal.phi) < 1e-3 &&
            Math.abs(o.radius - goal.radius) < 1e-4 &&
            Math.hypot(t.x - (tx ?? 0), t.y - (ty ?? 0), t.z - (tz ?? 0)) < 1e-4
          if (reached) {
            const end = snap()
            resolve({ start: start.t, end: end.t, frames: end.f - start.f, rafs: end.r - start.r })
          } else if (performance.now() - start.t > timeout) reject(new Error(`camera did not reach ${orbit} / ${target}`))
          else raf(check)
        }
        raf(check)
      }),
    { orbit: view.orbit, target: view.target, timeout: TRANSITION_TIMEOUT_MS },
  )
}

/** Jumps to the view (no interpolation, like the app under reduced motion) and waits until it has been drawn. */
async function mvJump(page: Page, view: PeerView): Promise<void> {
  await page.evaluate(
    async ({ orbit, target }) => {
      const mv = document.querySelector('model-viewer') as (ModelViewerLike & { updateComplete: Promise<unknown> }) | null
      if (!mv) throw new Error('no model-viewer')
      mv.setAttribute('camera-orbit', orbit)
      mv.setAttribute('camera-target', target)
      await mv.updateComplete // the attributes reach the camera goal in the element's update
      mv.jumpCameraToGoal()
      const raf = window.__bench?.raf ?? requestAnimationFrame
      const drawnBefore = window.__bench?.framesWithDraws ?? 0
      // until a frame has been drawn since the jump
      await new Promise<void>((done) => {
        const check = () => ((window.__bench?.framesWithDraws ?? 0) > drawnBefore ? done() : raf(check))
        raf(check)
      })
    },
    view,
  )
}

export function peerTarget(peerUrl: string, views: PeerView[]): Target {
  return {
    name: 'model-viewer',
    url: peerUrl,
    settle: (page) => mvSettle(page),
    transition: async (page, i) => {
      const view = views[(i + 1) % views.length]!
      const glide = await mvGlide(page, view)
      await mvSettle(page, 300)
      return glide
    },
    cyclePass: async (page) => {
      for (let i = 1; i < views.length; i++) await mvJump(page, views[i]!)
      for (let i = views.length - 2; i >= 0; i--) await mvJump(page, views[i]!)
    },
    cycleNote: `camera-orbit/camera-target through the ${views.length} step views and back, each jumped to (jumpCameraToGoal) and drawn before the next`,
  }
}
