/**
 * What the cut's scene tells its panel, without React state in the canvas: the labels' places
 * on the screen and the tissues the plane crosses. The scene publishes when they change (the
 * camera or the plane moved, a part came or went); the panel reads them with
 * useSyncExternalStore. Pure (no three.js), so the panel imports nothing of the scene.
 */
import type { Tissue } from '../../../models/contract'
import type { CutLabelId } from './cut-labels'

export interface CutLabelPlace {
  id: CutLabelId
  /** CSS pixels from the view's top left. */
  x: number
  y: number
}

export interface CutOverlay {
  labels: readonly CutLabelPlace[]
  /** The tissues the plane crosses in this step, in the legend's order. */
  tissues: readonly Tissue[]
}

const EMPTY: CutOverlay = { labels: [], tissues: [] }
let current: CutOverlay = EMPTY
const listeners = new Set<() => void>()

const samePlaces = (a: readonly CutLabelPlace[], b: readonly CutLabelPlace[]) =>
  a.length === b.length && a.every((l, i) => l.id === b[i]!.id && Math.abs(l.x - b[i]!.x) < 0.5 && Math.abs(l.y - b[i]!.y) < 0.5)

export const cutOverlay = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  get: (): CutOverlay => current,
  /** Publishes a new overlay if it differs (by half a pixel or more) from the last. */
  publish(next: CutOverlay): void {
    if (samePlaces(current.labels, next.labels) && current.tissues.join() === next.tissues.join()) return
    current = next
    for (const listener of listeners) listener()
  },
  clear(): void {
    cutOverlay.publish(EMPTY)
  },
}
