/**
 * Over the 3D view in the comparison: which hip is which. Both names on a wide screen (each
 * over its half), the one shown on a phone. Hidden from screen readers: the canvas's
 * description says the same.
 */
import { COMPARE_SIDES, useWalkthrough } from '../../../state/store'
import { useText } from '../../../ui/useText'
import './compare.css'

export function CompareCaptions() {
  const compare = useWalkthrough((s) => s.compare)
  const side = useWalkthrough((s) => s.compareSide)
  const text = useText().compare
  if (compare === null) return null
  return (
    <div className="compare-captions" aria-hidden="true">
      {COMPARE_SIDES.map((s) => (
        <span key={s} className={`compare-captions__name compare-captions__name--${s}`} data-shown={s === side}>
          {text.sides[s]}
        </span>
      ))}
    </div>
  )
}
