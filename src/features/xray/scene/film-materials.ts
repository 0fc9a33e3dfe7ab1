/**
 * The X-ray's shaders: the path-length pass (computed film), the pass that turns its sums into
 * film brightness, and the simpler look for browsers that cannot blend into float targets.
 */
import {
  AddEquation,
  CustomBlending,
  DoubleSide,
  FrontSide,
  OneFactor,
  ShaderMaterial,
  Vector3,
  type Texture,
} from 'three'
import { FILM_EXPOSURE, FILM_GAMMA, type SurfaceWeight } from '../attenuation'

const CHANNEL_INDEX = { soft: 0, bone: 1, metal: 2 } as const

/** Colour added to what the target holds: the passes sum into it. */
const ADDITIVE = {
  blending: CustomBlending,
  blendEquation: AddEquation,
  blendSrc: OneFactor,
  blendDst: OneFactor,
} as const

const VIEW_VERTEX = /* glsl */ `
  varying vec3 vView;
  varying vec3 vNormal;
  void main() {
    vec4 mv = modelViewMatrix * vec4(position, 1.0);
    vView = mv.xyz;
    vNormal = normalMatrix * normal;
    gl_Position = projectionMatrix * mv;
  }
`

/**
 * Each surface adds its weight times its distance from the eye (in cm, less the target's
 * distance so half floats keep their precision): minus where the ray enters (front faces), plus
 * where it leaves. Summed over a closed surface that is the weight times the length inside.
 */
const PATH_FRAGMENT = /* glsl */ `
  uniform vec3 weight;
  uniform float referenceCm;
  varying vec3 vView;
  void main() {
    float d = length(vView) * 100.0 - referenceCm;
    gl_FragColor = vec4(weight * (gl_FrontFacing ? -d : d), 0.0);
  }
`

/** The path-length material for a surface; `referenceCm` is shared and set per frame. */
export function pathLengthMaterial(surface: SurfaceWeight, referenceCm: { value: number }): ShaderMaterial {
  const weight = new Vector3()
  weight.setComponent(CHANNEL_INDEX[surface.channel], surface.perCm)
  return new ShaderMaterial({
    uniforms: { weight: { value: weight }, referenceCm },
    vertexShader: VIEW_VERTEX,
    fragmentShader: PATH_FRAGMENT,
    side: DoubleSide,
    depthTest: false,
    depthWrite: false,
    ...ADDITIVE,
    blendEquationAlpha: AddEquation,
    blendSrcAlpha: OneFactor,
    blendDstAlpha: OneFactor,
  })
}

/** Film brightness from the summed attenuation: air black, soft tissue faint, bone grey-white, metal white. */
export function developMaterial(film: Texture): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { film: { value: film }, exposure: { value: FILM_EXPOSURE }, gamma: { value: FILM_GAMMA } },
    vertexShader: /* glsl */ `
      varying vec2 vUv;
      void main() {
        vUv = uv;
        gl_Position = vec4(position.xy, 0.0, 1.0);
      }
    `,
    fragmentShader: /* glsl */ `
      uniform sampler2D film;
      uniform float exposure;
      uniform float gamma;
      varying vec2 vUv;
      void main() {
        vec3 sums = texture2D(film, vUv).rgb;
        float total = max(sums.r + sums.g + sums.b, 0.0);
        float brightness = pow(1.0 - exp(-exposure * total), gamma);
        gl_FragColor = vec4(vec3(brightness), 1.0);
      }
    `,
    depthTest: false,
    depthWrite: false,
  })
}

/**
 * The simpler look: bone a grey that brightens where the surface turns away from the eye (as a
 * cortex seen edge-on does on a film), metal flat white over everything, soft tissue a faint veil.
 */
export function simplifiedMaterial(surface: SurfaceWeight): ShaderMaterial {
  const veil = surface.channel === 'soft'
  return new ShaderMaterial({
    uniforms: { kind: { value: CHANNEL_INDEX[surface.channel] } },
    vertexShader: VIEW_VERTEX,
    fragmentShader: /* glsl */ `
      uniform int kind;
      varying vec3 vView;
      varying vec3 vNormal;
      void main() {
        if (kind == 2) { gl_FragColor = vec4(1.0); return; }
        if (kind == 0) { gl_FragColor = vec4(vec3(0.07), 1.0); return; }
        float facing = abs(dot(normalize(vNormal), normalize(-vView)));
        float grey = 0.38 + 0.5 * pow(1.0 - facing, 1.5);
        gl_FragColor = vec4(vec3(grey), 1.0);
      }
    `,
    side: veil ? DoubleSide : FrontSide,
    // Metal shows through the bone in front of it, as on a film: drawn after the bone (the
    // transparent pass), without the depth test.
    depthTest: surface.channel === 'bone' || veil,
    depthWrite: surface.channel === 'bone',
    transparent: surface.channel !== 'bone',
    ...(veil ? { blending: CustomBlending, blendEquation: AddEquation, blendSrc: OneFactor, blendDst: OneFactor } : {}),
  })
}

/** Full-screen, adds 0.75 to red: the capability probe draws it twice and expects 1.5. */
export function probeMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: /* glsl */ `void main() { gl_Position = vec4(position.xy, 0.0, 1.0); }`,
    fragmentShader: /* glsl */ `void main() { gl_FragColor = vec4(0.75, 0.0, 0.0, 0.0); }`,
    depthTest: false,
    depthWrite: false,
    ...ADDITIVE,
  })
}
