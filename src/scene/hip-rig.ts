/**
 * The hip's scene graph and how it moves: every loaded part in a "place" group (femoral parts
 * inside a frame that turns about the femoral head centre), styled and moved from a
 * `SceneFrame`. A plain class, driven from `useFrame` by HipModel.tsx, so no React render
 * happens per frame.
 */
import { Group, Mesh, Quaternion, Vector3, type Object3D } from 'three'
import { INSTRUMENTS, IMPLANTS, PART_LAYER, type Instrument, type Part, type Vec3 } from '../../models/contract'
import { IMPLANT_TRAVEL_M, frameAt, isFemoralPart, type PartState, type SceneFrame, type ScenePlan } from '../lib/scene-plan'
import { TRANSITION_SECONDS, easeInOutCubic } from '../lib/camera-pose'
import { femurPoseTransform } from './femur-pose'
import { landmarkPoints, manifest } from './manifest'
import type { PartObjects } from './model-loader'
import { emphasisTissues, styleMesh } from './materials'
import type { SceneRefs } from './scene-refs'
import { pointAlongPolyline } from './polyline'
import { THR_OFFSET_M, THR_SIDE_PARTS } from '../features/compare/layout'
import { useWalkthrough } from '../state/store'

const PIVOT: Vec3 = landmarkPoints['femoral-head-centre'] ?? [0, 0, 0]
/** How far the head lifts out of the socket half-way through a dislocation (lateral, -X). */
const DISLOCATION_LIFT_M = 0.025

/**
 * Longest time one frame may advance the motion: a slow frame (software WebGL draws a few
 * per second) keeps the motion near real time, a stall (a hidden tab) does not jump it.
 */
const MAX_FRAME_STEP_S = 0.25

const IDLE = { moving: false } as const

const scratchQ = new Quaternion()
const scratchV = new Vector3()
const scratchAxis = new Vector3()
const scratchTip = new Vector3()

export class HipRig {
  readonly root = new Group()
  private readonly femurOuter = new Group()
  private readonly femurInner = new Group()
  /** The comparison's total hip, beside the resurfacing one. */
  private readonly thrSide = new Group()
  private readonly places = new Map<Part, Group>()
  private readonly styled = new Map<Part, string>()
  private readonly femurStart = { quaternion: new Quaternion(), position: new Vector3(...PIVOT) }
  private key = ''
  private t = 0
  private settled = false
  private lastPlan: ScenePlan | null = null
  /** The part the user touched (the store's pick), tinted until the pick is cleared. */
  private picked: Part | null = null

  constructor(private readonly refs: SceneRefs) {
    this.root.name = 'hip'
    this.femurOuter.name = 'femur-frame'
    this.femurOuter.position.set(...PIVOT)
    this.femurInner.position.set(-PIVOT[0], -PIVOT[1], -PIVOT[2])
    this.femurOuter.add(this.femurInner)
    this.root.add(this.femurOuter)
    this.thrSide.name = 'thr-side'
    this.thrSide.position.set(...THR_OFFSET_M)
    this.root.add(this.thrSide)
    refs.femurFrame = this.femurInner
    refs.hipRoot = this.root
  }

  /** Puts newly loaded parts in their places (hidden until the next frame styles them). */
  attach(parts: PartObjects): void {
    for (const [part, object] of parts) {
      let place = this.places.get(part)
      if (!place) {
        place = new Group()
        place.name = `${part}-place`
        place.userData.part = part
        place.visible = false
        this.places.set(part, place)
        ;(THR_SIDE_PARTS.has(part) ? this.thrSide : isFemoralPart(part) ? this.femurInner : this.root).add(place)
      }
      if (object.parent !== place) place.add(object)
    }
    this.styled.clear()
    this.settled = false
  }

  /** Something changed (plan, pause, motion preference): the next frame must be drawn. */
  wake(): void {
    this.settled = false
  }

  /**
   * Advances the step's animation by `delta` seconds and applies it. `moving`: it will change
   * again (the caller keeps drawing frames).
   */
  update(plan: ScenePlan, animationKey: string, delta: number, paused: boolean, reducedMotion: boolean): { moving: boolean } {
    if (this.key !== animationKey) {
      this.key = animationKey
      this.t = 0
      this.settled = false
      this.femurStart.quaternion.copy(this.femurOuter.quaternion)
      this.femurStart.position.copy(this.femurOuter.position)
    }
    // A pick is a choice in the store (synced between the presenter's and the audience's windows);
    // whoever sets it asks for a frame, and the frame restyles the part.
    const picked = useWalkthrough.getState().pick?.part ?? null
    if (picked !== this.picked) {
      this.picked = picked
      this.settled = false
    }
    if (this.settled && this.lastPlan === plan) return IDLE
    this.lastPlan = plan
    if (!paused) this.t += Math.min(delta, MAX_FRAME_STEP_S)
    const t = reducedMotion ? Number.POSITIVE_INFINITY : this.t
    const frame = frameAt(plan, t)
    this.applyParts(frame.parts)
    this.applyFemur(frame, t)
    this.femurOuter.updateMatrix()
    this.applyMovers(frame)
    const femurGliding = frame.femur.from === null && t < TRANSITION_SECONDS && !this.femurAtStart(frame)
    this.settled = (frame.done && !femurGliding) || paused
    return { moving: !this.settled }
  }

  /** True when the femur already is where this step wants it (nothing to glide). */
  private femurAtStart(frame: SceneFrame): boolean {
    const to = femurPoseTransform(frame.femur.to, PIVOT)
    return this.femurStart.quaternion.angleTo(to.quaternion) < 1e-6 && this.femurStart.position.distanceTo(to.position) < 1e-7
  }

  /** Shows, hides and styles the parts. */
  private applyParts(states: Record<Part, PartState>): void {
    let changed = false
    const occluders: Object3D[] = []
    for (const [part, wrapper] of this.places) {
      const s = states[part]
      const picked = part === this.picked
      const key = `${s.mode}|${s.highlighted}|${picked}`
      wrapper.visible = s.mode !== 'hidden'
      // Picking touches only what is drawn solid (src/features/explore).
      wrapper.userData.mode = s.mode
      // The skin is thin and see-through in most steps, and an instrument is held over the part
      // it works on: the points under either stay labelled.
      if (s.mode === 'shown' && part !== 'skin' && PART_LAYER[part] !== 'instruments') occluders.push(wrapper)
      if (this.styled.get(part) === key) continue
      this.styled.set(part, key)
      changed = true
      const meshes: Mesh[] = []
      wrapper.traverse((child) => {
        if (child instanceof Mesh) meshes.push(child)
      })
      const materialsOf = (mesh: Mesh) => (Array.isArray(mesh.material) ? mesh.material : [mesh.material])
      const emphasise = emphasisTissues(new Set(meshes.flatMap((m) => materialsOf(m).map((x) => x.name))))
      for (const child of meshes) {
        styleMesh(child, s.mode === 'ghost', s.highlighted, emphasise, picked)
        // See-through parts draw after the solid ones, so they never hide what is behind them.
        child.renderOrder = s.mode === 'ghost' ? 2 : 0
      }
    }
    if (changed) this.refs.occluders = occluders
  }

  private applyFemur(frame: SceneFrame, t: number) {
    const to = femurPoseTransform(frame.femur.to, PIVOT)
    if (frame.femur.from === null) {
      // No femur motion in this step: glide from wherever the femur was, with the camera.
      const k = easeInOutCubic(t / TRANSITION_SECONDS)
      this.femurOuter.quaternion.slerpQuaternions(this.femurStart.quaternion, to.quaternion, k)
      this.femurOuter.position.lerpVectors(this.femurStart.position, to.position, k)
      return
    }
    const from = femurPoseTransform(frame.femur.from, PIVOT)
    const k = frame.femur.blend
    this.femurOuter.quaternion.slerpQuaternions(from.quaternion, to.quaternion, k)
    this.femurOuter.position.lerpVectors(from.position, to.position, k)
    // Out of the socket first, then round: the head must not pass through the rim.
    this.femurOuter.position.x -= Math.sin(Math.PI * k) * DISLOCATION_LIFT_M
  }

  private applyMovers(frame: SceneFrame) {
    for (const name of INSTRUMENTS) resetPlace(this.places.get(name))
    for (const name of IMPLANTS) resetPlace(this.places.get(name))
    resetPlace(this.places.get('cement-mantle'))
    const active = frame.instrument
    if (active) this.placeInstrument(active.name, active.withdrawn, active.spinTurns, active.trace)
    const implant = frame.implant
    if (implant) {
      const axis = implant.name === 'cup' ? manifest.implants.cupWithdrawAxis : manifest.implants.capWithdrawAxis
      const d = implant.withdrawn * IMPLANT_TRAVEL_M
      scratchV.set(axis[0] * d, axis[1] * d, axis[2] * d)
      this.places.get(implant.name)?.position.copy(scratchV)
      // The cement goes in with the cap it was poured into.
      if (implant.name === 'femoral-cap') this.places.get('cement-mantle')?.position.copy(scratchV)
      // The impactor carries the cup in (on top of its own back-off along the same axis).
      if (implant.name === 'cup') this.places.get('cup-impactor')?.position.add(scratchV)
    }
  }

  private placeInstrument(name: Instrument, withdrawn: number, spinTurns: number, trace: number | null) {
    const wrapper = this.places.get(name)
    const spec = manifest.instruments[name]
    if (!wrapper || !spec) return
    scratchTip.set(...spec.tipM)
    scratchAxis.set(...spec.axis).normalize()
    // Rotation about the instrument's own axis through its tip.
    scratchQ.setFromAxisAngle(scratchAxis, spec.spins ? spinTurns * Math.PI * 2 : 0)
    wrapper.quaternion.copy(scratchQ)
    scratchV.copy(scratchTip).applyQuaternion(scratchQ)
    wrapper.position.copy(scratchTip).sub(scratchV)
    wrapper.position.addScaledVector(scratchAxis, withdrawn * spec.strokeM)
    if (trace !== null) {
      const line = manifest.landmarks.polylines['incision-line']
      const p = line && line.length > 1 ? pointAlongPolyline(line, trace) : null
      if (p) wrapper.position.set(p[0] - spec.tipM[0], p[1] - spec.tipM[1], p[2] - spec.tipM[2])
    }
  }
}

function resetPlace(place: Group | undefined) {
  if (!place) return
  place.position.set(0, 0, 0)
  place.quaternion.identity()
}
