/**
 * Light made in the app, no image download and no prefiltered environment (see materials.ts
 * for why): a sky-and-floor fill so no side goes black, a key light from above and behind the
 * surgeon, a front fill and a low rim light that separates the bones from the background.
 * No shadow map: it cost a fifth of the time to the first frame and every frame's shading, for
 * shading the key light already gives.
 */
export function Lighting() {
  return (
    <>
      <hemisphereLight args={['#fffaf0', '#767d86', 1.8]} />
      <directionalLight position={[-0.6, 1.2, -0.5]} intensity={1.9} />
      <directionalLight position={[0.8, 0.4, 0.9]} intensity={0.9} />
      <directionalLight position={[0.2, -0.5, -1]} intensity={0.35} />
    </>
  )
}
