/**
 * Light made in the app (no HDR download): a prefiltered room environment for soft reflections
 * on bone, cartilage and metal, plus a key light from above and behind the surgeon that casts a
 * soft shadow, so shapes read as solid.
 */
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { PMREMGenerator, type Scene, type WebGLRenderer } from 'three'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'

/** Prefilters a procedural room into the scene's environment map; returns the undo. */
function installRoomEnvironment(gl: WebGLRenderer, scene: Scene): () => void {
  const pmrem = new PMREMGenerator(gl)
  const room = new RoomEnvironment()
  const envMap = pmrem.fromScene(room, 0.04).texture
  scene.environment = envMap
  scene.environmentIntensity = 0.9
  room.dispose()
  pmrem.dispose()
  return () => {
    scene.environment = null
    envMap.dispose()
  }
}

export function Lighting({ shadows }: { shadows: boolean }) {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  useEffect(() => installRoomEnvironment(gl, scene), [gl, scene])
  return (
    <>
      <hemisphereLight args={['#f4f1ea', '#3a4450', 0.35]} />
      <directionalLight
        position={[-0.6, 1.2, -0.5]}
        intensity={1.6}
        castShadow={shadows}
        shadow-mapSize={[1024, 1024]}
        shadow-bias={-0.0004}
        shadow-normalBias={0.002}
        shadow-radius={4}
        shadow-camera-left={-0.35}
        shadow-camera-right={0.35}
        shadow-camera-top={0.35}
        shadow-camera-bottom={-0.35}
        shadow-camera-near={0.1}
        shadow-camera-far={3}
      />
      <directionalLight position={[0.8, 0.4, 0.9]} intensity={0.5} />
    </>
  )
}
