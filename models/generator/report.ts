/**
 * `npm run models:report`: the models benchmark. Regenerates everything in memory (timed),
 * then prints bytes and triangles per file against the budgets, the measured anatomy and
 * implant fit, the bone removed per stage and the femoral bone removed compared with the
 * Sawbones table in FACTS.md section 6, and whether the committed files are up to date.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './main'
import { headRadius, junction, neckDir, shaftDown } from './anatomy'
import { api, manifoldApi } from './mesh'
import { distanceToMesh, percentile, type TriMesh } from './measure'
import { partsOf, readDocument } from './readGlb'
import { INTERIOR_HOSTS, INTERIOR_PARTS, type Part } from '../contract'

/** Volumes of the interior against its bones, the cement's thickness and overlaps, from the fresh files. */
async function insideTheBone(bytes: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await manifoldApi()
  const parts = new Map<Part, TriMesh>()
  for (const f of ['hip.glb', 'preparation.glb', 'implants.glb', 'thr.glb', 'interior.glb']) {
    for (const [p, mesh] of partsOf(await readDocument(bytes.get(f)!))) parts.set(p, mesh)
  }
  const { Manifold, Mesh } = api()
  const solid = (p: Part): InstanceType<typeof Manifold> => {
    const mesh = parts.get(p)!
    const key = new Map<string, number>()
    const verts: number[] = []
    const tri = new Uint32Array(mesh.indices.length)
    mesh.indices.forEach((v, i) => {
      const k = `${mesh.positions[3 * v]},${mesh.positions[3 * v + 1]},${mesh.positions[3 * v + 2]}`
      let w = key.get(k)
      if (w === undefined) {
        key.set(k, (w = verts.length / 3))
        verts.push(mesh.positions[3 * v]!, mesh.positions[3 * v + 1]!, mesh.positions[3 * v + 2]!)
      }
      tri[i] = w
    })
    return new Manifold(new Mesh({ numProp: 3, vertProperties: Float32Array.from(verts), triVerts: tri }))
  }
  console.log('\ninside the bone (interior.glb; mm3, share of the host bone, outside the host)')
  for (const p of INTERIOR_PARTS) {
    // The cement lies between the cap and the bone, inside neither: its checks follow below.
    if (p === 'cement-mantle') continue
    const host = p === 'femoral-canal' ? 'femur-cancellous' : p === 'femur-thr-canal' ? 'femur-thr-cancellous' : INTERIOR_HOSTS[p][0]
    const a = solid(p)
    const b = solid(host)
    const out = a.subtract(b)
    console.log(`  ${p.padEnd(30)} ${a.volume().toFixed(0).padStart(7)}  ${((100 * a.volume()) / b.volume()).toFixed(1).padStart(5)}% of ${host}, outside ${out.volume().toFixed(2)}`)
    for (const x of [a, b, out]) x.delete()
  }
  // Cortical thickness as built: the distance from core vertices to the bone's surface, under the
  // head's joint surface and in the shaft (100-170 mm below the neck-shaft junction).
  const core = parts.get('femur-cancellous')!
  const femur = parts.get('femur')!
  const head: [number, number, number][] = []
  const shaft: [number, number, number][] = []
  for (let i = 0; i < core.positions.length; i += 3) {
    const v: [number, number, number] = [core.positions[i]!, core.positions[i + 1]!, core.positions[i + 2]!]
    const r = Math.hypot(...v)
    if (r > headRadius - 4 && r < headRadius && v[0] * neckDir[0] + v[1] * neckDir[1] + v[2] * neckDir[2] > 5) head.push(v)
    const below = (v[0] - junction[0]) * shaftDown[0] + (v[1] - junction[1]) * shaftDown[1] + (v[2] - junction[2]) * shaftDown[2]
    if (below > 100 && below < 170) shaft.push(v)
  }
  const cortex = (vs: [number, number, number][]): string =>
    percentile(vs.filter((_, i) => i % Math.max(1, Math.floor(vs.length / 150)) === 0).map((v) => distanceToMesh(femur, v)), 50).toFixed(2)
  console.log(`  femoral cortex (median, core to bone): under the head ${cortex(head)} mm, shaft ${cortex(shaft)} mm (built about 1.5 and 5)`)
  const cement = parts.get('cement-mantle')!
  const onCap: [number, number, number][] = []
  for (let i = 0; i < cement.positions.length; i += 3) {
    const v: [number, number, number] = [cement.positions[i]!, cement.positions[i + 1]!, cement.positions[i + 2]!]
    if (distanceToMesh(parts.get('femoral-cap')!, v) < 0.05) onCap.push(v)
  }
  const across = onCap.filter((_, i) => i % 4 === 0).map((v) => distanceToMesh(parts.get('femur-stem-drilled')!, v))
  console.log(`  cement from the cap's bore to the bone: p5 ${percentile(across, 5).toFixed(2)}, median ${percentile(across, 50).toFixed(2)}, p95 ${percentile(across, 95).toFixed(2)} mm (about 1 mm [20])`)
  const c = solid('cement-mantle')
  console.log(`  cement-mantle ${c.volume().toFixed(0)} mm3, between the cap's bore and the prepared head`)
  for (const other of ['femoral-cap', 'femur-stem-drilled'] as const) {
    const o = solid(other)
    const i = c.intersect(o)
    console.log(`  cement overlapping ${other}: ${i.volume().toFixed(2)} mm3 (${((100 * i.volume()) / c.volume()).toFixed(2)}% of the mantle: the files' position quantum)`)
    for (const x of [o, i]) x.delete()
  }
  c.delete()
}

const BUDGET = { firstViewBytes: 1.2e6, comparisonBytes: 250_000, interiorBytes: 450_000, totalBytes: 2.5e6, triangles: 400_000, seconds: 180 } as const
/**
 * Density assumed to turn volumes into grams for the comparison. FACTS.md gives none; 1.0
 * g/cm3 is an assumption (about the apparent density of femoral-head cancellous bone is of this
 * order), stated wherever the comparison is shown.
 */
export const ASSUMED_DENSITY_G_PER_CM3 = 1.0

const modelsDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const ok = (b: boolean): string => (b ? 'ok  ' : 'OVER')

async function main(): Promise<void> {
  const g = await generate(false)
  const m = g.manifest
  const total = m.files.reduce((a, f) => a + f.bytes, 0)
  const tris = m.files.reduce((a, f) => a + f.triangles, 0)
  console.log('file              bytes   triangles  parts')
  for (const f of m.files) {
    console.log(`${f.file.padEnd(16)} ${String(f.bytes).padStart(8)} ${String(f.triangles).padStart(9)}  ${f.parts.length}`)
  }
  const hip = m.files.find((f) => f.file === 'hip.glb')!
  console.log(`\nbudgets`)
  console.log(`  ${ok(hip.bytes <= BUDGET.firstViewBytes)} first view hip.glb ${hip.bytes} B <= ${BUDGET.firstViewBytes}`)
  const bytesOf = (file: string): number => m.files.find((f) => f.file === file)!.bytes
  console.log(`  ${ok(bytesOf('thr.glb') <= BUDGET.comparisonBytes)} comparison thr.glb ${bytesOf('thr.glb')} B <= ${BUDGET.comparisonBytes}`)
  console.log(`  ${ok(bytesOf('interior.glb') <= BUDGET.interiorBytes)} inside the bone interior.glb ${bytesOf('interior.glb')} B <= ${BUDGET.interiorBytes}`)
  console.log(`  ${ok(total <= BUDGET.totalBytes)} all files ${total} B <= ${BUDGET.totalBytes}`)
  console.log(`  ${ok(tris <= BUDGET.triangles)} triangles ${tris} <= ${BUDGET.triangles}`)
  console.log(`  ${ok(g.seconds <= BUDGET.seconds)} generation ${g.seconds.toFixed(1)} s <= ${BUDGET.seconds} s`)

  const x = g.measured
  console.log('\nmeasured from the meshes')
  console.log(`  femoral head diameter ${x.headDiameterMm.toFixed(2)} mm (sphere fit rms ${x.headFitRmsMm.toFixed(3)} mm); men 49.2 +/- 3.8 [67]`)
  console.log(`  neck-shaft angle ${x.neckShaftAngleDeg.toFixed(1)} deg (125-135)`)
  console.log(`  socket diameter ${x.socketDiameterMm.toFixed(2)} mm`)
  console.log(`  acetabular inclination ${x.inclinationDeg.toFixed(1)} deg (35-45), anteversion ${x.anteversionDeg.toFixed(1)} deg (12-22)`)
  console.log(
    `  cup gap: pole ${x.cupGapMm.pole.toFixed(3)} mm, median ${x.cupGapMm.median.toFixed(3)} mm, coverage ${(x.cupGapMm.coverage * 100).toFixed(1)}% (<= 1 mm)`,
  )
  console.log(
    `  cement gap: p5 ${x.cementGapMm.p5.toFixed(2)}, median ${x.cementGapMm.median.toFixed(2)}, p95 ${x.cementGapMm.p95.toFixed(2)} mm (0.5-1.5)`,
  )

  const v = m.volumesMm3
  console.log('\nbone removed (mm3)')
  for (const [stage, mm3] of Object.entries(v.femurRemovedByStage)) console.log(`  femur ${stage.padEnd(14)} ${mm3.toFixed(0).padStart(7)}`)
  console.log(`  femur total          ${v.femurRemovedTotal.toFixed(0).padStart(7)}`)
  console.log(`  acetabulum reamed    ${v.acetabulumRemovedTotal.toFixed(0).padStart(7)}`)
  const grams = (mm3: number): number => (mm3 / 1000) * ASSUMED_DENSITY_G_PER_CM3
  console.log(
    `  at an assumed ${ASSUMED_DENSITY_G_PER_CM3} g/cm3: femur ${grams(v.femurRemovedTotal).toFixed(1)} g (Sawbones [55]: resurfacing 12.3 g, THR 25.3 g), acetabulum ${grams(v.acetabulumRemovedTotal).toFixed(1)} g (5.6 g vs THR 1.8 g)`,
  )

  await insideTheBone(g.bytes)
  const r = m.radiograph
  console.log('\nAP film (radiograph, axes projected on the coronal plane)')
  console.log(`  neck-shaft ${r.neckShaftAngleDeg} deg, stem-shaft ${r.stemShaftAngleDeg} deg, cup inclination ${r.cupInclinationDeg} deg`)
  console.log(
    `  templating: station ${r.templating.stationMm} mm below the head centre, neck radius about the pin ${r.templating.neckRadiusAboutPinMm} mm (a bore under ${(2 * r.templating.neckRadiusAboutPinMm).toFixed(1)} mm notches), cap - prepared head ${r.templating.capToPreparedMm} mm`,
  )

  let upToDate = true
  for (const [file, bytes] of g.bytes) {
    const committed = new Uint8Array(readFileSync(join(modelsDir, file)))
    if (Buffer.compare(Buffer.from(bytes), Buffer.from(committed)) !== 0) {
      upToDate = false
      console.log(`  committed ${file} differs from a fresh build: run npm run models`)
    }
  }
  console.log(`\ncommitted files ${upToDate ? 'match' : 'DO NOT match'} a fresh build`)
}

await main()
