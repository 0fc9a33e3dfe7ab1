/**
 * The schema every step is validated against (tests/unit/content.test.ts runs it over all
 * steps). Language-neutral: what the scene shows and does. Words live in `i18n/`.
 */
import { z } from 'zod'
import {
  ACETABULUM_STAGES,
  FEMUR_STAGES,
  IMPLANTS,
  INSTRUMENTS,
  LAYERS,
  PARTS,
  POINT_LANDMARKS,
} from '../../models/contract'
import { CHAPTERS, STEP_IDS } from './steps-index'
import { LABEL_TERMS } from './label-terms'
import { FEMUR_POSES, LAYER_MODES } from './modes'


/**
 * A semantic camera pose: look at a landmark from a direction. Azimuth turns about +Y:
 * 0 deg looks from the front (+Z), 90 deg from the patient's right side (-X, lateral for this
 * right hip), 180 deg from behind. Elevation is above the horizontal.
 */
export const cameraPoseSchema = z.object({
  target: z.enum(POINT_LANDMARKS),
  azimuthDeg: z.number().min(-360).max(360),
  elevationDeg: z.number().min(-89).max(89),
  distanceM: z.number().min(0.05).max(2),
})
export type CameraPose = z.infer<typeof cameraPoseSchema>


/** What moves during the step. Instruments move along their own axis (see models/contract.ts). */
export const motionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('instrument'),
    instrument: z.enum(INSTRUMENTS),
    /** advance: slides in; spin-advance: turns while it advances; impact: taps in; trace: follows the incision line */
    motion: z.enum(['advance', 'spin-advance', 'impact', 'trace']),
  }),
  z.object({ kind: z.literal('implant'), implant: z.enum(IMPLANTS), motion: z.enum(['impact', 'slide-on']) }),
  z.object({ kind: z.literal('femur'), motion: z.enum(['dislocate', 'reduce']) }),
])
export type Motion = z.infer<typeof motionSchema>

export const labelSchema = z.object({
  term: z.enum(LABEL_TERMS),
  anchor: z.enum(POINT_LANDMARKS),
})
export type StepLabel = z.infer<typeof labelSchema>

export const stepSchema = z
  .object({
    id: z.enum(STEP_IDS),
    chapter: z.enum(CHAPTERS),
    camera: cameraPoseSchema,
    /** Default mode of every layer for this step; the user may override. */
    layers: z.record(z.enum(LAYERS), z.enum(LAYER_MODES)),
    highlight: z.array(z.enum(PARTS)),
    /** Parts hidden whatever their layer's mode (e.g. the incision's skin stays, muscles go). */
    hide: z.array(z.enum(PARTS)),
    femurStage: z.enum(FEMUR_STAGES),
    acetabulumStage: z.enum(ACETABULUM_STAGES),
    femurPose: z.enum(FEMUR_POSES),
    arthritic: z.boolean(),
    /** Implants already in place at the start of the step. */
    implantsInPlace: z.array(z.enum(IMPLANTS)),
    motion: motionSchema,
    /** Draw the incision line on the skin. */
    showIncision: z.boolean(),
    labels: z.array(labelSchema).min(1).max(6),
  })
  .strict()
export type Step = z.infer<typeof stepSchema>
