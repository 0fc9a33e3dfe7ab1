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

const BUDGET = { firstViewBytes: 1.2e6, totalBytes: 2.5e6, triangles: 400_000, seconds: 180 } as const
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
