/**
 * The words of the cut through the bone (src/features/cut): its controls, its legend of tissues
 * and the labels on what the cut shows. Filled per language in `i18n/<lang>/cut.ts`.
 */
export interface CutText {
  /** The view's name on its switch. */
  readonly name: string
  /** The canvas's description while the cut shows. */
  readonly canvasDescription: string
}
