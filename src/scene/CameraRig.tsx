/**
 * The camera: drei's CameraControls for the user's orbit and zoom, and an eased glide to each
 * step's semantic pose (interruptible by a new step or by a drag; a cut with reduced motion).
 * The glide reports its start and end, never its frames.
 *
 * The controls' code (camera-controls) arrives after the first frame: that frame only needs the
 * camera in the step's pose, which is set on the camera itself until the controls take it over.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { CameraControls } from '@react-three/drei'
import { Vector3, type Camera } from 'three'
import type { CameraPose } from '../content/schema'
import type { FemurPose } from '../content/modes'
import {
  CAMERA_LIMITS,
  TRANSITION_SECONDS,
  interpolateOrbit,
  lookAtToOrbit,
  orbitToLookAt,
  type LookAt,
  type Orbit,
} from '../lib/camera-pose'
import { landmarkAtPose } from '../lib/scene-plan'
import { THR_OFFSET_M, compareOrbit } from '../features/compare/layout'
import { filmOrbit } from '../features/xray/film'
import { cutGeometry, cutOrbit } from '../features/cut/cut-plane'
import { cameraLink } from '../features/teach/sync/camera-link'
import { useWalkthrough } from '../state/store'
import { landmarkPoints, manifest } from './manifest'
import type { StepView } from './step-view'
import { useStepView } from './useStepView'
import { useReducedMotion } from './useReducedMotion'

const Controls = lazy(() => import('./camera-controls'))

interface CameraRigProps {
  onMovingChange: (moving: boolean) => void
  /** Load the user's orbit and zoom (once the first frame is drawn). */
  controlsWanted: boolean
}

/**
 * Longest time one frame may advance the motion: a slow frame (software WebGL draws a few
 * per second) keeps the motion near real time, a stall (a hidden tab) does not jump it.
 */
const MAX_FRAME_STEP_S = 0.25

const scratchPosition = new Vector3()
const scratchTarget = new Vector3()
const scratchEnd = new Vector3()

/**
 * The keyboard's orbit and zoom (src/features/explore) move the camera through CameraControls
 * without its pointer events: they say so here, so the rig treats them as the user's moves (a
 * glide stops, the presenter's camera is shared).
 */
class UserCameraMoves {
  private readonly listeners = new Set<() => void>()
  /** The user is about to move the camera by other means than the pointer. */
  start(): void {
    for (const listener of this.listeners) listener()
  }
  on(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
export const userCameraMoves = new UserCameraMoves()

/** Narrow views step back so the hip still fits side to side. */
const aspectFactor = (aspect: number) => Math.max(1, 1.35 / Math.max(aspect, 0.3))

export function stepOrbit(pose: CameraPose, femurPose: FemurPose, aspect: number): Orbit {
  const target = landmarkAtPose(pose.target, landmarkPoints, femurPose) ?? landmarkPoints['femoral-head-centre'] ?? [0, 0, 0]
  return {
    target: [...target],
    azimuthDeg: pose.azimuthDeg,
    elevationDeg: pose.elevationDeg,
    distanceM: pose.distanceM * aspectFactor(aspect),
  }
}

/** How far from the cut the camera stands: the head and neck fill the view. */
const CUT_VIEW_DISTANCE_M = 0.32

/** The camera for a view: the step's (or the comparison's) pose, or the X-ray's film, or facing the cut. */
function viewOrbit({ step, compare, surgeonView, plan }: StepView, aspect: number): Orbit {
  if (surgeonView === 'xray') return filmOrbit(landmarkPoints)
  if (surgeonView === 'cut') {
    const { axes } = manifest.landmarks
    const geometry = cutGeometry(useWalkthrough.getState().cutPlane, axes['neck-axis'], axes['shaft-axis'].direction)
    const pivot = landmarkPoints['femoral-head-centre'] ?? [0, 0, 0]
    const orbit = cutOrbit(geometry, plan.femurPose, pivot, CUT_VIEW_DISTANCE_M * aspectFactor(aspect))
    if (!compare || compare.framing === 'resurfacing') return orbit
    // Both hips (or the total hip alone) are cut by the same plane, each in its own place.
    const shift = compare.framing === 'both' ? 0.5 : 1
    const [x, y, z] = orbit.target
    return {
      ...orbit,
      target: [x + THR_OFFSET_M[0] * shift, y + THR_OFFSET_M[1] * shift, z + THR_OFFSET_M[2] * shift],
      distanceM: orbit.distanceM * (compare.framing === 'both' ? 2 : 1),
    }
  }
  return compare ? compareOrbit(compare.view.camera, compare.framing, landmarkPoints, aspect) : stepOrbit(step.camera, step.femurPose, aspect)
}

export function CameraRig({ onMovingChange, controlsWanted }: CameraRigProps) {
  // The controls for the effects that hook into them; the ref for the moves that read them.
  const [controls, setControlsState] = useState<CameraControls | null>(null)
  const controlsRef = useRef<CameraControls | null>(null)
  const setControls = useCallback((c: CameraControls | null) => {
    controlsRef.current = c
    setControlsState(c)
  }, [])
  const camera = useThree((s) => s.camera)
  /** The pose set on the camera itself while the controls are not in yet. */
  const placed = useRef<LookAt | null>(null)
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height))
  const invalidate = useThree((s) => s.invalidate)
  const reducedMotion = useReducedMotion()
  const glide = useRef<{ from: Orbit; to: Orbit; t: number } | null>(null)
  const first = useRef(true)
  /** From the user's first move until the camera comes to rest (damping included): its changes are the user's. */
  const userDriven = useRef(false)
  const appView = useWalkthrough((s) => s.view)
  const report = useRef(onMovingChange)
  // Read when a new pose arrives (a resize alone does not move the camera).
  const latest = useRef({ aspect, reducedMotion })
  useEffect(() => {
    report.current = onMovingChange
    latest.current = { aspect, reducedMotion }
  }, [onMovingChange, aspect, reducedMotion])

  /** Sends the camera to the step's pose: a glide, or a cut (the first view, or less motion wanted). */
  const goToPose = useCallback(
    (view: StepView) => {
      const { aspect } = latest.current
      const to = viewOrbit(view, aspect)
      const c = controlsRef.current
      if (!c) {
        placed.current = orbitToLookAt(to)
        placeCamera(camera, placed.current)
        report.current(false)
        invalidate()
        return
      }
      const position = c.getPosition(scratchPosition)
      const target = c.getTarget(scratchTarget)
      const from = lookAtToOrbit({ position: [position.x, position.y, position.z], target: [target.x, target.y, target.z] })
      const end = orbitToLookAt(to)
      const alreadyThere = position.distanceTo(scratchEnd.set(...end.position)) < 1e-4
      // A step's glide (or Reset view) is not the user's move.
      userDriven.current = false
      if (latest.current.reducedMotion || alreadyThere || first.current) {
        first.current = false
        glide.current = null
        void c.setLookAt(...end.position, ...end.target, false)
        report.current(false)
      } else {
        glide.current = { from, to, t: 0 }
        report.current(true)
      }
      invalidate()
    },
    [invalidate, camera],
  )

  // Only a new pose key (a new step, or Reset view) moves the camera.
  const view = useStepView((next, previous) => {
    if (next.poseKey !== previous.poseKey) goToPose(next)
  })
  // The first view appears in place; a change of the motion preference re-applies the pose.
  useEffect(() => goToPose(view.current), [goToPose, view, reducedMotion])

  // The controls, once in, start where the camera was put (the step's pose, or the presenter's
  // camera in the audience's window): they then own it.
  useEffect(() => {
    if (!controls || !placed.current) return
    const { position, target } = placed.current
    placed.current = null
    first.current = false
    void controls.setLookAt(...position, ...target, false)
    invalidate()
  }, [controls, invalidate])

  // Until then, the audience's window follows the presenter's camera on the camera itself.
  useEffect(() => {
    if (controls || appView !== 'audience') return
    return cameraLink.onArrive((lookAt) => {
      placed.current = lookAt
      placeCamera(camera, lookAt)
      invalidate()
    })
  }, [controls, appView, camera, invalidate])

  useEffect(() => {
    const c = controls
    if (!c) return
    // The user takes over: stop gliding where we are.
    const onStart = () => {
      userDriven.current = true
      if (glide.current) {
        glide.current = null
        report.current(false)
      }
    }
    // The presenter's own moves, damping after release included, go to the audience's window.
    const onUpdate = () => {
      if (!userDriven.current || appView !== 'presenter') return
      const position = c.getPosition(scratchPosition)
      const target = c.getTarget(scratchTarget)
      cameraLink.userMoved({ position: [position.x, position.y, position.z], target: [target.x, target.y, target.z] })
    }
    // A pointer held still lets the camera sleep mid-drag: the move ends only once released.
    let dragging = false
    const onControlStart = () => {
      dragging = true
      onStart()
    }
    const onControlEnd = () => {
      dragging = false
    }
    const onSleep = () => {
      if (!dragging) userDriven.current = false
    }
    c.addEventListener('controlstart', onControlStart)
    c.addEventListener('controlend', onControlEnd)
    c.addEventListener('update', onUpdate)
    c.addEventListener('sleep', onSleep)
    const offKeys = userCameraMoves.on(onStart)
    // The audience's window follows the presenter's camera, smoothly, over any glide.
    const offArrive =
      appView === 'audience'
        ? cameraLink.onArrive(({ position, target }) => {
            if (glide.current) {
              glide.current = null
              report.current(false)
            }
            void c.setLookAt(...position, ...target, !latest.current.reducedMotion)
            invalidate()
          })
        : () => undefined
    return () => {
      c.removeEventListener('controlstart', onControlStart)
      c.removeEventListener('controlend', onControlEnd)
      c.removeEventListener('update', onUpdate)
      c.removeEventListener('sleep', onSleep)
      offKeys()
      offArrive()
    }
  }, [controls, appView, invalidate])

  useFrame((state, delta) => {
    const g = glide.current
    const c = controlsRef.current
    if (!g || !c) return
    g.t = Math.min(1, g.t + Math.min(delta, MAX_FRAME_STEP_S) / TRANSITION_SECONDS)
    const { position, target } = orbitToLookAt(interpolateOrbit(g.from, g.to, g.t))
    void c.setLookAt(...position, ...target, false)
    if (g.t >= 1) {
      glide.current = null
      report.current(false)
    } else {
      state.invalidate()
    }
  })

  if (!controlsWanted) return null
  return (
    <Suspense fallback={null}>
      <Controls
        ref={setControls}
        makeDefault
        minDistance={CAMERA_LIMITS.minDistanceM}
        maxDistance={CAMERA_LIMITS.maxDistanceM}
        smoothTime={0.12}
        draggingSmoothTime={0.08}
      />
    </Suspense>
  )
}

/** Puts the camera in a pose by hand (the controls do it once they are in). */
function placeCamera(camera: Camera, { position, target }: LookAt): void {
  camera.position.set(...position)
  camera.lookAt(...target)
  camera.updateMatrixWorld()
}
