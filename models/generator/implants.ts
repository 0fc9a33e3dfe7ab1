/**
 * The two implants, seated, as revolved profiles:
 * - femoral cap: a thin spherical shell whose inside is the prepared head's contour offset by
 *   the cement gap, with a short central stem along the guide-pin axis;
 * - acetabular cup: a hemispherical shell whose outer diameter is the final reamer size.
 */
import { arc, revolveY, toWorld } from './machined'
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

export function acetabularCup(): Manifold {
  const p = prepared
  // Outer hemisphere from the rim down to the pole, then the inner one back up.
  const outer = arc(p.cupOuter, 0, -90, 24)
  const inner = arc(p.cupInner, -90, 0, 24)
  return toWorld(revolveY([...outer, ...inner]), cupFrame)
}
