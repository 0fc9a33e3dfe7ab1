/**
 * The cut's caps, by changing each part's own materials while the cut is on.
 *
 * three's `webgl_clipping_stencil` example caps a clipped solid with a stencil count per part
 * (back faces up, front faces down) and then a plane drawn where the count is not zero: two
 * extra passes per part, and a stencil buffer the canvas does not have. We need neither: the
 * interior surfaces (models/contract.ts INTERIOR_PARTS) are closed, nested and never cross, so
 * behind the cut a ray that starts inside a solid meets that solid's own surface from the
 * inside first. A fragment on a BACK face therefore lies just behind the cut face of the solid
 * it belongs to: painting it flat in that tissue's cut colour draws the cap, in the part's one
 * draw. An interior part's FRONT face is only seen through the cut, from the tissue around it
 * (INTERIOR_OUTSIDE: the cortex around a cancellous core, cancellous bone around the canal), so
 * it is painted in that tissue's colour. Every other front face is lit as usual.
 *
 * Where two surfaces touch (the cement on the milled head, the cartilage on the bone, the cup
 * in its socket) both are drawn at the same depth. The solid the ray is inside must win, so a
 * back face is moved toward the camera by a fraction of a millimetre, more for a solid nested
 * deeper (`depthRank`). Only a back face may move (a part's own front faces meet others at the
 * outside), so it is done with gl_FragDepth rather than a polygon offset per part; measured in
 * software WebGL, no slower than the offset, which also coloured thin layers wrongly. What the
 * cut costs is drawing the back faces at all (the bench compares it with the plain view).
 *
 * See-through materials are clipped but not capped (they show what is behind them anyway).
 */
import { Color, DoubleSide, type Material, type Plane, type Side, type WebGLProgramParametersWithUniforms } from 'three'
import { INTERIOR_OUTSIDE, type Part, type Tissue } from '../../../../models/contract'
import { isInteriorPart } from '../../../lib/scene-plan'
import type { TissueMaterial } from '../../../scene/materials'
import { CUT_COLOURS } from '../cut-colours'

/** How far a back face is brought forward per rank (metres): above the meshes' chord error, below any layer's thickness. */
const DEPTH_STEP_M = 0.0002

/** Shared by every capped material: the camera's clip range, for the depth shift. */
export const cutCamera = { near: { value: 0.01 }, far: { value: 10 } }

/** How deep a part's solid is nested: a bone or an implant 1, a cancellous core 2, the canal inside it 3. */
export function depthRank(part: Part): number {
  if (!isInteriorPart(part)) return 1
  return INTERIOR_OUTSIDE[part] === 'cancellous-bone' ? 3 : 2
}

const cutColour = (tissue: Tissue) => new Color(CUT_COLOURS[tissue])

const CAP_UNIFORMS = /* glsl */ `
uniform vec3 cutBackColour;
uniform vec3 cutFrontColour;
uniform bool cutPaintFront;
uniform float cutDepthShift;
uniform float cutNear;
uniform float cutFar;
`

// A painted fragment is done right after the clipping test (no lighting to compute); a lit one
// goes on as three wrote it. Both set the depth (a shader that writes it must always write it).
const CAP_START = /* glsl */ `
#include <clipping_planes_fragment>
  if (!gl_FrontFacing || cutPaintFront) {
    // Window depth moves by dz/dd = near * far / ((far - near) * d^2) per metre of view distance.
    float cutD = max(vViewPosition.z, cutNear);
    float cutShift = gl_FrontFacing ? 0.0 : cutDepthShift * cutNear * cutFar / ((cutFar - cutNear) * cutD * cutD);
    gl_FragDepth = gl_FragCoord.z - cutShift;
    gl_FragColor = linearToOutputTexel(vec4(gl_FrontFacing ? cutFrontColour : cutBackColour, 1.0));
    return;
  }
  gl_FragDepth = gl_FragCoord.z;`

interface Saved {
  side: Side
  clippingPlanes: Plane[] | null
  onBeforeCompile: Material['onBeforeCompile']
  customProgramCacheKey: Material['customProgramCacheKey']
}

const saved = new WeakMap<Material, Saved>()

const remember = (material: Material) => {
  if (saved.has(material)) return false
  saved.set(material, {
    side: material.side,
    clippingPlanes: material.clippingPlanes,
    onBeforeCompile: material.onBeforeCompile,
    customProgramCacheKey: material.customProgramCacheKey,
  })
  return true
}

/** Clips a material by the plane, and caps it if it is drawn solid. Once per material. */
export function cutMaterial(material: TissueMaterial, tissue: Tissue, part: Part, plane: Plane): void {
  if (!remember(material)) return
  material.clippingPlanes = [plane]
  if (!material.transparent) {
    const outside = isInteriorPart(part) ? INTERIOR_OUTSIDE[part] : null
    const uniforms = {
      cutBackColour: { value: cutColour(tissue) },
      cutFrontColour: { value: outside ? cutColour(outside) : new Color() },
      cutPaintFront: { value: outside !== null },
      cutDepthShift: { value: DEPTH_STEP_M * depthRank(part) },
      cutNear: cutCamera.near,
      cutFar: cutCamera.far,
    }
    material.side = DoubleSide
    // On top of the tissue's own shading (src/scene/shading), which it keeps for the uncut surface.
    const tissueShading = material.onBeforeCompile.bind(material)
    const tissueKey = material.customProgramCacheKey.bind(material)
    material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms, renderer) => {
      tissueShading(shader, renderer)
      Object.assign(shader.uniforms, uniforms)
      shader.fragmentShader = CAP_UNIFORMS + shader.fragmentShader.replace('#include <clipping_planes_fragment>', CAP_START)
    }
    // One program for every capped material of a kind: the colours are uniforms.
    material.customProgramCacheKey = () => `cut-caps|${tissueKey()}`
  }
  material.needsUpdate = true
}

/** Gives a material back as it was. */
export function uncutMaterial(material: Material): void {
  const was = saved.get(material)
  if (!was) return
  saved.delete(material)
  material.side = was.side
  material.clippingPlanes = was.clippingPlanes
  material.onBeforeCompile = was.onBeforeCompile
  material.customProgramCacheKey = was.customProgramCacheKey
  material.needsUpdate = true
}
