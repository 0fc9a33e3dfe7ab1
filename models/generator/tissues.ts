/**
 * Thin tissues that follow the bone, built as exact solids: articular cartilage (healthy and
 * worn), the labrum around the rim, and osteophytes for the arthritic hip.
 */
import { ORIGIN, acetabularAxis, articularRadius, headRadius, neckDir, rimOffset, socketRadius } from './anatomy'
import { foveaDir } from './femur'
import { api, type Manifold, meshSdf } from './mesh'
import { toWorld } from './machined'
import { FOSSA_RADII, acetabularFrame, fossaPath, notchDir } from './pelvis'
import { type Sdf, marchToSurface, smin, smoothstep, tube, union } from './sdf'
import { type V3, add, cross, dot, frameFromY, madd, normalize, scale } from './vec'

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

/*
 * Osteophytes are new bone grown out of the old, so each is built on its bone's own SDF: a lip
 * (a tube laid along the bone's surface, its thickness varying round it) and a few beak-like
 * spurs (tapered tubes lying on the surface whose tips lift off it), smoothly united with the
 * bone itself inset by OSTEOPHYTE_INSET_MM. The union's fillet carries the growth's surface down
 * into the bone at a shallow angle, so it rises out of the bone with no step or seam. The rest
 * (the inset bone, cut off by a mask well inside the bone) is taken away again with the bone
 * itself (see `osteophytes`). The tubes' radii are at least 0.75 mm, so nothing visible is thin.
 * The mask's cuts should meet the inset bone steeply: one grazing it (a plane across the
 * socket's lining) leaves a wedge so thin that the mesher pinches two sheets together; that
 * happens inside the bone and goes with the subtraction, but check the parts' open edges and
 * genus after moving a cut. Fixed numbers only: the files stay byte-exact.
 */
/** How far under the bone's surface the growth's root lies (mm). */
const OSTEOPHYTE_INSET_MM = 0.8
/** The fillet between the growth and the inset bone (mm): larger is a gentler rise. */
const OSTEOPHYTE_FILLET_MM = 5
/** The fillet between the lip and its spurs (mm). */
const SPUR_FILLET_MM = 2
/** Mesh edge (mm): fine enough that the lip and the beaks shade smoothly from close up. */
const OSTEOPHYTE_EDGE_MM = 0.7

/** A smooth, fixed ripple (mm), long next to the lip's size, so new bone's surface is irregular, not turned. */
function ripple(x: number, y: number, z: number, amp: number): number {
  return (
    amp *
    (0.55 * Math.sin(0.45 * x + 0.2 * y + 1.3) * Math.sin(0.35 * z - 0.25 * x + 0.2) +
      0.3 * Math.sin(0.8 * y - 0.3 * z + 2.1) +
      0.15 * Math.sin(1.1 * z + 0.5 * x - 0.8))
  )
}
/** A beak: `points` along it (from its root to its tip), `radii` tapering to the tip. */
interface Beak {
  points: V3[]
  radii: number[]
}
function growthOn(bone: Sdf, lip: Sdf, beaks: readonly Beak[], mask: Sdf, rippleMm: number): Sdf {
  const spurs = beaks.map((b) => tube(b.points, b.radii, 2))
  const growth = (x: number, y: number, z: number): number => {
    let g = lip(x, y, z)
    for (const s of spurs) g = smin(g, s(x, y, z), SPUR_FILLET_MM)
    return g + ripple(x, y, z, rippleMm)
  }
  return (x, y, z) => {
    const m = mask(x, y, z)
    // Well outside the mask, skip the bone's SDF (the mesher samples a large box).
    if (m > 3) return m
    const g = growth(x, y, z)
    const inset = bone(x, y, z) + OSTEOPHYTE_INSET_MM
    return Math.max(smin(g, inset, OSTEOPHYTE_FILLET_MM), m)
  }
}
/** A point on `bone`, marched out from `from` along `dir`, then `lift` mm further along `dir`. */
function onBone(bone: Sdf, from: V3, dir: V3, lift = 0): V3 {
  return madd(marchToSurface(bone, from, dir, 60), normalize(dir), lift)
}

/**
 * Femoral osteophytes: a collar of new bone round the head-neck junction at the margin of the
 * articular cartilage (which stops 12 mm below the head centre along the neck), thicker
 * superiorly and anteriorly, with beaks that run up the neck and overhang the head's margin.
 */
export function femoralOsteophytesSdf(femur: Sdf): Sdf {
  const inPlane = (v: V3): V3 => normalize(madd(v, neckDir, -dot(v, neckDir)))
  const superior = inPlane([0, 1, 0])
  const anterior = inPlane([0, 0, 1])
  // Angles about the neck axis from superior, positive toward anterior.
  const side = cross(neckDir, superior)
  const antSign = Math.sign(dot(anterior, side)) || 1
  const around = (deg: number): V3 => {
    const t = (deg * Math.PI) / 180
    return normalize(add(scale(superior, Math.cos(t)), scale(side, antSign * Math.sin(t))))
  }
  const at = (sMm: number, deg: number, lift = 0): V3 => onBone(femur, madd(ORIGIN, neckDir, sMm), around(deg), lift)
  // The collar: thickness (its tube's radius, mm) highest superiorly and anteriorly.
  const thick = (deg: number): number => {
    const t = (deg * Math.PI) / 180
    const up = Math.max(0, Math.cos(t)), front = Math.max(0, Math.cos(t - Math.PI / 2))
    return 1.5 + 1.5 * up * up + 0.9 * front * front + 0.35 * Math.sin(3 * t + 0.7) + 0.2 * Math.sin(7 * t + 2.1)
  }
  const n = 36
  const ring: V3[] = []
  const radii: number[] = []
  const lower: V3[] = []
  const lowerRadii: number[] = []
  for (let i = 0; i <= n; i++) {
    const deg = (360 * (i % n)) / n
    const t = (deg * Math.PI) / 180
    const r = thick(deg)
    // The crest wanders a little along the neck; its centre sits under the surface so the tube
    // stands proud by about its radius times 0.8.
    const s = -13.6 - 0.7 * Math.sin(2 * t + 0.4) - 0.4 * Math.sin(5 * t + 1.9)
    ring.push(at(s, deg, -0.2 * r))
    radii.push(r)
    // A lower, broader shoulder below the crest, so the collar is a lip, not a cord.
    const rl = 0.75 * r
    lower.push(at(s - 0.9 * r - 1.2, deg, -0.45 * rl))
    lowerRadii.push(rl)
  }
  // Beaks from the neck up toward the head, their tips lifted off the head's margin so they
  // overhang it: each a tube tapering from a broad root on the neck to a blunt tip.
  const beaks: Beak[] = [
    { deg: 8, root: -22, tip: -9, r: 1.9, lift: 1.9 },
    { deg: 55, root: -21, tip: -10, r: 1.7, lift: 1.7 },
    { deg: 100, root: -20, tip: -10.5, r: 1.5, lift: 1.5 },
    { deg: -45, root: -21, tip: -10, r: 1.6, lift: 1.6 },
    { deg: 195, root: -19, tip: -11.5, r: 1.2, lift: 1.1 },
  ].map(({ deg, root, tip, r, lift }) => ({
    points: [at(root, deg, -0.5 * r), at((root + tip) / 2 - 1, deg + 2, 0.1 * r), at(tip, deg + 4, lift)],
    radii: [1.3 * r, 0.9 * r, 0.9],
  }))
  const lip = union([tube(ring, radii, 2), tube(lower, lowerRadii, 2)], 2.5)
  const mask: Sdf = (x, y, z) => {
    const s = x * neckDir[0] + y * neckDir[1] + z * neckDir[2]
    return Math.max(Math.abs(s + 16) - 13, Math.hypot(x, y, z) - 35)
  }
  return growthOn(femur, lip, beaks, mask, 0.3)
}

/**
 * Acetabular osteophytes: a lip of bone round the rim outside the labrum's base, highest
 * superiorly and absent at the notch (where the transverse ligament bridges the rim), with
 * beaks flaring outward from the socket.
 */
export function acetabularOsteophytesSdf(pelvis: Sdf): Sdf {
  const f = acetabularFrame
  const rimR = Math.sqrt(socketRadius ** 2 - rimOffset ** 2)
  // The lip's crest: on the rim's outer slope, just beyond the labrum's base (rimR + 4.5).
  const ringR = rimR + 5
  const radial = (deg: number): V3 => {
    const t = (deg * Math.PI) / 180
    return normalize(add(scale(f.x, Math.cos(t)), scale(f.z, Math.sin(t))))
  }
  // Found from above the rim, marching down the acetabular axis onto the bone.
  const at = (rho: number, deg: number, lift = 0): V3 =>
    onBone(pelvis, add(madd(ORIGIN, acetabularAxis, rimOffset - 12), scale(radial(deg), rho)), acetabularAxis, lift)
  // Angle from local +x (opposite the notch, which is at 180 deg); the lip runs from -140 to 140.
  const thick = (deg: number): number => {
    const t = (deg * Math.PI) / 180
    const c = Math.cos(t)
    return (1.4 + 1.7 * smoothstep(-0.5, 1, c)) * (1 + 0.22 * Math.sin(4 * t + 1.3) + 0.12 * Math.sin(9 * t + 0.4))
  }
  const ring: V3[] = []
  const radii: number[] = []
  const outer: V3[] = []
  const outerRadii: number[] = []
  const n = 32
  for (let i = 0; i <= n; i++) {
    const deg = -140 + (280 * i) / n
    // Tapering toward each end, near the notch.
    const end = smoothstep(0, 0.2, Math.min(i / n, 1 - i / n))
    const r = Math.max(0.8, thick(deg) * end)
    const wander = 0.7 * Math.sin((deg * Math.PI) / 40 + 0.5)
    // The ends sink into the rim, so the lip fades out rather than stopping in a rounded end.
    ring.push(at(ringR + wander, deg, -0.2 * r - 1.6 * (1 - end)))
    radii.push(r)
    // A broader, lower shoulder outside the crest: the lip's base on the rim's slope.
    const ro = Math.max(0.8, 0.8 * r)
    outer.push(at(ringR + wander + 1.1 * r + 1.5, deg, -0.5 * ro - 1.2 * (1 - end)))
    outerRadii.push(ro)
  }
  // Beaks standing out from the rim along the acetabular axis, over the labrum's outer edge.
  const beaks: Beak[] = [
    { deg: -8, r: 2.1, len: 9 },
    { deg: 40, r: 1.9, len: 8 },
    { deg: 84, r: 1.7, len: 6.5 },
    { deg: -58, r: 1.8, len: 7 },
    { deg: 114, r: 1.5, len: 5.5 },
  ].map(({ deg, r, len }) => ({
    points: [at(ringR + 6, deg, -0.5 * r), at(ringR + 1, deg - 2, 0.3 * r), madd(at(ringR - 1.5, deg - 4), acetabularAxis, 0.45 * len)],
    radii: [1.3 * r, 0.9 * r, 0.9],
  }))
  const lip = union([tube(ring, radii, 2), tube(outer, outerRadii, 2)], 2.5)
  const mask: Sdf = (x, y, z) => {
    const ly = x * f.y[0] + y * f.y[1] + z * f.y[2]
    const lx = x * f.x[0] + y * f.x[1] + z * f.x[2]
    const lz = x * f.z[0] + y * f.z[1] + z * f.z[2]
    const rho = Math.hypot(lx, lz)
    // Off the notch's sector: the lip stops 40 deg short of it.
    const notch = -0.9 * rho - lx
    // Below, a cone about the socket's centre: it meets the socket's lining square on (a plane
    // there would meet it in a thin wedge).
    const below = -(ly + 0.25 * Math.hypot(lx, ly, lz))
    return Math.max(rho - ringR - 15, ly - rimOffset - 5, below, -11 - ly, notch)
  }
  return growthOn(pelvis, lip, beaks, mask, 0.2)
}
/**
 * Mesh a growth and take its bone away: what is left is only the new bone, standing on the
 * bone's own surface (the X-ray adds each solid's path length, so the part must not overlap the
 * bone), and the boolean's result is watertight by construction; the inset bone and the mask's
 * cuts go with the bone.
 */
export function osteophytes(sdf: Sdf, centre: V3, half: number, bone: Manifold): Manifold {
  const grown = meshSdf(sdf, { min: add(centre, [-half, -half, -half]), max: add(centre, [half, half, half]) }, OSTEOPHYTE_EDGE_MM, 0.05)
  const onlyNew = grown.subtract(bone)
  grown.delete()
  // Only the growth itself: where the fillet grazes the bone it can leave a crumb standing clear
  // of it, a floating blob, so all but the largest piece are dropped.
  const pieces = onlyNew.decompose()
  onlyNew.delete()
  let keep = 0
  for (let i = 1; i < pieces.length; i++) if (pieces[i]!.volume() > pieces[keep]!.volume()) keep = i
  pieces.forEach((p, i) => {
    if (i !== keep) p.delete()
  })
  return pieces[keep]!
}

export { articularRadius }
