/**
 * Builds every part, in millimetres, and groups them into the five model files. Returns the
 * nodes for each file, the volumes removed by each preparation stage and the landmarks; the
 * caller writes the files and the manifest.
 */
import type { AcetabulumStage, AnyModelFile, AxisLandmark, FemurStage, Part, PointLandmark, Tissue } from '../contract'
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
import { buildThr, stemFrame } from './thr'
import { unpinch } from './unpinch'
import type { Sdf } from './sdf'
import { bakeScenes } from './ambient-occlusion'
import { type ThrMeasured, measureThr } from './thrMetrics'
import { closestPointOnMesh, extremeVertex } from './measure'
import { cementMantle, femoralCanal, femoralCore, pelvicCore } from './interior'
import { lesserTrochanterTip } from './femur'
import { shaftDown } from './anatomy'

/** Bone removed by each operation (manifold volumes of the removed-* solids, mm3) and the THR's measured sizes. */
export interface Comparison {
  removedMm3: { resurfacing: { femur: number; socket: number }; thr: { femur: number; socket: number } }
  thr: ThrMeasured
}

export interface BuildResult {
  files: Record<AnyModelFile, PartNode[]>
  comparison: Comparison
  femurRemovedByStage: Record<FemurStage, number>
  acetabulumRemovedByStage: Record<AcetabulumStage, number>
  landmarks: { points: Record<PointLandmark, V3>; axes: Record<AxisLandmark, { origin: V3; direction: V3 }>; polylines: ReturnType<typeof computeLandmarks>['polylines'] }
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
  // The SDF each part's surface came from: its normals are taken from it (see toMeshData).
  const surfaceOf = new Map<Part, Sdf>()
  const node = (part: Part, m: Manifold, tissue: Tissue, cut?: Map<number, Tissue>, simplifyMm = 0.06): PartNode => {
    // Collapse sliver edges left by booleans: shorter than the files' position quantum, they
    // would fold into degenerate triangles once quantised.
    const clean = m.simplify(simplifyMm)
    const mesh = toMeshData(clean, tissue, cut, undefined, undefined, surfaceOf.get(part))
    clean.delete()
    return { part, mesh }
  }

  // ---- bone ----
  const fSdf = femurSdf()
  const pSdf = pelvisSdf()
  for (const p of ['femur', 'femur-sleeve-reamed', 'femur-planed', 'femur-chamfered', 'femur-stem-drilled', 'femur-thr'] as const) surfaceOf.set(p, fSdf)
  for (const p of ['pelvis', 'pelvis-reamed', 'pelvis-thr-reamed'] as const) surfaceOf.set(p, pSdf)
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
  surfaceOf.set('capsule', capSdf)
  const capsule = timed(timings, 'capsule', () => meshSdf(capSdf, jointCapsuleBounds(), 1.1, 0.08))
  const ostFSdf = femoralOsteophytesSdf(fSdf)
  const ostASdf = acetabularOsteophytesSdf(pSdf)
  surfaceOf.set('osteophytes-femoral', ostFSdf)
  surfaceOf.set('osteophytes-acetabular', ostASdf)
  const ostF = timed(timings, 'osteophytes', () => osteophytes(ostFSdf, madd(ORIGIN, neckDir, -15), 30, femur))
  const ostA = osteophytes(ostASdf, madd(ORIGIN, acetabularAxis, 2), 46, pelvis)

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
  surfaceOf.set('sciatic-nerve', sSdf)
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
  // The skin's outer face; its inner face points the other way, so it keeps the faces' normals.
  surfaceOf.set('skin', env)
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
    ['osteophytes-femoral', triMeshOf(ostF)],
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

  // ---- inside the bone (interior.glb): cores inset from the bones' SDFs, each stage's core cut
  // like that stage's bone; the canal; the cement between the seated cap and the prepared head ----
  const interior = timed(timings, 'interior', () => {
    const femurCore = femoralCore(fSdf)
    const pelvisCore = pelvicCore(pSdf)
    const canal = femoralCanal(fSdf)
    // See unpinch.ts: a core cut by a stage's bone can touch itself where the cut grazes it.
    const coarse = (part: Part, m: Manifold, tissue: Tissue): PartNode => {
      const n = node(part, m, tissue, undefined, INTERIOR_SIMPLIFY_MM)
      return { ...n, mesh: unpinch(n.mesh) }
    }
    // Each stage's core: the native core minus the same cutters as its bone. The core lies inside
    // the bone, so this is the core intersected with the stage's bone (the test checks it), and
    // cutting by the exact cutters rather than by the bone mesh leaves no pinched edges.
    const minus = (part: Part, core: Manifold, cutter: Manifold, tissue: Tissue = 'cancellous-bone'): { m: Manifold; n: PartNode } => {
      // A cutter that misses the core (the final reamer stops in the subchondral plate) leaves it
      // as it is: a boolean would still re-triangulate it, and the copy would differ from the core.
      const overlap = core.intersect(cutter)
      const misses = overlap.isEmpty()
      overlap.delete()
      const m = misses ? core.translate([0, 0, 0]) : core.subtract(cutter)
      return { m, n: coarse(part, m, tissue) }
    }
    const femoralStageCores: PartNode[] = []
    let stageCore = femurCore
    for (const c of femoralCutters()) {
      const cutter = placeFemoral(c.local)
      c.local.delete()
      const next = minus(`femur-${c.stage}-cancellous` as Part, stageCore, cutter)
      cutter.delete()
      if (stageCore !== femurCore) stageCore.delete()
      stageCore = next.m
      femoralStageCores.push(next.n)
    }
    stageCore.delete()
    const socketReamer = acetabularCutter()
    const reamedCore = minus('pelvis-reamed-cancellous', pelvisCore, socketReamer)
    socketReamer.delete()
    reamedCore.m.delete()
    const cement = cementMantle(cap, femurStages['stem-drilled']!)
    // The cement is machined geometry (exact profiles): the walkthrough's clean-up, not the interior's.
    const coarseCement = (): PartNode => {
      const n = node('cement-mantle', cement, 'cement')
      return { ...n, mesh: unpinch(n.mesh) }
    }
    const nodes: PartNode[] = [
      coarse('pelvis-cancellous', pelvisCore, 'cancellous-bone'),
      reamedCore.n,
      coarse('femur-cancellous', femurCore, 'cancellous-bone'),
      ...femoralStageCores,
      coarse('femoral-canal', canal, 'marrow'),
      coarseCement(),
    ]
    cement.delete()
    return { femurCore, pelvisCore, canal, nodes, minus }
  })

  const files: Record<AnyModelFile, PartNode[]> = {
    'hip.glb': [
      node('pelvis', pelvis, 'cortical-bone'),
      node('femur', femur, 'cortical-bone'),
      node('cartilage-femoral', cartF, 'cartilage'),
      node('cartilage-acetabular', cartA, 'cartilage'),
      node('labrum', lab, 'labrum'),
      node('capsule', capsule, 'capsule'),
      node('sciatic-nerve', nerve, 'nerve'),
    ],
    'soft-tissue.glb': [...muscles.map(({ name, m }) => node(name, m, 'muscle')), node('skin', skin, 'skin')],
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
    'thr.glb': [],
    'interior.glb': [],
  }

  // ---- total hip replacement and the bone each operation removes (thr.glb), built after the
  // walkthrough's parts so nothing here can change them ----
  const thrBuilt = timed(timings, 'thr', () => {
    const thr = buildThr(fSdf)
    const thrCut = new Map<number, Tissue>()
    const original = (m: Manifold): Manifold => {
      const o = m.asOriginal()
      m.delete()
      thrCut.set(o.originalID(), 'cancellous-bone')
      return o
    }
    const osteotomy = original(thr.osteotomy)
    const broach = original(thr.broach)
    const thrReamer = original(thr.reamer)
    const femurCut = femur.subtract(osteotomy)
    const femurThr = femurCut.subtract(broach)
    femurCut.delete()
    const femurThrCutters = osteotomy.add(broach)
    // The THR's interior: the same cores cut by the same cutters as its bones (see above).
    const thrInside = [
      interior.minus('femur-thr-cancellous', interior.femurCore, femurThrCutters),
      interior.minus('femur-thr-canal', interior.canal, femurThrCutters, 'marrow'),
      interior.minus('pelvis-thr-reamed-cancellous', interior.pelvisCore, thrReamer),
    ]
    for (const x of thrInside) x.m.delete()
    interior.nodes.push(...thrInside.map((x) => x.n))
    for (const m of [interior.femurCore, interior.pelvisCore, interior.canal]) m.delete()
    const removedFemurThr = femur.intersect(femurThrCutters)
    femurThrCutters.delete()
    osteotomy.delete()
    broach.delete()
    // A whole second pelvis: simplified further than the walkthrough's before it is reamed, so
    // the reamed socket stays exact (the cup's clearance) and thr.glb stays within its budget.
    const pelvisCoarse = pelvis.simplify(THR_PELVIS_SIMPLIFY_MM)
    const pelvisThr = pelvisCoarse.subtract(thrReamer)
    pelvisCoarse.delete()
    const thrReamerCopy = thr.reamerCopy()
    const removedSocketThr = pelvis.intersect(thrReamerCopy)
    thrReamerCopy.delete()
    thrReamer.delete()
    // Resurfacing: the same cutters as the stages above, united, and the 58 mm reamer.
    const resurfacingCutters = Manifold_union(femoralCutters().map((c) => {
      const w = placeFemoral(c.local)
      c.local.delete()
      return w
    }))
    const removedFemurRes = femur.intersect(resurfacingCutters)
    resurfacingCutters.delete()
    const resReamer = acetabularCutter()
    const removedSocketRes = pelvis.intersect(resReamer)
    resReamer.delete()

    // See unpinch.ts: thin removed shells can touch themselves where bone grazes a reamer.
    const thrNode = (...a: Parameters<typeof node>): PartNode => {
      const n = node(...a)
      return { ...n, mesh: unpinch(n.mesh) }
    }
    const nodes: PartNode[] = [
      thrNode('femur-thr', femurThr, 'cortical-bone', thrCut),
      thrNode('pelvis-thr-reamed', pelvisThr, 'cortical-bone', thrCut),
      thrNode('thr-stem', thr.stem, 'cobalt-chrome'),
      thrNode('thr-ball', thr.ball, 'cobalt-chrome'),
      thrNode('thr-cup', thr.cup, 'cobalt-chrome'),
      thrNode('thr-liner', thr.liner, 'polyethylene'),
      thrNode('removed-femur-resurfacing', removedFemurRes, 'removed-bone', undefined, REMOVED_SIMPLIFY_MM),
      thrNode('removed-socket-resurfacing', removedSocketRes, 'removed-bone', undefined, REMOVED_SIMPLIFY_MM),
      thrNode('removed-femur-thr', removedFemurThr, 'removed-bone', undefined, REMOVED_SIMPLIFY_MM),
      thrNode('removed-socket-thr', removedSocketThr, 'removed-bone', undefined, REMOVED_SIMPLIFY_MM),
    ]
    // Volumes of the removed solids as written (after the same clean-up as their meshes).
    const volumeOf = (m: Manifold): number => {
      const c = m.simplify(REMOVED_SIMPLIFY_MM)
      const v = c.volume()
      c.delete()
      return v
    }
    const removedMm3 = {
      resurfacing: { femur: volumeOf(removedFemurRes), socket: volumeOf(removedSocketRes) },
      thr: { femur: volumeOf(removedFemurThr), socket: volumeOf(removedSocketThr) },
    }
    for (const m of [femurThr, pelvisThr, thr.stem, thr.ball, thr.cup, thr.liner, removedFemurRes, removedSocketRes, removedFemurThr, removedSocketThr]) m.delete()
    return { thr, nodes, removedMm3 }
  })
  files['thr.glb'] = thrBuilt.nodes
  files['interior.glb'] = interior.nodes
  const meshOf = (part: Part, tissue?: Tissue): TriMesh => {
    const n = thrBuilt.nodes.find((q) => q.part === part)!
    const groups = n.mesh.groups.filter((g) => !tissue || g.tissue === tissue)
    const total = groups.reduce((a, g) => a + g.indices.length, 0)
    const indices = new Uint32Array(total)
    let o = 0
    for (const g of groups) {
      indices.set(g.indices, o)
      o += g.indices.length
    }
    return { positions: n.mesh.positions, indices }
  }
  const thrMeasured = measureThr(
    {
      stem: meshOf('thr-stem'),
      ball: meshOf('thr-ball'),
      cup: meshOf('thr-cup'),
      liner: meshOf('thr-liner'),
      cutFaces: meshOf('femur-thr', 'cancellous-bone'),
    },
    {
      ballCentre: ORIGIN,
      stemTip: thrBuilt.thr.stemTip,
      stemAxis: thrBuilt.thr.stemAxis,
      socketCentre: ORIGIN,
      shaftDown,
      lesserTrochanterTip: landmarks.points['lesser-trochanter-tip'],
    },
  )
  // Label points: on each solid's surface, on its front-lateral side (lateral is -X for this right hip).
  const frontLateral = normalize([-0.7, 0.15, 0.7])
  const cutFaces = meshOf('femur-thr', 'cancellous-bone')
  const osteotomyFace: TriMesh = (() => {
    // Only the osteotomy's triangles, so the label point cannot land on the broach's walls.
    const I = cutFaces.indices
    const P = cutFaces.positions
    const keep: number[] = []
    for (let t = 0; t < I.length; t += 3) {
      const v = [0, 1, 2].map((k): V3 => [P[I[t + k]! * 3]!, P[I[t + k]! * 3 + 1]!, P[I[t + k]! * 3 + 2]!])
      const e1 = sub(v[1]!, v[0]!)
      const e2 = sub(v[2]!, v[0]!)
      const n: V3 = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]]
      const l = Math.hypot(...n)
      if (l > 1e-9 && (n[0] * thrMeasured.cutNormal[0] + n[1] * thrMeasured.cutNormal[1] + n[2] * thrMeasured.cutNormal[2]) / l > 0.999) keep.push(I[t]!, I[t + 1]!, I[t + 2]!)
    }
    return { positions: P, indices: Uint32Array.from(keep) }
  })()
  const lateralOfStem = stemFrame.x
  const thrPoints: Partial<Record<PointLandmark, V3>> = {
    'thr-ball-centre': ORIGIN,
    'thr-stem-tip': closestPointOnMesh(meshOf('thr-stem'), thrBuilt.thr.stemTip),
    'thr-neck-cut': closestPointOnMesh(osteotomyFace, thrMeasured.cutCentroid),
    'thr-cup-pole': closestPointOnMesh(meshOf('thr-cup'), madd(ORIGIN, acetabularAxis, -thrMeasured.cupOuterDiameterMm / 2)),
    'thr-stem-shoulder': closestPointOnMesh(meshOf('thr-stem'), madd(madd(thrBuilt.thr.shoulder, shaftDown, 4), lateralOfStem, 3)),
    'removed-femur-resurfacing': extremeVertex(meshOf('removed-femur-resurfacing'), frontLateral),
    'removed-socket-resurfacing': extremeVertex(meshOf('removed-socket-resurfacing'), frontLateral),
    'removed-femur-thr': extremeVertex(meshOf('removed-femur-thr'), frontLateral),
    'removed-socket-thr': extremeVertex(meshOf('removed-socket-thr'), frontLateral),
  }
  const allLandmarks = {
    ...landmarks,
    points: { ...landmarks.points, ...thrPoints } as Record<PointLandmark, V3>,
    axes: { ...landmarks.axes, 'thr-stem-axis': { origin: thrBuilt.thr.stemTip, direction: thrBuilt.thr.stemAxis } },
  }
  timed(timings, 'ambient occlusion', () => bakeScenes(Object.values(files).flat()))
  void lesserTrochanterTip
  void api
  void prepared
  return {
    files,
    comparison: { removedMm3: thrBuilt.removedMm3, thr: thrMeasured },
    femurRemovedByStage,
    acetabulumRemovedByStage,
    landmarks: allLandmarks,
    instruments,
    timings,
  }
}

/** How far (mm) the THR's copy of the pelvis may move from the walkthrough's when simplified. */
const THR_PELVIS_SIMPLIFY_MM = 0.3
/** The interior is meshed coarser (see interior.ts); its clean-up may move it this far (mm). */
const INTERIOR_SIMPLIFY_MM = 0.15
/** The removed-bone solids: thin shells where the reamers skim the socket, cleaned a little more than the bones. */
const REMOVED_SIMPLIFY_MM = 0.06

function Manifold_union(parts: Manifold[]): Manifold {
  const u = api().Manifold.union(parts)
  for (const p of parts) p.delete()
  return u
}

