/** The planned incision, drawn as a thin calm line on the skin (a surgical marker, not a wound). */
import { useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { CatmullRomCurve3, Vector3, type Mesh } from 'three'
import type { Vec3 } from '../../models/contract'
import { useStepView } from './useStepView'

/** Lifted a little off the skin along the outward direction so it never sinks into the surface. */
const LIFT_M = 0.0015

/**
 * Always mounted, shown in the steps that plan the incision: unmounting it would dispose its
 * geometry and shader, to be built and compiled again the next time a step shows it.
 */
export function IncisionLine({ points, centre }: { points: readonly Vec3[]; centre: Vec3 }) {
  const mesh = useRef<Mesh>(null)
  const view = useStepView()
  const curve = useMemo(() => {
    if (points.length < 2) return null
    const c = new Vector3(...centre)
    const lifted = points.map((p) => {
      const v = new Vector3(...p)
      const out = v.clone().sub(c)
      out.y = 0
      return out.lengthSq() > 0 ? v.addScaledVector(out.normalize(), LIFT_M) : v
    })
    return new CatmullRomCurve3(lifted)
  }, [points, centre])

  useFrame(() => {
    if (mesh.current) mesh.current.visible = view.current.plan.showIncision
  })

  if (!curve) return null
  return (
    <mesh ref={mesh} name="incision-line" renderOrder={3} visible={false}>
      <tubeGeometry args={[curve, Math.max(16, points.length * 8), 0.0011, 6, false]} />
      <meshBasicMaterial color="#5b3f9e" toneMapped={false} />
    </mesh>
  )
}
