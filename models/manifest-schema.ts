/**
 * The schema of `models/manifest.json`. Kept apart from `contract.ts` so that the app, which
 * only needs the manifest's type, never bundles zod; the generator and the tests validate.
 */
import { z } from 'zod'
import {
  ACETABULUM_STAGES,
  AXIS_LANDMARKS,
  FEMUR_STAGES,
  INSTRUMENTS,
  ALL_MODEL_FILES,
  PARTS,
  POINT_LANDMARKS,
  POLYLINE_LANDMARKS,
} from './contract'

const vec3 = z.tuple([z.number(), z.number(), z.number()])

const partEnum = z.enum(PARTS)

/**
 * How an instrument is modelled: its node's origin is the working tip, local +Y runs along
 * the shaft away from the tip (the direction it is withdrawn), and the node sits in its
 * working pose at the end of its stroke (femoral instruments in the femur's neutral frame;
 * the app moves them with the femur). The same pose is written here in model coordinates,
 * so the app never depends on how a node transform survives compression: it animates the
 * instrument from `strokeM` back along `axis` to the working pose, and a spinning
 * instrument turns about `axis` through `tipM`.
 */
const instrumentSpec = z.object({
  tipM: vec3,
  /** Unit vector from the tip toward the handle. */
  axis: vec3,
  strokeM: z.number().positive(),
  spins: z.boolean(),
  description: z.string(),
})
export type InstrumentSpec = z.infer<typeof instrumentSpec>

/**
 * What an AP film of the model shows (features/xray), from the axes the models are built on,
 * projected onto the coronal plane (a film taken from in front, the rays parallel): the app
 * projects the same axes through its 1 m film camera, and a test holds the two within 1 deg.
 */
const radiographSchema = z.object({
  /** Native neck axis against the shaft axis, on the film. */
  neckShaftAngleDeg: z.number(),
  /** The femoral cap's stem axis against the shaft axis, on the film. */
  stemShaftAngleDeg: z.number(),
  /** The line across the cup's opening against the film's horizontal (the model's pelvis is level). */
  cupInclinationDeg: z.number(),
  /** Templating the femoral cap: when a cap size would notch the neck. */
  templating: z.object({
    /** How far below the head centre, along the guide-pin axis, the neck is narrowest (the sizing gauge's station). */
    stationMm: z.number(),
    /** The native neck's widest distance from the guide-pin axis at that station (3D): a bore narrower than twice this notches the neck. */
    neckRadiusAboutPinMm: z.number().positive(),
    /** Prepared head diameter = cap outer diameter - this (the cap's wall and the cement mantle, both sides). */
    capToPreparedMm: z.number().positive(),
  }),
})

export const manifestSchema = z.object({
  generator: z.object({ version: z.string(), inputHash: z.string() }),
  /** Says the file is generated (by `npm run models`) and must not be edited by hand. */
  generated: z.string().optional(),
  units: z.literal('m'),
  frame: z.string(),
  parameters: z.record(z.string(), z.number()),
  files: z.array(
    z.object({
      file: z.enum(ALL_MODEL_FILES),
      bytes: z.number().int().positive(),
      triangles: z.number().int().positive(),
      parts: z.array(partEnum),
      /** SHA-256 of the file's bytes, so a test can prove the committed file is the one described. */
      sha256: z.string().optional(),
    }),
  ),
  volumesMm3: z.object({
    femurRemovedByStage: z.record(z.enum(FEMUR_STAGES), z.number()),
    acetabulumRemovedByStage: z.record(z.enum(ACETABULUM_STAGES), z.number()),
    femurRemovedTotal: z.number(),
    acetabulumRemovedTotal: z.number(),
  }),
  landmarks: z.object({
    points: z.record(z.enum(POINT_LANDMARKS), vec3),
    axes: z.record(z.enum(AXIS_LANDMARKS), z.object({ origin: vec3, direction: vec3 })),
    polylines: z.record(z.enum(POLYLINE_LANDMARKS), z.array(vec3)),
    femoralHeadRadiusM: z.number().positive(),
    acetabularRadiusM: z.number().positive(),
    neckShaftAngleDeg: z.number(),
    acetabularInclinationDeg: z.number(),
    acetabularAnteversionDeg: z.number(),
  }),
  instruments: z.record(z.enum(INSTRUMENTS), instrumentSpec),
  /** Implants are modelled seated (cup in the reamed socket; cap on the prepared head, femur neutral). */
  implants: z.object({
    cupOuterDiameterMm: z.number(),
    capInnerDiameterMm: z.number(),
    /** Direction each implant travels as it is withdrawn from its seat (unit vectors). */
    cupWithdrawAxis: vec3,
    capWithdrawAxis: vec3,
  }),
  /** What an AP film of the model measures (models/generator/radiograph.ts). */
  radiograph: radiographSchema,
  /**
   * Resurfacing compared with a total hip replacement (thr.glb), measured from the meshes:
   * the volume of each removed-* solid (manifold volume, mm3) and the THR implant's sizes.
   */
  comparison: z.object({
    boneRemovedMm3: z.object({
      resurfacing: z.object({ femur: z.number().positive(), socket: z.number().positive() }),
      thr: z.object({ femur: z.number().positive(), socket: z.number().positive() }),
    }),
    femurRatioThrToResurfacing: z.number().positive(),
    socketRatioThrToResurfacing: z.number().positive(),
    thr: z.object({
      stemLengthMm: z.number().positive(),
      ballDiameterMm: z.number().positive(),
      cupOuterDiameterMm: z.number().positive(),
      linerInnerDiameterMm: z.number().positive(),
      neckCutAngleToShaftDeg: z.number().positive(),
      neckCutAboveLesserTrochanterMm: z.number(),
    }),
  }),
})
export type Manifest = z.infer<typeof manifestSchema>
export type Radiograph = z.infer<typeof radiographSchema>
