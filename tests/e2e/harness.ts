/**
 * The end-to-end harness: one real headless Chromium (software WebGL), the production build
 * served from a sub-path by a tiny in-process static server, and a watch over every page for
 * console errors, page errors and requests to any other origin. See ../shared/testing/BROWSER.md.
 *
 * Tests wait for signals the app gives (data-ready / data-step / data-camera / data-status on the
 * 3D view's container, the DOM itself), never for fixed sleeps.
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { after, before } from 'node:test'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { startStaticServer } from '../static-server'

export const ROOT = resolve(import.meta.dirname, '../..')
/** The build under test; RESURFACE_DIST points the tests at another build folder. */
export const DIST = resolve(process.env.RESURFACE_DIST ?? join(ROOT, 'dist'))
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots')
/** The app is served from a sub-path, as on a static host that is not the domain's root. */
export const BASE_PATH = '/resurface/'

// ---- Chromium -------------------------------------------------------------

/** $CHROME_PATH, then the system Chromium, then the npm-shipped @sparticuz/chromium. Throws if none. */
export async function findChromium(): Promise<string> {
  const tried: string[] = []
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    tried.push(`$CHROME_PATH=${fromEnv} (missing)`)
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(path)) return path
    tried.push(path)
  }
  try {
    const sparticuz = (await import('@sparticuz/chromium')).default
    const path = await sparticuz.executablePath()
    if (path && existsSync(path)) return path
    tried.push(`@sparticuz/chromium gave ${String(path)}`)
  } catch (error) {
    tried.push(`@sparticuz/chromium failed: ${String(error)}`)
  }
  throw new Error(`No Chromium found for the browser tests; tried: ${tried.join('; ')}. Set CHROME_PATH.`)
}

const BASE_ARGS = [
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * `webgl: false` launches a Chromium with no WebGL at all, as on a machine that cannot run it.
 * `jsFlags` go to V8 (the benchmark's control run turns the optimising compilers off).
 */
export async function launchBrowser({ webgl = true, jsFlags }: { webgl?: boolean; jsFlags?: string } = {}): Promise<Browser> {
  const args = chromiumArgs()
  if (jsFlags) args.push(`--js-flags=${jsFlags}`)
  if (!webgl) args.push('--disable-webgl', '--disable-webgl2', '--disable-3d-apis')
  return chromium.launch({ executablePath: await findChromium(), args })
}

/** The flags every Chromium of the tests and the benchmark starts with (Lighthouse's too). */
export function chromiumArgs(): string[] {
  const args = [...BASE_ARGS]
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  return args
}

// ---- static server ----------------------------------------------------------

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string
  /** The app's address, under the sub-path: http://127.0.0.1:41234/resurface/ */
  appUrl: string
  close: () => Promise<void>
}

/** Serves `dist/` under BASE_PATH on 127.0.0.1 and a random port, as any plain static host would. */
export async function startServer(root = DIST): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No build in ${root}: run "vite build" first`)
  const host = await startStaticServer({ [BASE_PATH]: root })
  return { origin: host.origin, appUrl: `${host.origin}${BASE_PATH}`, close: host.close }
}

// ---- watching a page ----------------------------------------------------------

export interface Problems {
  consoleErrors: string[]
  pageErrors: string[]
  foreignRequests: string[]
}

/**
 * Records what must never happen: console errors, uncaught errors, and requests to any origin
 * but the app's own (data: and blob: URLs are the page's own).
 */
export function watch(context: BrowserContext, page: Page, origin: string): Problems {
  const problems: Problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] }
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(`${msg.text()} @ ${msg.location().url}`)
  })
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)))
  context.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url)
  })
  return problems
}

/** An empty report, or a readable list of what went wrong, for assert.deepEqual. */
export function problemsOf(problems: Problems, allow: { console?: RegExp } = {}): Problems {
  return {
    consoleErrors: problems.consoleErrors.filter((e) => !(allow.console?.test(e) ?? false)),
    pageErrors: [...problems.pageErrors],
    foreignRequests: [...problems.foreignRequests],
  }
}
export const NO_PROBLEMS: Problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] }

// ---- One rig per test file -------------------------------------------------

export interface BrowserRig {
  browser: Browser
  server: StaticServer
}

export interface AppRig extends BrowserRig {
  app: AppPage
}

/**
 * Registers the test file's before/after hooks: one Chromium and one server, plus one app page
 * when `page` is given, closed after the file's tests in the right order (page, browser,
 * server). The returned object is filled in by the time the tests run.
 */
function useRig(webgl: boolean, page: BrowserContextOptions | null): AppRig {
  const rig = {} as AppRig
  before(async () => {
    ;[rig.browser, rig.server] = await Promise.all([launchBrowser({ webgl }), startServer()])
    if (page) rig.app = await newAppPage(rig.browser, rig.server, page)
  })
  after(async () => {
    await rig.app?.close()
    await rig.browser?.close()
    await rig.server?.close()
  })
  return rig
}

/** A browser and a server for a file whose tests open their own pages. */
export const useBrowser = ({ webgl = true }: { webgl?: boolean } = {}): BrowserRig => useRig(webgl, null)

/** A browser, a server and one app page (with these context options) shared by a file's tests. */
export const useAppPage = ({ webgl = true, ...page }: { webgl?: boolean } & BrowserContextOptions = {}): AppRig => useRig(webgl, page)

export interface AppPage {
  context: BrowserContext
  page: Page
  problems: Problems
  /** Opens the app with this query (e.g. "?step=incision") and waits for the step panel. */
  open: (search?: string) => Promise<void>
  close: () => Promise<void>
}

export const DESKTOP = { width: 1280, height: 720 }
export const PHONE = { width: 390, height: 844 }

export async function newAppPage(
  browser: Browser,
  server: StaticServer,
  options: BrowserContextOptions = {},
): Promise<AppPage> {
  // No service worker unless the test asks for one (`serviceWorkers: 'allow'`): every page is a
  // first visit, and page.route sees every request (it does not see those a worker answers).
  const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block', ...options })
  const page = await context.newPage()
  const problems = watch(context, page, server.origin)
  return {
    context,
    page,
    problems,
    open: async (search = '') => {
      await page.goto(`${server.appUrl}${search}`)
      await page.locator('#step-title').waitFor()
    },
    close: () => context.close(),
  }
}

/**
 * tsx compiles test files keeping function names (`__name(fn, "name")`), and functions passed to
 * page.evaluate run in the page, where that helper does not exist: evaluate this first to give
 * the page a no-op one.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn'

// ---- the 3D view's signals ------------------------------------------------------

/**
 * The 3D view's container (src/ui/Viewport.tsx). It carries data-step (the step it shows),
 * data-camera ("moving" during a glide, else "idle"), data-status ("loading", "ready",
 * "error", "context-lost" or "no-webgl"), data-models ("partial" or "complete") and data-ready
 * (src/scene/readiness.ts): "true" once the step is fully ready, "false" from any change.
 */
export const VIEW = '.viewport[data-camera]'
/** A label pinned in the 3D view that is currently shown (not behind geometry). */
export const SHOWN_LABEL = '.scene-label[data-visible="true"]'

const ready = (stepId: string) => `${VIEW}[data-step="${stepId}"][data-ready="true"]`

/**
 * The view shows `stepId` fully ready (data-ready): every model file it wants loaded, the
 * camera at rest, the sharp still frame drawn and every label's visibility checked and placed
 * in it. Checked again two frames later, so a change that starts just after (a step's
 * animation, a file arriving) is not mistaken for rest.
 */
export async function waitForView(page: Page, stepId: string, timeout = 60_000): Promise<void> {
  await page.locator(ready(stepId)).waitFor({ timeout })
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await page.locator(ready(stepId)).waitFor({ timeout })
}

/** The URL's query as an object, for assertions. */
export function queryOf(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams)
}

// ---- pixels ---------------------------------------------------------------------

/** A PNG of the 3D view alone (the canvas, with the DOM labels over it). */
export async function viewShot(page: Page): Promise<Buffer> {
  return page.locator(VIEW).screenshot({ animations: 'disabled' })
}

/** How many pixels differ from the image's most common colour (the background) by more than a little. */
export function foregroundPixels(png: Buffer): { count: number; total: number } {
  const image = PNG.sync.read(png)
  const counts = new Map<number, number>()
  const { data } = image
  for (let i = 0; i < data.length; i += 4) {
    // quantise a little so a gradient background still has one dominant colour
    const key = ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  let bgKey = 0
  let best = -1
  for (const [key, n] of counts) if (n > best) [bgKey, best] = [key, n]
  const bg = [(bgKey >> 10) << 3, ((bgKey >> 5) & 31) << 3, (bgKey & 31) << 3] as const
  let count = 0
  for (let i = 0; i < data.length; i += 4) {
    const d = Math.abs(data[i]! - bg[0]) + Math.abs(data[i + 1]! - bg[1]) + Math.abs(data[i + 2]! - bg[2])
    if (d > 48) count++
  }
  return { count, total: data.length / 4 }
}

/** Share of pixels that differ noticeably between two same-sized PNGs. */
export function differingShare(a: Buffer, b: Buffer): number {
  const pa = PNG.sync.read(a)
  const pb = PNG.sync.read(b)
  if (pa.width !== pb.width || pa.height !== pb.height) return 1
  let differ = 0
  for (let i = 0; i < pa.data.length; i += 4) {
    const d =
      Math.abs(pa.data[i]! - pb.data[i]!) + Math.abs(pa.data[i + 1]! - pb.data[i + 1]!) + Math.abs(pa.data[i + 2]! - pb.data[i + 2]!)
    if (d > 48) differ++
  }
  return differ / (pa.width * pa.height)
}

export async function saveScreenshot(name: string, png: Buffer): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true })
  const path = join(SCREENSHOTS, name)
  await writeFile(path, png)
  return path
}
