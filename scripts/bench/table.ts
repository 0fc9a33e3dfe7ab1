/**
 * From raw results to the printed table: one row per measure, Resurface | model-viewer | ratio
 * (Resurface / model-viewer) | budget | verdict. Budgets are the issues' (#5, raised by #14: JS
 * before the first 3D frame at most model-viewer's, the slow-network first frame at most 0.85x
 * its, Lighthouse performance 0.98 desktop and 0.9 mobile); a row without a budget is there for
 * context and has no verdict.
 */
import type { LighthouseResult, Category, Metric } from './lighthouse'
import { STEP_LINK_LABEL, stepLinkPage } from './targets'
import { bytesBy, type LoadRun, type MotionResult, type Throttle } from './measures'
import type { TeachingResult } from './teaching'
import type { SurgeonViewsResult } from './surgeon-views'
import { labelsSummary, type LabelsResult } from './labels'
import { secondVisitRows, type SecondVisitResult } from './second-visit'
import type { JsFloor } from './js-floor'

export interface PageResults {
  name: string
  url: string
  /** cold loads, unthrottled (timing) */
  loads: Omit<LoadRun, 'shot'>[]
  /** one cold load on a slow network (which bytes each moment waited for) */
  slowLoad: Omit<LoadRun, 'shot'>
  motion: MotionResult
  /** the heap cycling again with V8's optimising compilers off (the control run) */
  heapJitOff?: MotionResult['heap']
}

export interface Row {
  measure: string
  resurface: string
  peer: string
  ratio: string
  budget: string
  verdict: '' | 'pass' | 'FAIL'
  /** the numbers behind the cells, for bench.json */
  values: { resurface: number | null; peer: number | null }
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const ms = (v: number) => `${Math.round(v)} ms`
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
const fps = (v: number) => v.toFixed(1)
const ratioOf = (r: number | null, p: number | null): string => {
  if (r === null || p === null || !Number.isFinite(r) || !Number.isFinite(p)) return '—'
  // a ratio of a growth and a shrinkage (or of nothing) says nothing
  if (p === 0 || r * p < 0) return '—'
  return `${(r / p).toFixed(2)}×`
}

export function row(
  measure: string,
  r: number | null,
  p: number | null,
  format: (v: number) => string,
  budget = '',
  pass?: boolean,
  peerNote = '',
): Row {
  return {
    measure,
    resurface: r === null ? '—' : format(r),
    peer: p === null ? '—' : `${format(p)}${peerNote}`,
    // a note means the two cells do not measure the same thing: no ratio
    ratio: peerNote ? '—' : ratioOf(r, p),
    budget,
    verdict: pass === undefined ? '' : pass ? 'pass' : 'FAIL',
    values: { resurface: r, peer: p },
  }
}

/** Drawn frames per second, saying so when the page draws nothing at rest. */
const drawn = (v: number) => (v < 0.5 ? `${fps(v)} (renders on demand)` : fps(v))

export interface TableInput {
  resurface: PageResults
  peer: PageResults
  lighthouse: LighthouseResult[]
  throttle: Throttle
  runs: number
  teaching?: TeachingResult
  views?: SurgeonViewsResult
  labels?: LabelsResult
  secondVisit?: SecondVisitResult
  jsFloor?: JsFloor
}

/** The labels' rows (issue 14), apart so the labels bench can print them alone. */
export function labelsRows(labels: LabelsResult): Row[] {
  const rows: Row[] = []
  // Issue 14: labels shown within 300 ms of the camera coming to rest, on every step.
  const { n, medianMs, worst, readyMedianMs, withoutAnimation: still } = labelsSummary(labels)
  rows.push(row(`Labels placed after the camera comes to rest (glide end to labels settled), median of ${n} steps`, medianMs, null, ms, '< 300 ms', medianMs < 300))
  rows.push(row(`Labels placed after the camera comes to rest, worst step (${worst?.stepId ?? '—'})`, worst?.ms ?? null, null, ms, '< 300 ms', worst !== null && worst.ms < 300))
  // The still frame waits for a step's own animation to end: the steps without one, apart.
  rows.push(row(`… steps without an animation of their own, worst of ${still.n} (${still.worst?.stepId ?? '—'})`, still.worst?.ms ?? null, null, ms))
  rows.push(row(`Glide end to the view's data-ready="true", median of ${n} steps`, readyMedianMs, null, ms))
  return rows
}

export function buildRows({ resurface: R, peer: P, lighthouse, throttle, teaching, views, labels, secondVisit, jsFloor }: TableInput): Row[] {
  const rows: Row[] = []
  const slow = `${throttle.latencyMs} ms RTT, ${throttle.downKbps / 1000} Mbps`

  const render = (x: PageResults) => bytesBy(x.slowLoad, 'js', x.slowLoad.fcpMs ?? Number.POSITIVE_INFINITY)
  const frame = (x: PageResults, kind: 'js' | 'glb') => bytesBy(x.slowLoad, kind, x.slowLoad.firstFrameMs)
  const rRender = render(R)
  const pRender = render(P)
  // The peer page's first paint is its hotspot buttons' text, before <model-viewer> is defined.
  const early = ' (hotspot text only)'
  rows.push(row(`JS before first render (first contentful paint; ${slow}), raw`, rRender.raw, pRender.raw, kb, '', undefined, early))
  rows.push(row('JS before first render, gzip -9', rRender.gzip, pRender.gzip, kb, '≤ 350 KB', rRender.gzip <= 350_000, early))
  rows.push(row('JS before first 3D frame, raw', frame(R, 'js').raw, frame(P, 'js').raw, kb))
  rows.push(row('JS before first 3D frame, gzip -9', frame(R, 'js').gzip, frame(P, 'js').gzip, kb, '≤ model-viewer', frame(R, 'js').gzip <= frame(P, 'js').gzip))
  // What of that the stack itself takes: the least app on it that draws hip.glb (scripts/bench/floor).
  if (jsFloor) rows.push(row('… of which the stack alone (React, R3F, three.js, the glb reader: scripts/bench/floor), gzip -9', jsFloor.gzip, frame(P, 'js').gzip, kb))
  rows.push(row('Model bytes (.glb) before first 3D frame', frame(R, 'glb').raw, frame(P, 'glb').raw, kb))

  const ff = (x: PageResults) => median(x.loads.map((l) => l.firstFrameMs))
  const fcp = (x: PageResults) => median(x.loads.map((l) => l.fcpMs ?? Number.NaN))
  rows.push(row(`Navigation to first frame showing the hip, median of ${R.loads.length}`, ff(R), ff(P), ms, '≤ model-viewer', ff(R) <= ff(P)))
  if (secondVisit) rows.push(...secondVisitRows(secondVisit))
  rows.push(row(`First contentful paint, median of ${R.loads.length}`, fcp(R), fcp(P), ms, '', undefined, early))
  const SLOW_FIRST_FRAME_RATIO = 0.85
  rows.push(
    row(
      `Navigation to first hip frame on a slow network (${slow}), 1 load`,
      R.slowLoad.firstFrameMs,
      P.slowLoad.firstFrameMs,
      ms,
      `≤ ${SLOW_FIRST_FRAME_RATIO}× model-viewer`,
      R.slowLoad.firstFrameMs <= SLOW_FIRST_FRAME_RATIO * P.slowLoad.firstFrameMs,
    ),
  )

  rows.push(row('Idle: frames drawn per second', R.motion.idle.drawnFps, P.motion.idle.drawnFps, drawn))
  rows.push(row('Idle: rAF callbacks per second', R.motion.idle.rafPerSecond, P.motion.idle.rafPerSecond, fps))
  const tr = (x: PageResults, k: 'drawnFps' | 'rafPerSecond' | 'ms') => median(x.motion.transitions.map((t) => t[k]))
  const n = R.motion.transitions.length
  rows.push(row(`Camera transition: frames drawn per second, median of ${n}`, tr(R, 'drawnFps'), tr(P, 'drawnFps'), fps, '≥ model-viewer', tr(R, 'drawnFps') >= tr(P, 'drawnFps')))
  rows.push(row('Camera transition: rAF callbacks per second', tr(R, 'rafPerSecond'), tr(P, 'rafPerSecond'), fps))
  rows.push(row('Camera transition: duration', tr(R, 'ms'), tr(P, 'ms'), ms))

  const heap = (x: PageResults) => x.motion.heap
  const growth = (x: PageResults) => heap(x).afterPasses / heap(x).afterFirstPass - 1
  rows.push(row('JS heap after load (after GC)', heap(R).firstLoad, heap(P).firstLoad, mb))
  rows.push(row('JS heap after the first pass over every step', heap(R).afterFirstPass, heap(P).afterFirstPass, mb))
  rows.push(row(`JS heap after ${heap(R).passes} more passes forward and back`, heap(R).afterPasses, heap(P).afterPasses, mb))
  rows.push(row(`JS heap growth over those ${heap(R).passes} passes`, growth(R) * 100, growth(P) * 100, (v) => `${v.toFixed(1)} %`, '< 10 %', growth(R) < 0.1))
  // the same growth without V8's compiled code (heap snapshots), to tell warm-up from retention
  const objects = (x: PageResults) => {
    const { afterFirstPass: a, afterPasses: b } = heap(x).snapshots
    return ((b.other - a.other) / a.other) * 100
  }
  const code = (x: PageResults) => heap(x).snapshots.afterPasses.code - heap(x).snapshots.afterFirstPass.code
  rows.push(row('… of which V8 compiled code (JIT; heap snapshots)', code(R), code(P), (v) => `${v >= 0 ? '+' : ''}${(v / 1e6).toFixed(2)} MB`))
  rows.push(row('… growth of JS objects alone (no compiled code, no browser-native objects)', objects(R), objects(P), (v) => `${v.toFixed(1)} %`))
  if (R.heapJitOff && P.heapJitOff) {
    const off = (h: MotionResult['heap']) => (h.afterPasses / h.afterFirstPass - 1) * 100
    rows.push(row(`JS heap growth over ${R.heapJitOff.passes} passes, V8 optimising compilers off (control run)`, off(R.heapJitOff), off(P.heapJitOff), (v) => `${v.toFixed(1)} %`))
  }

  if (teaching) {
    const sync = median(teaching.syncMs)
    const pick = median(teaching.pickMs)
    const worstPick = teaching.pickMs.length ? Math.max(...teaching.pickMs) : Number.NaN
    const occlusion = median(teaching.occlusionMs)
    const fine = (v: number) => `${v.toFixed(2)} ms`
    rows.push(row(`Presenter step change to the audience window's new step drawn, median of ${teaching.syncMs.length}`, sync, null, ms, '< 100 ms', sync < 100))
    rows.push(row(`Pick (touch a structure), median of ${teaching.pickMs.length}`, pick, null, fine, '< 2 ms', pick < 2))
    rows.push(row('Pick, worst', worstPick, null, fine))
    rows.push(row(`Labels' occlusion check per still frame, median of ${teaching.occlusionMs.length}`, occlusion, null, fine))
  }

  if (labels) rows.push(...labelsRows(labels))

  if (views) {
    const plain = median(views.glideFps.plain)
    const xray = median(views.glideFps.xray)
    const cut = median(views.glideFps.cut)
    const ratio = (v: number) => `${fps(v)} (${(v / plain).toFixed(2)}x the plain view)`
    rows.push(row(`Camera glide, plain 3D view: frames drawn per second, median of ${views.glideFps.plain.length}`, plain, null, fps))
    rows.push(row(`Camera glide in the X-ray, median of ${views.glideFps.xray.length}`, xray, null, ratio, '≥ 0.7x plain', xray >= 0.7 * plain))
    rows.push(row(`Camera glide with the cut on, median of ${views.glideFps.cut.length}`, cut, null, ratio, '≥ 0.7x plain', cut >= 0.7 * plain))
    for (const view of ['xray', 'cut'] as const) {
      const name = view === 'xray' ? 'the X-ray' : 'the cut'
      const cold = views.coldSwitchMs[view]
      if (cold !== undefined) rows.push(row(`Switch to ${name}, first time (its code and interior.glb fetched)`, cold, null, ms))
      rows.push(row(`Switch to ${name} again, median of ${views.warmSwitchMs[view].length}`, median(views.warmSwitchMs[view]), null, ms))
    }
    rows.push(row(`Switch back to the plain view, median of ${views.warmSwitchMs.plain.length}`, median(views.warmSwitchMs.plain), null, ms))
  }

  const LH_BUDGET: Record<Category, { desktop: number; mobile: number }> = {
    performance: { desktop: 0.98, mobile: 0.9 },
    accessibility: { desktop: 1, mobile: 1 },
    'best-practices': { desktop: 0.95, mobile: 0.95 },
  }
  const metricFormat: Record<Metric, (v: number) => string> = {
    FCP: ms,
    LCP: ms,
    TBT: ms,
    CLS: (v) => v.toFixed(3),
    SI: ms,
  }
  // The bare app beside model-viewer, then a step link (the peer has no steps: no peer column).
  const pages: [page: string, label: string, peer: string | null][] = [
    [R.name, '', P.name],
    [stepLinkPage(R.name), `, ${STEP_LINK_LABEL}`, null],
  ]
  for (const [page, label, peer] of pages) {
    for (const preset of ['desktop', 'mobile'] as const) {
      const r = lighthouse.find((l) => l.page === page && l.preset === preset)
      if (!r) continue
      const p = lighthouse.find((l) => l.page === peer && l.preset === preset) ?? null
      for (const category of Object.keys(LH_BUDGET) as Category[]) {
        const budget = LH_BUDGET[category][preset]
        const score = r.scores[category]
        rows.push(row(`Lighthouse ${preset}${label}: ${category}`, score, p?.scores[category] ?? null, (v) => v.toFixed(2), `≥ ${budget}`, score !== null && score >= budget))
      }
      for (const metric of Object.keys(metricFormat) as Metric[]) {
        rows.push(row(`Lighthouse ${preset}${label}: ${metric}`, r.metrics[metric], p?.metrics[metric] ?? null, metricFormat[metric]))
      }
    }
  }
  return rows
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|')

export function markdownTable(rows: Row[]): string {
  const head = ['Measure', 'Resurface', 'model-viewer', 'Ratio (R/mv)', 'Budget', 'Verdict']
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`]
  for (const r of rows) lines.push(`| ${[r.measure, r.resurface, r.peer, r.ratio, r.budget, r.verdict].map(escapeCell).join(' | ')} |`)
  return lines.join('\n')
}
