/**
 * Downloads model files with progress. The first view's file can be started early, while the 3D
 * code itself is still loading (`startModelDownload`, called by the page when it has WebGL): the
 * loader then takes over that download instead of asking again. No three.js here, so the page's
 * first bundle can import this module.
 */
import type { AnyModelFile, ModelFile } from '../../models/contract'
import type { ScenePlan } from '../lib/scene-plan'

/**
 * Model URLs written out one by one so Vite sees each `new URL(..., import.meta.url)`, emits the
 * file as an asset and rewrites the path relative to the page (the build works from a sub-path).
 */
export const MODEL_URLS: Record<AnyModelFile, string> = {
  'hip.glb': new URL('../../models/hip.glb', import.meta.url).href,
  'soft-tissue.glb': new URL('../../models/soft-tissue.glb', import.meta.url).href,
  'arthritis.glb': new URL('../../models/arthritis.glb', import.meta.url).href,
  'preparation.glb': new URL('../../models/preparation.glb', import.meta.url).href,
  'implants.glb': new URL('../../models/implants.glb', import.meta.url).href,
  'instruments.glb': new URL('../../models/instruments.glb', import.meta.url).href,
  // Loaded only when the comparison with a total hip is opened.
  'thr.glb': new URL('../../models/thr.glb', import.meta.url).href,
  // Loaded only when the X-ray or the cut through the bone is first opened.
  'interior.glb': new URL('../../models/interior.glb', import.meta.url).href,
}

/** The file every first view needs (bone, cartilage, capsule, nerve); the others load after it. */
export const FIRST_MODEL: ModelFile = 'hip.glb'

/** The muscles and the skin: with the first view only when that view shows them. */
export const SOFT_TISSUE_MODEL: ModelFile = 'soft-tissue.glb'

/** The files a view needs before its first frame: the muscles and skin only if it shows them. */
export function firstViewFiles(plan: Pick<ScenePlan, 'layerModes'>): readonly ModelFile[] {
  const { muscle, skin } = plan.layerModes
  return muscle === 'hidden' && skin === 'hidden' ? [FIRST_MODEL] : [FIRST_MODEL, SOFT_TISSUE_MODEL]
}

const started = new Map<AnyModelFile, Promise<Response>>()

/** Starts fetching a file now; the next `downloadModel` of it uses this response. */
export function startModelDownload(file: AnyModelFile): void {
  if (started.has(file)) return
  const response = fetch(MODEL_URLS[file])
  // A failure is reported when the loader takes the response over, not here.
  response.catch(() => undefined)
  started.set(file, response)
}

/** The file's bytes; `onProgress` gets the bytes received so far. A started download is used once. */
export async function downloadModel(file: AnyModelFile, onProgress: (loadedBytes: number) => void): Promise<ArrayBuffer> {
  const early = started.get(file)
  started.delete(file)
  const response = await (early ?? fetch(MODEL_URLS[file]))
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  if (!response.body) return response.arrayBuffer()
  const chunks: Uint8Array[] = []
  let loaded = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    loaded += value.byteLength
    onProgress(loaded)
  }
  const bytes = new Uint8Array(loaded)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes.buffer
}
