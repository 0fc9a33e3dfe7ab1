/**
 * Where a point given in the models' frame is in the world now, and back. Femoral parts and
 * landmarks move with the femur (HipRig's femur frame); the total hip's stand THR_OFFSET_M beside
 * the resurfacing hip; everything else is in the world as modelled. The labels' landmarks and a
 * touched point (features/explore) both go through here.
 */
import { Matrix4, Vector3, type Camera } from 'three'
import type { Part, PointLandmark, Vec3 } from '../../models/contract'
import { FEMORAL_LANDMARKS, isFemoralPart } from '../lib/scene-plan'
import { THR_OFFSET_M, THR_SIDE_LANDMARKS, THR_SIDE_PARTS } from '../features/compare/layout'
import type { SceneRefs } from './scene-refs'

/** Which frame a point's coordinates are in. */
export type ModelFrame = 'femur' | 'thr-side' | 'fixed'

export const frameOfPart = (part: Part): ModelFrame => (THR_SIDE_PARTS.has(part) ? 'thr-side' : isFemoralPart(part) ? 'femur' : 'fixed')
export const frameOfLandmark = (anchor: PointLandmark): ModelFrame =>
  THR_SIDE_LANDMARKS.has(anchor) ? 'thr-side' : FEMORAL_LANDMARKS.has(anchor) ? 'femur' : 'fixed'

const offset = new Vector3(...THR_OFFSET_M)
const inverse = new Matrix4()

/** A model-frame point where it is in the world now (written into `out`). */
export function modelToWorld(frame: ModelFrame, model: Vec3, refs: SceneRefs, out: Vector3): Vector3 {
  out.set(model[0], model[1], model[2])
  if (frame === 'thr-side') out.add(offset)
  else if (frame === 'femur' && refs.femurFrame) out.applyMatrix4(refs.femurFrame.matrixWorld)
  return out
}

/** A world point in the model frame. */
export function worldToModel(frame: ModelFrame, world: Vector3, refs: SceneRefs): Vec3 {
  const p = world.clone()
  if (frame === 'thr-side') p.sub(offset)
  else if (frame === 'femur' && refs.femurFrame) p.applyMatrix4(inverse.copy(refs.femurFrame.matrixWorld).invert())
  return [p.x, p.y, p.z]
}

const scratchNdc = new Vector3()

/** A world point in the view's CSS pixels, and whether it is in front of the camera and inside the view. */
export function projectToView(world: Vector3, camera: Camera, size: { width: number; height: number }): { x: number; y: number; inView: boolean } {
  scratchNdc.copy(world).project(camera)
  const x = ((scratchNdc.x + 1) / 2) * size.width
  const y = ((1 - scratchNdc.y) / 2) * size.height
  return { x, y, inView: scratchNdc.z < 1 && x >= 0 && x <= size.width && y >= 0 && y <= size.height }
}
