/**
 * One static server, one origin, for both pages: the production build under /resurface/ (as the
 * e2e harness serves it) and the generated peer page under /peer/.
 *
 * Unlike the harness's server it compresses text (gzip -9, when the browser asks for it), as
 * any real static host does. Lighthouse's simulated mobile network charges transfer bytes, so an
 * uncompressed server would understate both pages. The bench's own byte counts do not depend
 * on this: they are taken from response bodies (decoded) and gzipped by the bench itself.
 */
import { startStaticServer, type StaticHost } from '../../tests/static-server'

export interface BenchServer extends StaticHost {
  /** The app: http://127.0.0.1:port/resurface/ */
  appUrl: string
  /** The model-viewer page: http://127.0.0.1:port/peer/ */
  peerUrl: string
}

export async function startBenchServer(mounts: { '/resurface/': string; '/peer/': string }): Promise<BenchServer> {
  const host = await startStaticServer(mounts, { gzip: true })
  return { ...host, appUrl: `${host.origin}/resurface/`, peerUrl: `${host.origin}/peer/` }
}
