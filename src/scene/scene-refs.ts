import type { Object3D } from 'three'

/**
 * What the scene's parts share without React state: the femur's moving frame (femoral
 * landmarks follow it), the solid parts a label's point can hide behind, and whether the frame
 * being made is the still one.
 */
export interface SceneRefs {
  /** The hip's scene graph (HipRig's root): every loaded part, in its place. */
  hipRoot: Object3D | null
  femurFrame: Object3D | null
  occluders: Object3D[]
  stillFrame: StillFrame
}

/**
 * The one frame drawn once everything has come to rest (RenderQuality decides when): the sharp
 * frame, and the moment the labels check what hides their points.
 */
export class StillFrame {
  private due = false
  private readonly preparations = new Set<() => void>()
  /**
   * Work for the still frame done just before it, in a task of its own: the still frame is the
   * heaviest to draw, and the two together would hold the page up for longer. Returns the undo.
   */
  prepare(work: () => void): () => void {
    this.preparations.add(work)
    return () => this.preparations.delete(work)
  }
  /** The next frame is the still one. */
  arm() {
    for (const work of this.preparations) work()
    this.due = true
  }
  /** Whether the frame being made is the still one (true for every frame callback of that frame). */
  get now() {
    return this.due
  }
  /** That frame has been drawn: frames are frames of change again. */
  done() {
    this.due = false
  }
}

export const createSceneRefs = (): SceneRefs => ({ hipRoot: null, femurFrame: null, occluders: [], stillFrame: new StillFrame() })
