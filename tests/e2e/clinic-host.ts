/**
 * A clinic's page on ANOTHER origin than the app (its own static server, so its own port) that
 * frames the app: an iframe whose src and size come from the page's query, a sibling frame of
 * the clinic's own, and every message the app's frame posts kept in `window.events`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startStaticServer } from '../static-server'

const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A clinic's page</title>
<style>body{margin:0;padding:12px;font-family:sans-serif;background:#eef1e6}h1{font-size:18px;margin:0 0 8px}iframe{display:block;border:1px solid #777}</style>
</head><body>
<h1>Riverside Clinic: your operation</h1>
<iframe id="app" name="app" title="Resurface" allow="fullscreen"></iframe>
<iframe id="sibling" src="sibling.html" width="40" height="20" title="Another widget"></iframe>
<script>
  const q = new URLSearchParams(location.search)
  const app = document.getElementById('app')
  app.width = q.get('w'); app.height = q.get('h')
  window.events = []
  addEventListener('message', (e) => { if (e.source === app.contentWindow) window.events.push(e.data) })
  app.src = q.get('src')
</script>
</body></html>`
const SIBLING_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>widget</title></head><body>w</body></html>'

export interface ClinicHost {
  origin: string
  /** The clinic's own files: requests to them are not the app's. */
  files: ReadonlySet<string>
  /** The clinic's page framing the app at `src`, in a frame of this size. */
  pageUrl: (src: string, size: { w: number; h: number }) => string
  close: () => Promise<void>
}

export async function startClinicHost(): Promise<ClinicHost> {
  const dir = await mkdtemp(join(tmpdir(), 'resurface-host-'))
  await writeFile(join(dir, 'index.html'), HOST_PAGE)
  await writeFile(join(dir, 'sibling.html'), SIBLING_PAGE)
  const server = await startStaticServer({ '/clinic/': dir })
  return {
    origin: server.origin,
    files: new Set([`${server.origin}/clinic/index.html`, `${server.origin}/clinic/sibling.html`, `${server.origin}/favicon.ico`]),
    pageUrl: (src, size) => `${server.origin}/clinic/index.html?${new URLSearchParams({ src, w: String(size.w), h: String(size.h) })}`,
    close: async () => {
      await server.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
