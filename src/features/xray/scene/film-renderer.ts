/**
 * Draws the simulated AP films: its own scene per film of the loaded parts (clones sharing their
 * geometry, in the model frame: femur neutral, hip reduced). A plain class, driven from the X-ray
 * scene's frame callback (like HipRig), so no React state changes per frame.
 *
 * Computed film (RENDERING.md): every surface, both sides, no depth test, adds its weighted
 * distance into a half-float target; a full-screen pass develops the sums into brightness.
 * Where the browser cannot render and blend into half floats, the simpler look of
 * film-materials.ts is drawn instead, depth tested.
 */
import {
  Box3,
  Color,
  DataUtils,
  HalfFloatType,
  Matrix4,
  Mesh,
  LinearFilter,
  OrthographicCamera,
  PerspectiveCamera,
  PlaneGeometry,
  RGBAFormat,
  Scene,
  Vector2,
  Vector3,
  WebGLRenderTarget,
  type Camera,
  type Material,
  type WebGLRenderer,
} from 'three'
import type { Part } from '../../../../models/contract'
import type { PartObjects } from '../../../scene/model-loader'
import { landmarkPoints } from '../../../scene/manifest'
import { orbitToLookAt } from '../../../lib/camera-pose'
import type { XrayFilm } from '../../../state/store'
import { FILM_PARTS, type SurfaceWeight } from '../attenuation'
import { filmOrbit } from '../film'
import type { FilmProjection } from '../film-marks'
import type { FilmRendering } from '../film-view'
import { developMaterial, pathLengthMaterial, probeMaterial, simplifiedMaterial } from './film-materials'

/** Any camera: the full-screen passes place their vertices in clip space themselves. */
const SCREEN_CAMERA = new OrthographicCamera()

// ---- can this browser compute the film? ---------------------------------------

const capability = new WeakMap<WebGLRenderer, FilmRendering>()

export function filmRenderingOf(gl: WebGLRenderer): FilmRendering {
  let known = capability.get(gl)
  if (!known) {
    known = probeFloatBlending(gl) ? 'computed' : 'simplified'
    capability.set(gl, known)
  }
  return known
}

/**
 * Whether the context can render into half floats and add there: WebGL2 with a float colour
 * buffer extension, then a probe that adds 0.75 twice into a 1x1 half-float target and reads
 * back 1.5 (a target that clamps, or does not blend, reads something else).
 */
function probeFloatBlending(gl: WebGLRenderer): boolean {
  const context = gl.getContext()
  if (typeof WebGL2RenderingContext === 'undefined' || !(context instanceof WebGL2RenderingContext)) return false
  if (!context.getExtension('EXT_color_buffer_float') && !context.getExtension('EXT_color_buffer_half_float')) return false
  const target = new WebGLRenderTarget(1, 1, { type: HalfFloatType, format: RGBAFormat, depthBuffer: false })
  const quad = new PlaneGeometry(2, 2)
  const adding = probeMaterial()
  const probe = new Scene()
  for (let i = 0; i < 2; i++) {
    const mesh = new Mesh(quad, adding)
    mesh.frustumCulled = false
    probe.add(mesh)
  }
  const previous = gl.getRenderTarget()
  try {
    gl.setRenderTarget(target)
    gl.clear()
    gl.render(probe, SCREEN_CAMERA)
    const pixel = new Uint16Array(4)
    gl.readRenderTargetPixels(target, 0, 0, 1, 1, pixel)
    return Math.abs(DataUtils.fromHalfFloat(pixel[0]!) - 1.5) < 0.01
  } finally {
    gl.setRenderTarget(previous)
    target.dispose()
    quad.dispose()
    adding.dispose()
  }
}

// ---- the films' scenes ----------------------------------------------------------

interface FilmScene {
  scene: Scene
  /** The film's extent, for framing it in half the canvas. */
  box: Box3
}

/** One film's parts as proxies with the film's materials; parts not loaded (interior.glb not yet in) are left out. */
function buildFilm(parts: PartObjects, film: XrayFilm, materialFor: (surface: SurfaceWeight) => Material): FilmScene {
  const scene = new Scene()
  scene.matrixWorldAutoUpdate = true
  for (const [part, surface] of Object.entries(FILM_PARTS[film]) as [Part, SurfaceWeight][]) {
    const object = parts.get(part)
    if (!object) continue
    // The part's own transform is its place in the model frame (model-loader bakes it): the
    // clone stands where the part stands with the femur neutral, whatever the step has done to it.
    const proxy = object.clone(true)
    const material = materialFor(surface)
    proxy.traverse((child) => {
      child.visible = true
      if (child instanceof Mesh) {
        child.material = material
        child.castShadow = child.receiveShadow = false
      }
    })
    scene.add(proxy)
  }
  scene.updateMatrixWorld(true)
  return { scene, box: new Box3().setFromObject(scene) }
}

function disposeFilm({ scene }: FilmScene): void {
  const materials = new Set<Material>()
  scene.traverse((child) => {
    if (child instanceof Mesh) materials.add(child.material as Material)
  })
  for (const m of materials) m.dispose()
}

// ---- framing -----------------------------------------------------------------------

const FILM_POSITION = new Vector3(...orbitToLookAt(filmOrbit(landmarkPoints)).position)
const FILM_TARGET = new Vector3(...orbitToLookAt(filmOrbit(landmarkPoints)).target)
const scratchForward = new Vector3()
const scratchCorner = new Vector3()
const scratchCentre = new Vector3()
const scratchSize = new Vector2()

/**
 * How near the film's pose the camera must be for the angles to be read: looking the film's way
 * (a zoom along that line is a magnified AP film), and far enough that the perspective of a
 * nearer tube does not change the angles by more than a fraction of a degree (at 0.8 m the
 * cup reads 0.8 deg steeper than with parallel rays, at 0.6 m 1.1 deg).
 */
const FILM_POSE = { maxTurnDeg: 0.2, minDistanceM: 0.8, maxDistanceM: 1.2, maxOffAxisM: 0.002 } as const

/** Whether the camera stands at the film's pose, or moved along its line of sight (the measurements are read only there). */
export function atFilmPose(camera: Camera): boolean {
  camera.getWorldDirection(scratchForward)
  const wanted = scratchCorner.subVectors(FILM_TARGET, FILM_POSITION).normalize()
  if (scratchForward.dot(wanted) < Math.cos((FILM_POSE.maxTurnDeg * Math.PI) / 180)) return false
  // Off the film's line of sight: the distance from the camera to that line.
  const toCamera = scratchCentre.subVectors(camera.position, FILM_TARGET)
  const along = -toCamera.dot(wanted)
  const offAxis = toCamera.addScaledVector(wanted, along).length()
  return offAxis < FILM_POSE.maxOffAxisM && along >= FILM_POSE.minDistanceM && along <= FILM_POSE.maxDistanceM
}

/** The film's lower edge: the shaft this far below the lesser trochanter is left off. */
const SHAFT_SHOWN_BELOW_LESSER_M = 0.1
const FILM_BOTTOM_Y = (landmarkPoints['lesser-trochanter-tip']?.[1] ?? -0.075) - SHAFT_SHOWN_BELOW_LESSER_M

/** Margin around a film framed to fit. */
const FIT_MARGIN = 1.06

/** The tangent of the half field of view that shows all of `box` from `camera` (its pose as it is). */
function fittingTanHalf(camera: PerspectiveCamera, box: Box3, aspect: number): number {
  camera.updateMatrixWorld(true)
  let tanHalf = 0.01
  for (let i = 0; i < 8; i++) {
    scratchCorner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z)
    scratchCorner.applyMatrix4(camera.matrixWorldInverse)
    const depth = Math.max(0.05, -scratchCorner.z)
    tanHalf = Math.max(tanHalf, Math.abs(scratchCorner.y) / depth, Math.abs(scratchCorner.x) / depth / aspect)
  }
  return tanHalf * FIT_MARGIN
}

function setFov(camera: PerspectiveCamera, tanHalf: number, aspect: number): PerspectiveCamera {
  camera.fov = (2 * Math.atan(tanHalf) * 180) / Math.PI
  camera.aspect = aspect
  camera.updateProjectionMatrix()
  return camera
}

function copyPose(out: PerspectiveCamera, view: PerspectiveCamera): void {
  out.position.copy(view.position)
  out.quaternion.copy(view.quaternion)
  out.near = view.near
  out.far = view.far
}

const filmPoseCamera = new PerspectiveCamera()
filmPoseCamera.position.copy(FILM_POSITION)
filmPoseCamera.lookAt(FILM_TARGET)

/**
 * The student's film: the view's camera as the user moves it, its field narrowed by the factor
 * that, at the film's pose, makes both films fill the canvas (the same crop for both films).
 */
function studentFilmCamera(out: PerspectiveCamera, view: PerspectiveCamera, both: Box3, aspect: number): PerspectiveCamera {
  copyPose(out, view)
  const viewTanHalf = Math.tan((view.fov * Math.PI) / 360)
  const zoom = Math.min(1, fittingTanHalf(filmPoseCamera, both, aspect) / viewTanHalf)
  return setFov(out, viewTanHalf * zoom, aspect)
}

/**
 * The camera for one of two films side by side: the view's direction, aimed at the film's middle
 * from as far as the view's camera stands from the film's target, opened so the whole film fits.
 */
function halfFilmCamera(out: PerspectiveCamera, view: PerspectiveCamera, box: Box3, aspect: number): PerspectiveCamera {
  copyPose(out, view)
  view.getWorldDirection(scratchForward)
  const distance = Math.max(0.3, view.position.distanceTo(FILM_TARGET))
  out.position.copy(box.getCenter(scratchCentre)).addScaledVector(scratchForward, -distance)
  return setFov(out, fittingTanHalf(out, box, aspect), aspect)
}

/** The film target's size against the drawing buffer while the view moves (the still frame is sharp). */
const MOVING_FILM_SCALE = 0.35

// ---- the darkroom ------------------------------------------------------------------------

export class FilmRenderer {
  private scenes: Record<XrayFilm, FilmScene> | null = null
  private bothFilms = new Box3()
  /** Shared by every path-length material: the distance the sums are taken relative to. */
  private readonly referenceCm = { value: 100 }
  private readonly target: WebGLRenderTarget | null
  private readonly develop: Mesh | null
  private readonly developScene = new Scene()
  private readonly camera = new PerspectiveCamera()
  private readonly clearColor = new Color()
  private readonly viewProjection = new Matrix4()

  constructor(readonly rendering: FilmRendering) {
    if (rendering === 'computed') {
      this.target = new WebGLRenderTarget(1, 1, {
        type: HalfFloatType,
        format: RGBAFormat,
        depthBuffer: false,
        // Linear: a film made smaller while the view moves is stretched smoothly over the canvas.
        minFilter: LinearFilter,
        magFilter: LinearFilter,
      })
      this.develop = new Mesh(new PlaneGeometry(2, 2), developMaterial(this.target.texture))
      this.develop.frustumCulled = false
      this.developScene.add(this.develop)
    } else {
      this.target = null
      this.develop = null
    }
  }

  /** The films from these parts (again when a file arrives, e.g. interior.glb). */
  setParts(parts: PartObjects): void {
    this.disposeScenes()
    const materialFor = (surface: SurfaceWeight) =>
      this.rendering === 'computed' ? pathLengthMaterial(surface, this.referenceCm) : simplifiedMaterial(surface)
    this.scenes = { before: buildFilm(parts, 'before', materialFor), after: buildFilm(parts, 'after', materialFor) }
    // Framed as an AP film of the hip: from the iliac crest down the shaft to a hand's breadth
    // below the lesser trochanter, not the whole modelled femur.
    for (const { box } of Object.values(this.scenes)) box.min.y = Math.max(box.min.y, FILM_BOTTOM_Y)
    this.bothFilms = this.scenes.before.box.clone().union(this.scenes.after.box)
  }

  /**
   * Draws the films side by side over the whole drawing buffer (one film: all of it), with the
   * view's camera. Returns the student film's projection (`null` for two films).
   */
  draw(
    gl: WebGLRenderer,
    view: PerspectiveCamera,
    films: readonly XrayFilm[],
    cssSize: { width: number; height: number },
    moving: boolean,
  ): FilmProjection | null {
    const scenes = this.scenes
    if (!scenes) return null
    const buffer = gl.getDrawingBufferSize(scratchSize)
    const target = this.target
    // Adding up every surface into half floats is the costly part (software WebGL blends each
    // fragment by hand): while the view moves the sums are taken at a lower resolution.
    const scale = target && moving ? MOVING_FILM_SCALE : 1
    const width = Math.max(1, Math.floor(buffer.x * scale))
    const height = Math.max(1, Math.floor(buffer.y * scale))
    const slot = Math.floor(width / films.length)
    const ratio = gl.getPixelRatio()
    gl.getClearColor(this.clearColor)
    const clearAlpha = gl.getClearAlpha()
    gl.setClearColor(0x000000, target ? 0 : 1)

    const drawFilm = (film: XrayFilm, index: number) => {
      const { scene, box } = scenes[film]
      const camera =
        films.length === 1 ? studentFilmCamera(this.camera, view, this.bothFilms, width / height) : halfFilmCamera(this.camera, view, box, slot / height)
      this.referenceCm.value = camera.position.distanceTo(box.getCenter(scratchCentre)) * 100
      const x = index * slot
      if (target) {
        // A target's viewport and scissor are taken when it is set: set it again for each film.
        target.viewport.set(x, 0, slot, height)
        target.scissor.set(x, 0, slot, height)
        target.scissorTest = true
        gl.setRenderTarget(target)
      } else {
        // The canvas's viewport is in CSS pixels.
        gl.setViewport(x / ratio, 0, slot / ratio, height / ratio)
        gl.setScissor(x / ratio, 0, slot / ratio, height / ratio)
        gl.setScissorTest(true)
      }
      gl.render(scene, camera)
    }

    if (target && this.develop) {
      if (target.width !== width || target.height !== height) target.setSize(width, height)
      target.viewport.set(0, 0, width, height)
      target.scissorTest = false
      gl.setRenderTarget(target)
      gl.clear()
      films.forEach(drawFilm)
      gl.setRenderTarget(null)
      gl.render(this.developScene, SCREEN_CAMERA)
    } else {
      gl.setRenderTarget(null)
      gl.setScissorTest(false)
      gl.clear()
      films.forEach(drawFilm)
      gl.setScissorTest(false)
      gl.setViewport(0, 0, cssSize.width, cssSize.height)
    }
    gl.setClearColor(this.clearColor, clearAlpha)

    if (films.length !== 1) return null
    this.viewProjection.multiplyMatrices(this.camera.projectionMatrix, this.camera.matrixWorldInverse)
    const { x, y, z } = this.camera.position
    return { viewProjection: [...this.viewProjection.elements], width: cssSize.width, height: cssSize.height, eye: [x, y, z] }
  }

  dispose(): void {
    this.disposeScenes()
    this.target?.dispose()
    if (this.develop) {
      this.develop.geometry.dispose()
      ;(this.develop.material as Material).dispose()
    }
  }

  private disposeScenes(): void {
    if (!this.scenes) return
    disposeFilm(this.scenes.before)
    disposeFilm(this.scenes.after)
    this.scenes = null
  }
}
