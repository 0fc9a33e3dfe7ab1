/**
 * The peer's model: the whole hip in one file, as model-viewer shows one `src`. The app splits
 * the same parts over hip.glb (bone, cartilage, capsule, nerve) and soft-tissue.glb (muscles
 * and skin) so its first view, which hides muscle and skin, need not wait for them; the peer
 * gets both merged, the same meshes and the same meshopt compression, so the two pages load the
 * same hip.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { mergeDocuments, unpartition } from '@gltf-transform/functions'
import { io } from '../../models/generator/gltf'
import { ROOT } from '../../tests/e2e/harness'

export const PEER_MODEL_PARTS_FROM = ['hip.glb', 'soft-tissue.glb'] as const

/** Writes the merged hip to `out`; returns its size in bytes. */
export async function writePeerModel(out: string): Promise<number> {
  const nodeIo = await io()
  const [hip, ...others] = await Promise.all(
    PEER_MODEL_PARTS_FROM.map(async (file) => nodeIo.readBinary(new Uint8Array(await readFile(join(ROOT, 'models', file))))),
  )
  const scene = hip!.getRoot().listScenes()[0]!
  for (const other of others) {
    const map = mergeDocuments(hip!, other)
    const merged = map.get(other.getRoot().listScenes()[0]!) as typeof scene
    for (const node of merged.listChildren()) scene.addChild(node)
    merged.dispose()
  }
  await hip!.transform(unpartition())
  const bytes = await nodeIo.writeBinary(hip!)
  await writeFile(out, bytes)
  return bytes.byteLength
}
