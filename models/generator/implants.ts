/**
 * The two implants, seated, as revolved profiles:
 * - femoral cap: a thin spherical shell whose inside is the prepared head's contour offset by
 *   the cement gap, with a short central stem along the guide-pin axis;
 * - acetabular cup: a hemispherical shell whose outer diameter is the final reamer size.
 */
import { arc, revolveY, toWorld } from './machined'
import type { Tissue } from '../contract'
import type { Manifold } from './mesh'
import { cupFrame, pinFrame, prepared } from './preparation'

export function femoralCap(): Manifold {
  const p = prepared
  const skirtOuter = Math.sqrt(p.capOuter ** 2 - p.capSkirt ** 2)
  const chamferFootS = p.capChamferK - p.capInnerRadius
  const topFlatR = p.capChamferK - p.capInnerTop
  const outer = arc(p.capOuter, (Math.asin(p.capSkirt / p.capOuter) * 180) / Math.PI, 90, 24)
  const profile: [number, number][] = [
    [0, p.stemEnd],
    [p.stemRadius - 0.6, p.stemEnd],
    [p.stemRadius, p.stemEnd + 1],
    [p.stemRadius, p.capInnerTop],
    [topFlatR, p.capInnerTop],
    [p.capInnerRadius, chamferFootS],
    [p.capInnerRadius, p.capSkirt],
    [skirtOuter, p.capSkirt],
    ...outer.slice(1),
  ]
  return toWorld(revolveY(profile), pinFrame)
}

/** Depth of the porous coat's texture: bead tops touch the reamed bone, valleys sit this far in. */
export const POROUS_DEPTH_MM = 0.35
/** Spacing of the bead texture (modelled; real sintered beads are finer than a mesh can show). */
const POROUS_PERIOD_MM = 2.6

/**
 * The cup: a solid shell (the bearing inside) with a porous coat over its outer surface as
 * its own solid, so the coat is its own primitive with the `porous-coating` material. The
 * coat's outer surface is bead-textured in the geometry: every vertex is pulled inward (never
 * outward, so the cup never overlaps the reamed bone) by up to `POROUS_DEPTH_MM` following a
 * lattice of bumps.
 */
export function acetabularCup(): { cup: Manifold; tissueByOriginal: Map<number, Tissue> } {
  const p = prepared
  const coat = 1
  const substrateOuter = p.cupOuter - coat
  // Outer hemisphere from the rim down to the pole, then the inner one back up.
  const substrateLocal = revolveY([...arc(substrateOuter, 0, -90, 24), ...arc(p.cupInner, -90, 0, 24)])
  // The coat overlaps the substrate by 0.3 mm so the union has no coincident faces.
  const coatShell = revolveY([...arc(p.cupOuter, 0, -90, 24), ...arc(substrateOuter - 0.3, -90, 0, 24)], 96)
  const fine = coatShell.refineToLength(0.8)
  coatShell.delete()
  const k = (2 * Math.PI) / POROUS_PERIOD_MM
  const textured = fine.warp((v) => {
    const r = Math.hypot(v[0], v[1], v[2])
    if (r < substrateOuter) return
    // A cubic lattice of bumps sampled on the sphere: irregular-looking beads with no pole artefact.
    const f = (Math.cos(k * v[0]) + Math.cos(k * v[1]) + Math.cos(k * v[2])) / 3
    const bead = 0.5 + 0.5 * f
    const s = (r - POROUS_DEPTH_MM * (1 - bead) * Math.min(1, (r - substrateOuter) / coat)) / r
    v[0] *= s
    v[1] *= s
    v[2] *= s
  })
  fine.delete()
  const substrate = substrateLocal.asOriginal()
  substrateLocal.delete()
  const porous = textured.asOriginal()
  textured.delete()
  const tissueByOriginal = new Map<number, Tissue>([[porous.originalID(), 'porous-coating']])
  const local = substrate.add(porous)
  substrate.delete()
  porous.delete()
  const cup = toWorld(local, cupFrame)
  local.delete()
  return { cup, tissueByOriginal }
}
