/**
 * What makes the tissue read like an anatomy atlas rather than clay, added to three's own
 * standard and Phong shaders (`onBeforeCompile`), so every light and the cut's and X-ray's
 * changes still apply:
 *
 * - Baked ambient occlusion: the generator stores how open each vertex is (`_AO`, 1 open,
 *   0 shut in; models/generator/ambient-occlusion.ts). It darkens the ambient and indirect light
 *   only, where three puts an AO map (`aomap_fragment`): a direct light still reaches into the
 *   acetabular fossa, as a lamp would, but the sky's fill does not.
 * - A rim: a faint cool light at grazing angles (a Fresnel term), so a bone's outline stands off
 *   the dark background the way an illustrator's edge line does. Shut-in places get none.
 * - Muscle fibres: faint stripes along the muscle's long axis (its vertices' principal axis,
 *   found once per mesh: `fibreAxis`), so muscle reads as muscle, not red clay.
 *
 * A mesh without `_ao` behaves as fully open (a default attribute value of 1). All materials
 * of a kind share one compiled program: the values are uniforms.
 */
import { Vector3, type BufferAttribute, type BufferGeometry, type InterleavedBufferAttribute, type Material, type WebGLProgramParametersWithUniforms } from 'three'

export interface AtlasShading {
  /** Strength of the grazing-angle rim (0 none). */
  rim: number
  /** Faint stripes along the fibres (muscle only). */
  fibres: boolean
}

interface AtlasUniforms {
  atlasRim: { value: number }
  atlasFibreAxis: { value: Vector3 }
  atlasFibreAcross: { value: Vector3 }
  atlasFibreFrequency: { value: number }
}

const uniformsOf = new WeakMap<Material, AtlasUniforms>()

const VERTEX_DECLARATIONS = /* glsl */ `
attribute float _ao;
varying float vAtlasAo;
#ifdef ATLAS_FIBRES
varying vec3 vAtlasObjectPosition;
#endif`

const VERTEX_BODY = /* glsl */ `
vAtlasAo = _ao;
#ifdef ATLAS_FIBRES
vAtlasObjectPosition = position;
#endif`

const FRAGMENT_DECLARATIONS = /* glsl */ `
varying float vAtlasAo;
uniform float atlasRim;
#ifdef ATLAS_FIBRES
varying vec3 vAtlasObjectPosition;
uniform vec3 atlasFibreAxis;
uniform vec3 atlasFibreAcross;
uniform float atlasFibreFrequency;
#endif`

// Stripes whose lines run along the fibre axis: the phase changes across the fibres, with a
// slow wobble so they do not read as a printed pattern. About 7% darker at most.
const FIBRES = /* glsl */ `
#ifdef ATLAS_FIBRES
{
  vec3 p = vAtlasObjectPosition;
  vec3 across2 = cross(atlasFibreAxis, atlasFibreAcross);
  float phase = atlasFibreFrequency * dot(p, atlasFibreAcross) + 1.7 * sin(0.31 * atlasFibreFrequency * dot(p, across2) + 0.05 * atlasFibreFrequency * dot(p, atlasFibreAxis));
  diffuseColor.rgb *= 1.0 - 0.07 * (0.5 + 0.5 * sin(phase));
}
#endif`

const AMBIENT_OCCLUSION = /* glsl */ `
reflectedLight.indirectDiffuse *= vAtlasAo;
reflectedLight.indirectSpecular *= vAtlasAo;
{
  float atlasFacing = saturate(dot(geometryNormal, geometryViewDir));
  totalEmissiveRadiance += vec3(0.78, 0.86, 1.0) * atlasRim * pow(1.0 - atlasFacing, 3.0) * vAtlasAo;
}`

function inject(shader: WebGLProgramParametersWithUniforms, uniforms: AtlasUniforms, fibres: boolean): void {
  Object.assign(shader.uniforms, uniforms)
  const define = fibres ? '#define ATLAS_FIBRES\n' : ''
  shader.vertexShader = define + shader.vertexShader.replace('#include <common>', `#include <common>${VERTEX_DECLARATIONS}`).replace('#include <begin_vertex>', `#include <begin_vertex>${VERTEX_BODY}`)
  shader.fragmentShader =
    define +
    shader.fragmentShader
      .replace('#include <common>', `#include <common>${FRAGMENT_DECLARATIONS}`)
      .replace('#include <color_fragment>', `#include <color_fragment>${FIBRES}`)
      .replace('#include <aomap_fragment>', `#include <aomap_fragment>${AMBIENT_OCCLUSION}`)
}

/** Adds the atlas shading to a tissue material (once; the cut chains onto it). */
export function applyAtlasShading(material: Material, shading: AtlasShading): void {
  const uniforms: AtlasUniforms = {
    atlasRim: { value: shading.rim },
    atlasFibreAxis: { value: new Vector3(0, 1, 0) },
    atlasFibreAcross: { value: new Vector3(1, 0, 0) },
    atlasFibreFrequency: { value: 0 },
  }
  uniformsOf.set(material, uniforms)
  // Without the attribute (a mesh from elsewhere) the vertex is fully open.
  ;(material as Material & { defaultAttributeValues?: Record<string, number[]> }).defaultAttributeValues = { _ao: [1] }
  material.onBeforeCompile = (shader) => inject(shader, uniforms, shading.fibres)
  material.customProgramCacheKey = () => (shading.fibres ? 'atlas-fibres' : 'atlas')
}

/**
 * A muscle's fibre direction: the long axis of its vertices (power iteration on their
 * covariance), in the mesh's own coordinates, and a stripe frequency for about `spacingM`
 * between stripes given how many metres one unit of those coordinates is.
 */
export function fibreAxis(geometry: BufferGeometry, metresPerUnit: number, spacingM = 0.0014): { axis: Vector3; across: Vector3; frequency: number } {
  const position = geometry.getAttribute('position') as BufferAttribute | InterleavedBufferAttribute
  const n = position.count
  const step = Math.max(1, Math.floor(n / 2000))
  const mean = new Vector3()
  let count = 0
  for (let i = 0; i < n; i += step) {
    mean.x += position.getX(i)
    mean.y += position.getY(i)
    mean.z += position.getZ(i)
    count++
  }
  mean.divideScalar(Math.max(1, count))
  const c = [0, 0, 0, 0, 0, 0] // xx xy xz yy yz zz
  for (let i = 0; i < n; i += step) {
    const x = position.getX(i) - mean.x
    const y = position.getY(i) - mean.y
    const z = position.getZ(i) - mean.z
    c[0]! += x * x
    c[1]! += x * y
    c[2]! += x * z
    c[3]! += y * y
    c[4]! += y * z
    c[5]! += z * z
  }
  const axis = new Vector3(1, 1, 1).normalize()
  for (let k = 0; k < 32; k++) {
    axis.set(c[0]! * axis.x + c[1]! * axis.y + c[2]! * axis.z, c[1]! * axis.x + c[3]! * axis.y + c[4]! * axis.z, c[2]! * axis.x + c[4]! * axis.y + c[5]! * axis.z)
    if (axis.lengthSq() === 0) axis.set(0, 1, 0)
    axis.normalize()
  }
  const helper = Math.abs(axis.x) < 0.9 ? new Vector3(1, 0, 0) : new Vector3(0, 1, 0)
  const across = new Vector3().crossVectors(axis, helper).normalize()
  return { axis, across, frequency: (2 * Math.PI * metresPerUnit) / spacingM }
}

/** Points a muscle material's stripes along its mesh's fibres. */
export function setFibres(material: Material, fibres: { axis: Vector3; across: Vector3; frequency: number }): void {
  const u = uniformsOf.get(material)
  if (!u) return
  u.atlasFibreAxis.value.copy(fibres.axis)
  u.atlasFibreAcross.value.copy(fibres.across)
  u.atlasFibreFrequency.value = fibres.frequency
}
