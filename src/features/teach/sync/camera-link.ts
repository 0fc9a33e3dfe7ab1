/**
 * The camera between the 3D view and the teaching session, without the store (a camera moves
 * every frame; the store holds choices). The presenter's scene says where the user moved its
 * camera; the sync sends that on at a bounded rate. The audience's scene follows what arrives.
 * Neither side imports the other: both import this.
 */
import type { Vec3 } from '../../../../models/contract'

export interface SharedCamera {
  position: Vec3
  target: Vec3
}

type Listener = (camera: SharedCamera) => void

class CameraLink {
  private readonly moved = new Set<Listener>()
  private readonly arrived = new Set<Listener>()

  /** The scene: the user orbited, zoomed or panned this window's camera (not a step's glide). */
  userMoved(camera: SharedCamera): void {
    for (const listener of this.moved) listener(camera)
  }
  /** The sync: hear this window's user moves. Returns the unsubscribe. */
  onUserMoved(listener: Listener): () => void {
    this.moved.add(listener)
    return () => this.moved.delete(listener)
  }
  /** The sync: the presenter's camera arrived; the scene glides to it. */
  arrive(camera: SharedCamera): void {
    for (const listener of this.arrived) listener(camera)
  }
  /** The scene: follow cameras that arrive. Returns the unsubscribe. */
  onArrive(listener: Listener): () => void {
    this.arrived.add(listener)
    return () => this.arrived.delete(listener)
  }
}

export const cameraLink = new CameraLink()
