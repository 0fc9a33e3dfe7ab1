/**
 * Plain lists the step schema validates and the app uses at run time. They live apart from
 * `schema.ts` so that the app never bundles zod.
 */

/** How a layer is drawn: as it is, see-through, or not at all. */
export const LAYER_MODES = ['shown', 'ghost', 'hidden'] as const
export type LayerMode = (typeof LAYER_MODES)[number]

/** Where the femur is: in the socket, dislocated backwards, or held forward for the socket work. */
export const FEMUR_POSES = ['neutral', 'dislocated', 'retracted'] as const
export type FemurPose = (typeof FEMUR_POSES)[number]
