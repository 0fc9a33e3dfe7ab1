/**
 * The stack's floor: builds scripts/bench/floor/ (the least React + R3F + three.js app that draws
 * hip.glb) with Vite and the app's own three.js tree-shaking, and weighs its JavaScript (gzip -9,
 * as the bench weighs the app's). The JS-before-first-3D-frame row compares the app with
 * model-viewer; this row says how much of the app's figure the stack itself takes.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { ROOT } from '../../tests/e2e/harness'
import { threeCatalogueForFiber } from '../../vite.config'
import { gzipSize } from './measures'

export interface JsFloor {
  raw: number
  gzip: number
}

export async function measureJsFloor(): Promise<JsFloor> {
  const outDir = await mkdtemp(join(tmpdir(), 'resurface-floor-'))
  try {
    await build({
      root: join(ROOT, 'scripts/bench/floor'),
      base: './',
      configFile: false,
      logLevel: 'silent',
      plugins: [react(), threeCatalogueForFiber()],
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    })
    const dir = join(outDir, 'assets')
    const js = (await readdir(dir)).filter((f) => f.endsWith('.js'))
    let raw = 0
    let gzip = 0
    for (const f of js) {
      raw += (await stat(join(dir, f))).size
      gzip += await gzipSize(join(dir, f))
    }
    return { raw, gzip }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
