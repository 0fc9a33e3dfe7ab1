/**
 * The words of the cut through the bone (src/features/cut): its controls, its legend of tissues
 * and the labels on what the cut shows. Filled per language in `i18n/<lang>/cut.ts`.
 */
import type { Tissue } from '../../../models/contract'
import type { SourceId } from '../references'
import type { CutLabelId } from '../../features/cut/cut-labels'

/** A name for each register; a student's claim carries its sources (shown after it). */
export interface CutWords {
  readonly patient: string
  readonly student: string
  /** What the student wording rests on (empty for a plain anatomical name). */
  readonly sources: readonly SourceId[]
}

export interface CutText {
  /** The view's name on its switch. */
  readonly name: string
  /** The canvas's description while the cut shows. */
  readonly canvasDescription: string
  /** The controls' heading. */
  readonly title: string
  /** One sentence under the heading: what the cut is, per register. */
  readonly intro: { readonly patient: string; readonly student: string }
  /** The slider that moves the plane along its normal, and its value ("{value}" in mm). */
  readonly move: string
  readonly moveValue: string
  /** Read out with the value: which way the plane has moved ("{value}" in mm). */
  readonly moveTowardFront: string
  readonly moveTowardBack: string
  readonly moveCentre: string
  /** The slider that turns the plane about the neck axis, and its value ("{value}" in degrees). */
  readonly turn: string
  readonly turnValue: string
  readonly reset: string
  readonly legendTitle: string
  /** The legend when the plane crosses nothing drawn (every part hidden). */
  readonly legendEmpty: string
  /** The name of the list of labels on the canvas (for screen readers). */
  readonly labelsName: string
  readonly tissues: Readonly<Record<Tissue, CutWords>>
  readonly labels: Readonly<Record<CutLabelId, CutWords>>
}
