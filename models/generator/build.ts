/**
 * Builds every part, in millimetres, and groups them into the five model files. Returns the
 * nodes for each file, the volumes removed by each preparation stage and the landmarks; the
 * caller writes the files and the manifest.
 */
import type { AcetabulumStage, FemurStage, ModelFile, Part, Tissue } from '../contract'
import { ORIGIN, PARAMETERS, acetabularAxis, neckDir } from './anatomy'
import { femurBounds, femurSdf } from './femur'
import type { PartNode } from './gltf'
import { femoralCap, acetabularCup } from './implants'
import { buildInstruments } from './instruments'
import { computeLandmarks, snapToMeshes } from './landmarks'
import type { TriMesh } from './measure'
import { type Manifold, api, manifoldApi, meshSdf, toMeshData } from './mesh'
import { pelvisBounds, pelvisSdf } from './pelvis'
import { slabManifold } from './slab'
import { acetabularCutter, femoralCutters, placeFemoral, prepared } from './preparation'
import {
  MUSCLES,
  SKIN_CLIP,
  SKIN_THICKNESS,
  boundsOfFibres,
  envelopeSdf,
  jointCapsuleBounds,
  jointCapsuleSdf,
  muscleSdf,
  slabOf,
  sciaticSdf,
  SCIATIC_PATH,
  SCIATIC_RADIUS,
} from './softTissue'
import {
  acetabularCartilage,
  acetabularOsteophytesSdf,
  femoralCartilage,
  femoralOsteophytesSdf,
  labrum,
  osteophytes,
} from './tissues'
import { type V3, frameQuaternion, madd, normalize, sub } from './vec'

export interface BuildResult {
  files: Record<ModelFile, PartNode[]>
  femurRemovedByStage: Record<FemurStage, number>
  acetabulumRemovedByStage: Record<AcetabulumStage, number>
  landmarks: ReturnType<typeof computeLandmarks>
  instruments: ReturnType<typeof buildInstruments>
  timings: Record<string, number>
}

function timed<T>(timings: Record<string, number>, name: string, f: () => T): T {
  const t0 = performance.now()
  const r = f()
  timings[name] = Math.round(performance.now() - t0)
  return r
}

export async function build(): Promise<BuildResult> {
  await manifoldApi()
  const timings: Record<string, number> = {}
  const node = (part: Part, m: Manifold, tissue: Tissue, cut?: Map<number, Tissue>): PartNode => {
    // Collapse sliver edges left by booleans: shorter than the files' position quantum, they
    // would fold into degenerate triangles once quantised.
    const clean = m.simplify(0.06)
    const mesh = toMeshData(clean, tissue, cut)
    clean.delete()
    return { part, mesh }
  }

  // ---- bone ----
  const fSdf = femurSdf()
  const pSdf = pelvisSdf()
  const femur = timed(timings, 'femur', () => meshSdf(fSdf, femurBounds(), 1.2, 0.15))
  const pelvis = timed(timings, 'pelvis', () => meshSdf(pSdf, pelvisBounds(), 1.4, 0.15))

  // ---- preparation: each stage = previous minus the cutter's sweep ----
  const cutTissue = new Map<number, Tissue>()
  const femurStages: Partial<Record<FemurStage, Manifold>> = { native: femur }
  const femurRemovedByStage: Record<FemurStage, number> = {
    native: 0,
    'sleeve-reamed': 0,
    planed: 0,
    chamfered: 0,
    'stem-drilled': 0,
  }
  timed(timings, 'femoral preparation', () => {
    let current = femur
    for (const c of femoralCutters()) {
      const placed = placeFemoral(c.local)
      c.local.delete()
      const cutter = placed.asOriginal()
      placed.delete()
      cutTissue.set(cutter.originalID(), 'cancellous-bone')
      const next = current.subtract(cutter)
      cutter.delete()
      femurRemovedByStage[c.stage] = current.volume() - next.volume()
      femurStages[c.stage] = next
      current = next
    }
  })
  const reamer = acetabularCutter().asOriginal()
  cutTissue.set(reamer.originalID(), 'cancellous-bone')
  const pelvisReamed = pelvis.subtract(reamer)
  reamer.delete()
  const acetabulumRemovedByStage: Record<AcetabulumStage, number> = {
    native: 0,
    reamed: pelvis.volume() - pelvisReamed.volume(),
  }

  // ---- cartilage, labrum, capsule ----
  const t = PARAMETERS.cartilageThicknessMm
  const cartF = femoralCartilage(t, false)
  const cartA = acetabularCartilage(t, false)
  const cartFW = femoralCartilage(1, true)
  const cartAW = acetabularCartilage(1, true)
  const lab = labrum()
  const capSdf = jointCapsuleSdf()
  const capsule = timed(timings, 'capsule', () => meshSdf(capSdf, jointCapsuleBounds(), 1.1, 0.08))
  const ostF = timed(timings, 'osteophytes', () => osteophytes(femoralOsteophytesSdf(), madd(ORIGIN, neckDir, -15), 30))
  const ostA = osteophytes(acetabularOsteophytesSdf(), madd(ORIGIN, acetabularAxis, 2), 46)

  // ---- muscles, nerve, skin ----
  const muscles = timed(timings, 'muscles', () =>
    (Object.keys(MUSCLES) as (keyof typeof MUSCLES)[]).map((name) => ({
      name,
      m: slabOf(MUSCLES[name])
        ? slabManifold(slabOf(MUSCLES[name])!)
        : meshSdf(muscleSdf(MUSCLES[name]), boundsOfFibres(MUSCLES[name].fibres), 2.2, 0.25),
    })),
  )
  const sSdf = sciaticSdf()
  const nerve = timed(timings, 'nerve', () =>
    meshSdf(
      sSdf,
      boundsOfFibres(
        SCIATIC_PATH.slice(1).map((p, i) => ({ from: SCIATIC_PATH[i]!, to: p, rFrom: SCIATIC_RADIUS, rTo: SCIATIC_RADIUS })),
      ),
      2,
      0.2,
    ),
  )
  const env = envelopeSdf()
  const skin = timed(timings, 'skin', () => {
    const { min, max } = { min: [-135, SKIN_CLIP.bottom - 8, -175] as V3, max: [SKIN_CLIP.midline + 8, SKIN_CLIP.top + 8, 130] as V3 }
    const outer = meshSdf(env, { min, max }, 4.5, 0.6)
    const inner = meshSdf((x, y, z) => env(x, y, z) + SKIN_THICKNESS, { min, max }, 4.5, 0.6)
    const shell = outer.subtract(inner)
    outer.delete()
    inner.delete()
    const a = shell.trimByPlane([0, -1, 0], -SKIN_CLIP.top)
    const b = a.trimByPlane([0, 1, 0], SKIN_CLIP.bottom)
    const c = b.trimByPlane([-1, 0, 0], -SKIN_CLIP.midline)
    shell.delete()
    a.delete()
    b.delete()
    return c
  })

  // ---- implants and instruments ----
  const cap = femoralCap()
  const { cup, tissueByOriginal: cupTissues } = acetabularCup()
  const triMeshOf = (m: Manifold): TriMesh => {
    const g = m.getMesh()
    const np = g.numProp
    const positions = new Float32Array((g.vertProperties.length / np) * 3)
    for (let i = 0; i < positions.length / 3; i++) for (let k = 0; k < 3; k++) positions[3 * i + k] = g.vertProperties[i * np + k]!
    return { positions, indices: g.triVerts }
  }
  const labelMeshes = new Map<Part, TriMesh>([
    ['femur', triMeshOf(femur)],
    ['pelvis', triMeshOf(pelvis)],
    ['labrum', triMeshOf(lab)],
    ['capsule', triMeshOf(capsule)],
    ['sciatic-nerve', triMeshOf(nerve)],
    ['skin', triMeshOf(skin)],
    ['cup', triMeshOf(cup)],
    ['femoral-cap', triMeshOf(cap)],
    ...muscles.map(({ name, m }) => [name, triMeshOf(m)] as [Part, TriMesh]),
  ])
  const landmarks = timed(timings, 'landmarks', () =>
    snapToMeshes(
      computeLandmarks({ femur: fSdf, pelvis: pSdf, capsule: capSdf, sciatic: sSdf, envelope: env }),
      labelMeshes,
      env,
    ),
  )
  const mid = landmarks.points['skin-incision-mid']
  const inc = landmarks.polylines['incision-line']
  const i = Math.floor(inc.length / 2)
  const tangent = normalize(sub(inc[i + 1]!, inc[i - 1]!))
  const outward = normalize(sub(mid, [10, mid[1], -10]))
  const instruments = buildInstruments({
    tip: mid,
    axis: normalize([outward[0] - tangent[0], outward[1] - tangent[1], outward[2] - tangent[2]]),
    outward,
  })

  const files: Record<ModelFile, PartNode[]> = {
    'hip.glb': [
      node('pelvis', pelvis, 'cortical-bone'),
      node('femur', femur, 'cortical-bone'),
      node('cartilage-femoral', cartF, 'cartilage'),
      node('cartilage-acetabular', cartA, 'cartilage'),
      node('labrum', lab, 'labrum'),
      node('capsule', capsule, 'capsule'),
      ...muscles.map(({ name, m }) => node(name, m, 'muscle')),
      node('sciatic-nerve', nerve, 'nerve'),
      node('skin', skin, 'skin'),
    ],
    'arthritis.glb': [
      node('cartilage-femoral-worn', cartFW, 'cartilage'),
      node('cartilage-acetabular-worn', cartAW, 'cartilage'),
      node('osteophytes-femoral', ostF, 'osteophyte'),
      node('osteophytes-acetabular', ostA, 'osteophyte'),
    ],
    'preparation.glb': [
      node('femur-sleeve-reamed', femurStages['sleeve-reamed']!, 'cortical-bone', cutTissue),
      node('femur-planed', femurStages.planed!, 'cortical-bone', cutTissue),
      node('femur-chamfered', femurStages.chamfered!, 'cortical-bone', cutTissue),
      node('femur-stem-drilled', femurStages['stem-drilled']!, 'cortical-bone', cutTissue),
      node('pelvis-reamed', pelvisReamed, 'cortical-bone', cutTissue),
    ],
    'implants.glb': [node('cup', cup, 'cobalt-chrome', cupTissues), node('femoral-cap', cap, 'cobalt-chrome')],
    'instruments.glb': instruments.map((ins) => ({
      part: ins.name,
      mesh: toMeshData(ins.local.simplify(0.06), 'steel', new Map(), 40),
      translation: ins.pose.origin,
      rotation: frameQuaternion(ins.pose),
    })),
  }
  void api
  void prepared
  return { files, femurRemovedByStage, acetabulumRemovedByStage, landmarks, instruments, timings }
}

