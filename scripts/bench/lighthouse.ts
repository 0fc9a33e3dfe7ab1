/**
 * Lighthouse 12 over a served page, in its own headless Chrome (chrome-launcher, the same
 * executable as the bench's browser, BROWSER.md's flags): the desktop preset and the default
 * mobile preset. Returns the category scores, the key metrics, the audits that cost points, and
 * any request Lighthouse saw leave the page's origin.
 */
import lighthouse, { desktopConfig, type Config } from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { chromiumArgs, findChromium } from '../../tests/e2e/harness'

export type Preset = 'desktop' | 'mobile'
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const
export type Category = (typeof CATEGORIES)[number]
export const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const
export type Metric = keyof typeof METRICS

export interface LostPoints {
  category: Category
  id: string
  title: string
  score: number | null
  display: string
  /** the audit's weight in its category (0: shown by Lighthouse but not scored) */
  weight: number
}

export interface LighthouseResult {
  page: string
  preset: Preset
  url: string
  scores: Record<Category, number | null>
  /** numeric values: ms, except CLS (unitless) */
  metrics: Record<Metric, number | null>
  metricsDisplay: Record<Metric, string>
  /** audits that scored below 1 in a category (weighted ones first) */
  lost: LostPoints[]
  foreignRequests: string[]
  warnings: string[]
}

interface AuditLike {
  id: string
  title: string
  score: number | null
  scoreDisplayMode: string
  displayValue?: string
  numericValue?: number
  details?: { type?: string; items?: { url?: unknown }[] }
}

export async function runLighthouse(page: string, url: string, preset: Preset): Promise<LighthouseResult> {
  const chromeFlags = ['--headless=new', ...chromiumArgs()]
  const chrome = await chromeLauncher.launch({ chromePath: await findChromium(), chromeFlags, logLevel: 'silent' })
  try {
    const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config)
    if (!result) throw new Error('Lighthouse returned no result')
    const { lhr } = result
    const audits = lhr.audits as unknown as Record<string, AuditLike>
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Record<Category, number | null>
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, audits[id]?.numericValue ?? null])) as Record<Metric, number | null>
    const metricsDisplay = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, audits[id]?.displayValue ?? '-'])) as Record<Metric, string>

    const lost: LostPoints[] = []
    for (const category of CATEGORIES) {
      const refs = [...(lhr.categories[category]?.auditRefs ?? [])].sort((a, b) => b.weight - a.weight)
      for (const ref of refs) {
        const audit = audits[ref.id]
        if (!audit || audit.score === null || audit.score >= 1) continue
        if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue
        // performance: metrics always, other audits only when they flag a real problem
        if (category === 'performance' && ref.weight === 0 && audit.score >= 0.9) continue
        lost.push({ category, id: audit.id, title: audit.title, score: audit.score, display: audit.displayValue ?? '', weight: ref.weight })
      }
    }

    const origin = new URL(url).origin
    const requests = audits['network-requests']?.details?.items ?? []
    const foreignRequests = requests
      .map((item) => String(item.url ?? ''))
      .filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin)

    return { page, preset, url, scores, metrics, metricsDisplay, lost, foreignRequests, warnings: [...lhr.runWarnings] }
  } finally {
    await chrome.kill()
  }
}
