/**
 * The least app on Resurface's stack that draws the first model: React 19, R3F's <Canvas>,
 * three.js's WebGL renderer, two lights, and hip.glb read by the app's own small glTF reader
 * (src/scene/glb-reader.ts, lighter than three's GLTFLoader). Built by ../js-floor.ts with the
 * app's three.js tree-shaking (vite.config.ts), it weighs what an app built this way sends
 * before its first 3D frame, before any of its own interface, text or camera code.
 */
import { Suspense, use } from 'react'
import { createRoot } from 'react-dom/client'
import { Canvas, extend } from '@react-three/fiber'
import { DirectionalLight, HemisphereLight } from 'three'
import { readGlb } from '../../../src/scene/glb-reader'
import hipUrl from '../../../models/hip.glb?url'

extend({ DirectionalLight, HemisphereLight })

const hip = fetch(hipUrl).then((r) => r.arrayBuffer()).then(readGlb)

function Hip() {
  return <primitive object={use(hip)} />
}

createRoot(document.getElementById('root')!).render(
  <Canvas camera={{ position: [0, 0, 0.4] }}>
    <hemisphereLight />
    <directionalLight position={[1, 1, 1]} />
    <Suspense fallback={null}>
      <Hip />
    </Suspense>
  </Canvas>,
)
