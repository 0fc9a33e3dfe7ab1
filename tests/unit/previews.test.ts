/**
 * Every step has its still preview (made by scripts/previews.ts and committed): the presenter's
 * "next step" panel shows public/previews/<step-id>.jpg, so a step without one is a broken image.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STEP_IDS } from '../../src/content/steps-index'
import { previewUrl } from '../../src/features/teach/share/previews'

const PUBLIC = resolve(import.meta.dirname, '../../public')

/** Width and height from a baseline or progressive JPEG's frame header (SOF0/SOF2). */
function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  let at = 2
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!
    if (marker === 0xc0 || marker === 0xc2) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) }
    at += 2 + bytes.readUInt16BE(at + 2)
  }
  return null
}

describe('step previews', () => {
  it.each(STEP_IDS)('%s has a JPEG preview in public/previews', (stepId) => {
    const url = previewUrl(stepId)
    expect(url).toBe(`${import.meta.env.BASE_URL}previews/${stepId}.jpg`)
    const file = join(PUBLIC, url.slice(import.meta.env.BASE_URL.length))
    expect(existsSync(file)).toBe(true)
    const bytes = readFileSync(file)
    // A real JPEG (starts with the SOI marker), of a sensible size for a 640x400 still.
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    expect(bytes.length).toBeGreaterThan(5_000)
    expect(bytes.length).toBeLessThan(60_000)
    expect(jpegSize(bytes)).toEqual({ width: 640, height: 400 })
  })

  it('has no preview of a step that no longer exists', () => {
    const files = readdirSync(join(PUBLIC, 'previews')).sort()
    expect(files).toEqual(STEP_IDS.map((id) => `${id}.jpg`).sort())
  })
})
