/**
 * "Share this step": the link a phone opens (the walkthrough at that step, never a teaching
 * window), and a QR drawing that is faithful to uqr's matrix module for module.
 */
import { describe, expect, it } from 'vitest'
import { encode } from 'uqr'
import { parseSearch } from '../../src/lib/url'
import { STEP_IDS } from '../../src/content/steps-index'
import { AUDIENCES } from '../../src/state/store'
import { shareLinkFor } from '../../src/features/teach/share/share-link'
import { QUIET_ZONE, modulesPath, qrDrawing } from '../../src/features/teach/share/qr-path'

const PRESENTER = { origin: 'https://example.org', pathname: '/resurface/' }

describe('shareLinkFor', () => {
  it('links the walkthrough at the step and audience, on the presenter’s origin and path', () => {
    expect(shareLinkFor(PRESENTER, { stepId: 'guide-pin', audience: 'student', lang: 'en' })).toBe(
      'https://example.org/resurface/?step=guide-pin&audience=student',
    )
  })

  it('opens exactly that step in the walkthrough for every step and audience, with no view=', () => {
    for (const stepId of STEP_IDS)
      for (const audience of AUDIENCES) {
        const url = new URL(shareLinkFor({ origin: 'http://127.0.0.1:4173', pathname: '/index.html' }, { stepId, audience, lang: 'en' }))
        expect(url.origin + url.pathname).toBe('http://127.0.0.1:4173/index.html')
        expect(url.searchParams.has('view')).toBe(false)
        expect(parseSearch(url.search)).toEqual({
          state: { stepId, audience, page: null, compare: null, quiz: null, view: 'walkthrough', surgeonView: null, lang: 'en' },
          notice: null,
        })
      }
  })
})

/** The module cells a path of `M x y h n v1 h-n z` runs covers (and fails on anything else). */
function cellsOf(path: string): Set<string> {
  const cells = new Set<string>()
  const run = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/y
  let match: RegExpExecArray | null
  let consumed = 0
  while ((match = run.exec(path))) {
    consumed = run.lastIndex
    const [x, y, n, back] = match.slice(1).map(Number) as [number, number, number, number]
    expect(back).toBe(n) // each run closes into a rectangle one module high
    for (let i = 0; i < n; i++) {
      const key = `${x + i},${y}`
      expect(cells.has(key)).toBe(false) // no module drawn twice
      cells.add(key)
    }
  }
  expect(consumed).toBe(path.length) // nothing in the path but such runs
  return cells
}

describe('the QR drawing', () => {
  const LINKS = [
    'https://example.org/resurface/?step=guide-pin&audience=student',
    shareLinkFor(PRESENTER, { stepId: 'capsule-dislocation', audience: 'patient', lang: 'en' }),
    `https://a-long-hospital-host.example.org/teaching/orthopaedics/hip/resurface/?step=acetabular-reaming&audience=student`,
  ]

  it.each(LINKS)('draws exactly uqr’s dark modules, inside the viewBox: %s', (link) => {
    const drawing = qrDrawing(link)
    const reference = encode(link, { ecc: 'M', border: QUIET_ZONE })
    expect(drawing.size).toBe(reference.size)
    const dark = new Set<string>()
    reference.data.forEach((row, y) => row.forEach((on, x) => on && dark.add(`${x},${y}`)))
    const drawn = cellsOf(drawing.path)
    expect(drawn.size).toBe(dark.size)
    expect([...drawn].sort()).toEqual([...dark].sort())
    for (const cell of drawn) {
      const [x, y] = cell.split(',').map(Number) as [number, number]
      expect(x).toBeGreaterThanOrEqual(0)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(x + 1).toBeLessThanOrEqual(drawing.size)
      expect(y + 1).toBeLessThanOrEqual(drawing.size)
    }
  })

  it('leaves a quiet zone of 4 light modules on every side', () => {
    const { modules, size } = qrDrawing(LINKS[0]!)
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++)
        if (x < QUIET_ZONE || y < QUIET_ZONE || x >= size - QUIET_ZONE || y >= size - QUIET_ZONE) expect(modules[y]![x]).toBe(false)
    // and the symbol starts right after it: the top-left finder's corner is dark
    expect(modules[QUIET_ZONE]![QUIET_ZONE]).toBe(true)
  })

  it('uses medium error correction (a version no smaller than M needs)', () => {
    const link = LINKS[2]!
    expect(qrDrawing(link).size).toBe(encode(link, { ecc: 'M', border: QUIET_ZONE }).size)
    expect(qrDrawing(link).size).toBeGreaterThan(encode(link, { ecc: 'L', border: QUIET_ZONE }).size)
  })

  it('merges a row’s neighbouring modules into one run', () => {
    expect(modulesPath([[true, true, false, true], [false, false, false, false]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z')
  })
})
