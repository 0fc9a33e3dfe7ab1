import type { Object3D } from 'three'

/**
 * Objects the scene's parts share without React state: the femur's moving frame (femoral
 * landmarks follow it) and the solid parts a label's point can hide behind.
 */
export interface SceneRefs {
  femurFrame: Object3D | null
  occluders: Object3D[]
}

export const createSceneRefs = (): SceneRefs => ({ femurFrame: null, occluders: [] })
