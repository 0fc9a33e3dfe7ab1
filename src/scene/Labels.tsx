/**
 * Labels as real DOM text over the canvas. `LabelOverlay` renders the text once per step;
 * `LabelTracker` (inside the canvas) moves it from `useFrame` through refs: it projects each
 * label's landmark, hides labels whose point is behind geometry (rays cast once the camera
 * rests, again while the femur or an instrument moves, and in the still frame),
 * lays the labels out in columns beside the hip (lib/label-layout.ts) and draws the leader lines.
 */
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Matrix4, Vector3, type Object3D } from 'three'
import { PARTS, type Part, type PointLandmark } from '../../models/contract'
import { layoutLabels, type LabelInput } from '../lib/label-layout'
import { FEMORAL_LANDMARKS, isFemoralPart } from '../lib/scene-plan'
import { THR_SIDE_LANDMARKS, THR_SIDE_PARTS } from '../features/compare/layout'
import { landmarkPoints } from './manifest'
import { frameOfLandmark, modelToWorld, projectToView } from './model-frame'
import { castRay, measured, raysAccelerated } from './raycast'
import type { SceneRefs } from './scene-refs'
import type { SceneLabel } from './step-view'
import { useStepView } from './useStepView'

/** The DOM nodes the tracker writes to, registered by the overlay's ref callbacks. */
export class LabelDom {
  root: HTMLElement | null = null
  readonly items: (HTMLElement | null)[] = []
  readonly lines: (SVGLineElement | null)[] = []
  readonly dots: (SVGCircleElement | null)[] = []
  /** The labels whose text the overlay has put in the page: the tracker measures and moves the items only then. */
  shown: readonly SceneLabel[] | null = null
  private onChange: (() => void) | null = null
  // A label's box changes size with the text (Larger text, a narrower view wrapping it).
  private readonly resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.onChange?.()) : null
  /** The overlay has put these labels in the page. */
  setShown(labels: readonly SceneLabel[]) {
    this.shown = labels
    this.onChange?.()
  }
  /** The tracker hears of new labels in the page, or of a label whose box changed size, through this. */
  setOnChange(callback: (() => void) | null) {
    this.onChange = callback
  }
  setRoot(el: HTMLElement | null) {
    this.root = el
  }
  /** "pending" until every label's visibility has been checked in the current view, then "settled". */
  setState(state: 'pending' | 'settled') {
    if (this.root && this.root.dataset.state !== state) this.root.dataset.state = state
  }
  setItem(i: number, el: HTMLElement | null) {
    const was = this.items[i]
    if (was === el) return
    if (was) this.resizes?.unobserve(was)
    this.items[i] = el
    if (el) this.resizes?.observe(el)
  }
  /** The label boxes' sizes now (layout sizes: the tracker's transforms do not change them). */
  measure(count: number): { width: number; height: number }[] {
    return Array.from({ length: count }, (_, i) => ({ width: this.items[i]?.offsetWidth ?? 0, height: this.items[i]?.offsetHeight ?? 0 }))
  }
  setLine(i: number, el: SVGLineElement | null) {
    this.lines[i] = el
  }
  setDot(i: number, el: SVGCircleElement | null) {
    this.dots[i] = el
  }
}

export function LabelOverlay({ labels, dom, listName }: { labels: readonly SceneLabel[]; dom: LabelDom; listName: string }) {
  useLayoutEffect(() => dom.setShown(labels), [dom, labels])
  return (
    <div className="scene-labels" ref={(el) => dom.setRoot(el)} data-state="pending">
      <svg className="scene-labels__lines" aria-hidden="true">
        {labels.map((l, i) => (
          <g key={l.id}>
            <line ref={(el) => dom.setLine(i, el)} className="scene-labels__line" visibility="hidden" />
            <circle ref={(el) => dom.setDot(i, el)} className="scene-labels__dot" r="4" visibility="hidden" />
          </g>
        ))}
      </svg>
      <ul className="scene-labels__list" aria-label={listName}>
        {labels.map((l, i) => (
          <li key={l.id} ref={(el) => dom.setItem(i, el)} className="scene-label" data-anchor={l.anchor} data-visible="false">
            {l.text}
          </li>
        ))}
      </ul>
    </div>
  )
}

const PELVIC_PARTS: ReadonlySet<Part> = new Set<Part>([
  'pelvis', 'pelvis-reamed', 'cartilage-acetabular', 'cartilage-acetabular-worn', 'osteophytes-acetabular', 'labrum', 'cup',
  'acetabular-reamer', 'cup-impactor',
])

/**
 * The structure a landmark belongs to. A label stays visible when only its own structure
 * lies in front of its point (a point on the far side of the femoral neck still projects onto
 * the neck, so the label still names what the user sees); it hides when something else does.
 */
function ownedBy(anchor: PointLandmark, part: Part): boolean {
  // The total hip's points lie on or inside its own parts (the ball's centre in the liner).
  if (THR_SIDE_LANDMARKS.has(anchor)) return THR_SIDE_PARTS.has(part)
  if (FEMORAL_LANDMARKS.has(anchor)) return isFemoralPart(part)
  if ((PARTS as readonly string[]).includes(anchor)) return part === anchor || (anchor === 'labrum' && PELVIC_PARTS.has(part))
  if (anchor === 'skin-incision-mid') return part === 'skin'
  return PELVIC_PARTS.has(part)
}

/** A mesh's part: the name of the place group HipRig put it in. */
export function partOf(object: Object3D): Part | null {
  for (let o: Object3D | null = object; o; o = o.parent) if (typeof o.userData.part === 'string') return o.userData.part as Part
  return null
}

/** Something else than the point's own structure must be this much in front to hide it. */
const OCCLUSION_MARGIN_M = 0.004
const scratchWorld = new Vector3()
const scratchDir = new Vector3()
const lastCamera = new Matrix4()
const lastFemur = new Matrix4()

/** One check of every label of the view, timed for the benchmark as one 'resurface:occlusion'. */
function checkOcclusion(t: Tracking, refs: SceneRefs, eye: Vector3): void {
  measured('resurface:occlusion', () =>
    t.labels.forEach((label, i) => {
      t.occluded[i] = isOccluded(label, refs, eye)
    }),
  )
}

/**
 * A landmark is a point on its bone's surface: seen through its own bone it would point at the
 * wrong side (the linea aspera on the front of the femur), so only the cartilage over it may stand in front.
 */
const OVER_A_SURFACE: ReadonlySet<Part> = new Set<Part>(['cartilage-femoral', 'cartilage-femoral-worn', 'cartilage-acetabular', 'cartilage-acetabular-worn'])

function isOccluded(label: SceneLabel, refs: SceneRefs, eye: Vector3): boolean {
  if (!worldAnchor(label.anchor, refs, scratchWorld)) return true
  const distance = scratchDir.copy(scratchWorld).sub(eye).length()
  for (const hit of castRay(eye, scratchDir.normalize(), distance - OCCLUSION_MARGIN_M, refs.occluders, false)) {
    const part = partOf(hit.object)
    if (!part || !(label.surface ? OVER_A_SURFACE.has(part) : ownedBy(label.anchor, part))) return true
  }
  return false
}

/** Where the tracker is with one step's labels. */
interface Tracking {
  labels: readonly SceneLabel[]
  /** Unknown until checked: hidden, so a label behind bone never flashes up. */
  occluded: boolean[]
  /** Each label's box, measured once the overlay shows it. */
  sizes: { width: number; height: number }[]
  /** Something moved since the last occlusion check. */
  pending: boolean
  /** `occluded` was checked in the view as it is now, just before the still frame. */
  checked: boolean
  /** The labels were checked since the camera last moved: they show, and follow the parts that move. */
  checkedAtRest: boolean
  /** When the last check ran (page clock), to space the re-checks while parts move. */
  lastCheckAt: number
}

const sameSizes = (a: readonly { width: number; height: number }[], b: readonly { width: number; height: number }[]) =>
  a.length === b.length && a.every((s, i) => s.width === b[i]?.width && s.height === b[i]?.height)

const startTracking = (labels: readonly SceneLabel[]): Tracking => ({
  labels,
  occluded: labels.map(() => true),
  sizes: [],
  pending: true,
  checked: false,
  checkedAtRest: false,
  lastCheckAt: -Infinity,
})

/**
 * While the femur or an instrument moves under a camera at rest, the labels are checked again
 * this often. With the accelerated raycaster a check costs well under a millisecond (the
 * bench's occlusion row), so a step's labels show as soon as the camera rests instead of
 * after the step's animation, and keep up with it.
 */
const RECHECK_MS = 120

export function LabelTracker({ dom, refs }: { dom: LabelDom; refs: SceneRefs }) {
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)
  const get = useThree((s) => s.get)
  const lastOccluders = useRef<unknown>(null)
  const view = useStepView()
  const track = useRef<Tracking | null>(null)

  // The overlay beside the canvas puts a new step's text in the page after the step changed,
  // and a label's box can change size without anything in the scene moving: either calls for a
  // frame that measures and places the labels again.
  useLayoutEffect(() => {
    dom.setOnChange(() => {
      const t = track.current
      const current = t !== null && dom.shown === t.labels && t.sizes.length === t.labels.length
      if (current && sameSizes(dom.measure(t.labels.length), t.sizes)) return
      if (t) t.sizes = []
      invalidate()
    })
    return () => dom.setOnChange(null)
  }, [dom, invalidate])

  // Nothing is drawn between the last frame and the still frame, so the view the rays see just
  // before it is the one it shows.
  useEffect(
    () =>
      refs.stillFrame.prepare(() => {
        const t = track.current
        if (!t || !t.pending || dom.shown !== t.labels) return
        checkOcclusion(t, refs, get().camera.position)
        t.checked = true
      }),
    [refs, dom, get],
  )

  useFrame(({ camera }) => {
    const labels = view.current.labels
    if (track.current?.labels !== labels) {
      track.current = startTracking(labels)
      dom.setState('pending')
    }
    const t = track.current
    if (dom.shown !== labels) return
    const items = dom.items
    if (t.sizes.length !== labels.length) t.sizes = dom.measure(labels.length)

    // Points are checked for occlusion in the still frame, the one drawn once everything has
    // come to rest (just before it, above; here if that check could not be made). Once the rays
    // are accelerated they are also checked as soon as the camera rests, and every RECHECK_MS
    // while the femur or an instrument moves under it; before that (the first view), rays
    // through the whole hip cost tens of milliseconds, too much to cast while things move. While
    // the camera moves, labels keep their last state (a new step's stay hidden until checked).
    const femur = refs.femurFrame
    const cameraMoved = !lastCamera.equals(camera.matrixWorld)
    const moved = cameraMoved || (femur !== null && !lastFemur.equals(femur.matrixWorld)) || refs.occluders !== lastOccluders.current
    if (moved) {
      lastCamera.copy(camera.matrixWorld)
      if (femur) lastFemur.copy(femur.matrixWorld)
      lastOccluders.current = refs.occluders
      t.pending = true
      t.checked = false
    }
    if (cameraMoved) {
      t.checkedAtRest = false
      // One more frame after the camera's last move, to find it at rest and check the labels
      // then, rather than at the still frame SETTLE_MS later.
      if (raysAccelerated()) invalidate()
    }
    const now = performance.now()
    if (t.pending && refs.stillFrame.now) {
      if (!t.checked) checkOcclusion(t, refs, camera.position)
      t.pending = false
      t.checkedAtRest = true
    } else if (t.pending && !cameraMoved && raysAccelerated() && (!t.checkedAtRest || now - t.lastCheckAt >= RECHECK_MS)) {
      checkOcclusion(t, refs, camera.position)
      t.checkedAtRest = true
      t.lastCheckAt = now
      if (!moved) t.pending = false
    }
    dom.setState(t.checkedAtRest ? 'settled' : 'pending')

    const inputs: LabelInput[] = labels.map((label, i) => {
      const s = t.sizes[i] ?? { width: 0, height: 0 }
      if (!worldAnchor(label.anchor, refs, scratchWorld)) return { id: label.id, x: NaN, y: NaN, visible: false, ...s }
      const { x, y, inView: onScreen } = projectToView(scratchWorld, camera, size)
      return { id: label.id, x, y, visible: onScreen && !t.occluded[i], priority: label.priority, ...s }
    })
    const placed = layoutLabels(inputs, { width: size.width, height: size.height, margin: 12, gap: 8, offset: 40 })
    placed.forEach((p, i) => {
      const item = items[i]
      const line = dom.lines[i]
      const dot = dom.dots[i]
      const vis = p.visible ? 'visible' : 'hidden'
      if (item) {
        item.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`
        item.dataset.visible = String(p.visible)
        item.dataset.side = p.side
      }
      if (line) {
        line.setAttribute('x1', p.lineFrom.x.toFixed(1))
        line.setAttribute('y1', p.lineFrom.y.toFixed(1))
        line.setAttribute('x2', p.lineTo.x.toFixed(1))
        line.setAttribute('y2', p.lineTo.y.toFixed(1))
        line.setAttribute('visibility', vis)
      }
      if (dot) {
        dot.setAttribute('cx', p.lineTo.x.toFixed(1))
        dot.setAttribute('cy', p.lineTo.y.toFixed(1))
        dot.setAttribute('visibility', vis)
      }
    })
  })
  return null
}

/** A landmark in world space now: femoral landmarks move with the femur, the total hip's stand beside it. */
export function worldAnchor(anchor: PointLandmark, refs: SceneRefs, out: Vector3): boolean {
  const p = landmarkPoints[anchor]
  if (!p) return false
  modelToWorld(frameOfLandmark(anchor), p, refs, out)
  return true
}
