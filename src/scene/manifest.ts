/**
 * The generated manifest (landmarks, instrument strokes, file sizes). The unit tests validate it
 * against the contract's zod schema; the app only reads it, so zod stays out of the bundle.
 */
import manifestJson from '../../models/manifest.json'
import type { PointLandmark, Vec3 } from '../../models/contract'
import type { Manifest } from '../../models/manifest-schema'

export const manifest = manifestJson as unknown as Manifest

export const landmarkPoints: Partial<Record<PointLandmark, Vec3>> = manifest.landmarks.points
