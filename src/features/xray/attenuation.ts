/**
 * What each film is made of, and how much each surface attenuates (pure data, no three.js).
 *
 * The film sums, along every ray, the path length through each solid times its linear
 * attenuation. With closed, nested surfaces that sum is a sum over surfaces: each surface
 * weighted by the attenuation just inside it minus just outside it (RENDERING.md). Values per cm
 * at 50 keV from FACTS.md section 11 [119]: water 0.21, bone 0.96, nickel 20.7 (close to
 * cobalt-chrome). Soft tissue, cartilage and marrow are taken as water.
 *
 * Modelling assumptions (no source gives them): cancellous bone is a mix of 30% bone and 70%
 * marrow by volume, and bone cement (PMMA with its radio-opaque filler) attenuates like
 * cancellous bone. Both only shade the inside of the bone once interior.glb is in.
 */
import type { Part } from '../../../models/contract'
import type { XrayFilm } from '../../state/store'

export const ATTENUATION_PER_CM = {
  air: 0,
  water: 0.21,
  bone: 0.96,
  metal: 20.7,
} as const

const CANCELLOUS_BONE_FRACTION = 0.3
const CANCELLOUS_PER_CM = CANCELLOUS_BONE_FRACTION * ATTENUATION_PER_CM.bone + (1 - CANCELLOUS_BONE_FRACTION) * ATTENUATION_PER_CM.water
const MARROW_PER_CM = ATTENUATION_PER_CM.water
const CEMENT_PER_CM = CANCELLOUS_PER_CM

/**
 * Which channel of the film target a surface adds to: soft tissue, bone or metal. Kept apart so
 * the metal's large numbers do not eat the half floats' precision for the bone.
 */
export type FilmChannel = 'soft' | 'bone' | 'metal'

export interface SurfaceWeight {
  channel: FilmChannel
  /** Attenuation inside minus outside, per cm. */
  perCm: number
}

const soft: SurfaceWeight = { channel: 'soft', perCm: ATTENUATION_PER_CM.water - ATTENUATION_PER_CM.air }
const bone: SurfaceWeight = { channel: 'bone', perCm: ATTENUATION_PER_CM.bone - ATTENUATION_PER_CM.air }
const metal: SurfaceWeight = { channel: 'metal', perCm: ATTENUATION_PER_CM.metal - ATTENUATION_PER_CM.air }
/** A cancellous core inside its cortex. */
const core: SurfaceWeight = { channel: 'bone', perCm: CANCELLOUS_PER_CM - ATTENUATION_PER_CM.bone }
/** The marrow canal inside the cancellous bone. */
const canal: SurfaceWeight = { channel: 'bone', perCm: MARROW_PER_CM - CANCELLOUS_PER_CM }
/** The cement mantle, between the cap's bore and the prepared head (air around it in the model). */
const cement: SurfaceWeight = { channel: 'bone', perCm: CEMENT_PER_CM - ATTENUATION_PER_CM.air }

/** The muscles, capsule and nerve, on both films (the capsule and rotators are repaired at closure). */
const SOFT_TISSUE = {
  capsule: soft,
  'gluteus-maximus': soft,
  'gluteus-medius': soft,
  piriformis: soft,
  'short-rotators': soft,
  'quadratus-femoris': soft,
  'sciatic-nerve': soft,
} as const satisfies Partial<Record<Part, SurfaceWeight>>

/**
 * The parts of each film, femoral parts in their neutral pose and the hip reduced: the arthritic
 * joint before, the implanted one after. Interior parts are used when interior.glb is loaded.
 */
export const FILM_PARTS: Record<XrayFilm, Partial<Record<Part, SurfaceWeight>>> = {
  before: {
    pelvis: bone,
    femur: bone,
    'osteophytes-femoral': bone,
    'osteophytes-acetabular': bone,
    'cartilage-femoral-worn': soft,
    'cartilage-acetabular-worn': soft,
    labrum: soft,
    ...SOFT_TISSUE,
    'pelvis-cancellous': core,
    'femur-cancellous': core,
    'femoral-canal': canal,
  },
  after: {
    'pelvis-reamed': bone,
    'femur-stem-drilled': bone,
    cup: metal,
    'femoral-cap': metal,
    'cement-mantle': cement,
    ...SOFT_TISSUE,
    'pelvis-reamed-cancellous': core,
    'femur-stem-drilled-cancellous': core,
    'femoral-canal': canal,
  },
}

/**
 * How dark the film stays for a given sum of attenuation times path length (dimensionless):
 * brightness = 1 - exp(-FILM_EXPOSURE * sum). Chosen by looking at the films: the femoral
 * shaft grey, the thick pelvis near white, soft tissue faint; metal (3 mm gives a sum of about
 * 6 [119]) is white.
 */
export const FILM_EXPOSURE = 0.3
/** A contrast curve on top (as a film's characteristic curve): faint things stay darker. */
export const FILM_GAMMA = 1.5

export function filmBrightness(sum: number): number {
  return Math.pow(1 - Math.exp(-FILM_EXPOSURE * Math.max(0, sum)), FILM_GAMMA)
}
