/**
 * A static file server for the browser tests and the benchmark: folders mounted under URL
 * prefixes, on one origin, with `cache-control: no-store` (every load is a cold load).
 */
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.txt'])

export interface StaticHost {
  /** e.g. http://127.0.0.1:41234 */
  origin: string
  /** The file a same-origin URL is served from, or null. */
  fileFor: (url: string) => string | null
  close: () => Promise<void>
}

/**
 * Serves each mount (URL prefix ending in '/' -> folder) on 127.0.0.1 and a random port, as a
 * plain static host would. `gzip`: compress text when the browser asks, as real hosts do.
 */
export async function startStaticServer(mounts: Record<string, string>, { gzip = false }: { gzip?: boolean } = {}): Promise<StaticHost> {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const)
  for (const [, dir] of roots) if (!existsSync(join(dir, 'index.html'))) throw new Error(`Nothing to serve in ${dir} (no index.html)`)
  const gzipped = new Map<string, Buffer>()
  const fileOf = (path: string): string | null => {
    const mount = roots.find(([prefix]) => path.startsWith(prefix))
    if (!mount) return null
    const [prefix, root] = mount
    const file = join(root, normalize(path.slice(prefix.length) || 'index.html'))
    return file.startsWith(root + sep) || file === root ? file : null
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const file = fileOf(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
      if (!file) {
        res.writeHead(404).end('not found')
        return
      }
      try {
        const info = await stat(file)
        const target = info.isDirectory() ? join(file, 'index.html') : file
        let body: Buffer = await readFile(target)
        const ext = extname(target)
        const headers: Record<string, string> = {
          'content-type': TYPES[ext] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        }
        if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          const cached = gzipped.get(target)
          body = cached ?? gzipSync(body, { level: 9 })
          if (!cached) gzipped.set(target, body)
          headers['content-encoding'] = 'gzip'
          headers.vary = 'accept-encoding'
        }
        res.writeHead(200, headers).end(body)
      } catch {
        res.writeHead(404).end('not found')
      }
    })()
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    fileFor: (url) => {
      const u = new URL(url)
      return u.origin === origin ? fileOf(decodeURIComponent(u.pathname)) : null
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
