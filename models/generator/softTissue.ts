/**
 * Soft tissue around the right hip, each part as fibres (tapered capsules) blended into one
 * muscle belly, placed between the bony landmarks it really runs between:
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
import { greaterTrochanterCentre, greaterTrochanterTip } from './femur'
import { wingPoint } from './pelvis'
import { type Sdf, bcapsule, capsule, ellipsoid, smax, tube, union } from './sdf'
import { type V3, add, frameFromY, lerp, madd, scale } from './vec'

export interface Fibre {
  from: V3
  to: V3
  rFrom: number
  rTo: number
}
export interface MuscleSpec {
  fibres: Fibre[]
  blend: number
  /** A point inside the belly and the direction from which the muscle is best seen (for its label). */
  labelFrom: V3
  labelDir: V3
}

const fibre = (from: V3, to: V3, rFrom: number, rTo: number = rFrom): Fibre => ({ from, to, rFrom, rTo })

/**
 * A flat muscle as a sheet of fusiform fibres: fibre i runs from origin(t) to insertion(t)
 * (t from 0 to 1 across the sheet), swelling to `rBelly` a little before its middle where
 * the belly bulges along `bulge`. Fibres overlap, so the blend reads as one belly.
 */
function sheet(
  origin: (t: number) => V3,
  insertion: (t: number) => V3,
  n: number,
  r: { origin: number; belly: number; insertion: number },
  bulge: V3 = [0, 0, 0],
): Fibre[] {
  const out: Fibre[] = []
  for (let i = 0; i < n; i++) {
    const t = n === 1 ? 0.5 : i / (n - 1)
    const o = origin(t)
    const e = insertion(t)
    // Edge fibres are thinner, so the sheet thins toward its borders.
    const across = Math.sin(Math.PI * (0.15 + 0.7 * t))
    const edge = 0.7 + 0.3 * across
    // Each fibre follows a quadratic curve whose control point is pushed out along `bulge`,
    // most in the middle of the sheet, so the belly is convex and creaseless.
    const control = add(lerp(o, e, 0.45), scale(bulge, 2 * (0.25 + 0.75 * across)))
    const at = (u: number): V3 => add(add(scale(o, (1 - u) * (1 - u)), scale(control, 2 * u * (1 - u))), scale(e, u * u))
    const radius = (u: number): number =>
      edge * (u < 0.45 ? r.origin + (r.belly - r.origin) * Math.sin((Math.PI / 2) * (u / 0.45)) : r.insertion + (r.belly - r.insertion) * Math.sin((Math.PI / 2) * ((1 - u) / 0.55)))
    const steps = [0, 0.2, 0.45, 0.7, 1]
    for (let k = 0; k + 1 < steps.length; k++) {
      out.push(fibre(at(steps[k]!), at(steps[k + 1]!), radius(steps[k]!), radius(steps[k + 1]!)))
    }
  }
  return out
}
const line = (a: V3, b: V3) => (t: number): V3 => lerp(a, b, t)

const gtLateral: V3 = add(greaterTrochanterCentre, [-12, 6, 0])
const back: V3 = [0, 0, -1]
const backLateral: V3 = [-0.5, 0, -0.87]

export const MUSCLES = {
  'gluteus-maximus': {
    // From the posterior ilium, sacrum and coccyx down and out to the iliotibial tract and
    // gluteal tuberosity: a thick quadrilateral sheet over the back of the hip.
    fibres: sheet(
      line([34, 106, -110], [86, -46, -100]),
      line([-72, -8, -30], [-44, -126, -26]),
      15,
      { origin: 9, belly: 15, insertion: 6 },
      [-14, 0, -26],
    ),
    blend: 8,
    labelFrom: [5, -20, -95],
    labelDir: backLateral,
  },
  'gluteus-medius': {
    // Fan from the outer ilium below the crest, converging on the greater trochanter.
    fibres: sheet(
      (t) => wingPoint(-70 + 120 * t, 22 + 22 * Math.sin(Math.PI * t), 6),
      (t) => add(gtLateral, [4 * t, 0, -10 * t]),
      13,
      { origin: 8, belly: 11, insertion: 6 },
      [-8, 0, -3],
    ),
    blend: 7,
    labelFrom: wingPoint(-20, 20, 7),
    labelDir: [-0.8, 0.1, -0.5],
  },
  piriformis: {
    fibres: [
      fibre([74, 28, -80], [42, 10, -74], 12, 10),
      fibre([42, 10, -74], [10, 2, -50], 10, 7),
      fibre([10, 2, -50], madd(greaterTrochanterTip, [1, 0, 0], 4), 7, 3.5),
    ],
    blend: 8,
    labelFrom: [20, 4, -58],
    labelDir: back,
  },
  'short-rotators': {
    // Gemellus superior, obturator internus, gemellus inferior: a band below piriformis.
    fibres: sheet(line([30, -24, -56], [26, -48, -50]), line([-40, -14, -30], [-40, -26, -33]), 4, {
      origin: 5,
      belly: 7,
      insertion: 4,
    }),
    blend: 6,
    labelFrom: [0, -30, -48],
    labelDir: back,
  },
  'quadratus-femoris': {
    fibres: sheet(
      line(add(ISCHIAL_TUBEROSITY, [-8, 8, -2]), add(ISCHIAL_TUBEROSITY, [-8, -8, -2])),
      line([-30, -50, -34], [-28, -66, -34]),
      4,
      { origin: 6, belly: 7, insertion: 5 },
    ),
    blend: 6,
    labelFrom: [-5, -58, -40],
    labelDir: back,
  },
} satisfies Record<string, MuscleSpec>

export function muscleSdf(m: MuscleSpec): Sdf {
  return union(
    m.fibres.map((f) => bcapsule(f.from, f.to, f.rFrom, f.rTo, m.blend + 4)),
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


