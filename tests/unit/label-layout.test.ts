/** Label layout: no two labels overlap, none covers a labelled point, all stay on screen. */
import { describe, expect, it } from 'vitest'
import { layoutLabels, overlaps, type LabelInput, type PlacedLabel } from '../../src/lib/label-layout'

const W = 1280
const H = 720

function check(inputs: LabelInput[], placed: PlacedLabel[]) {
  const size = (id: string) => inputs.find((l) => l.id === id)!
  const shown = placed.filter((p) => p.visible)
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) expect(overlaps(shown[i]!, shown[j]!, size), `${shown[i]!.id} overlaps ${shown[j]!.id}`).toBe(false)
  for (const p of shown) {
    const s = size(p.id)
    expect(p.left).toBeGreaterThanOrEqual(0)
    expect(p.top).toBeGreaterThanOrEqual(0)
    expect(p.left + s.width).toBeLessThanOrEqual(W)
    expect(p.top + s.height).toBeLessThanOrEqual(H)
    // No label covers any visible labelled point.
    for (const point of inputs.filter((l) => l.visible)) {
      const inside = point.x >= p.left && point.x <= p.left + s.width && point.y >= p.top && point.y <= p.top + s.height
      expect(inside, `${p.id} covers the point of ${point.id}`).toBe(false)
    }
    // The leader line runs from the label's edge to its own point.
    expect(p.lineTo).toEqual({ x: s.x, y: s.y })
    expect(p.lineFrom.x).toBeCloseTo(p.side === 'left' ? p.left + s.width : p.left, 9)
  }
}

const label = (id: string, x: number, y: number, width = 160, height = 30, visible = true): LabelInput => ({ id, x, y, width, height, visible })

describe('layoutLabels', () => {
  it('stacks labels whose points crowd together without overlap', () => {
    const inputs = [label('a', 600, 300), label('b', 610, 305), label('c', 620, 310), label('d', 630, 300), label('e', 640, 302), label('f', 650, 306)]
    const placed = layoutLabels(inputs, { width: W, height: H })
    check(inputs, placed)
    expect(placed.filter((p) => p.side === 'left').length).toBeGreaterThan(0)
    expect(placed.filter((p) => p.side === 'right').length).toBeGreaterThan(0)
  })

  it('puts each label on the side of its point and keeps the vertical order of the points', () => {
    const inputs = [label('top-left', 500, 200), label('low-left', 520, 500), label('top-right', 800, 220), label('low-right', 780, 480)]
    const placed = layoutLabels(inputs, { width: W, height: H })
    check(inputs, placed)
    const by = (id: string) => placed.find((p) => p.id === id)!
    expect(by('top-left').side).toBe('left')
    expect(by('top-right').side).toBe('right')
    expect(by('top-left').top).toBeLessThan(by('low-left').top)
    expect(by('top-right').top).toBeLessThan(by('low-right').top)
  })

  it('keeps labels on screen when their points are at the edges', () => {
    const inputs = [label('a', 300, 2), label('b', 320, 4), label('c', 900, 716), label('d', 920, 718)]
    check(inputs, layoutLabels(inputs, { width: W, height: H }))
  })

  it('hides labels whose point is hidden, behind the camera or not a number', () => {
    const inputs = [label('a', 600, 300, 160, 30, false), label('b', NaN, NaN), label('c', 640, 360)]
    const placed = layoutLabels(inputs, { width: W, height: H })
    expect(placed.map((p) => p.visible)).toEqual([false, false, true])
    check(inputs, placed)
  })

  it('handles no labels and all-hidden labels', () => {
    expect(layoutLabels([], { width: W, height: H })).toEqual([])
    expect(layoutLabels([label('a', 1, 1, 10, 10, false)], { width: W, height: H })[0]!.visible).toBe(false)
  })

  it('never overlaps, over many random scenes', () => {
    let seed = 7
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let n = 0; n < 300; n++) {
      const count = 1 + Math.floor(rand() * 6)
      const inputs = Array.from({ length: count }, (_, i) =>
        label(`l${i}`, 420 + rand() * 440, 120 + rand() * 480, 80 + rand() * 160, 28 + rand() * 8),
      )
      check(inputs, layoutLabels(inputs, { width: W, height: H }))
    }
  })
})
