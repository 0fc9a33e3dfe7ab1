/**
 * The still image of each step (public/previews/<step-id>.jpg, made by scripts/previews.ts
 * from the built app): the presenter's "next step" preview, without a second WebGL canvas.
 */
import type { StepId } from '../../../content/steps-index'

/** Relative to the app's base, so it works from any sub-path. */
export const previewUrl = (stepId: StepId): string => `${import.meta.env.BASE_URL}previews/${stepId}.jpg`
