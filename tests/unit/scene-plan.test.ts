/** What the scene shows at each step and moment: layers, stages, implants, instruments, femur. */
import { describe, expect, it } from 'vitest'
import { Euler, Matrix4 } from 'three'
import { INTERIOR_PARTS, PARTS, PART_LAYER, type Part } from '../../models/contract'
import { steps } from '../../src/content/steps'
import type { Step } from '../../src/content/schema'
import {
  FEMUR_POSE_TRANSFORMS,
  MAX_ANIMATION_S,
  eulerXYZMatrix,
  femurPosePoint,
  frameAt,
  planScene,
  withInterior,
  type SceneFrame,
} from '../../src/lib/scene-plan'

const stepById = (id: Step['id']) => steps.find((s) => s.id === id)!
const previousOf = (id: Step['id']) => steps[steps.findIndex((s) => s.id === id) - 1]
const END = Number.POSITIVE_INFINITY
const endFrame = (id: Step['id'], overrides = {}) => frameAt(planScene(stepById(id), overrides, previousOf(id)), END)
const visible = (f: SceneFrame) => PARTS.filter((p) => f.parts[p].mode !== 'hidden')

describe('every step', () => {
  it.each(steps.map((s) => [s.id]))('%s shows exactly one femur stage and one pelvis stage, the step\'s own at the end', (id) => {
    const step = stepById(id)
    const f = endFrame(id, { bone: 'shown' })
    const femurs = visible(f).filter((p) => p === 'femur' || p.startsWith('femur-'))
    const pelves = visible(f).filter((p) => p === 'pelvis' || p.startsWith('pelvis-'))
    expect(femurs).toEqual([step.femurStage === 'native' ? 'femur' : `femur-${step.femurStage}`])
    expect(pelves).toEqual([step.acetabulumStage === 'native' ? 'pelvis' : `pelvis-${step.acetabulumStage}`])
  })

  it.each(steps.map((s) => [s.id]))('%s: animation ends within the limit and its end state holds', (id) => {
    const plan = planScene(stepById(id), {}, previousOf(id))
    expect(plan.totalS).toBeLessThanOrEqual(MAX_ANIMATION_S + 1e-9)
    const atEnd = frameAt(plan, plan.totalS)
    expect(atEnd.done).toBe(true)
    expect(frameAt(plan, plan.totalS + 10)).toEqual(atEnd)
    expect(frameAt(plan, END)).toEqual(atEnd)
  })

  it.each(steps.map((s) => [s.id]))('%s hides what the step hides, whatever the layers say', (id) => {
    const step = stepById(id)
    const f = endFrame(id, { skin: 'shown', muscle: 'shown', nerves: 'shown', bone: 'shown', cartilage: 'shown', implants: 'shown', instruments: 'shown' })
    for (const part of step.hide) expect(f.parts[part].mode).toBe('hidden')
  })
})

describe('layers', () => {
  it('take the step defaults, and the user\'s overrides win', () => {
    const step = stepById('healthy-hip')
    const plain = endFrame('healthy-hip')
    expect(plain.parts.pelvis.mode).toBe(step.layers.bone)
    expect(plain.parts['gluteus-medius'].mode).toBe(step.layers.muscle)
    const ghostBone = endFrame('healthy-hip', { bone: 'ghost', muscle: 'shown' })
    expect(ghostBone.parts.pelvis.mode).toBe('ghost')
    expect(ghostBone.parts.femur.mode).toBe('ghost')
    expect(ghostBone.parts['gluteus-medius'].mode).toBe('shown')
  })

  it('every part follows its own layer', () => {
    const f = endFrame('healthy-hip', { muscle: 'ghost' })
    for (const part of ['gluteus-maximus', 'piriformis', 'capsule'] as Part[]) {
      expect(PART_LAYER[part]).toBe('muscle')
      expect(f.parts[part].mode).toBe('ghost')
    }
  })

  it('a highlighted part whose layer is off by default shows see-through; a user "hidden" wins', () => {
    const step = stepById('capsule-dislocation')
    expect(step.layers.muscle).toBe('hidden')
    expect(step.highlight).toContain('capsule')
    const f = endFrame('capsule-dislocation')
    expect(f.parts.capsule).toEqual({ mode: 'ghost', highlighted: true })
    expect(endFrame('capsule-dislocation', { muscle: 'hidden' }).parts.capsule).toEqual({ mode: 'hidden', highlighted: false })
  })

  it('highlights only visible parts', () => {
    for (const step of steps) {
      const f = endFrame(step.id)
      for (const part of PARTS) if (f.parts[part].highlighted) expect(f.parts[part].mode).not.toBe('hidden')
    }
  })
})

describe('cartilage and arthritis', () => {
  it('healthy hip: healthy cartilage on head and socket, no osteophytes', () => {
    const f = endFrame('healthy-hip')
    expect(f.parts['cartilage-femoral'].mode).not.toBe('hidden')
    expect(f.parts['cartilage-acetabular'].mode).not.toBe('hidden')
    for (const p of ['cartilage-femoral-worn', 'cartilage-acetabular-worn', 'osteophytes-femoral', 'osteophytes-acetabular'] as Part[])
      expect(f.parts[p].mode).toBe('hidden')
  })

  it('arthritic hip: worn cartilage and osteophytes instead', () => {
    const f = endFrame('arthritic-hip')
    for (const p of ['cartilage-femoral-worn', 'cartilage-acetabular-worn', 'osteophytes-femoral', 'osteophytes-acetabular'] as Part[])
      expect(f.parts[p].mode).not.toBe('hidden')
    expect(f.parts['cartilage-femoral'].mode).toBe('hidden')
    expect(f.parts['cartilage-acetabular'].mode).toBe('hidden')
  })

  it('socket cartilage goes with reaming, head cartilage with the first femoral cut', () => {
    const reamed = endFrame('cup-impaction')
    expect(reamed.parts['cartilage-acetabular-worn'].mode).toBe('hidden')
    expect(reamed.parts['osteophytes-acetabular'].mode).toBe('hidden')
    expect(reamed.parts['cartilage-femoral-worn'].mode).not.toBe('hidden')
    const cut = endFrame('sleeve-reaming')
    expect(cut.parts['cartilage-femoral-worn'].mode).toBe('hidden')
    expect(cut.parts['osteophytes-femoral'].mode).toBe('hidden')
  })
})

describe('animations', () => {
  it('acetabular reaming: the native socket until the reamer has cut, then the reamed one', () => {
    const plan = planScene(stepById('acetabular-reaming'), {}, previousOf('acetabular-reaming'))
    const start = frameAt(plan, 0)
    expect(start.acetabulumStage).toBe('native')
    expect(start.instrument).toMatchObject({ name: 'acetabular-reamer', withdrawn: 1 })
    expect(start.parts['acetabular-reamer'].mode).not.toBe('hidden')
    const end = frameAt(plan, END)
    expect(end.acetabulumStage).toBe('reamed')
    expect(end.parts['pelvis-reamed'].mode).not.toBe('hidden')
    // The reamer turned while it worked.
    expect(end.instrument!.spinTurns).toBeGreaterThan(1)
  })

  it('head shaping plays plane cut, chamfer and stem hole in turn, each with its own tool', () => {
    const plan = planScene(stepById('head-shaping'), {}, previousOf('head-shaping'))
    expect(plan.phases.map((p) => (p.kind === 'instrument' ? p.instrument : p.kind))).toEqual(['plane-cutter', 'chamfer-reamer', 'stem-drill'])
    const stages: string[] = []
    const tools: string[] = []
    for (let t = 0; t <= plan.totalS + 0.01; t += 0.05) {
      const f = frameAt(plan, t)
      if (stages[stages.length - 1] !== f.femurStage) stages.push(f.femurStage)
      const shownTools = (['plane-cutter', 'chamfer-reamer', 'stem-drill'] as Part[]).filter((p) => f.parts[p].mode !== 'hidden')
      expect(shownTools.length).toBe(1)
      if (tools[tools.length - 1] !== shownTools[0]) tools.push(shownTools[0]!)
    }
    expect(stages).toEqual(['sleeve-reamed', 'planed', 'chamfered', 'stem-drilled'])
    expect(tools).toEqual(['plane-cutter', 'chamfer-reamer', 'stem-drill'])
  })

  it('sleeve reaming starts from the native head the guide-pin step left', () => {
    const plan = planScene(stepById('sleeve-reaming'), {}, previousOf('sleeve-reaming'))
    expect(frameAt(plan, 0).femurStage).toBe('native')
    expect(frameAt(plan, END).femurStage).toBe('sleeve-reamed')
  })

  it('the guide pin drives in and stays', () => {
    const plan = planScene(stepById('guide-pin'), {}, previousOf('guide-pin'))
    const start = frameAt(plan, 0).instrument!
    const mid = frameAt(plan, plan.totalS / 2).instrument!
    const end = frameAt(plan, END).instrument!
    expect(start.name).toBe('guide-pin')
    expect(start.withdrawn).toBe(1)
    expect(mid.withdrawn).toBeLessThan(1)
    expect(mid.withdrawn).toBeGreaterThan(0)
    expect(end.withdrawn).toBe(0)
  })

  it('the cup is impacted in taps, its impactor with it, and ends seated', () => {
    const plan = planScene(stepById('cup-impaction'), {}, previousOf('cup-impaction'))
    const samples = Array.from({ length: 61 }, (_, i) => frameAt(plan, (plan.totalS * i) / 60).implant!.withdrawn)
    expect(samples[0]).toBe(1)
    expect(samples[samples.length - 1]).toBe(0)
    for (let i = 1; i < samples.length; i++) expect(samples[i]!).toBeLessThanOrEqual(samples[i - 1]! + 1e-12)
    // Taps: the cup rests between blows.
    const still = samples.filter((v, i) => i > 0 && Math.abs(v - samples[i - 1]!) < 1e-12).length
    expect(still).toBeGreaterThan(5)
    const f = frameAt(plan, END)
    expect(f.parts.cup.mode).not.toBe('hidden')
    expect(f.parts['cup-impactor'].mode).not.toBe('hidden')
    // The impactor holds the cup while it is driven in, then backs off so the cup can be seen.
    expect(frameAt(plan, plan.totalS * 0.5).instrument).toMatchObject({ name: 'cup-impactor', withdrawn: 0 })
    expect(f.instrument).toMatchObject({ name: 'cup-impactor', withdrawn: 1 })
  })

  it('the cap slides on and ends seated; it is not there before the cementing step', () => {
    const plan = planScene(stepById('cap-cementing'), {}, previousOf('cap-cementing'))
    expect(frameAt(plan, 0).implant).toEqual({ name: 'femoral-cap', withdrawn: 1 })
    expect(frameAt(plan, END).implant).toEqual({ name: 'femoral-cap', withdrawn: 0 })
    expect(endFrame('head-shaping').parts['femoral-cap'].mode).toBe('hidden')
    expect(endFrame('reduction').parts['femoral-cap'].mode).not.toBe('hidden')
  })

  it('dislocation and reduction move the femur between its poses', () => {
    const dislocate = planScene(stepById('capsule-dislocation'), {}, previousOf('capsule-dislocation'))
    expect(frameAt(dislocate, 0).femur).toEqual({ from: 'neutral', to: 'dislocated', blend: 0 })
    expect(frameAt(dislocate, END).femur.blend).toBe(1)
    const reduce = planScene(stepById('reduction'), {}, previousOf('reduction'))
    expect(frameAt(reduce, 0).femur).toEqual({ from: 'dislocated', to: 'neutral', blend: 0 })
  })

  it('only the step\'s instruments are ever shown', () => {
    const instruments: Part[] = ['scalpel', 'sizing-gauge', 'guide-pin', 'sleeve-reamer', 'plane-cutter', 'chamfer-reamer', 'stem-drill', 'acetabular-reamer', 'cup-impactor']
    expect(instruments.filter((p) => endFrame('healthy-hip').parts[p].mode !== 'hidden')).toEqual([])
    expect(instruments.filter((p) => endFrame('incision').parts[p].mode !== 'hidden')).toEqual(['scalpel'])
    expect(instruments.filter((p) => endFrame('recovery').parts[p].mode !== 'hidden')).toEqual([])
  })

  it('the scalpel traces the whole incision', () => {
    const plan = planScene(stepById('incision'), {}, previousOf('incision'))
    expect(frameAt(plan, 0).instrument!.trace).toBe(0)
    expect(frameAt(plan, END).instrument!.trace).toBe(1)
  })
})

describe('femur poses', () => {
  const pivot: [number, number, number] = [-0.08, 0.9, 0]
  const knee: [number, number, number] = [-0.1, 0.45, 0.01]

  it('the rotation matrix is three.js\'s for XYZ Euler angles (the scene turns the femur with three)', () => {
    for (const angles of [[90, 0, 0], [-45, 60, 15], [-30, 20, 0], [12, -70, 33]] as const) {
      const ours = eulerXYZMatrix([...angles])
      const [x, y, z] = angles.map((d) => (d * Math.PI) / 180) as [number, number, number]
      const e = new Matrix4().makeRotationFromEuler(new Euler(x, y, z, 'XYZ')).elements
      // three stores column-major; ours is row-major.
      for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) expect(ours[r * 3 + c]).toBeCloseTo(e[c * 4 + r]!, 12)
    }
  })

  it('neutral leaves the femur where the model put it', () => {
    expect(femurPosePoint(knee, 'neutral', pivot)).toEqual(knee)
  })

  it('dislocated: the hip flexes (knee forward), and the head leaves the socket toward the back', () => {
    const k = femurPosePoint(knee, 'dislocated', pivot)
    expect(k[2]).toBeGreaterThan(knee[2] + 0.1)
    const head = femurPosePoint(pivot, 'dislocated', pivot)
    expect(head[2]).toBeLessThan(pivot[2] - 0.03)
    expect(Math.hypot(head[0] - pivot[0], head[1] - pivot[1], head[2] - pivot[2])).toBeGreaterThan(0.05)
  })

  it('retracted: the femur is moved forward, out of the way of the socket', () => {
    const head = femurPosePoint(pivot, 'retracted', pivot)
    expect(head[2]).toBeGreaterThan(pivot[2] + 0.03)
    expect(FEMUR_POSE_TRANSFORMS.retracted.offsetM[0]).toBeLessThan(0)
  })
})

describe('the inside of the bone (the cut)', () => {
  const cutAt = (id: Step['id']) => frameAt(withInterior(planScene(stepById(id), {}, previousOf(id)), true), END)

  it('stays hidden without the cut, whatever the step', () => {
    for (const step of steps) for (const part of INTERIOR_PARTS) expect(endFrame(step.id).parts[part].mode, `${step.id} ${part}`).toBe('hidden')
  })

  it("shows each bone stage's own core with it, the canal with any resurfacing femur, and the cement with the cap", () => {
    const guidePin = cutAt('guide-pin')
    expect(guidePin.parts['femur-cancellous'].mode).toBe('shown')
    expect(guidePin.parts['femur-stem-drilled-cancellous'].mode).toBe('hidden')
    expect(guidePin.parts['femoral-canal'].mode).toBe('shown')
    expect(guidePin.parts['cement-mantle'].mode).toBe('hidden')
    const reduction = cutAt('reduction')
    expect(reduction.parts['femur-stem-drilled-cancellous'].mode).toBe('shown')
    expect(reduction.parts['femur-cancellous'].mode).toBe('hidden')
    expect(reduction.parts['pelvis-reamed-cancellous'].mode).toBe('shown')
    expect(reduction.parts['cement-mantle'].mode).toBe('shown')
    // Only one core per bone at a time.
    const femurCores = INTERIOR_PARTS.filter((p) => p.startsWith('femur') && p.endsWith('-cancellous') && reduction.parts[p].mode === 'shown')
    expect(femurCores).toEqual(['femur-stem-drilled-cancellous'])
  })

  it('leaves out the osteophytes (no core of their own in the interior) in the cut only', () => {
    expect(endFrame('capsule-dislocation').parts['osteophytes-femoral'].mode).not.toBe('hidden')
    expect(cutAt('capsule-dislocation').parts['osteophytes-femoral'].mode).toBe('hidden')
  })
})

describe('osteophytes', () => {
  // They come off where the surgeon takes them off (src/content/steps.ts), and stay off.
  const order = steps.map((s) => s.id)
  it.each([
    ['osteophytes-femoral', 'femoral-sizing'],
    ['osteophytes-acetabular', 'acetabular-reaming'],
  ] as const)('%s show in the arthritic hip until %s, and never after', (part, removedAt) => {
    expect(endFrame('arthritic-hip').parts[part].mode).not.toBe('hidden')
    for (const id of order.slice(order.indexOf('arthritic-hip'), order.indexOf(removedAt))) expect(endFrame(id).parts[part].mode, id).not.toBe('hidden')
    for (const id of order.slice(order.indexOf(removedAt))) expect(endFrame(id).parts[part].mode, id).toBe('hidden')
  })
})
