/**
 * Templating the femoral cap on the film before the operation (pure, unit-tested): which cap
 * sizes exist, whether a size's sleeve reamer would notch the neck, and the cups that go with it.
 *
 * Sizes from FACTS.md section 1: BHR heads from 38 mm, cups 44-66 mm in 2 mm steps, a cup about
 * 6-8 mm larger than its head [33][37]. The notch rule: the sleeve reamer cuts a cylinder about
 * the guide pin of the prepared head's diameter; if that cylinder is narrower than the neck at
 * the sizing station, it cuts into the neck (a notch).
 */
import { manifest } from '../../scene/manifest'

/** The cap sizes the templating offers, outer diameter in mm. */
export const CAP_SIZES_MM: readonly number[] = Array.from({ length: 11 }, (_, i) => 38 + 2 * i)
/** BHR cups, outer diameter in mm [1]. */
export const CUP_SIZES_MM: readonly number[] = Array.from({ length: 12 }, (_, i) => 44 + 2 * i)
/** How much larger than its head a cup is, from catalogue pairs [33][37]. */
export const CUP_OVER_HEAD_MM = { min: 6, max: 8 } as const
/** The UK regulator advised against BHR heads of this size or smaller (2015) [34]. */
export const MHRA_SMALL_HEAD_MM = 46

export interface TemplatingSpec {
  /** How far below the head centre, along the guide pin, the sizing gauge measures the neck. */
  readonly stationMm: number
  /** The neck's widest distance from the guide pin at that station. */
  readonly neckRadiusAboutPinMm: number
  /** Cap outer diameter minus prepared head diameter (the cap's wall and the cement, both sides). */
  readonly capToPreparedMm: number
}

export interface TemplateVerdict {
  capMm: number
  preparedDiameterMm: number
  /** Prepared radius minus the neck's radius about the pin: below zero the reamer notches the neck by that much. */
  clearanceMm: number
  notches: boolean
  /** The cups that pair with this cap. */
  cups: readonly number[]
  /** A head the UK regulator advised against [34]. */
  belowRegulatorAdvice: boolean
}

export function matchingCups(capMm: number): number[] {
  return CUP_SIZES_MM.filter((cup) => cup - capMm >= CUP_OVER_HEAD_MM.min && cup - capMm <= CUP_OVER_HEAD_MM.max)
}

export function templateVerdict(capMm: number, spec: TemplatingSpec): TemplateVerdict {
  const preparedDiameterMm = capMm - spec.capToPreparedMm
  const clearanceMm = preparedDiameterMm / 2 - spec.neckRadiusAboutPinMm
  return {
    capMm,
    preparedDiameterMm,
    clearanceMm,
    notches: clearanceMm < 0,
    cups: matchingCups(capMm),
    belowRegulatorAdvice: capMm <= MHRA_SMALL_HEAD_MM,
  }
}

/** The model's templating numbers, measured by the generator (models/generator/radiograph.ts). */
export const templatingSpec = (): TemplatingSpec => manifest.radiograph.templating

/** One of the generator's parameters (the manifest is generated and checked, so a missing one is a bug). */
function parameter(name: string): number {
  const value = manifest.parameters[name]
  if (value === undefined) throw new Error(`manifest.parameters.${name} is missing`)
  return value
}

/** The sizes the model itself uses, marked in the templating. */
export const modelCapMm = (): number => parameter('capOuterDiameterMm')
export const modelCupMm = (): number => parameter('cupOuterDiameterMm')
