/**
 * The cut through the bone, inside the canvas: one clipping plane through the femoral head and
 * neck that moves with the femur in every step's pose, the same plane beside it through the
 * total hip of the comparison, the parts' materials capped in place (cut-caps.ts) while it is
 * mounted, and the labels' places and crossed tissues published for the panel (cut-overlay.ts).
 */
import { useEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Box3, DoubleSide, FrontSide, Matrix4, Mesh, Plane, Vector3, type Material, type Object3D, type PerspectiveCamera } from 'three'
import type { Part, Tissue, Vec3 } from '../../../../models/contract'
import type { SceneRefs } from '../../../scene/scene-refs'
import { looksOf } from '../../../scene/materials'
import { manifest } from '../../../scene/manifest'
import { frameOfPart, modelToWorld, projectToView } from '../../../scene/model-frame'
import { THR_OFFSET_M } from '../../compare/layout'
import { useWalkthrough } from '../../../state/store'
import { clampCutPlane, cutGeometry, type CutGeometry } from '../cut-plane'
import { cutAnchor, cutAnchorSpecs, labelsInStep, type CutLabelId } from '../cut-labels'
import { cutOverlay, type CutLabelPlace } from '../cut-overlay'
import { LEGEND_ORDER } from '../cut-colours'
import { cutCamera, cutMaterial, uncutMaterial } from './cut-caps'

const SPECS = cutAnchorSpecs({ points: manifest.landmarks.points, axes: manifest.landmarks.axes, parameters: manifest.parameters })

const thrOffset = new Vector3(...THR_OFFSET_M)
const HEAD: Vec3 = manifest.landmarks.points['femoral-head-centre'] ?? [0, 0, 0]
const SOCKET = new Vector3(...(manifest.landmarks.points['acetabular-centre'] ?? HEAD))
/** The head is in the socket when its centre is this close to the socket's. */
const REDUCED_M = 0.003
/** A plane's normal that clips nothing (every point is at distance 1 on its kept side). */
const NOWHERE = new Vector3(0, 0, 0)
const scratchPoint = new Vector3()
const scratchNormal = new Vector3()
const scratchWorld = new Vector3()
const scratchBox = new Box3()

/** The part a mesh belongs to: its place group (hip-rig.ts) says. */
function partOf(object: Object3D): Part | null {
  for (let o: Object3D | null = object; o; o = o.parent) if (typeof o.userData.part === 'string') return o.userData.part as Part
  return null
}

/** Whether a mesh is drawn: it and every group above it up to the hip's root are visible. */
function drawn(object: Object3D, root: Object3D): boolean {
  for (let o: Object3D | null = object; o && o !== root; o = o.parent) if (!o.visible) return false
  return true
}

const toVec3 = (v: Vector3): Vec3 => [v.x, v.y, v.z]

export default function CutScene({ refs }: { refs: SceneRefs }) {
  // The renderer through the store's getter: the effect changes a setting on it, and gives it back.
  const getState = useThree((s) => s.get)
  const invalidate = useThree((s) => s.invalidate)
  const planes = useRef({ resurfacing: new Plane(), pelvis: new Plane(), thr: new Plane() })
  const treated = useRef(new Set<Material>())
  const announced = useRef('')
  const lastCamera = useRef(new Matrix4())

  // Clipping by a material's own planes is off in three unless asked for.
  useEffect(() => {
    const { gl } = getState()
    const was = gl.localClippingEnabled
    gl.localClippingEnabled = true
    const materials = treated.current
    const view = gl.domElement.closest('.viewport')
    return () => {
      gl.localClippingEnabled = was
      for (const material of materials) uncutMaterial(material)
      materials.clear()
      for (const name of ['data-cut', 'data-cut-offset', 'data-cut-turn']) view?.removeAttribute(name)
      cutOverlay.clear()
      invalidate()
    }
  }, [getState, invalidate])

  // A moved or turned plane is a new frame (the canvas draws on demand).
  useEffect(() => useWalkthrough.subscribe((s, was) => s.cutPlane !== was.cutPlane && invalidate()), [invalidate])

  useFrame(({ camera, size, gl }) => {
    const root = refs.hipRoot
    const femur = refs.femurFrame
    if (!root || !femur) return
    const setting = clampCutPlane(useWalkthrough.getState().cutPlane)
    const { axes } = manifest.landmarks
    const model = cutGeometry(setting, axes['neck-axis'], axes['shaft-axis'].direction)

    // The plane in the world, and the parts' boxes: where the step's motion has put them for
    // this frame (three would update the matrices only when it draws, after this).
    root.updateMatrixWorld()
    scratchPoint.set(...model.point).applyMatrix4(femur.matrixWorld)
    scratchNormal.set(...model.normal).transformDirection(femur.matrixWorld)
    const { resurfacing, pelvis, thr } = planes.current
    // three keeps what is on the normal's side: the normal points away from the half cut off.
    resurfacing.setFromNormalAndCoplanarPoint(scratchNormal.negate(), scratchPoint)
    // The half toward the camera is the one cut away, so the cut face always faces the user.
    if (resurfacing.distanceToPoint(camera.position) > 0) resurfacing.negate()
    thr.copy(resurfacing).translate(thrOffset)
    if (thr.distanceToPoint(camera.position) > 0) thr.negate()
    // The plane belongs to the femur: it cuts the pelvis and the cup too only while the head is
    // in the socket; out of it, a slice of the pelvis at a random angle would say nothing.
    const reduced = scratchWorld.set(...HEAD).applyMatrix4(femur.matrixWorld).distanceTo(SOCKET) < REDUCED_M
    if (reduced) pelvis.copy(resurfacing)
    else pelvis.set(NOWHERE, 1)
    cutCamera.near.value = (camera as PerspectiveCamera).near
    cutCamera.far.value = (camera as PerspectiveCamera).far

    // Every mesh, including those of a file that arrived after the cut opened.
    const shown = new Set<Part>()
    const crossed = new Set<Tissue>()
    root.traverse((object) => {
      if (!(object instanceof Mesh)) return
      const part = partOf(object)
      const looks = looksOf(object)
      if (!part || !looks) return
      const frame = frameOfPart(part)
      const plane = frame === 'thr-side' ? thr : frame === 'femur' ? resurfacing : pelvis
      for (const l of looks) {
        for (const material of new Set([l.solid, l.seeThrough])) {
          if (treated.current.has(material)) continue
          cutMaterial(material, l.tissue, part, plane)
          treated.current.add(material)
        }
      }
      if (!drawn(object, root)) return
      shown.add(part)
      const solid = looks.some((l) => object.material === l.solid || (Array.isArray(object.material) && object.material.includes(l.solid)))
      if (!solid) return
      if (!object.geometry.boundingBox) object.geometry.computeBoundingBox()
      scratchBox.copy(object.geometry.boundingBox!).applyMatrix4(object.matrixWorld)
      const crosses = scratchBox.intersectsPlane(plane)
      if (crosses) for (const l of looks) crossed.add(l.tissue)
      // Only a part the plane crosses has a cap to show: the others keep culling their back faces.
      for (const l of looks) if (!l.solid.transparent) l.solid.side = crosses ? DoubleSide : FrontSide
    })

    // Labels rest while the camera moves (like the step's labels): placing them every frame of a
    // glide would cost a React render per frame; the frame that follows the glide places them.
    const still = lastCamera.current.equals(camera.matrixWorld)
    lastCamera.current.copy(camera.matrixWorld)
    const worldPlane = planeAsGeometry(resurfacing)
    const labels: CutLabelPlace[] = []
    for (const id of still ? labelsInStep((part) => shown.has(part), SPECS) : []) {
      const spec = SPECS[id]
      if (!crossed.has(spec.tissue) || (spec.frame === 'fixed' && !reduced)) continue
      const anchor = cutAnchor(spec, spec.frame === 'femur' ? model : worldPlane)
      if (!anchor) continue
      modelToWorld(spec.frame, anchor, refs, scratchWorld)
      const place = projectToView(scratchWorld, camera, size)
      if (place.inView) labels.push({ id: id satisfies CutLabelId, x: place.x, y: place.y })
    }
    cutOverlay.publish({ labels, tissues: LEGEND_ORDER.filter((t) => crossed.has(t)) })

    // For tests and the bench: the cut is drawn, where (clamped values).
    const view = gl.domElement.closest('.viewport')
    const key = `${setting.offsetMm}|${setting.turnDeg}`
    if (view && announced.current !== key) {
      announced.current = key
      view.setAttribute('data-cut', 'on')
      view.setAttribute('data-cut-offset', String(setting.offsetMm))
      view.setAttribute('data-cut-turn', String(setting.turnDeg))
    }
  })

  return null
}

/** A three.js plane as a point and a normal (the THR side's anchors use the world plane: its model frame is the world's, shifted). */
function planeAsGeometry(plane: Plane): CutGeometry {
  const point = plane.coplanarPoint(new Vector3())
  return { point: toVec3(point), normal: toVec3(plane.normal) }
}
