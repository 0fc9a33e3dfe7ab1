/**
 * The generated manifest (landmarks, instrument strokes, file sizes). The unit tests validate it
 * against the contract's zod schema; the app only reads it, so zod stays out of the bundle.
 */
import manifestJson from '../../models/manifest.json'
import type { ModelFile, PointLandmark, Vec3 } from '../../models/contract'
import type { Manifest } from '../../models/manifest-schema'

export const manifest = manifestJson as unknown as Manifest

export const landmarkPoints: Partial<Record<PointLandmark, Vec3>> = manifest.landmarks.points

/**
 * Model URLs written out one by one so Vite sees each `new URL(..., import.meta.url)`, emits the
 * file as an asset and rewrites the path relative to the page (the build works from a sub-path).
 */
export const MODEL_URLS: Record<ModelFile, string> = {
  'hip.glb': new URL('../../models/hip.glb', import.meta.url).href,
  'arthritis.glb': new URL('../../models/arthritis.glb', import.meta.url).href,
  'preparation.glb': new URL('../../models/preparation.glb', import.meta.url).href,
  'implants.glb': new URL('../../models/implants.glb', import.meta.url).href,
  'instruments.glb': new URL('../../models/instruments.glb', import.meta.url).href,
}
