/**
 * The installed app's icons, drawn once from public/favicon.svg: `node --import tsx scripts/icons.ts`.
 *
 * Renders the SVG in the browser tests' headless Chromium and screenshots it at each size, so the
 * PNGs are the favicon exactly (no image library, no second drawing of the mark). The PNGs are
 * committed (public/icons/); run this again only if the favicon changes.
 *
 * - `icon-<size>.png`: the round mark on a transparent square, as the favicon.
 * - `maskable-<size>.png`: for launchers that crop icons to their own shape (circle, squircle):
 *   the square filled with the mark's navy, the mark's lines scaled into the central safe zone
 *   (a circle whose radius is 40% of the icon's width), so no crop cuts into them.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchBrowser, ROOT } from '../tests/e2e/harness'

const SIZES = [192, 512] as const
const OUT = join(ROOT, 'public', 'icons')

/** The mark's lines without its disc, on a full-bleed navy square, scaled to the safe zone. */
function maskable(svg: string): string {
  const disc = /<circle cx="16" cy="16" r="15" fill="(#[0-9a-f]{6})"\/>/i.exec(svg)
  if (!disc) throw new Error('public/favicon.svg changed: update scripts/icons.ts (it expects the navy disc of r=15)')
  const lines = svg.replace(disc[0], '').replace(/^<svg[^>]*>|<\/svg>\s*$/g, '')
  // At 0.75 the lines' farthest point is about 10.3 of the 32 units from the centre; the safe circle's radius is 12.8.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${disc[1]}"/><g transform="translate(16 16) scale(0.75) translate(-16 -16)">${lines}</g></svg>`
}

async function main(): Promise<void> {
  const favicon = await readFile(join(ROOT, 'public', 'favicon.svg'), 'utf8')
  const drawings = { icon: favicon, maskable: maskable(favicon) }
  await mkdir(OUT, { recursive: true })
  const browser = await launchBrowser()
  try {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
      const page = await context.newPage()
      for (const [name, svg] of Object.entries(drawings)) {
        const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `)
        await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`)
        const png = await page.locator('svg').screenshot({ omitBackground: true })
        const file = join(OUT, `${name}-${size}.png`)
        await writeFile(file, png)
        console.log(`${file} (${png.length} bytes)`)
      }
      await context.close()
    }
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
