/**
 * A touched point between the world and the model frame the store keeps it in: femoral parts
 * move with the femur (HipRig's femur frame), the total hip's parts stand THR_OFFSET_M beside the
 * resurfacing hip, everything else is in the world as modelled (see Labels.tsx `worldAnchor`).
 */
import { Matrix4, Vector3 } from 'three'
import type { Part, Vec3 } from '../../../../models/contract'
import { isFemoralPart } from '../../../lib/scene-plan'
import type { SceneRefs } from '../../../scene/scene-refs'
import { THR_OFFSET_M, THR_SIDE_PARTS } from '../../compare/layout'

const offset = new Vector3(...THR_OFFSET_M)
const inverse = new Matrix4()

/** A world point on `part`, in the model frame. */
export function toModelFrame(part: Part, world: Vector3, refs: SceneRefs): Vec3 {
  const p = world.clone()
  if (THR_SIDE_PARTS.has(part)) p.sub(offset)
  else if (isFemoralPart(part) && refs.femurFrame) p.applyMatrix4(inverse.copy(refs.femurFrame.matrixWorld).invert())
  return [p.x, p.y, p.z]
}

/** A model-frame point on `part`, where it is in the world now. */
export function toWorld(part: Part, model: Vec3, refs: SceneRefs, out: Vector3): Vector3 {
  out.set(model[0], model[1], model[2])
  if (THR_SIDE_PARTS.has(part)) out.add(offset)
  else if (isFemoralPart(part) && refs.femurFrame) out.applyMatrix4(refs.femurFrame.matrixWorld)
  return out
}
