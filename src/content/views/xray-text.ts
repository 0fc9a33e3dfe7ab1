/**
 * The words of the simulated X-ray (src/features/xray): the films, their measurements and
 * templating. Filled per language in `i18n/<lang>/xray.ts`; sourced claims are Passages.
 * `{name}` slots are filled by the panel (src/ui/useText.ts `fill`).
 */
import type { Passage } from '../i18n/types'

/** One angle read on the film: its name, the reference it is read against, and its safe range with what it risks. */
export interface XrayMeasureText {
  readonly name: string
  /** What the angle is measured between. */
  readonly reference: Passage
  /** The safe range and what leaving it risks, one claim per passage. */
  readonly range: readonly Passage[]
}

export interface XrayText {
  /** The view's name on its switch. */
  readonly name: string
  /** The canvas's description while the X-ray shows. */
  readonly canvasDescription: string
  readonly filmBefore: string
  readonly filmAfter: string
  /** Patients: one sentence on what each film shows. */
  readonly patientBefore: Passage
  readonly patientAfter: Passage
  /** The region over the 3D view that holds the film's controls and readings. */
  readonly panelName: string
  /** The film switch's group name (students). */
  readonly filmChoice: string
  /** Shown where the browser cannot compute the film and draws the simpler look. */
  readonly simplifiedNote: string
  /** The camera has left the film's pose. */
  readonly offFilm: string
  readonly backToFilm: string
  /** An angle's value: `{value}` in degrees. */
  readonly degrees: string
  readonly neckShaft: XrayMeasureText
  readonly cupInclination: XrayMeasureText
  readonly stemShaft: XrayMeasureText
  /** `{value}` the model's angle, `{low}`-`{high}` the range it is checked against. */
  readonly inRange: string
  readonly outOfRange: string
  readonly templating: {
    readonly title: string
    readonly sizeLabel: string
    readonly off: string
    /** One size in the list: `{mm}`. */
    readonly size: string
    /** The same, for the model's own size. */
    readonly modelSize: string
    /** `{prepared}` the prepared head's diameter. */
    readonly prepared: string
    /** `{mm}` how far the bore would cut into the neck. */
    readonly notches: string
    /** `{mm}` the clearance. */
    readonly clears: string
    /** `{cups}` the matching cup sizes. */
    readonly cups: Passage
    /** `{cap}`, `{cup}`: the model's sizes. */
    readonly modelSizes: string
    readonly regulator: Passage
    /** Only on the film before the operation. */
    readonly onBeforeFilm: string
    /** Says what the overlay draws. */
    readonly legend: string
  }
}
