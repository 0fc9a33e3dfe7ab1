/**
 * Where the cut's label texts go beside their points: to the right of the point (the control
 * card is at the view's top left), to the left only where the text would run off the view,
 * stacked top to bottom so no two overlap (on a phone texts of both sides share the width), with
 * a leader line from the point when a text had to move. Pure, unit-tested.
 */
import type { CutLabelPlace } from './cut-overlay'

export interface PlacedCutLabel extends CutLabelPlace {
  side: 'left' | 'right'
  /** The text's near end (toward its point) and middle height. */
  textX: number
  textY: number
}

/** Pixels between a point and its text, and one text line's height with its gap. */
export const LABEL_GAP_PX = 18
export const LABEL_LINE_PX = 28

/** `widthOf`: a label text's width in pixels (an estimate is enough: it only picks the side). */
export function layoutCutLabels(
  places: readonly CutLabelPlace[],
  viewWidth: number,
  widthOf: (place: CutLabelPlace) => number,
  lineHeight = LABEL_LINE_PX,
): PlacedCutLabel[] {
  const sideOf = (p: CutLabelPlace): 'left' | 'right' => (p.x + LABEL_GAP_PX + widthOf(p) <= viewWidth ? 'right' : 'left')
  const placed: PlacedCutLabel[] = []
  let floor = Number.NEGATIVE_INFINITY
  for (const p of [...places].sort((a, b) => a.y - b.y)) {
    const side = sideOf(p)
    const textY = Math.max(p.y, floor + lineHeight)
    floor = textY
    // A text too long for either side (a phone) is pulled back inside the view.
    const w = widthOf(p)
    const textX = side === 'left' ? Math.min(viewWidth, Math.max(w, p.x - LABEL_GAP_PX)) : p.x + LABEL_GAP_PX
    placed.push({ ...p, side, textX, textY })
  }
  return placed
}
