/**
 * Topology of a triangle mesh read back from a file: welds vertices that share a position
 * (normals split them), then checks every directed edge is matched by exactly one opposite
 * edge (closed, consistently oriented: watertight), and counts components and genus from the
 * Euler characteristic.
 */
import type { TriMesh } from './measure'

export interface Topology {
  vertices: number
  triangles: number
  /** Directed edges without exactly one opposite partner (0 = watertight). */
  openEdges: number
  components: number
  /** Sum over components of each one's genus. */
  genus: number
}

export function topology(m: TriMesh): Topology {
  const key = new Map<string, number>()
  const weld = new Uint32Array(m.positions.length / 3)
  for (let i = 0; i < weld.length; i++) {
    const k = `${m.positions[3 * i]},${m.positions[3 * i + 1]},${m.positions[3 * i + 2]}`
    let v = key.get(k)
    if (v === undefined) key.set(k, (v = key.size))
    weld[i] = v
  }
  const V = key.size
  const parent = new Uint32Array(V)
  for (let i = 0; i < V; i++) parent[i] = i
  const find = (a: number): number => {
    while (parent[a] !== a) a = parent[a] = parent[parent[a]!]!
    return a
  }
  const directed = new Map<string, number>()
  const F = m.indices.length / 3
  for (let t = 0; t < F; t++) {
    for (let k = 0; k < 3; k++) {
      const a = weld[m.indices[3 * t + k]!]!
      const b = weld[m.indices[3 * t + ((k + 1) % 3)]!]!
      const e = `${a}>${b}`
      directed.set(e, (directed.get(e) ?? 0) + 1)
      parent[find(a)] = find(b)
    }
  }
  let open = 0
  for (const [e, n] of directed) {
    const [a, b] = e.split('>')
    if (n !== 1 || directed.get(`${b}>${a}`) !== 1) open++
  }
  const roots = new Set<number>()
  for (let i = 0; i < V; i++) roots.add(find(i))
  const E = directed.size / 2
  const chi = V - E + F
  const components = roots.size
  return { vertices: V, triangles: F, openEdges: open, components, genus: (2 * components - chi) / 2 }
}
