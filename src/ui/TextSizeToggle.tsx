/**
 * "Larger text": a toggle button (aria-pressed) for a room, a projector or tired eyes. It only
 * flips the store's preference; `useRootTextSize` turns that into the root font size, and every
 * size in the interface is in rem, so everything grows together.
 */
import { memo, useLayoutEffect } from 'react'
import { useWalkthrough } from '../state/store'
import { TextSizeIcon } from './icons'
import { useText } from './useText'

/** Memoised: the header around it re-renders on every step (its page links carry the step). */
export const TextSizeToggle = memo(function TextSizeToggle({ className }: { className: string }) {
  const largerText = useWalkthrough((s) => s.largerText)
  const toggleLargerText = useWalkthrough((s) => s.toggleLargerText)
  const text = useText()
  return (
    // The label names the button where a narrow header shows only its icon.
    <button
      type="button"
      className={`tool-button text-size-toggle ${className}`}
      aria-label={text.ui.largerText}
      aria-pressed={largerText}
      onClick={toggleLargerText}
    >
      <TextSizeIcon />
      <span className="tool-text">{text.ui.largerText}</span>
    </button>
  )
})

/** Mirrors the preference on <html data-text-size>, before the first paint (tokens.css scales the root from it). */
export function useRootTextSize(): void {
  const largerText = useWalkthrough((s) => s.largerText)
  useLayoutEffect(() => {
    const root = document.documentElement
    if (largerText) root.dataset.textSize = 'larger'
    else delete root.dataset.textSize
  }, [largerText])
}
