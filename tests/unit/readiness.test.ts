import { describe, expect, it } from 'vitest'
import { isViewReady, ViewReadiness, type ReadinessParts } from '../../src/scene/readiness'

const ALL: ReadinessParts = { modelsIn: true, cameraAtRest: true, sharpFrameDrawn: true, labelsPlaced: true }

/** A view at rest: models in, camera idle, the still frame drawn with its labels placed. */
function settledView() {
  const target = { dataset: {} as DOMStringMap }
  const frames: number[] = []
  const readiness = new ViewReadiness()
  readiness.attach(target)
  readiness.setFrameRequester(() => frames.push(1))
  readiness.cameraMoving(false)
  readiness.viewChanged(true)
  readiness.frameDrawn(false, false)
  readiness.frameDrawn(true, true)
  return { target, frames, readiness }
}

describe('isViewReady', () => {
  it('is ready only when every part holds', () => {
    expect(isViewReady(ALL)).toBe(true)
    for (const part of Object.keys(ALL) as (keyof ReadinessParts)[]) expect(isViewReady({ ...ALL, [part]: false }), part).toBe(false)
  })
})

describe('ViewReadiness', () => {
  it('says "false" as soon as it is attached, before anything is known', () => {
    const target = { dataset: {} as DOMStringMap }
    new ViewReadiness().attach(target)
    expect(target.dataset.ready).toBe('false')
  })

  it('turns "true" only with the still frame drawn after the models came in and the labels placed in it', () => {
    const target = { dataset: {} as DOMStringMap }
    const readiness = new ViewReadiness()
    readiness.attach(target)
    readiness.cameraMoving(false)
    // A still frame before the models are all in does not count, nor after they come in.
    readiness.frameDrawn(true, true)
    expect(target.dataset.ready).toBe('false')
    readiness.viewChanged(true)
    expect(target.dataset.ready).toBe('false')
    readiness.frameDrawn(false, true)
    expect(target.dataset.ready).toBe('false')
    // Still, but the labels of the new view not placed yet.
    readiness.frameDrawn(true, false)
    expect(target.dataset.ready).toBe('false')
    readiness.frameDrawn(true, true)
    expect(target.dataset.ready).toBe('true')
  })

  it('goes "false" at once on a change of the view, and asks the scene for a frame so a sharp one follows', () => {
    const { target, frames, readiness } = settledView()
    expect(target.dataset.ready).toBe('true')
    const asked = frames.length
    readiness.viewChanged(true)
    expect(target.dataset.ready).toBe('false')
    expect(frames.length).toBe(asked + 1)
    readiness.frameDrawn(true, true)
    expect(target.dataset.ready).toBe('true')
  })

  it('goes "false" when a glide starts, a moving frame is drawn, or a file the view wants is missing', () => {
    const glide = settledView()
    glide.readiness.cameraMoving(true)
    expect(glide.target.dataset.ready).toBe('false')
    // The glide's last frame is not the still one: ready only after the still frame.
    glide.readiness.cameraMoving(false)
    glide.readiness.frameDrawn(false, true)
    expect(glide.target.dataset.ready).toBe('false')
    glide.readiness.frameDrawn(true, true)
    expect(glide.target.dataset.ready).toBe('true')

    const moved = settledView()
    moved.readiness.frameDrawn(false, true)
    expect(moved.target.dataset.ready).toBe('false')

    const loading = settledView()
    loading.readiness.viewChanged(false)
    loading.readiness.frameDrawn(true, true)
    expect(loading.target.dataset.ready).toBe('false')
  })

  it('writes nowhere once detached, and asks for no frame once the scene is gone', () => {
    const { target, frames, readiness } = settledView()
    readiness.attach(null)
    readiness.setFrameRequester(null)
    const asked = frames.length
    readiness.viewChanged(true)
    expect(target.dataset.ready).toBe('true')
    expect(frames.length).toBe(asked)
    expect(readiness.ready).toBe(false)
  })
})
