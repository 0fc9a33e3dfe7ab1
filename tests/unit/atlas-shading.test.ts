/**
 * The atlas shading goes into three's own shaders at named chunks: if three renames one, the
 * injection would silently do nothing, so this test compiles nothing but checks every anchor
 * took, for the standard (tissue) and Phong (metal) programs, and the fibre axis it computes.
 */
import { describe, expect, it } from 'vitest'
import { BoxGeometry, MeshPhongMaterial, MeshStandardMaterial, ShaderLib, Vector3, type Material, type WebGLProgramParametersWithUniforms } from 'three'
import { applyAtlasShading, fibreAxis } from '../../src/scene/shading/atlas-shading'

function compiled(material: Material, lib: 'physical' | 'phong'): WebGLProgramParametersWithUniforms {
  const shader = { uniforms: {}, vertexShader: ShaderLib[lib].vertexShader, fragmentShader: ShaderLib[lib].fragmentShader } as unknown as WebGLProgramParametersWithUniforms
  material.onBeforeCompile(shader, undefined as never)
  return shader
}

describe('atlas shading', () => {
  for (const [name, material, lib] of [
    ['standard', new MeshStandardMaterial(), 'physical'],
    ['phong', new MeshPhongMaterial(), 'phong'],
  ] as const) {
    it(`puts the baked occlusion and the rim into the ${name} program`, () => {
      applyAtlasShading(material, { rim: 0.2, fibres: false })
      const shader = compiled(material, lib)
      expect(shader.vertexShader).toContain('attribute float _ao;')
      expect(shader.vertexShader).toContain('vAtlasAo = _ao;')
      expect(shader.fragmentShader).toContain('reflectedLight.indirectDiffuse *= vAtlasAo;')
      expect(shader.fragmentShader).toContain('totalEmissiveRadiance += ')
      // The occlusion darkens indirect light after three's own AO and before the sum of the lights.
      const ao = shader.fragmentShader.indexOf('reflectedLight.indirectDiffuse *= vAtlasAo;')
      expect(ao).toBeGreaterThan(shader.fragmentShader.indexOf('#include <lights_fragment_end>'))
      expect(ao).toBeLessThan(shader.fragmentShader.indexOf('vec3 outgoingLight'))
      expect((shader.uniforms as Record<string, { value: unknown }>).atlasRim!.value).toBe(0.2)
      expect(shader.fragmentShader).not.toContain('#define ATLAS_FIBRES')
      // A mesh without the attribute is fully open.
      expect((material as unknown as { defaultAttributeValues: Record<string, number[]> }).defaultAttributeValues._ao).toEqual([1])
    })
  }

  it('draws fibres only in muscle, in a program of its own', () => {
    const muscle = new MeshStandardMaterial()
    const bone = new MeshStandardMaterial()
    applyAtlasShading(muscle, { rim: 0.1, fibres: true })
    applyAtlasShading(bone, { rim: 0.2, fibres: false })
    const shader = compiled(muscle, 'physical')
    expect(shader.fragmentShader.startsWith('#define ATLAS_FIBRES')).toBe(true)
    expect(shader.fragmentShader.indexOf('diffuseColor.rgb *= 1.0 - 0.07')).toBeGreaterThan(shader.fragmentShader.indexOf('#include <color_fragment>'))
    expect(muscle.customProgramCacheKey()).not.toBe(bone.customProgramCacheKey())
  })

  it('finds a muscle’s long axis and spaces its stripes in metres', () => {
    const long = new BoxGeometry(0.5, 4, 0.8, 2, 40, 2).rotateZ(Math.PI / 6)
    const { axis, across, frequency } = fibreAxis(long, 0.01)
    const expected = new Vector3(0, 1, 0).applyAxisAngle(new Vector3(0, 0, 1), Math.PI / 6)
    expect(Math.abs(axis.dot(expected))).toBeGreaterThan(0.99)
    expect(Math.abs(across.dot(axis))).toBeLessThan(1e-6)
    // 1.4 mm between stripes in a mesh whose unit is 1 cm.
    expect(frequency).toBeCloseTo((2 * Math.PI * 0.01) / 0.0014, 6)
  })
})
