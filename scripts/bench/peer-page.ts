/**
 * The peer: a small page that shows the same hip (models/hip.glb and soft-tissue.glb merged into
 * one file: scripts/bench/peer-model.ts) in Google's
 * <model-viewer>, with hotspots at the landmarks the app labels in its first step, framed from
 * the app's first-step camera pose. Everything it needs is copied next to it, so it makes no
 * request to any other origin:
 *
 * - model-viewer.min.js: the self-contained build (it bundles three.js).
 * - meshopt_decoder.js: hip.glb uses EXT_meshopt_compression, and model-viewer only enables the
 *   meshopt decoder when `self.ModelViewerElement.meshoptDecoderLocation` names a script, which
 *   it loads as a classic <script> (model-viewer 4.4 then uses its own bundled decoder). So the
 *   file must be classic-script safe: meshoptimizer's UMD build, not three's ES module (that one
 *   would throw "Unexpected token 'export'"). Draco and KTX2 locations stay unset: hip.glb uses
 *   neither, and model-viewer fetches those decoders only when a model needs them.
 * - peer-config.js: sets that location before model-viewer.min.js runs (no inline script).
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from '../../tests/e2e/harness'
import { writePeerModel } from './peer-model'
import { steps } from '../../src/content/steps'
import { labels } from '../../src/content/i18n/en/labels'
import { viewDirection } from '../../src/lib/camera-pose'
import type { Vec3 } from '../../models/contract'

export const PEER_DIR = join(ROOT, 'bench-results', 'peer')

/** A model-viewer camera: `camera-orbit` and `camera-target` attribute values. */
export interface PeerView {
  stepId: string
  orbit: string
  target: string
}

type Points = Partial<Record<string, Vec3>>

export async function readLandmarks(): Promise<Points> {
  const manifest = JSON.parse(await readFile(join(ROOT, 'models', 'manifest.json'), 'utf8')) as { landmarks: { points: Points } }
  return manifest.landmarks.points
}

const metres = (p: Vec3): string => p.map((v) => `${v.toFixed(5)}m`).join(' ')

/**
 * Each step's camera pose as a model-viewer orbit. The app's azimuth turns from +Z toward -X
 * (src/lib/camera-pose.ts); model-viewer's theta turns from +Z toward +X, so theta = -azimuth;
 * phi is measured from +Y, so phi = 90 deg - elevation.
 */
export function peerViews(points: Points): PeerView[] {
  return steps.map((step) => {
    const { target, azimuthDeg, elevationDeg, distanceM } = step.camera
    return {
      stepId: step.id,
      orbit: `${(-azimuthDeg).toFixed(2)}deg ${(90 - elevationDeg).toFixed(2)}deg ${distanceM}m`,
      target: metres(points[target] ?? [0, 0, 0]),
    }
  })
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

function pageHtml(points: Points): string {
  const first = steps[0]
  const [view] = peerViews(points)
  if (!first || !view) throw new Error('no steps')
  // Hotspot normals face the first view's camera, so model-viewer shows them all from there.
  const normal = viewDirection(first.camera.azimuthDeg, first.camera.elevationDeg).map((v) => `${v.toFixed(4)}m`).join(' ')
  const hotspots = first.labels
    .map((label) => {
      const at = points[label.anchor] ?? [0, 0, 0]
      const text = escapeHtml(labels[label.term].patient)
      return `      <button class="hotspot" slot="hotspot-${label.term}" data-position="${metres(at)}" data-normal="${normal}">${text}</button>`
    })
    .join('\n')
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Hip joint in model-viewer (benchmark peer)</title>
    <meta name="description" content="The Resurface hip model shown in Google's model-viewer, for a side-by-side benchmark.">
    <link rel="stylesheet" href="peer.css">
    <script src="peer-config.js"></script>
    <script type="module" src="model-viewer.min.js"></script>
  </head>
  <body>
    <main>
      <h1 class="visually-hidden">The hip joint</h1>
      <model-viewer src="hip.glb" alt="A 3D model of a right hip joint: pelvis, thigh bone and the muscles around them"
        loading="eager" camera-controls interaction-prompt="none"
        camera-orbit="${view.orbit}" camera-target="${view.target}" field-of-view="30deg"
        min-camera-orbit="auto auto 0.05m" max-camera-orbit="auto auto 5m" min-field-of-view="10deg" max-field-of-view="60deg">
${hotspots}
      </model-viewer>
    </main>
  </body>
</html>
`
}

const CSS = `html, body { margin: 0; height: 100%; background: #f4f1ec; font: 16px/1.4 system-ui, sans-serif; }
main { height: 100%; }
model-viewer { display: block; width: 100vw; height: 100vh; background: #f4f1ec; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.hotspot { border: 1px solid #333; border-radius: 6px; background: #fff; color: #111; padding: 4px 8px; font: inherit; min-height: 44px; }
`

const CONFIG = `// Runs before model-viewer.min.js: self-hosted decoder, so nothing is fetched from a CDN.
self.ModelViewerElement = self.ModelViewerElement || {};
self.ModelViewerElement.meshoptDecoderLocation = new URL('./meshopt_decoder.js', document.baseURI).href;
`

/** Writes the peer page and its files into PEER_DIR (replacing what was there). */
export async function writePeerPage(): Promise<{ dir: string; views: PeerView[] }> {
  const points = await readLandmarks()
  await rm(PEER_DIR, { recursive: true, force: true })
  await mkdir(PEER_DIR, { recursive: true })
  await Promise.all([
    copyFile(join(ROOT, 'node_modules', '@google', 'model-viewer', 'dist', 'model-viewer.min.js'), join(PEER_DIR, 'model-viewer.min.js')),
    copyFile(join(ROOT, 'node_modules', 'meshoptimizer', 'meshopt_decoder.cjs'), join(PEER_DIR, 'meshopt_decoder.js')),
    writePeerModel(join(PEER_DIR, 'hip.glb')),
    writeFile(join(PEER_DIR, 'index.html'), pageHtml(points)),
    writeFile(join(PEER_DIR, 'peer.css'), CSS),
    writeFile(join(PEER_DIR, 'peer-config.js'), CONFIG),
  ])
  return { dir: PEER_DIR, views: peerViews(points) }
}
