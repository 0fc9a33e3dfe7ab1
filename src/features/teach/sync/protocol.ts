/**
 * The teaching session's messages between the presenter window and the audience windows, and
 * the rule for which ones a window acts on. Pure: no browser, no store (tests drive it directly).
 *
 * Every message carries its sender, the sender's own sequence number, and a Lamport clock
 * (one more than the highest clock the sender has seen). A window ignores its own messages,
 * any message not newer than the last it took from that sender (a duplicate, or one overtaken),
 * and a session state older than the one it shows. A state keeps the version it was made with
 * (the Lamport clock of the change, and the presenter that made it) however often it is sent
 * again to a window that opens: so of two presenter windows the one used last drives,
 * whichever message arrives first.
 */
import type { Layer } from '../../../../models/contract'
import type { LayerMode } from '../../../content/modes'
import type { StepId } from '../../../content/steps-index'
import type { Audience, CutPlane, PickedStructure, SurgeonView, XrayFilm } from '../../../state/store'
import type { SharedCamera } from './camera-link'

export type Role = 'presenter' | 'audience'

/** What the room sees, as the presenter set it. */
export interface SessionState {
  stepId: StepId
  audience: Audience
  layerOverrides: Partial<Record<Layer, LayerMode>>
  paused: boolean
  /** The presenter's Replay and Reset view presses, counted: a change replays or resets once. */
  replayCount: number
  resetViewCount: number
  pick: PickedStructure | null
  /** The presenter shows the step's QR code on the projector for the room to scan. */
  shareShown: boolean
  /** The X-ray or the cut on the projector, with the film, the templated size and the plane. */
  surgeonView: SurgeonView | null
  xrayFilm: XrayFilm | null
  templateCapMm: number | null
  cutPlane: CutPlane
  /** The landmarks labelled, for a lecturer to name them on the projector (absent from older windows: off). */
  landmarks?: boolean
}

export interface Stamp {
  /** The sending window's id (random per window load). */
  from: string
  /** The sender's own count of messages, from 1. */
  seq: number
  /** Lamport clock: orders messages of different senders. */
  clock: number
}

export type Message = Stamp &
  (
    | { kind: 'hello'; role: Role }
    | { kind: 'state'; state: SessionState; version: Version }
    | { kind: 'camera'; camera: SharedCamera }
    /** A presenter window closes: the room waits for another. */
    | { kind: 'bye'; role: Role }
  )

/** When a session state was made, and by which presenter: the later one is shown. */
export interface Version {
  clock: number
  by: string
}

const newer = (a: Version, b: Version | null) => b === null || a.clock > b.clock || (a.clock === b.clock && a.by > b.by)

/** What a message asks of the window that took it. */
export type Action =
  | { kind: 'ignore' }
  /** Another window opened or reloaded: a presenter answers with where the session is. */
  | { kind: 'answer-hello'; role: Role }
  | { kind: 'apply-state'; state: SessionState; from: string }
  | { kind: 'apply-camera'; camera: SharedCamera; from: string }
  | { kind: 'presenter-left'; from: string }

/** One window's end of the protocol: it stamps what it sends and judges what it gets. */
export class SessionPeer {
  private seq = 0
  private clock = 0
  private readonly lastSeq = new Map<string, number>()
  /** The version of the session state shown now (`null` before one arrives). */
  private shown: Version | null = null

  constructor(readonly id: string) {}

  /** Stamps an outgoing message. */
  stamp<T extends Omit<Message, keyof Stamp>>(body: T): T & Stamp {
    this.seq += 1
    this.clock += 1
    return { ...body, from: this.id, seq: this.seq, clock: this.clock }
  }

  /**
   * A presenter window that opens offers the state its link shows at version 0, the weakest:
   * any change a presenter has made since outranks it, so opening a second presenter window
   * does not move the room, and the new window takes the session's state when it is answered.
   */
  stampOpeningState(state: SessionState): Message {
    const message = this.stamp({ kind: 'state' as const, state, version: { clock: 0, by: this.id } })
    if (newer(message.version, this.shown)) this.shown = message.version
    return message
  }

  /**
   * Stamps this window's own new session state: from now on it is the one shown, so an
   * older state from another presenter cannot take its place.
   */
  stampState(state: SessionState): Message {
    const message = this.stamp({ kind: 'state' as const, state, version: { clock: this.clock + 1, by: this.id } })
    this.shown = message.version
    return message
  }

  /** Sends the state shown again, as it was made (a window that opened asked for it). */
  restampState(state: SessionState): Message | null {
    return this.shown === null ? null : this.stamp({ kind: 'state' as const, state, version: this.shown })
  }

  /** The presenter whose state this window shows (`null` before one arrives). */
  get driver(): string | null {
    return this.shown?.by ?? null
  }

  /** Judges an incoming message. Anything that is not a well-formed message is ignored. */
  receive(data: unknown): Action {
    if (!isMessage(data) || data.from === this.id) return { kind: 'ignore' }
    const last = this.lastSeq.get(data.from) ?? 0
    if (data.seq <= last) return { kind: 'ignore' }
    this.lastSeq.set(data.from, data.seq)
    this.clock = Math.max(this.clock, data.clock)
    switch (data.kind) {
      case 'hello':
        return { kind: 'answer-hello', role: data.role }
      case 'state':
        // Equal clocks (two presenters acting at once): the higher id wins, the same in every window.
        if (!newer(data.version, this.shown)) return { kind: 'ignore' }
        this.shown = data.version
        this.clock = Math.max(this.clock, data.version.clock)
        return { kind: 'apply-state', state: data.state, from: data.version.by }
      case 'camera':
        // Only the presenter whose state is shown moves the room's camera.
        if (data.from !== this.driver) return { kind: 'ignore' }
        return { kind: 'apply-camera', camera: data.camera, from: data.from }
      case 'bye':
        if (data.role !== 'presenter' || data.from !== this.driver) return { kind: 'ignore' }
        return { kind: 'presenter-left', from: data.from }
    }
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0
const isVec3 = (v: unknown) => Array.isArray(v) && v.length === 3 && v.every((n) => typeof n === 'number' && Number.isFinite(n))
const isRole = (v: unknown): v is Role => v === 'presenter' || v === 'audience'

/**
 * The shape check a window makes before trusting a message: another tab of the same origin
 * could post anything on the channel. The state's values are checked again where they are
 * applied (an unknown step id is not shown).
 */
export function isMessage(v: unknown): v is Message {
  if (!isObject(v) || typeof v.from !== 'string' || v.from === '' || !isCount(v.seq) || v.seq < 1 || !isCount(v.clock)) return false
  switch (v.kind) {
    case 'hello':
    case 'bye':
      return isRole(v.role)
    case 'camera':
      return isObject(v.camera) && isVec3(v.camera.position) && isVec3(v.camera.target)
    case 'state': {
      const s = v.state
      const version = v.version
      return (
        isObject(version) &&
        isCount(version.clock) &&
        typeof version.by === 'string' &&
        isObject(s) &&
        typeof s.stepId === 'string' &&
        typeof s.audience === 'string' &&
        isObject(s.layerOverrides) &&
        typeof s.paused === 'boolean' &&
        isCount(s.replayCount) &&
        isCount(s.resetViewCount) &&
        (s.pick === null || isObject(s.pick)) &&
        typeof s.shareShown === 'boolean' &&
        isObject(s.cutPlane)
      )
    }
    default:
      return false
  }
}

/**
 * Lets camera moves through at most `perSecond` times a second, always ending on the last one
 * (a trailing send), so the room's view comes to rest where the presenter's did.
 */
export class RateLimiter<T> {
  private last = -Infinity
  private pending: T | null = null
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly perSecond: number,
    private readonly send: (value: T) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly schedule: (run: () => void, ms: number) => ReturnType<typeof setTimeout> = (run, ms) => setTimeout(run, ms),
  ) {}

  push(value: T): void {
    const interval = 1000 / this.perSecond
    const wait = this.last + interval - this.now()
    if (wait <= 0 && this.timer === null) {
      this.last = this.now()
      this.send(value)
      return
    }
    this.pending = value
    this.timer ??= this.schedule(() => {
      this.timer = null
      const value = this.pending
      this.pending = null
      if (value !== null) {
        this.last = this.now()
        this.send(value)
      }
    }, Math.max(0, wait))
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    this.pending = null
  }
}

/** Camera moves sent per second, at most (the bound). */
export const CAMERA_MESSAGES_PER_SECOND = 30
