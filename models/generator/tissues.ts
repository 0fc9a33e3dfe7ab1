/**
 * Thin tissues that follow the bone, built as exact solids: articular cartilage (healthy and
 * worn), the labrum around the rim, and osteophytes for the arthritic hip.
 */
import { ORIGIN, acetabularAxis, articularRadius, headRadius, neckDir, rimOffset, socketRadius } from './anatomy'
import { foveaDir } from './femur'
import { api, type Manifold, meshSdf } from './mesh'
import { toWorld } from './machined'
import { FOSSA_RADII, acetabularFrame, fossaPath, notchDir } from './pelvis'
import { type Sdf, ellipsoid, union } from './sdf'
import { type V3, add, cross, frameFromY, madd, normalize, scale } from './vec'

const SPHERE_SEGMENTS = 96

function sphereAt(c: V3, r: number, seg = SPHERE_SEGMENTS): Manifold {
  const { Manifold } = api()
  const s = Manifold.sphere(r, seg)
  const t = s.translate([c[0], c[1], c[2]])
  s.delete()
  return t
}
/** A capsule as the hull of two spheres. */
function hullCapsule(a: V3, b: V3, r: number, rb: number = r): Manifold {
  const { Manifold } = api()
  const sa = sphereAt(a, r, 32)
  const sb = sphereAt(b, rb, 32)
  const h = Manifold.hull([sa, sb])
  sa.delete()
  sb.delete()
  return h
}
function halfSpaceKeep(m: Manifold, normal: V3, offset: number): Manifold {
  // trimByPlane keeps the side the normal points to, from `offset` along it.
  const t = m.trimByPlane([normal[0], normal[1], normal[2]], offset)
  m.delete()
  return t
}
function minus(a: Manifold, b: Manifold): Manifold {
  const d = a.subtract(b)
  a.delete()
  b.delete()
  return d
}
function shell(c: V3, rIn: number, rOut: number): Manifold {
  return minus(sphereAt(c, rOut), sphereAt(c, rIn))
}

/** Femoral cartilage: a shell over the head down to the head-neck junction, bare at the fovea. */
export function femoralCartilage(thickness: number, worn: boolean): Manifold {
  let s = shell(ORIGIN, headRadius, headRadius + thickness)
  s = halfSpaceKeep(s, neckDir, -12)
  s = minus(s, sphereAt(madd(ORIGIN, foveaDir, headRadius + 1), 7, 32))
  if (worn) {
    // Bare, eburnated bone where the load is highest: the top of the head.
    s = minus(s, sphereAt(madd(ORIGIN, normalize([-0.15, 1, 0.1]), headRadius + 2), 11, 48))
    s = minus(s, sphereAt(madd(ORIGIN, normalize([0.25, 1, 0.35]), headRadius + 2), 6, 32))
  }
  return s
}

/** The fossa and notch, as cut into the pelvis, grown by `extra` so cartilage stops at its edge. */
function fossaSolid(extra: number): Manifold {
  const { Manifold } = api()
  const path = fossaPath()
  const pieces = path.slice(1).map((p, i) => hullCapsule(path[i]!, p, FOSSA_RADII[i]! + extra, FOSSA_RADII[i + 1]! + extra))
  const u = Manifold.union(pieces)
  for (const p of pieces) p.delete()
  return u
}

/** Acetabular cartilage: the horseshoe-shaped lunate surface lining the socket. */
export function acetabularCartilage(thickness: number, worn: boolean): Manifold {
  const inner = socketRadius - thickness
  let s = shell(ORIGIN, inner, socketRadius)
  // Keep the inside of the rim plane (trim keeps the side the normal points to).
  s = halfSpaceKeep(s, scale(acetabularAxis, -1), -rimOffset)
  s = minus(s, fossaSolid(2))
  if (worn) s = minus(s, sphereAt(madd(ORIGIN, normalize([-0.3, 1, 0]), socketRadius), 12, 48))
  return s
}

/** Labrum: a ring on the rim, open at the notch where the transverse ligament bridges it. */
export function labrum(): Manifold {
  const { CrossSection } = api()
  const rimR = Math.sqrt(socketRadius ** 2 - rimOffset ** 2)
  // Triangular-ish section: base on the rim face, apex pointing out of the socket.
  const section = new CrossSection([
    [
      [rimR - 1.5, rimOffset - 0.2],
      [rimR + 4.5, rimOffset - 0.2],
      [rimR + 1.2, rimOffset + 4.8],
      [rimR - 1.8, rimOffset + 3.2],
    ],
  ])
  const { Manifold } = api()
  const gapDeg = 40
  const ring = Manifold.revolve(section, 96, 360 - gapDeg)
  section.delete()
  // Revolve is about Z starting at +X; turn so local Y is the axis and the gap faces the notch.
  const turned = ring.rotate([-90, 0, 0])
  ring.delete()
  // The gap is centred at local angle -(gapDeg/2) about Y. Find the frame whose x points so the gap is at the notch.
  const notchInPlane = normalize(add(notchDir, scale(acetabularAxis, -(notchDir[0] * acetabularAxis[0] + notchDir[1] * acetabularAxis[1] + notchDir[2] * acetabularAxis[2]))))
  // Local +X rotated by -gap/2 about local Y must map to the notch direction.
  const ang = (gapDeg / 2) * (Math.PI / 180)
  const y = acetabularAxis
  const z0 = cross(notchInPlane, y)
  const x = normalize(add(scale(notchInPlane, Math.cos(ang)), scale(z0, -Math.sin(ang))))
  const frame = frameFromY(ORIGIN, y, x)
  const placedRing = toWorld(turned, frame)
  turned.delete()
  return placedRing
}

/** Osteophytes: irregular bony lumps around the head-neck junction. */
export function femoralOsteophytesSdf(): Sdf {
  const neckFrame = frameFromY(ORIGIN, neckDir, [0, 0, 1])
  const bumps: Sdf[] = []
  const n = 11
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n + 0.3 * Math.sin(i * 2.1)
    const radial = add(scale(neckFrame.x, Math.cos(t)), scale(neckFrame.z, Math.sin(t)))
    const s = -15.5 + 2 * Math.sin(i * 1.7)
    const c = add(madd(ORIGIN, neckDir, s), scale(radial, 18 + 1.2 * Math.cos(i * 3.1)))
    const size = 3.2 + 1.6 * Math.abs(Math.sin(i * 1.3))
    bumps.push(ellipsoid(frameFromY(c, neckDir, radial), [size, size * 1.9, size * 1.2]))
  }
  return union(bumps, 3)
}
export function acetabularOsteophytesSdf(): Sdf {
  const f = acetabularFrame
  const rimR = Math.sqrt(socketRadius ** 2 - rimOffset ** 2)
  const bumps: Sdf[] = []
  const n = 10
  for (let i = 0; i < n; i++) {
    // Spread over the superior, anterior and posterior rim, away from the notch (local -x).
    const t = Math.PI * (-0.75 + (1.5 * i) / (n - 1)) + 0.15 * Math.sin(i * 2.3)
    const radial = add(scale(f.x, Math.cos(t)), scale(f.z, Math.sin(t)))
    const c = add(madd(ORIGIN, acetabularAxis, rimOffset - 1), scale(radial, rimR + 7 + 1.5 * Math.sin(i * 1.9)))
    const size = 3 + 1.5 * Math.abs(Math.cos(i * 1.1))
    bumps.push(ellipsoid(frameFromY(c, acetabularAxis, radial), [size * 1.3, size, size * 1.8]))
  }
  return union(bumps, 3)
}
export function osteophytes(sdf: Sdf, centre: V3, half: number): Manifold {
  return meshSdf(sdf, { min: add(centre, [-half, -half, -half]), max: add(centre, [half, half, half]) }, 0.9, 0.12)
}

export { articularRadius }
