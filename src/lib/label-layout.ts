/**
 * Places DOM labels beside the hip without overlap: labels go into a column left or right of
 * the labelled points (whichever side their point is on), are stacked in the order of their
 * points from top to bottom, and are joined to their point by a leader line. Columns sit
 * outside the span of all points, so a label never covers the point it names. When a column
 * cannot hold its labels in the view's height, the lowest-priority ones are left out (hidden)
 * rather than stacked past the edge or over each other.
 * Pure: screen coordinates in, rectangles out.
 */

export interface LabelInput {
  id: string
  /** The labelled point on screen, in CSS pixels from the top-left of the view. */
  x: number
  y: number
  /** False when the point is behind the camera, off screen or hidden behind geometry. */
  visible: boolean
  width: number
  height: number
  /** Higher stays longer when a column is crowded; without one a label is never left out. */
  priority?: number
}

export interface PlacedLabel {
  id: string
  visible: boolean
  side: 'left' | 'right'
  /** Top-left corner of the label box. */
  left: number
  top: number
  /** Leader line from the label's edge to the point. */
  lineFrom: { x: number; y: number }
  lineTo: { x: number; y: number }
}

export interface LayoutOptions {
  width: number
  height: number
  /** Space kept free at the view's edges. */
  margin?: number
  /** Vertical space between stacked labels. */
  gap?: number
  /** Horizontal distance between the outermost point and its column. */
  offset?: number
}

interface Box {
  input: LabelInput
  top: number
}

/** Stack boxes (sorted by point height) with no overlap, as close to their points as possible. */
function stack(boxes: Box[], height: number, margin: number, gap: number): void {
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i]!
    const desired = box.input.y - box.input.height / 2
    const prev = boxes[i - 1]
    const minTop = prev ? prev.top + prev.input.height + gap : margin
    box.top = Math.max(desired, minTop)
  }
  // Too low: push back up from the bottom edge, keeping the order.
  let limit = height - margin
  for (let i = boxes.length - 1; i >= 0; i--) {
    const box = boxes[i]!
    box.top = Math.min(box.top, limit - box.input.height)
    limit = box.top - gap
  }
  // A column taller than the view: start at the top margin (overflow goes below).
  let floor = margin
  for (const box of boxes) {
    box.top = Math.max(box.top, floor)
    floor = box.top + box.input.height + gap
  }
}

/**
 * Lays the labels out; then, while a label covers a labelled point or another label (many
 * points spread over a narrow view push the columns in over them and into each other), leaves
 * out the lower-priority one of the two and lays the rest out again. Labels without a priority
 * are never left out, as before.
 */
export function layoutLabels(inputs: readonly LabelInput[], options: LayoutOptions): PlacedLabel[] {
  let current = inputs
  let placed = placeColumns(current, options)
  for (let round = 0; round < inputs.length; round++) {
    const drop = coveredConflict(current, placed)
    if (drop === null) break
    current = current.map((l) => (l.id === drop ? { ...l, visible: false } : l))
    placed = placeColumns(current, options)
  }
  return placed
}

/** The id of the lowest-priority label that covers, or is covered by, another shown label or its point; `null` when none. */
function coveredConflict(inputs: readonly LabelInput[], placed: readonly PlacedLabel[]): string | null {
  let worst: LabelInput | null = null
  placed.forEach((box, i) => {
    const owner = inputs[i]!
    if (!box.visible) return
    inputs.forEach((point, j) => {
      if (!placed[j]!.visible) return
      const other = placed[j]!
      const inside = point.x >= box.left && point.x <= box.left + owner.width && point.y >= box.top && point.y <= box.top + owner.height
      const onTop = i !== j && box.left < other.left + point.width && other.left < box.left + owner.width && box.top < other.top + point.height && other.top < box.top + owner.height
      if (!inside && !onTop) return
      for (const candidate of [owner, point])
        if (candidate.priority !== undefined && (worst === null || candidate.priority < (worst.priority ?? Infinity))) worst = candidate
    })
  })
  return (worst as LabelInput | null)?.id ?? null
}

function placeColumns(inputs: readonly LabelInput[], options: LayoutOptions): PlacedLabel[] {
  const margin = options.margin ?? 12
  const gap = options.gap ?? 8
  const offset = options.offset ?? 48
  const { width, height } = options
  const shown = inputs.filter((l) => l.visible && Number.isFinite(l.x) && Number.isFinite(l.y))
  if (shown.length === 0) return inputs.map((l) => hiddenLabel(l))

  const xs = shown.map((l) => l.x)
  const minX = Math.min(...xs)
  const maxX = Math.max(...xs)
  const centre = (minX + maxX) / 2

  // Split at the middle of the points; when they are all on one line, alternate sides.
  const left: Box[] = []
  const right: Box[] = []
  const byX = [...shown].sort((a, b) => a.x - b.x)
  byX.forEach((l, i) => {
    const goLeft = maxX - minX < 1 ? i % 2 === 0 : l.x < centre
    ;(goLeft ? left : right).push({ input: l, top: 0 })
  })
  // Keep the columns balanced so neither runs off the bottom.
  while (left.length > right.length + 2) right.unshift(left.pop()!)
  while (right.length > left.length + 2) left.push(right.shift()!)

  for (const column of [left, right]) {
    dropCrowded(column, height - 2 * margin, gap)
    column.sort((a, b) => a.input.y - b.input.y)
    stack(column, height, margin, gap)
  }

  const placed = new Map<string, PlacedLabel>()
  for (const box of left) {
    const w = box.input.width
    const rightEdge = Math.max(margin + w, Math.min(minX - offset, width - margin))
    const l = rightEdge - w
    placed.set(box.input.id, {
      id: box.input.id, visible: true, side: 'left', left: l, top: box.top,
      lineFrom: { x: l + w, y: box.top + box.input.height / 2 }, lineTo: { x: box.input.x, y: box.input.y },
    })
  }
  for (const box of right) {
    const w = box.input.width
    const l = Math.min(width - margin - w, Math.max(maxX + offset, margin))
    placed.set(box.input.id, {
      id: box.input.id, visible: true, side: 'right', left: l, top: box.top,
      lineFrom: { x: l, y: box.top + box.input.height / 2 }, lineTo: { x: box.input.x, y: box.input.y },
    })
  }
  return inputs.map((l) => placed.get(l.id) ?? hiddenLabel(l))
}

/** Leaves out a column's lowest-priority labels (on a tie, the one placed last in the column) until it fits `room`. */
function dropCrowded(column: Box[], room: number, gap: number): void {
  const tall = () => column.reduce((sum, b) => sum + b.input.height, 0) + gap * Math.max(0, column.length - 1)
  while (tall() > room) {
    let drop = -1
    column.forEach((b, i) => {
      const p = b.input.priority
      if (p === undefined) return
      if (drop < 0 || p <= (column[drop]!.input.priority ?? Infinity)) drop = i
    })
    if (drop < 0) return
    column.splice(drop, 1)
  }
}

function hiddenLabel(l: LabelInput): PlacedLabel {
  return { id: l.id, visible: false, side: 'left', left: 0, top: 0, lineFrom: { x: 0, y: 0 }, lineTo: { x: l.x, y: l.y } }
}

/** True when two placed labels overlap (used by tests and by the scene's debug checks). */
export function overlaps(a: PlacedLabel, b: PlacedLabel, size: (id: string) => { width: number; height: number }): boolean {
  const sa = size(a.id)
  const sb = size(b.id)
  return a.left < b.left + sb.width && b.left < a.left + sa.width && a.top < b.top + sb.height && b.top < a.top + sa.height
}
