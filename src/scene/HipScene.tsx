/**
 * The 3D view, loaded lazily by `ui/Viewport.tsx` so three.js is not in the first bundle.
 * Reads the store like the UI does; reports loading, errors, a lost WebGL context and camera
 * glides to the Viewport through callbacks (start and end only, never per frame).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Canvas, useFrame } from '@react-three/fiber'
import type { WebGLRenderer } from 'three'
import { useWalkthrough } from '../state/store'
import { steps } from '../content/steps'
import { languagePacks } from '../content/i18n/languages'
import { planScene } from '../lib/scene-plan'
import { STILL_DPR } from '../lib/render-quality'
import type { Vec3 } from '../../models/contract'
import { CameraRig } from './CameraRig'
import { HipModel } from './HipModel'
import { IncisionLine } from './IncisionLine'
import { LabelDom, LabelOverlay, LabelTracker, type SceneLabel } from './Labels'
import { Lighting } from './Lighting'
import { RenderQuality } from './RenderQuality'
import { landmarkPoints, manifest } from './manifest'
import { createSceneRefs } from './scene-refs'
import type { SceneStatus } from './status'
import { useModels } from './useModels'
import { useReducedMotion } from './useReducedMotion'

export interface HipSceneProps {
  /** Bumped by the Viewport's Retry button: reload what failed and start a fresh WebGL context. */
  attempt: number
  canvasLabel: string
  descriptionId: string
  labelListName: string
  onStatus: (status: SceneStatus) => void
  onCameraMovingChange: (moving: boolean) => void
}

/** Says once that a frame with the models has been drawn. */
function OnFirstFrame({ onDrawn }: { onDrawn: () => void }) {
  const done = useRef(false)
  useFrame(() => {
    if (done.current) return
    done.current = true
    // After this frame: the state change re-renders the scene, which must not delay the draw.
    requestAnimationFrame(onDrawn)
  })
  return null
}

export default function HipScene({ attempt, canvasLabel, descriptionId, labelListName, onStatus, onCameraMovingChange }: HipSceneProps) {
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const lang = useWalkthrough((s) => s.lang)
  const layerOverrides = useWalkthrough((s) => s.layerOverrides)
  const paused = useWalkthrough((s) => s.paused)
  const replayCount = useWalkthrough((s) => s.replayCount)
  const resetViewCount = useWalkthrough((s) => s.resetViewCount)
  const reducedMotion = useReducedMotion()

  const index = Math.max(0, steps.findIndex((s) => s.id === stepId))
  const step = steps[index] ?? steps[0]
  const previous = index > 0 ? steps[index - 1] : undefined
  const plan = useMemo(() => planScene(step, layerOverrides, previous), [step, layerOverrides, previous])

  const [firstViewDrawn, setFirstViewDrawn] = useState(false)
  const { parts, progress, firstReady, error } = useModels(attempt, firstViewDrawn)
  const [restored, setRestored] = useState(0)
  const [contextLost, setContextLost] = useState(false)

  const statusRef = useRef(onStatus)
  useEffect(() => {
    statusRef.current = onStatus
  }, [onStatus])
  useEffect(() => {
    if (error) statusRef.current({ kind: 'error', message: error })
    else if (contextLost) statusRef.current({ kind: 'context-lost' })
    else statusRef.current(firstReady ? { kind: 'ready', progress } : { kind: 'loading', progress })
  }, [error, contextLost, firstReady, progress])

  const [refs] = useState(() => createSceneRefs())
  const [labelDom] = useState(() => new LabelDom())
  const labelText = languagePacks[lang].labels
  const labels: SceneLabel[] = useMemo(
    () => step.labels.map((l) => ({ id: `${l.term}@${l.anchor}`, text: labelText[l.term][audience], anchor: l.anchor })),
    [step, labelText, audience],
  )

  const skinCentre = useMemo<Vec3>(() => {
    const line = manifest.landmarks.polylines['incision-line'] ?? []
    const head = landmarkPoints['femoral-head-centre'] ?? [0, 0, 0]
    // The skin wraps the hip: "outward" from the incision is away from the joint's axis.
    return line.length > 0 ? [head[0], 0, head[2]] : head
  }, [])

  // A canvas that is replaced (Retry, or a restored context) releases its context, which fires a
  // last "context lost" on it: its listeners go when it does.
  const canvasListeners = useRef<AbortController | null>(null)
  useEffect(() => () => canvasListeners.current?.abort(), [attempt, restored])

  const onCreated = useCallback(
    ({ gl }: { gl: WebGLRenderer }) => {
      const canvas = gl.domElement
      canvas.setAttribute('role', 'img')
      canvas.setAttribute('aria-label', canvasLabel)
      canvas.setAttribute('aria-describedby', descriptionId)
      const listeners = new AbortController()
      canvasListeners.current = listeners
      canvas.addEventListener(
        'webglcontextlost',
        (event) => {
          // Tell the browser we will handle the restore, then say what happened.
          event.preventDefault()
          setContextLost(true)
        },
        { signal: listeners.signal },
      )
      canvas.addEventListener(
        'webglcontextrestored',
        () => {
          // Start over on a fresh canvas (textures and buffers lived on the GPU).
          // The old canvas's context is released on unmount, which fires one more "lost": ignore it.
          listeners.abort()
          setContextLost(false)
          setRestored((n) => n + 1)
        },
        { signal: listeners.signal },
      )
    },
    [canvasLabel, descriptionId],
  )

  const animationKey = `${stepId}#${replayCount}`
  const poseKey = `${stepId}#${resetViewCount}`

  return (
    <div className="hip-scene">
      <Canvas
        key={`${attempt}-${restored}`}
        className="hip-scene__canvas"
        frameloop="demand"
        dpr={STILL_DPR}
        camera={{ fov: 30, near: 0.01, far: 10, position: [0, 0, 1] }}
        // No multisampling: the still frame is supersampled instead (see RenderQuality).
        gl={{ antialias: false, alpha: true, preserveDrawingBuffer: true }}
        onCreated={onCreated}
      >
        <Lighting />
        {parts && (
          <HipModel parts={parts} plan={plan} animationKey={animationKey} paused={paused} reducedMotion={reducedMotion} refs={refs} />
        )}
        {parts && plan.showIncision && (
          <IncisionLine points={manifest.landmarks.polylines['incision-line'] ?? []} centre={skinCentre} />
        )}
        <CameraRig
          pose={step.camera}
          femurPose={step.femurPose}
          poseKey={poseKey}
          reducedMotion={reducedMotion}
          onMovingChange={onCameraMovingChange}
        />
        {parts && <LabelTracker labels={labels} dom={labelDom} refs={refs} />}
        {parts && !firstViewDrawn && <OnFirstFrame onDrawn={() => setFirstViewDrawn(true)} />}
        {/* Last, so it sees this frame's motion: quick while moving, sharp when still. */}
        <RenderQuality />
      </Canvas>
      {parts && <LabelOverlay labels={labels} dom={labelDom} listName={labelListName} />}
    </div>
  )
}
