/**
 * Runs a teaching session between windows of the app: the presenter window sends what the room
 * should see whenever its user changes it; an audience window applies what arrives. Which
 * messages count is decided by protocol.ts; how they travel by a Transport (one browser's
 * windows through BroadcastChannel today; a network relay could take its place).
 */
import { LAYERS } from '../../../../models/contract'
import { LAYER_MODES } from '../../../content/modes'
import { isStepId } from '../../../content/steps-index'
import { AUDIENCES, SURGEON_VIEWS, XRAY_FILMS, createWalkthroughStore, useWalkthrough, type SharedSession, type WalkthroughState } from '../../../state/store'
import { cameraLink, type SharedCamera } from './camera-link'
import { CAMERA_MESSAGES_PER_SECOND, RateLimiter, SessionPeer, type Message, type Role, type SessionState } from './protocol'

/** How messages travel between the session's windows. */
export interface Transport {
  post(message: Message): void
  /** Hears every message posted by the other windows (not its own). Returns the unsubscribe. */
  listen(onMessage: (data: unknown) => void): () => void
  close(): void
}

/** The channel's name: every window of this app on this origin shares it. */
export const CHANNEL_NAME = 'resurface-teaching'

/** The windows of one browser on this origin; `null` where BroadcastChannel is missing. */
export function broadcastTransport(name = CHANNEL_NAME): Transport | null {
  if (typeof BroadcastChannel !== 'function') return null
  const channel = new BroadcastChannel(name)
  return {
    post: (message) => channel.postMessage(message),
    listen: (onMessage) => {
      const handler = (event: MessageEvent) => onMessage(event.data)
      channel.addEventListener('message', handler)
      return () => channel.removeEventListener('message', handler)
    },
    close: () => channel.close(),
  }
}

type Store = ReturnType<typeof createWalkthroughStore>

const sessionOf = (s: WalkthroughState): SessionState => ({
  stepId: s.stepId,
  audience: s.audience,
  layerOverrides: s.layerOverrides,
  paused: s.paused,
  replayCount: s.replayCount,
  resetViewCount: s.resetViewCount,
  pick: s.pick,
  shareShown: s.shareShown,
  surgeonView: s.surgeonView,
  xrayFilm: s.xrayFilm,
  templateCapMm: s.templateCapMm,
  cutPlane: s.cutPlane,
  landmarks: s.landmarks,
})

const sharedChanged = (a: WalkthroughState, b: WalkthroughState) =>
  a.stepId !== b.stepId ||
  a.audience !== b.audience ||
  a.layerOverrides !== b.layerOverrides ||
  a.paused !== b.paused ||
  a.replayCount !== b.replayCount ||
  a.resetViewCount !== b.resetViewCount ||
  a.pick !== b.pick ||
  a.shareShown !== b.shareShown ||
  a.surgeonView !== b.surgeonView ||
  a.xrayFilm !== b.xrayFilm ||
  a.templateCapMm !== b.templateCapMm ||
  a.cutPlane !== b.cutPlane ||
  a.landmarks !== b.landmarks

/** The layer choices that name a real layer and mode; anything else in a message is dropped. */
function checkedLayers(layers: SessionState['layerOverrides']): SessionState['layerOverrides'] {
  const out: SessionState['layerOverrides'] = {}
  for (const layer of LAYERS) {
    const mode = (layers as Record<string, unknown>)[layer]
    if ((LAYER_MODES as readonly unknown[]).includes(mode)) out[layer] = mode as (typeof LAYER_MODES)[number]
  }
  return out
}

/** The same plain data (what a message carries: numbers, strings, arrays, records). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  const other = b as Record<string, unknown>
  return keys.length === Object.keys(b).length && keys.every((k) => k in other && sameData((a as Record<string, unknown>)[k], other[k]))
}

/**
 * What the window has already when a message brings the same again: every message carries the
 * whole state, and a new object where nothing changed would make the 3D view redraw for nothing
 * (a whole still frame, over half a second in software GL, before the change that did come).
 */
const kept = <T>(current: T, arrived: T): T => (sameData(current, arrived) ? current : arrived)

/**
 * A state from another window, made safe to show: a step or register this version does not
 * know keeps the window's own; a pick of an unknown shape is dropped.
 */
function checkedSession(state: SessionState, current: WalkthroughState): SharedSession {
  const pick = state.pick
  const pickOk =
    pick !== null &&
    typeof pick.structure === 'string' &&
    typeof pick.part === 'string' &&
    Array.isArray(pick.point) &&
    pick.point.length === 3 &&
    pick.point.every((n) => typeof n === 'number' && Number.isFinite(n))
  return {
    stepId: isStepId(state.stepId) ? state.stepId : current.stepId,
    audience: (AUDIENCES as readonly string[]).includes(state.audience) ? state.audience : current.audience,
    layerOverrides: kept(current.layerOverrides, checkedLayers(state.layerOverrides)),
    paused: state.paused,
    pick: pickOk ? kept(current.pick, pick) : null,
    shareShown: state.shareShown,
    surgeonView: (SURGEON_VIEWS as readonly unknown[]).includes(state.surgeonView) ? state.surgeonView : null,
    xrayFilm: (XRAY_FILMS as readonly unknown[]).includes(state.xrayFilm) ? state.xrayFilm : null,
    templateCapMm: typeof state.templateCapMm === 'number' && Number.isFinite(state.templateCapMm) ? state.templateCapMm : null,
    cutPlane: finiteNumber(state.cutPlane.offsetMm) && finiteNumber(state.cutPlane.turnDeg) ? kept(current.cutPlane, state.cutPlane) : current.cutPlane,
    landmarks: state.landmarks === true,
  }
}

const finiteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

const randomId = () =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`

/**
 * Starts this window's part in the session. Without a transport (no BroadcastChannel) it only
 * says so: the window still works on its own. Returns the stop function.
 */
export function startTeachingSync(
  role: Role,
  transport: Transport | null,
  { store = useWalkthrough, id = randomId(), win = typeof window === 'undefined' ? null : window }: { store?: Store; id?: string; win?: Window | null } = {},
): () => void {
  if (transport === null) {
    store.getState().setTeachLink('unavailable')
    return () => store.getState().setTeachLink(null)
  }
  const peer = new SessionPeer(id)
  const post = (message: Message) => transport.post(message)
  // Set while a state from another window is applied, so it is not sent back as this one's.
  let applying = false
  // The presenter's last Replay and Reset view counts seen here, per presenter: a rise replays once.
  let seen: { from: string; replay: number; reset: number } | null = null
  let lastCamera: SharedCamera | null = null

  const apply = (state: SessionState, from: string) => {
    const before = store.getState()
    applying = true
    try {
      before.applySession(checkedSession(state, before))
      if (seen?.from === from) {
        if (state.replayCount > seen.replay) store.getState().replay()
        if (state.resetViewCount > seen.reset) store.getState().resetView()
        // Replay also plays; the presenter's pause wins.
        if (store.getState().paused !== state.paused) store.getState().togglePaused()
      }
      seen = { from, replay: state.replayCount, reset: state.resetViewCount }
    } finally {
      applying = false
    }
  }

  // This window's own changes go to the room; the first makes it the one that drives.
  const drive = () => {
    if (peer.driver !== id) store.getState().setTeachLink('driving')
    post(peer.stampState(sessionOf(store.getState())))
  }

  const cleanups: (() => void)[] = []
  const onMessage = (data: unknown) => {
    const action = peer.receive(data)
    switch (action.kind) {
      case 'ignore':
        return
      case 'answer-hello': {
        if (role !== 'presenter') return
        const again = peer.restampState(sessionOf(store.getState()))
        if (again && peer.driver === id) {
          post(again)
          if (lastCamera) post(peer.stamp({ kind: 'camera', camera: lastCamera }))
        }
        return
      }
      case 'apply-state':
        apply(action.state, action.from)
        store.getState().setTeachLink(role === 'audience' ? 'following' : 'other-driving')
        return
      case 'apply-camera':
        if (role === 'audience') cameraLink.arrive(action.camera)
        return
      case 'presenter-left':
        // The room waits; a presenter window left behind takes over, showing what the room saw.
        if (role === 'audience') store.getState().setTeachLink('waiting')
        else drive()
        return
    }
  }
  cleanups.push(transport.listen(onMessage))

  if (role === 'presenter') {
    cleanups.push(
      store.subscribe((now, before) => {
        if (!applying && sharedChanged(now, before)) drive()
      }),
    )
    const camera = new RateLimiter<SharedCamera>(CAMERA_MESSAGES_PER_SECOND, (c) => post(peer.stamp({ kind: 'camera', camera: c })))
    cleanups.push(
      cameraLink.onUserMoved((c) => {
        // Moving the camera is using this window too.
        if (peer.driver !== id) drive()
        lastCamera = c
        camera.push(c)
      }),
      () => camera.cancel(),
    )
    store.getState().setTeachLink('driving')
    post(peer.stamp({ kind: 'hello', role }))
    post(peer.stampOpeningState(sessionOf(store.getState())))
  } else {
    store.getState().setTeachLink('waiting')
    post(peer.stamp({ kind: 'hello', role }))
  }

  // A presenter window that closes tells the room, which then waits for another.
  const onPageHide = () => post(peer.stamp({ kind: 'bye', role }))
  win?.addEventListener('pagehide', onPageHide)
  cleanups.push(() => win?.removeEventListener('pagehide', onPageHide))

  return () => {
    for (const cleanup of cleanups.reverse()) cleanup()
    transport.close()
    store.getState().setTeachLink(null)
  }
}
