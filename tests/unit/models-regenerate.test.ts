/**
 * The committed models are exactly what the generator makes now: regenerate in memory
 * (about 25 s on the project's 2-core machine) and compare every byte, manifest included.
 * This also proves the generator is deterministic across runs.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_MODEL_FILES } from '../../models/contract'
import { generate } from '../../models/generator/main'

const modelsDir = join(__dirname, '..', '..', 'models')

describe('models are up to date', () => {
  it('regenerating gives the committed bytes', async () => {
    const g = await generate(false)
    for (const f of [...ALL_MODEL_FILES, 'manifest.json']) {
      const committed = new Uint8Array(readFileSync(join(modelsDir, f)))
      const fresh = g.bytes.get(f)!
      expect(fresh, `${f}: run \`npm run models\``).toBeDefined()
      expect(fresh.byteLength, f).toBe(committed.byteLength)
      expect(Buffer.compare(Buffer.from(fresh), Buffer.from(committed)), `${f} differs: run \`npm run models\``).toBe(0)
    }
  }, 240_000)
})
