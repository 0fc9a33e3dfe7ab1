/**
 * `npm run bench`: Resurface's production build side by side with Google's <model-viewer>
 * showing the same hip, in one headless Chromium run (software WebGL here; compare the two
 * columns as ratios within one run, not across machines), then Lighthouse over the build.
 * Prints a Markdown table (paste it into the README), writes bench-results/bench.md and
 * bench-results/bench.json, and exits 1 if a budget of issue #5 is not met or a request left
 * the page's origin.
 *
 * Options: --runs N (cold loads per page, default 5), --transitions N (default 5),
 * --passes N (heap cycling, default 10), --idle-seconds N (default 3), --skip-lighthouse,
 * --skip-peer-lighthouse, --skip-jit-control (the heap cycling again with V8's optimising
 * compilers off), --dist <folder> (or $RESURFACE_DIST; default dist/).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, totalmem, release } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { launchBrowser, ROOT } from '../../tests/e2e/harness'
import { firstFrameThreshold } from './hip-model'
import { runLighthouse, type LighthouseResult } from './lighthouse'
import { HEAP_VIEWPORT, heapOnly, loadRun, machineInfo, motion, SLOW_NETWORK, type LoadRun } from './measures'
import { writePeerPage } from './peer-page'
import { startBenchServer } from './server'
import { buildRows, markdownTable, type PageResults } from './table'
import { peerTarget, resurfaceTarget, STEP_LINK_STEP, stepLinkPage, type Target } from './targets'
import { measureTeaching, summary, type TeachingResult } from './teaching'
import { measureSurgeonViews, viewsSummary, type SurgeonViewsResult } from './surgeon-views'
import { labelsSummary, measureLabels, type LabelsResult } from './labels'
import { measureSecondVisit, type SecondVisitResult } from './second-visit'
import { measureJsFloor } from './js-floor'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    transitions: { type: 'string', default: '5' },
    passes: { type: 'string', default: '10' },
    'idle-seconds': { type: 'string', default: '3' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-peer-lighthouse': { type: 'boolean', default: false },
    'skip-jit-control': { type: 'boolean', default: false },
    dist: { type: 'string' },
  },
})
const int = (s: string | undefined, name: string, min: number): number => {
  const n = Number(s)
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}`)
  return n
}
const RUNS = int(args.runs, 'runs', 1)
const TRANSITIONS = int(args.transitions, 'transitions', 1)
const PASSES = int(args.passes, 'passes', 1)
const IDLE_SECONDS = int(args['idle-seconds'], 'idle-seconds', 1)
const DIST = resolve(args.dist ?? process.env.RESURFACE_DIST ?? join(ROOT, 'dist'))
const OUT = join(ROOT, 'bench-results')

const started = Date.now()
const log = (s: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`)
const strip = ({ shot: _shot, ...run }: LoadRun): Omit<LoadRun, 'shot'> => run

async function main(): Promise<number> {
  await mkdir(join(OUT, 'shots'), { recursive: true })
  const { dir: peerDir, views } = await writePeerPage()
  const { threshold, bones, total } = await firstFrameThreshold()
  const jsFloor = await measureJsFloor()
  const server = await startBenchServer({ '/resurface/': DIST, '/peer/': peerDir })
  log(`serving ${DIST} at ${server.appUrl} and the peer at ${server.peerUrl}`)
  log(`the stack's floor (scripts/bench/floor): ${(jsFloor.gzip / 1000).toFixed(1)} KB of JS, gzip -9`)
  log(`first-frame detector: a frame with more than ${threshold} triangles (half of hip.glb's pelvis + femur, ${bones}; whole file ${total})`)

  const targets: [Target, Target] = [resurfaceTarget(server.appUrl), peerTarget(server.peerUrl, views)]
  const results: PageResults[] = []
  let lighthouse: LighthouseResult[] = []
  let machine: Record<string, string | number> | undefined
  let teaching: TeachingResult | undefined
  let surgeonViews: SurgeonViewsResult | undefined
  let labels: LabelsResult | undefined
  let secondVisit: SecondVisitResult | undefined
  try {
    const browser = await launchBrowser()
    try {
      const gl = await machineInfo(browser)
      machine = {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? '?',
        memoryGB: Math.round(totalmem() / 1e9),
        os: `${process.platform} ${release()}`,
        node: process.version,
        chromium: browser.version(),
        webglRenderer: gl.renderer,
        webglVendor: gl.vendor,
      }
      log(`machine: ${JSON.stringify(machine)}`)

      // cold loads, interleaved so that drift on a shared machine hits both pages alike
      const loads: LoadRun[][] = [[], []]
      for (let i = 0; i < RUNS; i++) {
        for (const [t, target] of targets.entries()) {
          const run = await loadRun(browser, server, target, threshold, { shot: i === 0 })
          if (run.shot) await writeFile(join(OUT, 'shots', `${target.name}-first-frame.png`), run.shot)
          loads[t]!.push(run)
          log(`${target.name} load ${i + 1}/${RUNS}: first hip frame ${run.firstFrameMs.toFixed(0)} ms (${run.firstFrameTriangles} triangles, ${run.firstFrameScreenTriangles} to the canvas), FCP ${run.fcpMs?.toFixed(0) ?? '-'} ms`)
        }
      }
      const slowLoads: LoadRun[] = []
      for (const target of targets) {
        const run = await loadRun(browser, server, target, threshold, { throttle: SLOW_NETWORK })
        slowLoads.push(run)
        log(`${target.name} slow-network load: FCP ${run.fcpMs?.toFixed(0) ?? '-'} ms, first hip frame ${run.firstFrameMs.toFixed(0)} ms`)
      }

      const motions = []
      for (const target of targets) {
        log(`${target.name}: idle, ${TRANSITIONS} transitions, heap over 1 + ${PASSES} passes`)
        motions.push(
          await motion(browser, server.origin, target, threshold, {
            idleSeconds: IDLE_SECONDS,
            // each transition goes one step further; there are only so many steps
            transitions: Math.min(TRANSITIONS, views.length - 1),
            passes: PASSES,
            reducedMotionForCycling: true,
          }, log),
        )
      }
      log('teaching: presenter to audience step delay, pick and occlusion costs')
      teaching = await measureTeaching(browser, server.appUrl, 10)
      log(`teaching: ${JSON.stringify({ sync: summary(teaching.syncMs), pick: summary(teaching.pickMs), occlusion: summary(teaching.occlusionMs) })}`)
      log("surgeon's views: glides in the plain view, the X-ray and the cut; switch times")
      surgeonViews = await measureSurgeonViews(browser, server.appUrl, server.origin, threshold)
      log(`views: ${JSON.stringify(viewsSummary(surgeonViews))}`)
      log('labels: glide end to labels placed, every step')
      labels = await measureLabels(browser, server.appUrl, server.origin, threshold)
      log(`labels: ${JSON.stringify(labelsSummary(labels))}`)
      log(`second visit: ${RUNS} runs, the first hip frame again from the service worker's copy`)
      secondVisit = await measureSecondVisit(browser, server.appUrl, server.origin, threshold, RUNS, log)
      for (const [t, target] of targets.entries()) {
        results.push({ name: target.name, url: target.url, loads: loads[t]!.map(strip), slowLoad: strip(slowLoads[t]!), motion: motions[t]! })
      }
    } finally {
      await browser.close()
    }

    // The control: the same heap cycling in a Chromium whose V8 does not optimise (no Maglev, no
    // TurboFan), so compiled code cannot grow; what growth is left is memory the page keeps.
    if (!args['skip-jit-control']) {
      const control = await launchBrowser({ jsFlags: '--no-opt --no-maglev' })
      try {
        for (const [t, target] of targets.entries()) {
          log(`${target.name}: heap over 1 + ${PASSES} passes with V8's optimising compilers off`)
          results[t]!.heapJitOff = await heapOnly(control, server.origin, target, threshold, { passes: PASSES, reducedMotionForCycling: true }, log)
        }
      } finally {
        await control.close()
      }
    }

    // Lighthouse after the bench's browser is closed, so the two do not share the 2 cores
    if (!args['skip-lighthouse']) {
      const jobs: [string, string][] = [
        [targets[0].name, server.appUrl],
        [stepLinkPage(targets[0].name), `${server.appUrl}?step=${STEP_LINK_STEP}`],
      ]
      if (!args['skip-peer-lighthouse']) jobs.push([targets[1].name, server.peerUrl])
      for (const [name, url] of jobs) {
        for (const preset of ['desktop', 'mobile'] as const) {
          const r = await runLighthouse(name, url, preset)
          lighthouse.push(r)
          log(`Lighthouse ${preset} ${name}: ${Object.entries(r.scores).map(([k, v]) => `${k} ${v ?? '-'}`).join(', ')}`)
        }
      }
    }
  } finally {
    await server.close()
  }
  lighthouse = lighthouse.sort((a, b) => a.preset.localeCompare(b.preset))

  const [R, P] = results as [PageResults, PageResults]
  if (!machine || !R || !P) throw new Error('the browser measures did not complete')
  const rows = buildRows({ resurface: R, peer: P, lighthouse, throttle: SLOW_NETWORK, runs: RUNS, teaching, views: surgeonViews, labels, secondVisit, jsFloor })
  const table = markdownTable(rows)

  // problems that make the numbers untrustworthy, or break the privacy rule
  const foreign = results.flatMap((r) => [...r.loads.flatMap((l) => l.foreignRequests), ...r.slowLoad.foreignRequests, ...r.motion.foreignRequests].map((u) => `${r.name}: ${u}`))
  foreign.push(...lighthouse.flatMap((l) => l.foreignRequests.map((u) => `${l.page} (Lighthouse ${l.preset}): ${u}`)))
  const consoleErrors = [...new Set(results.flatMap((r) => [...r.loads.flatMap((l) => l.consoleErrors), ...r.slowLoad.consoleErrors, ...r.motion.consoleErrors].map((e) => `${r.name}: ${e}`)))]
  foreign.push(...(secondVisit?.foreignRequests ?? []).map((u) => `${R.name} (second visit): ${u}`))
  consoleErrors.push(...new Set((secondVisit?.consoleErrors ?? []).map((e) => `${R.name} (second visit): ${e}`)))

  const lostPoints = lighthouse
    .filter((l) => l.page === R.name)
    .flatMap((l) => l.lost.map((a) => `- ${l.preset} ${a.category}: \`${a.id}\` ${a.title} (score ${a.score ?? '-'}${a.display ? `, ${a.display}` : ''}${a.weight === 0 ? ', weight 0' : ''})`))

  const failed = rows.filter((r) => r.verdict === 'FAIL')
  const canvasOf = (x: PageResults) => {
    const c = x.loads[0]?.canvas
    return c ? `${c.css[0]}x${c.css[1]} CSS px (drawing buffer ${c.buffer[0]}x${c.buffer[1]} at rest)` : 'none found'
  }
  const perPass = (x: PageResults) => x.motion.heap.afterEachPass.map((h) => (h / 1e6).toFixed(2)).join(', ')
  const notes = [
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}, WebGL renderer "${machine.webglRenderer}". Software WebGL: compare the columns as ratios, not with other machines.`,
    `Runs: ${RUNS} cold loads per page (each a fresh browser context, no cache; interleaved), 1 slow-network load per page, ${R.motion.transitions.length} camera transitions, heap over 1 + ${PASSES} passes; viewport 1280x720 at device pixel ratio 1.`,
    `Pages: Resurface at ${new URL(R.url).pathname}${new URL(R.url).search} (production build, ${DIST}); model-viewer 4.4 page made by the bench (bench-results/peer/: the same hip, models/hip.glb and soft-tissue.glb merged into one file with the same meshes and compression, shown as authored, skin included; the app's first step hides skin and muscle, so its first view loads hip.glb only), first-step camera pose, 5 hotspots labelled as the app's first step. Both served from one origin, gzip -9 for text.`,
    `3D canvas: Resurface ${canvasOf(R)}; model-viewer ${canvasOf(P)}. Software WebGL pays per pixel, so frame rates follow canvas size as well as scene cost.`,
    `First hip frame: the first animation frame whose WebGL draw calls pass ${threshold} triangles (half of hip.glb's pelvis + femur), timed at the draw call, from navigation start (init-script probe wrapping the WebGL draw calls; same for both pages).`,
    `JS and model bytes: from one cold load on a slow network (${SLOW_NETWORK.latencyMs} ms RTT, ${SLOW_NETWORK.downKbps / 1000} Mbps, DevTools throttling): the JS and .glb responses that had finished by first contentful paint / by the first hip frame. Sizes are decoded bodies; gzip is each body compressed by the bench with gzip -9. On an unthrottled local load the lazy 3D chunk can finish before the first paint without the paint waiting for it, so the slow load is what shows what each moment needs.`,
    `Frames: "frames drawn" counts animation frames with at least one WebGL draw call; "rAF callbacks" counts the page's own requestAnimationFrame callbacks (the probe's are excluded). Resurface transitions: ArrowRight to the next step, timed while the view's data-camera is "moving". model-viewer transitions: camera-orbit and camera-target set to the app's next step pose, timed until the camera reaches it. Both start from the first step's view.`,
    `Heap: Runtime.getHeapUsage after HeapProfiler.collectGarbage; baseline after the first pass (every step shown once, so every lazily loaded model is in), then ${PASSES} more passes. Resurface: ${targets[0].cycleNote}. model-viewer: ${targets[1].cycleNote}. Both with prefers-reduced-motion: reduce emulated (instant camera moves) and at ${HEAP_VIEWPORT.width}x${HEAP_VIEWPORT.height} (fewer pixels for software WebGL to fill; the JS heap holds nothing per pixel), so the cycling takes a few minutes, not many. Heap after each pass (MB): Resurface ${perPass(R)}; model-viewer ${perPass(P)}. Heap snapshots at the baseline and at the end split V8's compiled code (JIT output, which grows while functions get hot) from everything else; the budget is judged on the whole heap. The control run repeats the cycling in a Chromium started with --js-flags="--no-opt --no-maglev": without optimised code, growth that remains is memory the page keeps.`,
    `Teaching (no model-viewer counterpart): presenter and audience windows in one context at 1280x720; a keydown in the presenter's window to the audience's view showing the new step with two animation frames run after it (page clocks, one machine), ${teaching?.syncMs.length ?? 0} step changes, each after the audience came to rest. Pick and occlusion: the app's own performance measures (resurface:pick, resurface:occlusion) after the accelerated raycaster loaded, walking every step in one page and clicking each shown label's point on 5 of them.`,
    `Surgeon's views (no model-viewer counterpart): one page at the ${'`reduction`'} step, student register, 1280x720; three rounds of X-ray, plain, cut, plain through the view switch. Each switch glides the camera (into the film's pose, to face the cut, back to the step's pose), drawn in the view switched to: frames with draw calls over the glide per second. Switch time: click to the first drawn frame with the view's mark on the 3D view (data-xray, data-cut="on"); the first opening of each fetches its code and interior.glb.`,
    `Labels after the camera comes to rest (no model-viewer counterpart): one page in the student register at 1280x720, Next step through every step and Home back to the first, so each step is reached by a glide once (${labels?.samples.length ?? 0} glides); from the view's data-camera turning "idle" to the labels' data-state "settled" (their occlusion checked and placed in the sharp still frame, drawn ${'`SETTLE_MS`'} after the last moving frame), page clock, MutationObserver; and to data-ready="true". Each step (* has an animation of its own, which the still frame waits for): ${labels?.samples.map((s) => `${s.stepId}${s.animated ? '*' : ''} ${Math.round(s.settledMs)}`).join(', ') ?? '-'} ms.`,
    `Second visit: ${secondVisit?.secondMs.length ?? 0} fresh contexts with the service worker allowed (every other load blocks it): the first visit, then, once the offline copy is complete and the worker controls the page, the same URL again in that page, every file from the worker's cache (the server sends no-store); first hip frame as above, from each navigation's start.`,
    `Lighthouse 12.2.3 over the served build's landing URL (${new URL(server.appUrl).pathname}), desktop preset and default mobile preset, in its own headless Chrome (same executable).`,
  ]

  const report = [
    '## Benchmark: Resurface vs <model-viewer>',
    '',
    table,
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    foreign.length ? `**Requests to another origin (${foreign.length}):**\n${foreign.map((f) => `- ${f}`).join('\n')}` : `No request left the page's origin (both pages, every load${lighthouse.length ? ', and Lighthouse' : ''}).`,
    '',
    consoleErrors.length ? `Console errors:\n${consoleErrors.map((e) => `- ${e}`).join('\n')}` : 'No console errors.',
    '',
    lostPoints.length ? `Lighthouse audits that cost Resurface points:\n${lostPoints.join('\n')}` : 'Lighthouse: no audit cost Resurface points.',
    '',
    failed.length ? `**Budgets not met (${failed.length}):** ${failed.map((r) => r.measure).join('; ')}` : 'All budgets met.',
    '',
  ].join('\n')

  console.log(`\n${report}`)
  await writeFile(join(OUT, 'bench.md'), report)
  await writeFile(
    join(OUT, 'bench.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine, options: { runs: RUNS, transitions: TRANSITIONS, passes: PASSES, idleSeconds: IDLE_SECONDS, dist: DIST, slowNetwork: SLOW_NETWORK }, firstFrameThreshold: { threshold, bones, total }, jsFloor, rows, pages: results, teaching, surgeonViews, labels, secondVisit, lighthouse, foreignRequests: foreign, consoleErrors }, null, 2)}\n`,
  )
  log(`wrote ${join(OUT, 'bench.md')}, ${join(OUT, 'bench.json')} and first-frame screenshots in ${join(OUT, 'shots')}`)
  return failed.length > 0 || foreign.length > 0 ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  },
)
