/**
 * The simulated AP X-ray, drawn in place of the 3D view while it is open (film-renderer.ts), by
 * its own frame callback: priority 1, so the canvas's usual draw is skipped. The view's
 * container says how the film was made (`data-xray="computed" | "simplified"`, and which films,
 * `data-xray-films`) once one is on screen; the panel hears where the camera is (film-view.ts).
 */
import { useEffect, useState } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Matrix4, type PerspectiveCamera } from 'three'
import type { PartObjects } from '../../../scene/model-loader'
import { useWalkthrough } from '../../../state/store'
import { filmsShown } from '../film'
import { filmView } from '../film-view'
import { FilmRenderer, atFilmPose, filmRenderingOf } from './film-renderer'

export default function XrayScene({ parts }: { parts: PartObjects }) {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const audience = useWalkthrough((s) => s.audience)
  const chosen = useWalkthrough((s) => s.xrayFilm)
  const stepId = useWalkthrough((s) => s.stepId)
  const films = filmsShown(audience, chosen, stepId)
  const filmsKey = films.join(' ')
  const [renderer] = useState(() => new FilmRenderer(filmRenderingOf(gl)))
  const [lastCamera] = useState(() => new Matrix4())

  useEffect(() => () => renderer.dispose(), [renderer])
  useEffect(() => {
    renderer.setParts(parts)
    invalidate()
  }, [renderer, parts, invalidate])
  // Another film, or the other register: draw again.
  useEffect(() => invalidate(), [filmsKey, invalidate])

  useEffect(() => {
    const container = gl.domElement.closest<HTMLElement>('.viewport') ?? gl.domElement.parentElement
    return () => {
      if (container) {
        delete container.dataset.xray
        delete container.dataset.xrayFilms
      }
      filmView.publish(null)
    }
  }, [gl])

  useFrame(({ gl, camera, size }) => {
    const view = camera as PerspectiveCamera
    // RenderQuality (an earlier frame callback) has marked this frame moving or still.
    const projection = renderer.draw(gl, view, films, size, gl.domElement.dataset.quality !== 'still')
    const container = gl.domElement.closest<HTMLElement>('.viewport') ?? gl.domElement.parentElement
    if (container && (container.dataset.xray !== renderer.rendering || container.dataset.xrayFilms !== filmsKey)) {
      container.dataset.xray = renderer.rendering
      container.dataset.xrayFilms = filmsKey
    }
    // The marks are drawn only at the film's pose: elsewhere the projection is not sent, so a
    // glide does not render the panel again every frame.
    const atPose = atFilmPose(view)
    const cameraMoving = !lastCamera.equals(view.matrixWorld)
    lastCamera.copy(view.matrixWorld)
    filmView.publish({ projection: atPose ? projection : null, atFilmPose: atPose, cameraMoving, rendering: renderer.rendering })
  }, 1)

  return null
}
