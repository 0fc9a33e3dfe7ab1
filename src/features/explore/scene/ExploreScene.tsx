/**
 * Touch to learn, the scene's side (loaded lazily, after the first 3D frame): a click or tap
 * without a drag names the structure under it; with the 3D view focused the keyboard orbits,
 * zooms and steps through the structures on show; the name card beside the picked point is
 * moved from a frame callback (through PickDom, no React render per frame).
 *
 * Picks go to the store (`pick`), so the presenter's pick shows in the audience's window too;
 * the part's tint is HipRig's (it reads the same pick).
 */
import { useEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Mesh, Vector3, type BufferGeometry, type Object3D } from 'three'
import type { CameraControls } from '@react-three/drei'
import type { Part, Vec3 } from '../../../../models/contract'
import type { LabelTerm } from '../../../content/label-terms'
import { structureAt, structureLandmark, structureOf, structuresShownIn } from '../../../lib/structures'
import { landmarkAt } from '../../../lib/landmark-labels'
import { useWalkthrough, type PickedStructure } from '../../../state/store'
import { userCameraMoves } from '../../../scene/CameraRig'
import { partOf } from '../../../scene/Labels'
import { landmarkPoints } from '../../../scene/manifest'
import { castFromCamera, measured } from '../../../scene/raycast'
import type { SceneRefs } from '../../../scene/scene-refs'
import { useStepView } from '../../../scene/useStepView'
import type { PickDom } from '../pick-dom'
import { frameOfPart, modelToWorld, projectToView, worldToModel } from '../../../scene/model-frame'

export interface ExploreSceneProps {
  refs: SceneRefs
  dom: PickDom
  /** The focusable element around the canvas: its keys are the 3D view's. */
  frame: HTMLElement
}

/** A press that moves less than this (CSS pixels) before release is a click, not a drag. */
const CLICK_SLOP_PX = 5
/** One arrow key press turns the view this much. */
const ORBIT_STEP_RAD = (12 * Math.PI) / 180
/** One + or - brings the camera this share of its distance closer or further. */
const ZOOM_SHARE = 0.15
/** Room between the touched point and its card, and between the card and the view's edge. */
const CARD_GAP_PX = 18
const CARD_MARGIN_PX = 8

/** The parts drawn solid now (not see-through, not hidden): only these can be touched. */
function solidPlaces(scene: Object3D): Map<Part, Object3D> {
  const places = new Map<Part, Object3D>()
  scene.traverse((o) => {
    if (typeof o.userData.part === 'string' && o.visible && o.userData.mode === 'shown') places.set(o.userData.part as Part, o)
  })
  return places
}

const scratchWorld = new Vector3()
const scratchCentre = new Vector3()
const scratchVertex = new Vector3()

/** A point on the surface of a place's meshes (the vertex nearest its middle), in the world. */
function pointOnPlace(place: Object3D, out: Vector3): Vector3 {
  const meshes: Mesh[] = []
  place.updateWorldMatrix(true, true)
  place.traverse((o) => {
    if (o instanceof Mesh) meshes.push(o)
  })
  scratchCentre.set(0, 0, 0)
  let count = 0
  for (const mesh of meshes) {
    const g = mesh.geometry as BufferGeometry
    g.computeBoundingBox()
    g.boundingBox?.getCenter(scratchVertex)
    scratchCentre.add(scratchVertex.applyMatrix4(mesh.matrixWorld))
    count++
  }
  scratchCentre.divideScalar(Math.max(1, count))
  let best = Infinity
  for (const mesh of meshes) {
    const position = (mesh.geometry as BufferGeometry).getAttribute('position')
    if (!position) continue
    for (let i = 0; i < position.count; i++) {
      scratchVertex.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld)
      const d = scratchVertex.distanceToSquared(scratchCentre)
      if (d < best) {
        best = d
        out.copy(scratchVertex)
      }
    }
  }
  return out
}

export default function ExploreScene({ refs, dom, frame }: ExploreSceneProps) {
  const gl = useThree((s) => s.gl)
  const get = useThree((s) => s.get)
  const invalidate = useThree((s) => s.invalidate)
  const view = useStepView()
  const pick = useRef<PickedStructure | null>(useWalkthrough.getState().pick)

  // A pick from anywhere (this window's pointer or keys, or the presenter's window) needs a frame:
  // it tints the part and places the card.
  useEffect(
    () =>
      useWalkthrough.subscribe((state) => {
        if (state.pick === pick.current) return
        pick.current = state.pick
        invalidate()
      }),
    [invalidate],
  )
  useEffect(() => {
    dom.setOnChange(invalidate)
    return () => dom.setOnChange(null)
  }, [dom, invalidate])
  // Says (for tests and the benchmark) that touches and keys are heard from now on.
  useEffect(() => {
    frame.setAttribute('data-explore', 'ready')
    return () => frame.removeAttribute('data-explore')
  }, [frame])

  // Pointer: a press and release in (nearly) the same place is a pick; anything more is
  // CameraControls' drag. Heard on the frame around the canvas: CameraControls captures the
  // pointer on its own element, so the release does not reach the canvas itself.
  useEffect(() => {
    const canvas = gl.domElement
    let down: { id: number; x: number; y: number } | null = null
    const onDown = (e: PointerEvent) => {
      down = e.isPrimary && e.button === 0 ? { id: e.pointerId, x: e.clientX, y: e.clientY } : null
    }
    const onUp = (e: PointerEvent) => {
      const start = down
      down = null
      if (!start || start.id !== e.pointerId || Math.hypot(e.clientX - start.x, e.clientY - start.y) > CLICK_SLOP_PX) return
      // The X-ray and the cut name what they show themselves; a touch there is not a pick (and
      // the raycaster would find the parts the cut takes away).
      if (useWalkthrough.getState().surgeonView !== null) return
      const rect = canvas.getBoundingClientRect()
      const ndcX = ((e.clientX - rect.left) / rect.width) * 2 - 1
      const ndcY = -((e.clientY - rect.top) / rect.height) * 2 + 1
      const found = measured('resurface:pick', () => {
        const hit = castFromCamera(ndcX, ndcY, get().camera, [...solidPlaces(get().scene).values()])
        const part = hit ? partOf(hit.object) : null
        if (!hit || !part) return null
        const point = worldToModel(frameOfPart(part), hit.point, refs)
        // A touch within a few mm of a landmark names it; not in a self-test, whose answers are regions and parts.
        const landmark = useWalkthrough.getState().quiz === null ? landmarkAt(part, point, landmarkPoints) : null
        const structure = landmark ?? structureAt(part, point, landmarkPoints)
        return structure ? { structure, part, point } : null
      })
      useWalkthrough.getState().setPick(found ? { ...found, by: 'pointer' } : null)
    }
    const onCancel = () => {
      down = null
    }
    frame.addEventListener('pointerdown', onDown)
    frame.addEventListener('pointerup', onUp)
    frame.addEventListener('pointercancel', onCancel)
    return () => {
      frame.removeEventListener('pointerdown', onDown)
      frame.removeEventListener('pointerup', onUp)
      frame.removeEventListener('pointercancel', onCancel)
    }
  }, [gl, get, refs, frame])

  // Keyboard, while the 3D view has focus. Handled keys are marked (preventDefault), so the
  // page's step keys (ui/StepNavigation.tsx) leave them alone.
  useEffect(() => {
    const keyboardPick = (term: LabelTerm): PickedStructure | null => {
      const structure = structureOf(term)
      const places = solidPlaces(get().scene)
      const part = structure?.parts.find((p) => places.has(p))
      const place = part && places.get(part)
      if (!structure || !part || !place) return null
      const landmark = structureLandmark(term, part)
      const at = landmark && landmarkPoints[landmark]
      const point: Vec3 = at ? [...at] : worldToModel(frameOfPart(part), pointOnPlace(place, scratchWorld), refs)
      return { structure: term, part, point, by: 'keyboard' }
    }
    const cycle = (direction: 1 | -1) => {
      const terms = structuresShownIn(view.current.plan)
      if (terms.length === 0) return
      const current = useWalkthrough.getState().pick
      const at = current ? terms.indexOf(current.structure) : -1
      // From nothing picked, forward starts at the first and back at the last.
      const next = at < 0 ? (direction === 1 ? 0 : terms.length - 1) : (at + direction + terms.length) % terms.length
      const term = terms[next]
      if (term) useWalkthrough.getState().setPick(keyboardPick(term))
    }
    const controls = () => get().controls as CameraControls | null
    const orbit = (azimuth: number, polar: number) => {
      const c = controls()
      if (!c) return
      userCameraMoves.start()
      void c.rotate(azimuth, polar, true)
      invalidate()
    }
    const zoom = (share: number) => {
      const c = controls()
      if (!c) return
      userCameraMoves.start()
      void c.dolly(c.distance * share, true)
      invalidate()
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.target !== frame) return
      const actions: Partial<Record<string, () => void>> = {
        ArrowLeft: () => orbit(ORBIT_STEP_RAD, 0),
        ArrowRight: () => orbit(-ORBIT_STEP_RAD, 0),
        ArrowUp: () => orbit(0, ORBIT_STEP_RAD),
        ArrowDown: () => orbit(0, -ORBIT_STEP_RAD),
        '+': () => zoom(ZOOM_SHARE),
        '=': () => zoom(ZOOM_SHARE),
        '-': () => zoom(-ZOOM_SHARE),
        _: () => zoom(-ZOOM_SHARE),
        n: () => cycle(1),
        N: () => cycle(e.shiftKey ? -1 : 1),
      }
      if (e.key === 'Escape') {
        // Only when there is a name to close: otherwise Escape is the page's.
        if (useWalkthrough.getState().pick === null) return
        e.preventDefault()
        useWalkthrough.getState().setPick(null)
        return
      }
      const action = actions[e.key]
      if (!action) return
      e.preventDefault()
      action()
    }
    frame.addEventListener('keydown', onKey)
    return () => frame.removeEventListener('keydown', onKey)
  }, [frame, get, invalidate, refs, view])

  // The card beside the touched point, kept inside the view; hidden while the point is behind
  // the camera or out of the view.
  useFrame(({ camera, size }) => {
    const p = pick.current
    if (!dom.card || !p) return
    const { x, y, inView } = projectToView(modelToWorld(frameOfPart(p.part), p.point, refs, scratchWorld), camera, size)
    const { width: w, height: h } = dom.cardSize()
    const maxLeft = Math.max(CARD_MARGIN_PX, size.width - w - CARD_MARGIN_PX)
    const maxTop = Math.max(CARD_MARGIN_PX, size.height - h - CARD_MARGIN_PX)
    const clamp = (v: number, max: number) => Math.min(Math.max(v, CARD_MARGIN_PX), max)
    // Beside the point where there is room (right, else left); on a narrow view above or below
    // it, so the card never covers what it names.
    let side: 'left' | 'right' | 'above' | 'below' = 'right'
    if (x + CARD_GAP_PX + w > size.width - CARD_MARGIN_PX) side = x - CARD_GAP_PX - w >= CARD_MARGIN_PX ? 'left' : y - CARD_GAP_PX - h >= CARD_MARGIN_PX ? 'above' : 'below'
    const left = side === 'right' ? x + CARD_GAP_PX : side === 'left' ? x - CARD_GAP_PX - w : clamp(x - w / 2, maxLeft)
    const top = side === 'above' ? y - CARD_GAP_PX - h : side === 'below' ? y + CARD_GAP_PX : clamp(y - h / 2, maxTop)
    dom.place({ left: clamp(left, maxLeft), top: clamp(top, maxTop), side }, { x, y }, inView)
  })

  return null
}
