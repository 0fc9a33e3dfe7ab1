/**
 * The first hip frame on a second visit, from the service worker's copy (src/features/offline).
 * model-viewer's page has no worker: no peer column.
 *
 * Each run is a fresh context with service workers allowed: the first visit loads the app, then
 * waits until the copy is complete and the worker controls the page; the second opens the same
 * URL again in that page. Both times are the frame probe's, from each navigation's start. The
 * bench's server sends `no-store`, so without the worker the second visit would download every
 * file again: the difference is the copy's. The run fails if the second visit's model did not
 * come through the worker.
 *
 * Alone (the rest of the bench takes minutes): `node --import tsx scripts/bench/second-visit.ts
 * [--runs N] [--dist folder]` builds nothing; it serves the given build (default dist/, or
 * $RESURFACE_DIST) and prints the row.
 */
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'
import { launchBrowser, ROOT } from '../../tests/e2e/harness'
import { startStaticServer } from '../../tests/static-server'
import { newBenchPage } from './bench-page'
import { firstFrameThreshold } from './hip-model'
import { markdownTable, median, row, type Row } from './table'
import { resurfaceTarget } from './targets'

export interface SecondVisitResult {
  /** First hip frame of each run's first visit (service worker allowed, nothing stored yet), ms. */
  firstMs: number[]
  /** First hip frame of each run's second visit, every file from the worker's copy, ms. */
  secondMs: number[]
  consoleErrors: string[]
  foreignRequests: string[]
}

const firstFrame = async (page: Page): Promise<number> => {
  await page.waitForFunction(() => window.__bench?.firstFrameAt != null, undefined, { timeout: 90_000, polling: 'raf' })
  return page.evaluate(() => window.__bench?.firstFrameAt ?? Number.NaN)
}

export async function measureSecondVisit(
  browser: Parameters<typeof newBenchPage>[0],
  appUrl: string,
  origin: string,
  threshold: number,
  runs: number,
  log: (s: string) => void = () => undefined,
): Promise<SecondVisitResult> {
  const url = resurfaceTarget(appUrl).url
  const result: SecondVisitResult = { firstMs: [], secondMs: [], consoleErrors: [], foreignRequests: [] }
  for (let i = 0; i < runs; i++) {
    const { page, problems, close } = await newBenchPage(browser, origin, threshold, { serviceWorkers: 'allow' })
    try {
      await page.goto(url)
      const first = await firstFrame(page)
      await page.locator('.notice-region[data-offline="ready"]').waitFor({ state: 'attached', timeout: 90_000 })
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })
      await page.goto(url)
      const second = await firstFrame(page)
      const fromWorker = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((e) => e.name.endsWith('.glb') && e.workerStart > 0),
      )
      if (!fromWorker) throw new Error('second visit: the model did not come through the service worker')
      result.firstMs.push(first)
      result.secondMs.push(second)
      result.consoleErrors.push(...problems.consoleErrors)
      result.foreignRequests.push(...problems.foreignRequests)
      log(`second visit ${i + 1}/${runs}: first hip frame ${first.toFixed(0)} ms on the first visit, ${second.toFixed(0)} ms on the second`)
    } finally {
      await close()
    }
  }
  return result
}

export function secondVisitRows({ firstMs, secondMs }: SecondVisitResult): Row[] {
  const ms = (v: number) => `${Math.round(v)} ms`
  const first = median(firstMs)
  return [
    row(
      `Navigation to first hip frame, second visit (from the service worker's cache), median of ${secondMs.length}`,
      median(secondMs),
      null,
      (v) => `${ms(v)} (first visit ${ms(first)})`,
    ),
  ]
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, dist: { type: 'string' } } })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be an integer >= 1')
  const dist = resolve(values.dist ?? process.env.RESURFACE_DIST ?? join(ROOT, 'dist'))
  const { threshold } = await firstFrameThreshold()
  const host = await startStaticServer({ '/resurface/': dist }, { gzip: true })
  const browser = await launchBrowser()
  try {
    const result = await measureSecondVisit(browser, `${host.origin}/resurface/`, host.origin, threshold, runs, console.log)
    console.log(`\n${markdownTable(secondVisitRows(result))}\n`)
    const problems = [...result.consoleErrors, ...result.foreignRequests]
    if (problems.length) console.log(`Problems:\n${problems.map((p) => `- ${p}`).join('\n')}`)
    return problems.length ? 1 : 0
  } finally {
    await browser.close()
    await host.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error)
      process.exit(2)
    },
  )
}
