/**
 * The name card's DOM nodes, shared by the card beside the canvas (ui/PickCard.tsx registers
 * them) and the scene (scene/PickTracker places them from a frame callback, through styles, not
 * React renders), like the labels' LabelDom. No three.js, no React: HipScene makes one.
 */
export class PickDom {
  card: HTMLElement | null = null
  marker: HTMLElement | null = null
  private onChange: (() => void) | null = null

  /** The scene hears of a card put in (or taken out of) the page through this: it places it in a frame. */
  setOnChange(callback: (() => void) | null) {
    this.onChange = callback
  }
  setCard(el: HTMLElement | null) {
    if (this.card === el) return
    this.card = el
    this.onChange?.()
  }
  setMarker(el: HTMLElement | null) {
    this.marker = el
  }
  /** The card's box (layout size: the transforms do not change it). */
  cardSize(): { width: number; height: number } {
    return { width: this.card?.offsetWidth ?? 0, height: this.card?.offsetHeight ?? 0 }
  }
  /** Moves the card's top-left corner and the marker (at the touched point) in view pixels. */
  place(card: { left: number; top: number; side: 'left' | 'right' | 'above' | 'below' }, point: { x: number; y: number }, visible: boolean) {
    if (this.card) {
      this.card.style.transform = `translate(${Math.round(card.left)}px, ${Math.round(card.top)}px)`
      this.card.dataset.visible = String(visible)
      this.card.dataset.side = card.side
    }
    if (this.marker) {
      this.marker.style.transform = `translate(${Math.round(point.x)}px, ${Math.round(point.y)}px)`
      this.marker.dataset.visible = String(visible)
    }
  }
}
