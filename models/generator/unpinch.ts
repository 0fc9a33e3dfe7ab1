/**
 * Separate pinches. Where a boolean leaves two sheets of one solid touching (a thin shell of
 * removed bone where the native surface grazes the reamer's sphere), manifold-3d keeps the
 * sheets apart with distinct vertices at the same place; a file stores positions only, so a
 * reader that welds by position sees an edge shared by four triangles and a mesh that is no
 * longer watertight. Each extra sheet's vertices at such a point are moved a few hundredths of
 * a millimetre into their own sheet (more than the files' position quantum), which keeps
 * them apart once quantised and changes the shape by nothing visible or measurable.
 */
import type { MeshData } from './mesh'

/** @param stepMm how far a pinched sheet's vertex moves into its sheet; @param gridMm positions closer than this count as one. */
export function unpinch(mesh: MeshData, stepMm = 0.05, gridMm = 0.02): MeshData {
  const P = mesh.positions.slice()
  const nV = P.length / 3
  // Weld by position on a grid, as a quantised file would.
  const key = new Map<string, number>()
  const weld = new Uint32Array(nV)
  for (let i = 0; i < nV; i++) {
    const k = `${Math.round(P[3 * i]! / gridMm)},${Math.round(P[3 * i + 1]! / gridMm)},${Math.round(P[3 * i + 2]! / gridMm)}`
    let w = key.get(k)
    if (w === undefined) key.set(k, (w = key.size))
    weld[i] = w
  }
  const tris: number[] = []
  for (const g of mesh.groups) for (const v of g.indices) tris.push(v)
  const nT = tris.length / 3
  // Undirected welded edges and how many triangles use each.
  const edgeCount = new Map<string, number>()
  const ek = (a: number, b: number): string => (a < b ? `${a}_${b}` : `${b}_${a}`)
  for (let t = 0; t < nT; t++) {
    for (let k = 0; k < 3; k++) {
      const e = ek(weld[tris[3 * t + k]!]!, weld[tris[3 * t + ((k + 1) % 3)]!]!)
      edgeCount.set(e, (edgeCount.get(e) ?? 0) + 1)
    }
  }
  // Triangles around each welded vertex.
  const around = new Map<number, number[]>()
  for (let t = 0; t < nT; t++) {
    for (let k = 0; k < 3; k++) {
      const w = weld[tris[3 * t + k]!]!
      let l = around.get(w)
      if (!l) around.set(w, (l = []))
      l.push(t)
    }
  }
  const moved = new Set<number>()
  for (const [w, ts] of [...around.entries()].sort((a, b) => a[0] - b[0])) {
    // Fans: triangles around w joined across manifold edges (exactly two triangles).
    const parent = ts.map((_, i) => i)
    const find = (a: number): number => {
      while (parent[a] !== a) a = parent[a] = parent[parent[a]!]!
      return a
    }
    const byEdge = new Map<string, number[]>()
    ts.forEach((t, i) => {
      for (let k = 0; k < 3; k++) {
        const a = weld[tris[3 * t + k]!]!
        const b = weld[tris[3 * t + ((k + 1) % 3)]!]!
        if (a !== w && b !== w) continue
        const e = ek(a, b)
        if (edgeCount.get(e) !== 2) continue
        let l = byEdge.get(e)
        if (!l) byEdge.set(e, (l = []))
        l.push(i)
      }
    })
    for (const l of byEdge.values()) if (l.length === 2) parent[find(l[0]!)] = find(l[1]!)
    const fans = new Map<number, number[]>()
    ts.forEach((t, i) => {
      const r = find(i)
      let l = fans.get(r)
      if (!l) fans.set(r, (l = []))
      l.push(t)
    })
    if (fans.size < 2) continue
    // Keep the first fan; move the others' vertices at w toward their fan's centroid.
    for (const fan of [...fans.values()].slice(1)) {
      let cx = 0, cy = 0, cz = 0, n = 0
      const here = new Set<number>()
      for (const t of fan) {
        for (let k = 0; k < 3; k++) {
          const v = tris[3 * t + k]!
          cx += P[3 * v]!
          cy += P[3 * v + 1]!
          cz += P[3 * v + 2]!
          n++
          if (weld[v] === w) here.add(v)
        }
      }
      cx /= n
      cy /= n
      cz /= n
      for (const v of here) {
        if (moved.has(v)) continue
        moved.add(v)
        const dx = cx - P[3 * v]!, dy = cy - P[3 * v + 1]!, dz = cz - P[3 * v + 2]!
        const l = Math.hypot(dx, dy, dz) || 1
        P[3 * v]! += (dx / l) * stepMm
        P[3 * v + 1]! += (dy / l) * stepMm
        P[3 * v + 2]! += (dz / l) * stepMm
      }
    }
  }
  return moved.size ? { ...mesh, positions: P } : mesh
}
