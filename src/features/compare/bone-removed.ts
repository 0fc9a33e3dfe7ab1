/**
 * The bone each operation removes, as the generator measured it from the meshes (manifest
 * `comparison` and `volumesMm3`), and how much of it the resurfacing has taken by a step.
 * Pure; the manifest comes in as an argument so tests can pass their own.
 */
import { FEMUR_STAGES, type AcetabulumStage, type FemurStage } from '../../../models/contract'

export interface BoneVolumes {
  volumesMm3: {
    femurRemovedByStage: Partial<Record<FemurStage, number>>
    acetabulumRemovedByStage: Partial<Record<AcetabulumStage, number>>
  }
  comparison: {
    boneRemovedMm3: {
      resurfacing: { femur: number; socket: number }
      thr: { femur: number; socket: number }
    }
  }
}

/** Thigh bone the resurfacing has removed once the head is at `stage` (each stage's cut added up). */
export function femurRemovedBy(stage: FemurStage, volumes: BoneVolumes): number {
  const upTo = FEMUR_STAGES.indexOf(stage)
  return FEMUR_STAGES.slice(0, upTo + 1).reduce((sum, s) => sum + (volumes.volumesMm3.femurRemovedByStage[s] ?? 0), 0)
}

/** Socket bone the resurfacing has removed once the socket is at `stage`. */
export function socketRemovedBy(stage: AcetabulumStage, volumes: BoneVolumes): number {
  return stage === 'native' ? 0 : (volumes.volumesMm3.acetabulumRemovedByStage[stage] ?? 0)
}

/** mm³ as cm³ with one decimal, the precision the models support. */
export const cm3 = (mm3: number): string => (mm3 / 1000).toFixed(1)
