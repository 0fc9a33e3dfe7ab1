/**
 * What a heap is made of, from a V8 heap snapshot (CDP HeapProfiler.takeHeapSnapshot): the
 * bytes of compiled code (V8's JIT output, which grows as functions get hot and is not
 * something the page keeps alive) and of the browser's native objects apart from the JS
 * objects. Used to explain heap growth, not to judge it.
 */
import type { BrowserContext, Page } from 'playwright-core'

export interface HeapBreakdown {
  /** sum of self sizes of every node */
  total: number
  /** nodes of type "code" */
  code: number
  /** nodes of type "native": the browser's (Blink) objects, outside the JS heap proper */
  native: number
  /** everything else: JS objects, strings, arrays, closures, engine internals */
  other: number
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
}

export async function heapBreakdown(context: BrowserContext, page: Page): Promise<HeapBreakdown> {
  const cdp = await context.newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const chunks: string[] = []
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => void chunks.push(e.chunk))
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    const s = JSON.parse(chunks.join('')) as Snapshot
    const fields = s.snapshot.meta.node_fields
    const stride = fields.length
    const typeAt = fields.indexOf('type')
    const sizeAt = fields.indexOf('self_size')
    const types = s.snapshot.meta.node_types[0]
    let total = 0
    let code = 0
    let native = 0
    for (let i = 0; i < s.nodes.length; i += stride) {
      const size = s.nodes[i + sizeAt] ?? 0
      const type = types[s.nodes[i + typeAt] ?? -1]
      total += size
      if (type === 'code') code += size
      else if (type === 'native') native += size
    }
    return { total, code, native, other: total - code - native }
  } finally {
    await cdp.detach()
  }
}
