/**
 * Soft tissue around the right hip, placed between the bony landmarks each part really runs
 * between. The flat muscles (both glutei, the short rotators, quadratus femoris) are thick
 * draped slabs with fascicle grooves (slab.ts); piriformis is fibres (tapered capsules)
 * blended into one fusiform belly:
 * - gluteus maximus: posterior ilium, sacrum and coccyx down and out to the gluteal
 *   tuberosity and iliotibial tract, over the back of the hip;
 * - gluteus medius: the outer (gluteal) surface of the ilium, converging on the greater
 *   trochanter;
 * - piriformis: front of the sacrum, out through the greater sciatic notch to the top of the
 *   greater trochanter;
 * - short external rotators (gemelli and obturator internus): from around the lesser sciatic
 *   notch to the medial greater trochanter, just below piriformis;
 * - quadratus femoris: ischial tuberosity to the intertrochanteric crest, below them;
 * - sciatic nerve: out of the greater sciatic notch under piriformis, down over the rotators
 *   and quadratus femoris, between the trochanter and the tuberosity, into the back of the thigh;
 * - joint capsule: a sleeve from the acetabular rim to the base of the neck;
 * - skin envelope of the hip, buttock and upper thigh.
 */
import { ISCHIAL_TUBEROSITY, ORIGIN, acetabularAxis, junction, neckDir } from './anatomy'
import { femurSdf, greaterTrochanterTip } from './femur'
import { pelvisSdf, wingPoint } from './pelvis'
import { type SlabGeometry, type SlabSpec, slabGeometry } from './slab'
import { type Sdf, bcapsule, capsule, ellipsoid, smax, tube, union } from './sdf'
import { type V3, add, frameFromY, lerp, madd, scale } from './vec'

export interface Fibre {
  from: V3
  to: V3
  rFrom: number
  rTo: number
}
export interface MuscleSpec {
  /** Fibres blended into the belly; for slab muscles, sampled from the slab (see `fibresOf`). */
  fibres: Fibre[]
  /** Flat muscles built as a thick draped slab (see slab.ts) rather than from their fibres. */
  slab?: () => SlabSpec
  blend: number
  /** A point inside the belly and the direction from which the muscle is best seen (for its label). */
  labelFrom: V3
  labelDir: V3
}

const fibre = (from: V3, to: V3, rFrom: number, rTo: number = rFrom): Fibre => ({ from, to, rFrom, rTo })

const back: V3 = [0, 0, -1]
const backLateral: V3 = [-0.5, 0, -0.87]

export const MUSCLES = {
  'gluteus-maximus': {
    // From the posterior iliac crest, sacrum and coccyx (medial border) down and laterally to
    // the iliotibial tract over the greater trochanter and the gluteal tuberosity: a thick
    // rounded quadrilateral draped over the buttock, the medius and the back of the trochanter.
    fibres: [],
    slab: () => ({
      mid: (u, v) => {
        // Origin and insertion borders are convex curves, so the outline is a rounded rhomboid
        // rather than a parallelogram: v is squeezed toward the middle near the upper and
        // lower borders. The insertion (iliotibial tract, gluteal tuberosity) is shorter than
        // the origin, so the fibres converge as they run down and laterally.
        const bow = 0.12 * (1 - Math.sin(Math.PI * u))
        const w = bow + (1 - 2 * bow) * v
        const o = lerp([14, 116, -104], [86, -50, -96], u)
        const e = lerp([-84, 8, -24], [-50, -112, -28], u)
        // The belly bulges back and out over the buttock, most in its middle.
        return add(lerp(o, e, w), scale([-0.35, 0, -0.94], 30 * Math.sin(Math.PI * u) ** 0.7 * Math.sin(Math.PI * w) ** 0.8))
      },
      thickness: (u, v) => 24 * (0.55 + 0.45 * Math.sin(Math.PI * u)) * (0.35 + 0.65 * Math.sin(Math.PI * (0.15 + 0.75 * v))),
      outward: [-0.35, 0, -0.94],
      outerShare: 0.6,
      fascicles: 11,
      grooveMm: 1.6,
      floor: maximusFloor,
      clearanceMm: 1.5,
      nu: 66,
      nv: 40,
    }),
    blend: 4,
    labelFrom: [5, -20, -95],
    labelDir: backLateral,
  },
  'gluteus-medius': {
    // Fan from the outer ilium below the crest, converging on the lateral greater trochanter.
    fibres: [],
    slab: () => ({
      mid: (u, v) => {
        const o = wingPoint(-78 + 134 * u, 28 + 18 * Math.sin(Math.PI * u), 0)
        const e: V3 = [-62, -6 + 6 * u, 2 - 24 * u]
        const c = add(lerp(o, e, 0.5), [-14, 0, -3])
        return add(add(scale(o, (1 - v) ** 2), scale(c, 2 * v * (1 - v))), scale(e, v * v))
      },
      thickness: (u, v) => 20 * (0.6 + 0.4 * Math.sin(Math.PI * u)) * (0.4 + 0.6 * Math.sin(Math.PI * (0.1 + 0.8 * v))),
      outward: [-1, 0.2, -0.3],
      outerShare: 0.6,
      fascicles: 9,
      grooveMm: 0.9,
      floor: boneFloor,
      clearanceMm: 0.8,
      nu: 54,
      nv: 36,
    }),
    blend: 4,
    labelFrom: wingPoint(-20, 20, 7),
    labelDir: [-0.8, 0.1, -0.5],
  },
  piriformis: {
    // From the front of the sacrum's lateral part (a short fan between the sacral segments,
    // half sunk into the bone so it reads attached), out through the greater sciatic notch, to
    // the top of the greater trochanter.
    fibres: [
      fibre([72, 40, -90], [40, 9, -73], 5, 9),
      fibre([77, 16, -97], [40, 9, -73], 5, 9),
      fibre([40, 9, -73], [10, 2, -50], 9, 7),
      fibre([10, 2, -50], madd(greaterTrochanterTip, [1, 0, 0], 4), 7, 3.5),
    ],
    blend: 5,
    labelFrom: [20, 4, -58],
    labelDir: back,
  },
  'short-rotators': {
    // Gemellus superior, obturator internus, gemellus inferior: a band below piriformis from
    // around the lesser sciatic notch to the medial greater trochanter; the grooves between
    // its three fascicles separate the gemelli from the obturator internus.
    fibres: [],
    slab: () => ({
      mid: (u, v) => lerp(lerp([30, -24, -56], [26, -48, -50], u), lerp([-40, -14, -34], [-40, -26, -37], u), v),
      thickness: (u, v) => 16 * (0.7 + 0.3 * Math.sin(Math.PI * v)),
      outward: [0, 0, -1],
      outerShare: 0.5,
      fascicles: 3,
      grooveMm: 1.6,
      floor: boneFloor,
      clearanceMm: 0.5,
      nu: 24,
      nv: 24,
    }),
    blend: 4,
    labelFrom: [0, -30, -48],
    labelDir: back,
  },
  'quadratus-femoris': {
    // A flat quadrilateral from the lateral border of the ischial tuberosity straight across
    // to the quadrate tubercle on the intertrochanteric crest.
    fibres: [],
    slab: () => ({
      mid: (u, v) =>
        lerp(lerp(add(ISCHIAL_TUBEROSITY, [-8, 9, -8]), add(ISCHIAL_TUBEROSITY, [-8, -9, -8]), u), lerp([-30, -49, -40], [-28, -67, -40], u), v),
      thickness: (u, v) => 15 * (0.75 + 0.25 * Math.sin(Math.PI * v)),
      outward: [0, 0, -1],
      outerShare: 0.55,
      fascicles: 5,
      grooveMm: 0.7,
      floor: boneFloor,
      clearanceMm: 0.5,
      nu: 30,
      nv: 24,
    }),
    blend: 4,
    labelFrom: [-5, -58, -40],
    labelDir: back,
  },
} satisfies Record<string, MuscleSpec> as Record<MuscleName, MuscleSpec>

export function muscleSdf(m: MuscleSpec): Sdf {
  return union(
    fibresOf(m).map((f) => bcapsule(f.from, f.to, f.rFrom, f.rTo, m.blend + 4)),
    m.blend,
  )
}

export function boundsOfFibres(fibres: readonly Fibre[], pad = 6): { min: V3; max: V3 } {
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (const f of fibres) {
    for (const [p, r] of [
      [f.from, f.rFrom],
      [f.to, f.rTo],
    ] as const) {
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, p[k]! - r - pad)
        max[k] = Math.max(max[k]!, p[k]! + r + pad)
      }
    }
  }
  return { min: min as unknown as V3, max: max as unknown as V3 }
}

/** The sciatic nerve's course, proximal to distal. */
export const SCIATIC_PATH: V3[] = [
  [48, 14, -76],
  [30, -8, -66],
  [18, -36, -60],
  [8, -66, -56],
  [2, -110, -50],
  [-2, -160, -46],
  [-4, -215, -42],
]
export const SCIATIC_RADIUS = 6
export function sciaticSdf(): Sdf {
  return tube(
    SCIATIC_PATH,
    SCIATIC_PATH.map(() => SCIATIC_RADIUS),
    // Equal radii meet as spheres: a plain union is already smooth, a blend would bulge.
    0.5,
  )
}

/** Joint capsule: a 2.5 mm sleeve around head and neck from the rim to the neck base. */
export function jointCapsuleSdf(): Sdf {
  const solid = capsule(madd(ORIGIN, neckDir, 2), madd(junction, neckDir, 14), 31, 22)
  const [ax, ay, az] = acetabularAxis
  const [nx, ny, nz] = neckDir
  const baseOffset = 16 - 56 // along the neck axis from the head centre
  return (x, y, z) => {
    const s = solid(x, y, z)
    let d = Math.abs(s + 1.25) - 1.25
    // Attach at the rim: keep only what lies outside the rim plane.
    d = smax(d, -(x * ax + y * ay + z * az - 2), 2)
    // And stop at the base of the neck.
    d = smax(d, -(x * nx + y * ny + z * nz - baseOffset), 2)
    return d
  }
}
export const jointCapsuleBounds = (): { min: V3; max: V3 } => ({ min: [-62, -62, -42], max: [36, 36, 40] })

/** The body's outer envelope around hip, buttock, flank and upper thigh (negative inside). */
export function envelopeSdf(): Sdf {
  const thigh = capsule([-12, -20, -4], [6, -260, 4], 88, 74)
  const buttock = ellipsoid(frameFromY([25, -15, -55], [0, 1, 0], [1, 0, 0]), [95, 90, 100])
  const flank = ellipsoid(frameFromY([34, 80, -18], [0, 1, 0], [1, 0, 0]), [112, 104, 118])
  // Groin and lower abdomen in front of the pubis.
  const groin = ellipsoid(frameFromY([62, -35, 32], [0, 1, 0], [1, 0, 0]), [58, 62, 58])
  return union([thigh, buttock, flank, groin], 40)
}
export const SKIN_THICKNESS = 3
export const SKIN_CLIP = { top: 165, bottom: -248, midline: 88 } as const
export const skinBounds = (): { min: V3; max: V3 } => ({ min: [-130, -262, -170], max: [100, 180, 125] })



export type MuscleName = 'gluteus-maximus' | 'gluteus-medius' | 'piriformis' | 'short-rotators' | 'quadratus-femoris'

/** Bone as the floor muscles drape over (memoised: the SDFs are pure). */
let bones: Sdf | undefined
function boneFloor(x: number, y: number, z: number): number {
  if (!bones) {
    const p = pelvisSdf()
    const f = femurSdf()
    bones = (a, b, c) => Math.min(p(a, b, c), f(a, b, c))
  }
  return bones(x, y, z)
}
/** The gluteus maximus lies on bone, the medius, the rotators, quadratus femoris and the nerve. */
let deep: Sdf | undefined
function maximusFloor(x: number, y: number, z: number): number {
  if (!deep) {
    const parts = (['gluteus-medius', 'piriformis', 'short-rotators', 'quadratus-femoris'] as const).map((n) => muscleSdf(MUSCLES[n]))
    parts.push(sciaticSdf())
    deep = (a, b, c) => {
      let d = boneFloor(a, b, c)
      for (const p of parts) d = Math.min(d, p(a, b, c))
      return d
    }
  }
  return deep(x, y, z)
}

const slabs = new Map<MuscleSpec, SlabGeometry>()
/** The draped slab of a flat muscle (memoised). */
export function slabOf(m: MuscleSpec): SlabGeometry | undefined {
  if (!m.slab) return undefined
  let g = slabs.get(m)
  if (!g) slabs.set(m, (g = slabGeometry(m.slab())))
  return g
}

/**
 * The fibres of a muscle. For a slab, capsules along a few fibre lines through the middle of
 * its thickness: a close SDF stand-in used for label points and as a floor for muscles above.
 */
export function fibresOf(m: MuscleSpec): Fibre[] {
  const g = slabOf(m)
  if (!g) return m.fibres
  const out: Fibre[] = []
  const at = (i: number, j: number): { c: V3; r: number } => {
    const k = j * (g.nu + 1) + i
    const o = g.outer[k]!, n = g.inner[k]!
    return { c: lerp(o, n, 0.5), r: Math.max(0.5, Math.hypot(o[0] - n[0], o[1] - n[1], o[2] - n[2]) / 2) }
  }
  for (let li = 1; li < 12; li++) {
    const i = Math.round((li / 12) * g.nu)
    for (let j = 1; j + 2 < g.nv; j += 2) {
      const a = at(i, j), b = at(i, j + 2)
      out.push(fibre(a.c, b.c, a.r, b.r))
    }
  }
  return out
}
