/**
 * An icon array of 100: a 10 x 10 grid of simple person shapes, filled in reading order (row by
 * row from the top left). A fractional count part-fills one icon; a range ("1.5 to 1.9 in 100")
 * fills its low end and shows the rest of the range striped. Plain SVG, no charting library.
 * The picture is one image to assistive technology, named by `label` (which says the numbers).
 */
import { useId } from 'react'

export const ICONS = 100
const COLUMNS = 10
const CELL = 10

/** One person: a head and a rounded body, in a 10 x 10 cell. */
const PERSON = 'M5 0.8a1.9 1.9 0 1 1 0 3.8a1.9 1.9 0 1 1 0-3.8Z M2.4 9.4V7.3a2.6 2.6 0 0 1 5.2 0v2.1Z'

interface IconArrayProps {
  /** How many of the 100 had the outcome (may be fractional). */
  count: number
  /** The top of a range, when the source gives one. */
  upTo?: number
  /** The text alternative: the numbers, in words. */
  label: string
}

/** How much of icon `i` (0-based) is covered by `value`: 0, 1, or the fraction in between. */
export const share = (value: number, i: number): number => Math.min(1, Math.max(0, value - i))

export function IconArray({ count, upTo, label }: IconArrayProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const top = upTo ?? count
  const icons = Array.from({ length: ICONS }, (_, i) => {
    const x = (i % COLUMNS) * CELL
    const y = Math.floor(i / COLUMNS) * CELL
    return { i, x, y, had: share(count, i), range: share(top, i) }
  })
  return (
    <svg
      className="icon-array"
      viewBox={`0 0 ${COLUMNS * CELL} ${(ICONS / COLUMNS) * CELL}`}
      role="img"
      aria-label={label}
      data-count={count}
      data-up-to={upTo}
    >
      <defs>
        <pattern id={`${uid}-stripes`} width="2" height="2" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="2" height="2" className="icon-array__range-back" />
          <rect width="1" height="2" className="icon-array__range-line" />
        </pattern>
        {icons
          .filter((icon) => (icon.had > 0 && icon.had < 1) || (icon.range > 0 && icon.range < 1))
          .flatMap((icon) => [
            <clipPath key={`h${icon.i}`} id={`${uid}-had-${icon.i}`}>
              <rect x={icon.x} y={icon.y} width={CELL * icon.had} height={CELL} />
            </clipPath>,
            <clipPath key={`r${icon.i}`} id={`${uid}-range-${icon.i}`}>
              <rect x={icon.x} y={icon.y} width={CELL * icon.range} height={CELL} />
            </clipPath>,
          ])}
      </defs>
      {icons.map(({ i, x, y, had, range }) => {
        const shape = <path d={PERSON} transform={`translate(${x} ${y})`} />
        const state = had >= 1 ? 'had' : range >= 1 && had === 0 ? 'range' : had > 0 || range > 0 ? 'part' : 'not'
        return (
          <g key={i} className="icon-array__person" data-state={state}>
            <g className="icon-array__not">{shape}</g>
            {range > had && (
              <g fill={`url(#${uid}-stripes)`} clipPath={range < 1 ? `url(#${uid}-range-${i})` : undefined}>
                {shape}
              </g>
            )}
            {had > 0 && (
              <g className="icon-array__had" clipPath={had < 1 ? `url(#${uid}-had-${i})` : undefined}>
                {shape}
              </g>
            )}
          </g>
        )
      })}
    </svg>
  )
}
