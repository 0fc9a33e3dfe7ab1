/**
 * One readiness signal for the 3D view: `data-ready="true"` on `.viewport` once the step is
 * fully ready (every model file the view wants in, the camera at rest, the sharp still frame
 * drawn with the labels placed in it), "false" from the moment any of that changes. Tests, the
 * benchmark, `npm run shots` and embedding pages wait on it instead of piecing it together from
 * data-status, data-camera, data-quality and the labels' data-state, which each settle at their
 * own moment (data-camera is "idle" before the first model has even loaded).
 *
 * No three.js here: the Viewport (first bundle) owns the tracker, the scene reports its frames.
 */

/** What has to hold for the view to be ready, each part reported by whoever knows it. */
export interface ReadinessParts {
  /** Every model file the view wants is loaded (so the scene is up: no error, no lost context). */
  modelsIn: boolean
  /** No glide under way. */
  cameraAtRest: boolean
  /** The last frame drawn is the sharp still one, drawn after the last change. */
  sharpFrameDrawn: boolean
  /** Every label of that frame was checked for occlusion and placed (true when there are none). */
  labelsPlaced: boolean
}

export const isViewReady = (parts: ReadinessParts): boolean =>
  parts.modelsIn && parts.cameraAtRest && parts.sharpFrameDrawn && parts.labelsPlaced

const NOTHING_READY: ReadinessParts = { modelsIn: false, cameraAtRest: false, sharpFrameDrawn: false, labelsPlaced: false }

/** Where the tracker writes: the view's element (an object with a dataset, so unit tests need no DOM). */
export interface ReadinessTarget {
  dataset: DOMStringMap
}

/**
 * Holds the parts and writes `data-ready` whenever the rule's answer changes. A change of what
 * the view shows (step, layers, a file that arrived, a resize) voids the drawn frame at once and
 * asks the scene for a frame, so a sharp one always follows (even after a change that by itself
 * would draw nothing).
 */
export class ViewReadiness {
  private parts: ReadinessParts = { ...NOTHING_READY }
  private target: ReadinessTarget | null = null
  private requestFrame: (() => void) | null = null

  get ready(): boolean {
    return isViewReady(this.parts)
  }

  attach(target: ReadinessTarget | null): void {
    this.target = target
    this.write()
  }

  /** The scene's way to ask for a frame (its invalidate), or null once it is gone. */
  setFrameRequester(request: (() => void) | null): void {
    this.requestFrame = request
  }

  /** What the view shows changed; `modelsIn` says whether every file it now wants is loaded. */
  viewChanged(modelsIn: boolean): void {
    this.parts = { ...this.parts, modelsIn, sharpFrameDrawn: false, labelsPlaced: false }
    this.write()
    this.requestFrame?.()
  }

  cameraMoving(moving: boolean): void {
    this.parts = { ...this.parts, cameraAtRest: !moving }
    this.write()
  }

  /** A frame has been drawn: the still one or a moving one, with the labels' state after it. */
  frameDrawn(still: boolean, labelsSettled: boolean): void {
    this.parts = { ...this.parts, sharpFrameDrawn: still, labelsPlaced: still && labelsSettled }
    this.write()
  }

  private write(): void {
    const value = String(this.ready)
    if (this.target && this.target.dataset.ready !== value) this.target.dataset.ready = value
  }
}
