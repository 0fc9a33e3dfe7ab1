/** The femur poses of `lib/scene-plan.ts` as three.js rotations and positions. */
import { Euler, MathUtils, Quaternion, Vector3 } from 'three'
import type { Vec3 } from '../../models/contract'
import type { FemurPose } from '../content/modes'
import { FEMUR_POSE_TRANSFORMS } from '../lib/scene-plan'

export interface PoseTransform {
  quaternion: Quaternion
  /** Where the femoral head centre goes (the pivot plus the pose's shift). */
  position: Vector3
}

export function femurPoseTransform(pose: FemurPose, pivot: Vec3): PoseTransform {
  const { eulerDeg, offsetM } = FEMUR_POSE_TRANSFORMS[pose]
  const euler = new Euler(...eulerDeg.map((d) => d * MathUtils.DEG2RAD) as Vec3, 'XYZ')
  return {
    quaternion: new Quaternion().setFromEuler(euler),
    position: new Vector3(pivot[0] + offsetM[0], pivot[1] + offsetM[1], pivot[2] + offsetM[2]),
  }
}
