import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Group } from 'three'

/**
 * An anatomy light kit, made in the app (no image download, no prefiltered environment; see
 * materials.ts for why). The kit turns with the camera, as a photographer's lights follow the
 * lens round a specimen, so every step's view is lit the same way: a warm key from above and
 * beside the camera, a cool fill from below so no side goes black, two rims from behind that
 * draw the bones' outlines against the background, and a faint light on the camera's axis.
 * The sky-and-floor fill stays put: it is the room, and the baked ambient occlusion darkens it
 * in the fossa and the notches (src/scene/shading).
 * No shadow map: it cost a fifth of the time to the first frame and every frame's shading, for
 * shading the key light already gives.
 */
export function Lighting() {
  const kit = useRef<Group>(null)
  // Before each frame is drawn (frames are drawn on demand: a camera move asks for one).
  useFrame(({ camera }) => kit.current?.quaternion.copy(camera.quaternion))
  return (
    <>
      <hemisphereLight args={['#fffaf0', '#767d86', 1.0]} />
      <group ref={kit}>
        {/* Directions in the camera's frame: x right, y up, z toward the viewer. */}
        <directionalLight position={[0.17, 0.77, 0.61]} intensity={2.2} color="#fff2e0" />
        <directionalLight position={[-0.045, -0.966, 0.25]} intensity={0.7} color="#dfe8ff" />
        <directionalLight position={[0.94, 0, -0.34]} intensity={0.9} />
        <directionalLight position={[-0.94, 0, -0.34]} intensity={0.9} />
        <directionalLight position={[0, 0, 1]} intensity={0.45} />
      </group>
    </>
  )
}
