/**
 * Light made in the app, no image download and no prefiltered environment (see materials.ts
 * for why): a sky-and-floor fill so no side goes black, a key light from above and behind the
 * surgeon that casts a soft shadow so shapes read as solid, a front fill and a low rim light
 * that separates the bones from the background.
 */
export function Lighting({ shadows }: { shadows: boolean }) {
  return (
    <>
      <hemisphereLight args={['#fffaf0', '#767d86', 1.8]} />
      <directionalLight
        position={[-0.6, 1.2, -0.5]}
        intensity={1.9}
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
      <directionalLight position={[0.8, 0.4, 0.9]} intensity={0.9} />
      <directionalLight position={[0.2, -0.5, -1]} intensity={0.35} />
    </>
  )
}
