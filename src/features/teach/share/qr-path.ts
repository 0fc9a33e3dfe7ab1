/**
 * A QR code as one SVG path: each row's runs of dark modules become one rectangle each, in
 * module units, so the path stays short (a few hundred runs, not a thousand squares) and the
 * drawing scales to any size through the viewBox. No DOM, no React: unit-tested against the
 * matrix it draws.
 */
import { encode } from 'uqr'

/** The quiet zone the QR standard asks for around the symbol, in modules. */
export const QUIET_ZONE = 4

export interface QrDrawing {
  /** Width and height in modules, quiet zone included: the viewBox is `0 0 size size`. */
  size: number
  /** The dark modules as one path's `d`. */
  path: string
  /** The matrix drawn (`true` is dark), quiet zone included. */
  modules: boolean[][]
}

/** Medium error correction (15 %): a projector's glare or a smudged screen still scans. */
export function qrDrawing(text: string): QrDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE })
  return { size, path: modulesPath(data), modules: data }
}

/** `M x y h n v1 h-n z` for each horizontal run of dark modules. */
export function modulesPath(modules: readonly (readonly boolean[])[]): string {
  const runs: string[] = []
  modules.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < row.length && row[x]) x++
      const n = x - start
      runs.push(`M${start} ${y}h${n}v1h-${n}z`)
    }
  })
  return runs.join('')
}
