/**
 * The generator's input hash: SHA-256 over its own sources, the model contract and the manifest's schema, so a test
 * can tell when the committed models are older than the code that makes them.
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const GENERATOR_VERSION = '1.0.0'

const here = dirname(fileURLToPath(import.meta.url))
/** Files that do not change the output: the report and the renderer. */
const NOT_INPUTS = new Set(['report.ts', 'render.ts'])

export function generatorInputs(): string[] {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !NOT_INPUTS.has(f))
    .sort()
    .map((f) => join(here, f))
  return [...files, join(here, '..', 'contract.ts'), join(here, '..', 'manifest-schema.ts')]
}

export function inputHash(): string {
  const h = createHash('sha256')
  for (const f of generatorInputs()) {
    // Line endings normalised so a checkout on another OS hashes the same.
    h.update(f.slice(f.lastIndexOf('models')).replace(/\\/g, '/'))
    h.update('\0')
    h.update(readFileSync(f, 'utf8').replace(/\r\n/g, '\n'))
    h.update('\0')
  }
  return h.digest('hex')
}
