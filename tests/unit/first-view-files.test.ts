/** What the first frame waits for: hip.glb always, the muscles and skin only when shown. */
import { describe, expect, it } from 'vitest'
import { manifest } from '../../src/scene/manifest'
import { FIRST_MODEL, SOFT_TISSUE_MODEL, firstViewFiles } from '../../src/scene/model-download'
import { planScene } from '../../src/lib/scene-plan'
import { steps } from '../../src/content/steps'
import { PART_LAYER, type Part } from '../../models/contract'

const stepById = (id: string) => steps.find((s) => s.id === id)!

describe('first view files', () => {
  it('the first step (muscle and skin hidden) waits for hip.glb alone', () => {
    expect(firstViewFiles(planScene(stepById('healthy-hip')))).toEqual([FIRST_MODEL])
  })
  it.each(['incision', 'exposure'])('%s (skin or muscle shown) waits for the soft tissue too', (id) => {
    expect(firstViewFiles(planScene(stepById(id)))).toEqual([FIRST_MODEL, SOFT_TISSUE_MODEL])
  })
  it('a layer the user turns on counts', () => {
    expect(firstViewFiles(planScene(stepById('healthy-hip'), { muscle: 'shown' }))).toContain(SOFT_TISSUE_MODEL)
  })
  it('soft-tissue.glb holds the muscles and the skin; hip.glb none of them (the capsule, in the muscle layer, stays with the joint)', () => {
    const partsOf = (file: string) => manifest.files.find((f) => f.file === file)!.parts
    const layer = (p: string) => PART_LAYER[p as Part]
    expect(partsOf(SOFT_TISSUE_MODEL).map(layer).sort()).toEqual(['muscle', 'muscle', 'muscle', 'muscle', 'muscle', 'skin'])
    expect(partsOf(FIRST_MODEL).filter((p) => layer(p) === 'muscle' || layer(p) === 'skin')).toEqual(['capsule'])
  })
})
