/**
 * Look at the models: renders views of the generated files in headless Chromium (software
 * WebGL) into /tmp/model-renders/. A throwaway local HTTP server serves three.js from
 * node_modules and the .glb files; it is closed when the renders are done.
 *
 *   npx tsx models/generator/render.ts            all standard views
 *   npx tsx models/generator/render.ts name files hide view [distance] [target] [more query, e.g. only=a,b&ghost=c]
 */
import { createServer } from 'node:http'
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize as normPath } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const out = '/tmp/model-renders'

const PAGE = `<!doctype html><html><body style="margin:0;background:#20232a">
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js","three/addons/":"/node_modules/three/examples/jsm/"}}</script>
<script type="module">
import * as THREE from 'three'
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js'
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js'
const q = new URLSearchParams(location.search)
const files = (q.get('files') || 'hip.glb').split(',')
const hide = new Set((q.get('hide') || '').split(',').filter(Boolean))
const only = new Set((q.get('only') || '').split(',').filter(Boolean))
const ghost = new Set((q.get('ghost') || '').split(',').filter(Boolean))
// clip=nx,ny,nz,c keeps the points where n.p + c >= 0 (metres), e.g. clip=0,0,-1,-0.005 for a coronal slice.
const clipQ = (q.get('clip') || '').split(',').filter(Boolean).map(Number)
const clip = clipQ.length === 4 ? new THREE.Plane(new THREE.Vector3(clipQ[0], clipQ[1], clipQ[2]), clipQ[3]) : null
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
renderer.localClippingEnabled = true
renderer.setSize(900, 900)
document.body.appendChild(renderer.domElement)
const scene = new THREE.Scene()
scene.background = new THREE.Color('#20232a')
scene.environment = new THREE.PMREMGenerator(renderer).fromScene(new RoomEnvironment(), 0.04).texture
const light = new THREE.DirectionalLight('#ffffff', 1.6)
scene.add(light)
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
for (const f of files) {
  const g = await loader.loadAsync(f.startsWith('/') ? f : '/models/' + f)
  g.scene.traverse((o) => {
    if (!o.isMesh) return
    const name = o.name || o.parent?.name
    let n = o
    while (n && !n.userData?.part) n = n.parent
    const part = n?.userData?.part ?? name
    if (hide.has(part) || (only.size && !only.has(part) && !ghost.has(part))) o.visible = false
    if (clip) {
      // A slice: keep what lies behind the plane, and draw inner faces so the solids read as cut.
      const cut = (m) => { const c = m.clone(); c.clippingPlanes = [clip]; c.side = THREE.DoubleSide; return c }
      o.material = Array.isArray(o.material) ? o.material.map(cut) : cut(o.material)
    }
    if (ghost.has(part)) {
      const see = (m) => { const c = m.clone(); c.transparent = true; c.opacity = 0.25; c.depthWrite = false; return c }
      o.material = Array.isArray(o.material) ? o.material.map(see) : see(o.material)
      o.renderOrder = 1
    }
  })
  scene.add(g.scene)
}
const [tx, ty, tz] = (q.get('target') || '0,-0.02,-0.01').split(',').map(Number)
const dist = Number(q.get('dist') || 0.55)
const views = { front: [0, 0, 1], back: [0, 0, -1], side: [-1, 0, 0], medial: [1, 0, 0], top: [0, 1, 0.001], below: [0, -1, 0.001],
  backside: [-0.7, 0, -0.7], frontside: [-0.7, 0.1, 0.7], socket: [-0.594, -0.739, 0.317] }
const v = views[q.get('view') || 'front']
const camera = new THREE.PerspectiveCamera(30, 1, 0.01, 10)
camera.position.set(tx + v[0] * dist, ty + v[1] * dist, tz + v[2] * dist)
camera.lookAt(tx, ty, tz)
light.position.copy(camera.position).add(new THREE.Vector3(0.2, 0.4, 0.1))
renderer.render(scene, camera)
document.title = 'done'
</script></body></html>`

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true })
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE)
      return
    }
    // Scratch models (work in progress) come from /tmp/model-scratch.
    const scratch = url.pathname.startsWith('/scratch/')
    const base = scratch ? '/tmp/model-scratch' : root
    const path = normPath(join(base, decodeURIComponent(scratch ? url.pathname.slice('/scratch'.length) : url.pathname)))
    if (!path.startsWith(base)) return void res.writeHead(403).end()
    try {
      const body = readFileSync(path)
      const type = path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream'
      res.writeHead(200, { 'content-type': type }).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  const executablePath = await (await import('@sparticuz/chromium')).default.executablePath()
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const page = await (await browser.newContext({ viewport: { width: 900, height: 900 } })).newPage()
    page.on('pageerror', (e) => console.error('page error', e.message))
    const jobs: [string, string][] = []
    const args = process.argv.slice(2)
    if (args.length >= 4) {
      const [name, files, hide, view, dist, target, extra] = args
      jobs.push([name!, `files=${files}&hide=${hide}&view=${view}&dist=${dist ?? 0.55}${target ? `&target=${target}` : ''}${extra ? `&${extra}` : ''}`])
    } else {
      for (const view of ['front', 'back', 'side', 'backside']) {
        jobs.push([`hip-skin-${view}`, `files=hip.glb,soft-tissue.glb&view=${view}&dist=0.9&target=0,-0.04,-0.02`])
        jobs.push([`hip-muscle-${view}`, `files=hip.glb,soft-tissue.glb&hide=skin,capsule&view=${view}&dist=0.75&target=0,-0.03,-0.02`])
        jobs.push([`hip-bone-${view}`, `files=hip.glb&only=pelvis,femur&view=${view}&dist=0.75&target=0.01,-0.04,-0.02`])
      }
      jobs.push(['femur-front', 'files=hip.glb&only=femur&view=front&dist=0.45&target=-0.02,-0.06,0'])
      jobs.push(['femur-back', 'files=hip.glb&only=femur&view=back&dist=0.45&target=-0.02,-0.06,0'])
      jobs.push(['cup-outer', 'files=implants.glb&only=cup&view=medial&dist=0.16&target=0,0,0'])
      jobs.push(['hip-deep-backside', 'files=hip.glb,soft-tissue.glb&hide=skin,capsule,gluteus-maximus&view=backside&dist=0.6&target=0,-0.01,-0.02'])
      jobs.push(['pelvis-socket', 'files=hip.glb&only=pelvis&view=socket&dist=0.5&target=0.01,0.0,0'])
      jobs.push(['hip-cartilage', 'files=hip.glb&only=cartilage-acetabular,labrum,pelvis&view=socket&dist=0.3&target=0,0,0'])
      jobs.push(['arthritis', 'files=hip.glb,arthritis.glb&only=pelvis,femur,cartilage-femoral-worn,osteophytes-femoral,osteophytes-acetabular&view=backside&dist=0.35&target=-0.01,-0.01,0'])
      jobs.push(['prep', 'files=preparation.glb&only=femur-chamfered,pelvis-reamed&view=frontside&dist=0.35&target=-0.01,-0.01,0'])
      jobs.push(['prep-stem', 'files=preparation.glb,implants.glb&only=femur-stem-drilled,cup,pelvis-reamed&view=front&dist=0.35&target=-0.01,-0.01,0'])
      // The total hip replacement (thr.glb): the hip, the stem in its canal (femur see-through), the removed bone.
      const thrHip = 'femur-thr,pelvis-thr-reamed,thr-stem,thr-ball,thr-cup,thr-liner'
      jobs.push(['thr-front', `files=thr.glb&only=${thrHip}&view=front&dist=0.5&target=-0.01,-0.05,0`])
      jobs.push(['thr-stem-in-canal', 'files=thr.glb&only=thr-stem,thr-ball,thr-cup,thr-liner&ghost=femur-thr&view=front&dist=0.42&target=-0.02,-0.06,0'])
      jobs.push(['thr-stem-in-canal-side', 'files=thr.glb&only=thr-stem,thr-ball&ghost=femur-thr&view=side&dist=0.42&target=-0.02,-0.06,0'])
      jobs.push(['thr-socket', 'files=thr.glb&only=pelvis-thr-reamed,thr-cup,thr-liner,thr-ball&view=socket&dist=0.3&target=0,0,0'])
      jobs.push(['removed-bone', 'files=thr.glb&only=removed-femur-resurfacing,removed-socket-resurfacing,removed-femur-thr,removed-socket-thr&view=frontside&dist=0.45&target=-0.01,-0.04,0'])
      jobs.push(['removed-resurfacing', 'files=thr.glb,hip.glb&only=removed-femur-resurfacing,removed-socket-resurfacing&ghost=femur,pelvis&view=frontside&dist=0.35&target=-0.01,-0.02,0'])
      jobs.push(['removed-thr', 'files=thr.glb&only=removed-femur-thr,removed-socket-thr&ghost=femur-thr,pelvis-thr-reamed&view=frontside&dist=0.45&target=-0.01,-0.04,0'])
      // Inside the bone (interior.glb): coronal slices through the head and neck, and the cores seen through their bones.
      jobs.push(['interior-femur-slice', 'files=hip.glb,interior.glb&only=femur,femur-cancellous,femoral-canal&view=front&dist=0.42&target=-0.02,-0.08,0&clip=0,0,-1,-0.004'])
      jobs.push(['interior-cap-slice', 'files=preparation.glb,implants.glb,interior.glb&only=femur-stem-drilled,femur-stem-drilled-cancellous,cement-mantle,femoral-cap,femoral-canal&view=front&dist=0.16&target=0,0,0&clip=0,0,-1,0.002'])
      jobs.push(['interior-pelvis-slice', 'files=hip.glb,interior.glb&only=pelvis,pelvis-cancellous&view=front&dist=0.5&target=0.02,0,0&clip=0,0,-1,0'])
      jobs.push(['interior-cores-ghost', 'files=hip.glb,interior.glb&only=femur-cancellous,pelvis-cancellous,femoral-canal&ghost=femur,pelvis&view=frontside&dist=0.7&target=0.01,-0.05,-0.02'])
      jobs.push(['instruments', 'files=instruments.glb,hip.glb,soft-tissue.glb&only=femur,sleeve-reamer,guide-pin,acetabular-reamer,scalpel,skin&view=backside&dist=1.0&target=0,0,0'])
    }
    for (const [name, query] of jobs) {
      await page.goto(`http://127.0.0.1:${port}/?${query}`)
      await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 60_000 })
      await page.screenshot({ path: join(out, `${name}.png`) })
      console.log('rendered', name)
    }
  } finally {
    await browser.close()
    server.close()
  }
}

await main()
