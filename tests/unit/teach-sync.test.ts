/**
 * The teaching session's protocol: ordering, duplicates, catch-up, two presenters, bad messages,
 * and the camera's rate bound. Windows are stores joined by an in-memory bus that delivers when
 * told to, so a test can reorder or repeat messages the way a real channel might.
 */
import { describe, expect, it, vi } from 'vitest'
import { RateLimiter, SessionPeer, isMessage, type Message, type SessionState } from '../../src/features/teach/sync/protocol'
import { startTeachingSync, type Transport } from '../../src/features/teach/sync/session'
import { cameraLink } from '../../src/features/teach/sync/camera-link'
import { createWalkthroughStore } from '../../src/state/store'

const state = (stepId: SessionState['stepId'], extra: Partial<SessionState> = {}): SessionState => ({
  stepId,
  audience: 'student',
  layerOverrides: {},
  paused: false,
  replayCount: 0,
  resetViewCount: 0,
  pick: null,
  shareShown: false,
  surgeonView: null,
  xrayFilm: null,
  templateCapMm: null,
  cutPlane: { offsetMm: 0, turnDeg: 0 },
  ...extra,
})

/** A BroadcastChannel stand-in: every window but the sender hears a message when `flush` runs. */
class Bus {
  private readonly windows = new Map<string, (data: unknown) => void>()
  queue: { from: string; message: Message }[] = []
  transport(name: string): Transport {
    return {
      post: (message) => this.queue.push({ from: name, message: structuredClone(message) }),
      listen: (onMessage) => {
        this.windows.set(name, onMessage)
        return () => this.windows.delete(name)
      },
      close: () => this.windows.delete(name),
    }
  }
  flush() {
    for (let guard = 0; this.queue.length > 0 && guard < 100; guard++) {
      const batch = this.queue
      this.queue = []
      for (const { from, message } of batch) for (const [name, deliver] of this.windows) if (name !== from) deliver(message)
    }
  }
}

function session(bus: Bus, name: string, role: 'presenter' | 'audience', stepId: SessionState['stepId'] = 'healthy-hip') {
  const store = createWalkthroughStore()
  store.setState({ stepId, view: role })
  const stop = startTeachingSync(role, bus.transport(name), { store, id: name, win: null })
  return { store, stop }
}

describe('SessionPeer', () => {
  it('ignores its own messages, duplicates and messages overtaken from the same sender', () => {
    const presenter = new SessionPeer('p')
    const audience = new SessionPeer('a')
    const first = presenter.stampState(state('incision'))
    const second = presenter.stampState(state('exposure'))
    expect(presenter.receive(first).kind).toBe('ignore') // its own
    expect(audience.receive(second)).toMatchObject({ kind: 'apply-state', state: { stepId: 'exposure' } })
    expect(audience.receive(second).kind).toBe('ignore') // a duplicate
    expect(audience.receive(first).kind).toBe('ignore') // overtaken: older than the last taken
  })

  it('of two presenters shows the state made last, in whatever order the messages arrive', () => {
    const a = new SessionPeer('a')
    const b = new SessionPeer('b')
    const fromA = a.stampState(state('incision'))
    b.receive(fromA) // b has seen a's change, so its next change is later
    const fromB = b.stampState(state('exposure'))
    for (const order of [[fromA, fromB], [fromB, fromA]]) {
      const room = new SessionPeer(`room-${order[0]?.from}`)
      const applied = order.map((m) => room.receive(m)).filter((x) => x.kind === 'apply-state')
      expect(applied.at(-1)).toMatchObject({ state: { stepId: 'exposure' } })
      expect(room.driver).toBe('b')
    }
  })

  it("a window that opens gets the session's state at its original version", () => {
    const p = new SessionPeer('p')
    p.stampState(state('incision'))
    const late = p.stampState(state('guide-pin'))
    const again = p.restampState(state('guide-pin'))
    expect(again).not.toBeNull()
    expect(again && 'version' in again ? again.version : null).toEqual('version' in late ? late.version : null)
    const opened = new SessionPeer('new')
    expect(opened.receive(again)).toMatchObject({ kind: 'apply-state', state: { stepId: 'guide-pin' } })
  })

  it("a presenter's opening state never outranks a change", () => {
    const used = new SessionPeer('a')
    const change = used.stampState(state('incision'))
    const opening = new SessionPeer('zzz').stampOpeningState(state('recovery'))
    const room = new SessionPeer('room')
    expect(room.receive(change).kind).toBe('apply-state')
    expect(room.receive(opening).kind).toBe('ignore')
  })

  it('moves the camera only for the presenter whose state it shows', () => {
    const a = new SessionPeer('a')
    const b = new SessionPeer('b')
    const room = new SessionPeer('room')
    room.receive(a.stampState(state('incision')))
    const camera = { position: [0, 0, 1] as [number, number, number], target: [0, 0, 0] as [number, number, number] }
    expect(room.receive(b.stamp({ kind: 'camera', camera })).kind).toBe('ignore')
    expect(room.receive(a.stamp({ kind: 'camera', camera })).kind).toBe('apply-camera')
  })

  it('rejects malformed messages', () => {
    const ok = new SessionPeer('p').stampState(state('incision'))
    expect(isMessage(ok)).toBe(true)
    for (const bad of [null, 1, 'state', {}, { ...ok, seq: 0 }, { ...ok, from: '' }, { ...ok, kind: 'reload' }, { ...ok, state: { ...state('incision'), paused: 'yes' } }, { kind: 'camera', from: 'p', seq: 2, clock: 2, camera: { position: [0, 0], target: [0, 0, 0] } }]) {
      expect(isMessage(bad)).toBe(false)
      expect(new SessionPeer('room').receive(bad).kind).toBe('ignore')
    }
  })
})

describe('a teaching session between windows', () => {
  it('the audience waits, then follows the presenter: step, register, layers, pause, replay, reset, pick', () => {
    const bus = new Bus()
    const room = session(bus, 'room', 'audience', 'recovery')
    expect(room.store.getState().teachLink).toBe('waiting')
    const lecturer = session(bus, 'lecturer', 'presenter', 'incision')
    bus.flush()
    expect(room.store.getState()).toMatchObject({ teachLink: 'following', stepId: 'incision' })

    const p = lecturer.store.getState()
    p.goToStep('exposure')
    p.setAudience('patient')
    p.setLayerMode('muscle', 'hidden')
    p.replay()
    p.resetView()
    p.togglePaused()
    p.setPick({ structure: 'piriformis', part: 'piriformis', point: [0, 0.1, 0], by: 'pointer' })
    const replaysBefore = room.store.getState().replayCount
    const resetsBefore = room.store.getState().resetViewCount
    bus.flush()
    expect(room.store.getState()).toMatchObject({
      stepId: 'exposure',
      audience: 'patient',
      layerOverrides: { muscle: 'hidden' },
      paused: true,
      pick: { structure: 'piriformis' },
    })
    expect(room.store.getState().replayCount).toBe(replaysBefore + 1)
    expect(room.store.getState().resetViewCount).toBe(resetsBefore + 1)
    expect(lecturer.store.getState().teachLink).toBe('driving')
  })

  it('a change leaves what did not change as it was in the room, so its view does not redraw for it', () => {
    const bus = new Bus()
    const room = session(bus, 'room', 'audience')
    const lecturer = session(bus, 'lecturer', 'presenter')
    const p = lecturer.store.getState()
    p.setLayerMode('muscle', 'ghost')
    p.setPick({ structure: 'piriformis', part: 'piriformis', point: [0, 0.1, 0], by: 'pointer' })
    p.setCutPlane({ offsetMm: 4, turnDeg: 10 })
    bus.flush()
    const before = room.store.getState()
    lecturer.store.getState().setShareShown(true)
    bus.flush()
    const after = room.store.getState()
    expect(after.shareShown).toBe(true)
    expect(after.layerOverrides).toBe(before.layerOverrides)
    expect(after.pick).toBe(before.pick)
    expect(after.cutPlane).toBe(before.cutPlane)
    // A real change still arrives as new.
    lecturer.store.getState().setLayerMode('muscle', 'hidden')
    bus.flush()
    expect(room.store.getState().layerOverrides).toEqual({ muscle: 'hidden' })
  })

  it('an audience window that opens or reloads catches up at once, without replaying', () => {
    const bus = new Bus()
    const lecturer = session(bus, 'lecturer', 'presenter', 'incision')
    bus.flush()
    lecturer.store.getState().goToStep('guide-pin')
    lecturer.store.getState().replay()
    bus.flush()
    const room = session(bus, 'room', 'audience', 'healthy-hip')
    const replays = room.store.getState().replayCount
    bus.flush()
    expect(room.store.getState()).toMatchObject({ stepId: 'guide-pin', teachLink: 'following', replayCount: replays })
    room.stop()
    const reloaded = session(bus, 'room-2', 'audience', 'healthy-hip')
    bus.flush()
    expect(reloaded.store.getState().stepId).toBe('guide-pin')
  })

  it('with two presenter windows the one used last drives, and the other says so', () => {
    const bus = new Bus()
    const room = session(bus, 'room', 'audience')
    const first = session(bus, 'first', 'presenter', 'incision')
    bus.flush()
    first.store.getState().goToStep('exposure')
    bus.flush()
    // A second presenter window opens on another step: the room does not move, and it takes the session's step.
    const second = session(bus, 'second', 'presenter', 'recovery')
    bus.flush()
    expect(room.store.getState().stepId).toBe('exposure')
    expect(second.store.getState()).toMatchObject({ stepId: 'exposure', teachLink: 'other-driving' })
    second.store.getState().goToStep('guide-pin')
    bus.flush()
    expect(room.store.getState().stepId).toBe('guide-pin')
    expect(first.store.getState()).toMatchObject({ stepId: 'guide-pin', teachLink: 'other-driving' })
    expect(second.store.getState().teachLink).toBe('driving')
  })

  it('the room waits when its presenter leaves, and a presenter left behind takes over', () => {
    const bus = new Bus()
    const room = session(bus, 'room', 'audience')
    const win = new EventTarget() as unknown as Window
    const store = createWalkthroughStore()
    store.setState({ stepId: 'incision', view: 'presenter' })
    startTeachingSync('presenter', bus.transport('first'), { store, id: 'first', win })
    bus.flush()
    store.getState().goToStep('exposure')
    bus.flush()
    const other = session(bus, 'other', 'presenter', 'recovery')
    bus.flush()
    expect(other.store.getState().teachLink).toBe('other-driving')
    // A 'bye' from a window that does not drive changes nothing.
    bus.queue.push({ from: 'x', message: new SessionPeer('x').stamp({ kind: 'bye', role: 'presenter' }) as Message })
    bus.flush()
    expect(room.store.getState().teachLink).toBe('following')
    win.dispatchEvent(new Event('pagehide'))
    bus.flush()
    // The window left behind drives at once, from the step the room saw, so the room follows it again.
    expect(other.store.getState()).toMatchObject({ teachLink: 'driving', stepId: 'exposure' })
    expect(room.store.getState()).toMatchObject({ teachLink: 'following', stepId: 'exposure' })
    other.store.getState().goToStep('guide-pin')
    bus.flush()
    expect(room.store.getState().stepId).toBe('guide-pin')
  })

  it('sends the camera at a bounded rate and lets the last move through', () => {
    const bus = new Bus()
    const room = session(bus, 'room', 'audience')
    session(bus, 'lecturer', 'presenter')
    bus.flush()
    const arrived: number[] = []
    const stop = cameraLink.onArrive((c) => arrived.push(c.position[0]))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    try {
      for (let i = 1; i <= 100; i++) {
        cameraLink.userMoved({ position: [i, 0, 1], target: [0, 0, 0] })
        vi.advanceTimersByTime(1) // 100 moves in 100 ms
      }
      vi.advanceTimersByTime(100)
      bus.flush()
    } finally {
      vi.useRealTimers()
      stop()
    }
    expect(arrived.length).toBeGreaterThan(1)
    expect(arrived.length).toBeLessThanOrEqual(5) // 30 a second over 0.2 s, plus the first
    expect(arrived.at(-1)).toBe(100)
    expect(room.store.getState().teachLink).toBe('following')
  })

  it('without a channel the window says it cannot link, and works on its own', () => {
    const store = createWalkthroughStore()
    const stop = startTeachingSync('presenter', null, { store, win: null })
    expect(store.getState().teachLink).toBe('unavailable')
    store.getState().goToStep('exposure')
    expect(store.getState().stepId).toBe('exposure')
    stop()
  })

  it('a state with an unknown step or layer keeps the window safe', () => {
    const bus = new Bus()
    const room = session(bus, 'room', 'audience', 'incision')
    const rogue = new SessionPeer('rogue')
    const bad = rogue.stampState({ ...state('incision'), stepId: 'nowhere' as SessionState['stepId'], layerOverrides: { muscle: 'x', bone: 'ghost' } as never })
    bus.queue.push({ from: 'rogue', message: bad })
    bus.flush()
    expect(room.store.getState().stepId).toBe('incision')
    expect(room.store.getState().layerOverrides).toEqual({ bone: 'ghost' })
  })

  it("shows the presenter's X-ray or cut in the room, and drops a view it does not know", () => {
    const bus = new Bus()
    const room = session(bus, 'room', 'audience', 'reduction')
    const rogue = new SessionPeer('rogue')
    const cut = { offsetMm: 4, turnDeg: -20 }
    bus.queue.push({ from: 'rogue', message: rogue.stampState({ ...state('reduction'), surgeonView: 'cut', cutPlane: cut }) })
    bus.flush()
    expect(room.store.getState()).toMatchObject({ surgeonView: 'cut', cutPlane: cut })
    const odd = { ...state('reduction'), surgeonView: 'mri', xrayFilm: 'later', templateCapMm: Number.NaN } as unknown as SessionState
    bus.queue.push({ from: 'rogue', message: rogue.stampState(odd) })
    bus.flush()
    expect(room.store.getState()).toMatchObject({ surgeonView: null, xrayFilm: null, templateCapMm: null })
  })
})

describe('RateLimiter', () => {
  it('never sends faster than its rate', () => {
    let now = 0
    const sent: number[] = []
    const timers: { at: number; run: () => void }[] = []
    const limiter = new RateLimiter<number>(
      30,
      () => sent.push(now),
      () => now,
      (run, ms) => {
        timers.push({ at: now + ms, run })
        return 0 as unknown as ReturnType<typeof setTimeout>
      },
    )
    for (now = 0; now < 1000; now += 5) {
      limiter.push(now)
      const due = timers.filter((t) => t.at <= now)
      timers.splice(0, timers.length, ...timers.filter((t) => t.at > now))
      for (const t of due) t.run()
    }
    const gaps = sent.slice(1).map((t, i) => t - (sent[i] ?? 0))
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000 / 30 - 5)
    expect(sent.length).toBeLessThanOrEqual(31)
  })
})
