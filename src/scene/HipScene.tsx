/**
 * The 3D view, loaded lazily by `ui/Viewport.tsx` so three.js is not in the first bundle.
 * Reads the store like the UI does; reports loading, errors, a lost WebGL context and camera
 * glides to the Viewport through callbacks (start and end only, never per frame).
 *
 * A step change does not re-render it: the parts in the canvas follow the store themselves
 * (useStepView.ts), and only the labels' text beside the canvas is rendered again.
 */
import { lazy, memo, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react'
import { Canvas, useFrame } from '@react-three/fiber'
import './three-catalogue'
import type { WebGLRenderer } from 'three'
import { useWalkthrough } from '../state/store'
import { STILL_DPR } from '../lib/render-quality'
import type { Vec3 } from '../../models/contract'
import { CameraRig } from './CameraRig'
import { HipModel } from './HipModel'
import { IncisionLine } from './IncisionLine'
import { LabelDom, LabelOverlay, LabelTracker } from './Labels'
import { Lighting } from './Lighting'
import { RenderQuality } from './RenderQuality'
import { ReadinessReport } from './ReadinessReport'
import type { ViewReadiness } from './readiness'
import { landmarkPoints, manifest } from './manifest'
import { createSceneRefs } from './scene-refs'
import type { SceneStatus } from './status'
import { useModels } from './useModels'
import { firstViewFiles } from './model-download'
import { stepViewOf } from './step-view'
import { useViewLabels } from './useStepView'
import { buildTreesWhenIdle } from './raycast'
import { PickDom } from '../features/explore/pick-dom'
import { packFor } from '../content/i18n/packs'

// Touch to learn (picking, the keyboard, the name card) arrives after the first frame, like the
// accelerated raycaster: none of it is needed to draw the first view.
const ExploreScene = lazy(() => import('../features/explore/scene/ExploreScene'))
const ExploreOverlay = lazy(() => import('../features/explore/ui/ExploreOverlay'))
// The surgeon's views: each its own chunks, fetched when first opened.
const XrayScene = lazy(() => import('../features/xray/scene/XrayScene'))
const XrayPanel = lazy(() => import('../features/xray/ui/XrayPanel'))
const CutScene = lazy(() => import('../features/cut/scene/CutScene'))
const CutPanel = lazy(() => import('../features/cut/ui/CutPanel'))

export interface HipSceneProps {
  /** Bumped by the Viewport's Retry button: reload what failed and start a fresh WebGL context. */
  attempt: number
  canvasLabel: string
  descriptionId: string
  labelListName: string
  onStatus: (status: SceneStatus) => void
  onCameraMovingChange: (moving: boolean) => void
  /** The view's data-ready (readiness.ts): told of every frame drawn. */
  readiness: ViewReadiness
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

/** The current view's labels as text over the canvas (the tracker in the canvas places them). */
function StepLabels({ dom, listName }: { dom: LabelDom; listName: string }) {
  return <LabelOverlay labels={useViewLabels()} dom={dom} listName={listName} />
}

const INCISION_LINE = manifest.landmarks.polylines['incision-line'] ?? []
const HEAD_CENTRE: Vec3 = landmarkPoints['femoral-head-centre'] ?? [0, 0, 0]
/** The skin wraps the hip: "outward" from the incision is away from the joint's axis. */
const SKIN_CENTRE: Vec3 = [HEAD_CENTRE[0], 0, HEAD_CENTRE[2]]

// The canvas's options, made once: new objects on a render would make the canvas re-check them.
const CAMERA = { fov: 30, near: 0.01, far: 10, position: [0, 0, 1] } as const
// No multisampling: the still frame is supersampled instead (see RenderQuality).
const GL = { antialias: false, alpha: true, preserveDrawingBuffer: true } as const

function HipScene({ attempt, canvasLabel, descriptionId, labelListName, onStatus, onCameraMovingChange, readiness }: HipSceneProps) {
  const [firstViewDrawn, setFirstViewDrawn] = useState(false)
  const comparisonWanted = useWalkthrough((s) => s.compare !== null)
  const surgeonView = useWalkthrough((s) => s.surgeonView)
  // The view the page opened on decides what the first frame waits for (a later step's muscles
  // arrive with the rest, after that frame).
  const [firstFiles] = useState(() => firstViewFiles(stepViewOf(useWalkthrough.getState()).plan))
  const { parts, progress, firstReady, error } = useModels(attempt, firstFiles, firstViewDrawn, comparisonWanted, surgeonView !== null)
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
  const [pickDom] = useState(() => new PickDom())
  const [frame, setFrame] = useState<HTMLDivElement | null>(null)
  const hintId = useId()
  const explore = packFor(useWalkthrough((s) => s.lang)).explore

  // Bounding trees for every mesh once the first view is on screen (module fetched then, trees
  // built in idle time); a file that arrives later gets its trees the same way.
  useEffect(() => {
    if (!firstViewDrawn || !parts) return
    return buildTreesWhenIdle(parts.values())
  }, [firstViewDrawn, parts])

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

  return (
    <div className="hip-scene">
      {/* The 3D view takes keyboard focus: arrows orbit, +/- zoom, N names the parts (features/explore). */}
      <div
        className="hip-scene__frame"
        ref={setFrame}
        tabIndex={0}
        role="application"
        aria-label={explore.viewName}
        aria-describedby={hintId}
      >
        <Canvas
          key={`${attempt}-${restored}`}
          className="hip-scene__canvas"
          frameloop="demand"
          dpr={STILL_DPR}
          camera={CAMERA}
          gl={GL}
          onCreated={onCreated}
        >
          <Lighting />
          {parts && <HipModel parts={parts} refs={refs} />}
          {parts && <IncisionLine points={INCISION_LINE} centre={SKIN_CENTRE} />}
          <CameraRig onMovingChange={onCameraMovingChange} controlsWanted={firstViewDrawn} />
          {parts && <LabelTracker dom={labelDom} refs={refs} />}
          {parts && <ReadinessReport readiness={readiness} refs={refs} labels={labelDom} />}
          {parts && !firstViewDrawn && <OnFirstFrame onDrawn={() => setFirstViewDrawn(true)} />}
          {/* Quick while anything moves, sharp once all is still (it sets the ratio the frame draws at). */}
          <RenderQuality refs={refs} />
          {parts && firstViewDrawn && frame && (
            <Suspense fallback={null}>
              <ExploreScene refs={refs} dom={pickDom} frame={frame} />
            </Suspense>
          )}
          {parts && surgeonView === 'xray' && (
            <Suspense fallback={null}>
              <XrayScene parts={parts} />
            </Suspense>
          )}
          {parts && surgeonView === 'cut' && (
            <Suspense fallback={null}>
              <CutScene refs={refs} />
            </Suspense>
          )}
        </Canvas>
      </div>
      <p className="explore-hint" id={hintId}>
        {explore.keyboardHint}
      </p>
      {parts && <StepLabels dom={labelDom} listName={labelListName} />}
      {parts && firstViewDrawn && frame && (
        <Suspense fallback={null}>
          <ExploreOverlay dom={pickDom} frame={frame} />
        </Suspense>
      )}
      {/* A file that failed (interior.glb, say) leaves the error and its Try again in sight. */}
      {parts && !error && surgeonView === 'xray' && (
        <Suspense fallback={null}>
          <XrayPanel />
        </Suspense>
      )}
      {parts && !error && surgeonView === 'cut' && (
        <Suspense fallback={null}>
          <CutPanel />
        </Suspense>
      )}
    </div>
  )
}

/** Memoised: the Viewport re-renders on every glide start and end, which the scene does not need to hear. */
export default memo(HipScene)
