/**
 * The 3D view's frame: it loads the scene's code lazily (three.js is not in the first bundle,
 * so the step text shows first), shows loading progress, and explains when there is no WebGL,
 * when a model fails to load (with Retry) and when the WebGL context is lost. The step text
 * works in every one of these states.
 */
import { Component, useCallback, useEffect, useLayoutEffect, useState, type ComponentType, type ErrorInfo, type ReactNode } from 'react'
import { useWalkthrough, type Audience, type CompareSide, type CompareView } from '../state/store'
import type { LanguagePack } from '../content/i18n/types'
import { steps } from '../content/steps'
import { viewSide, type ViewSide } from '../lib/camera-pose'
import type { SceneStatus } from '../scene/status'
import { ViewReadiness } from '../scene/readiness'
import { loadHipScene, preloadFirstView, whenSceneIsDue } from '../scene/preload'
import type { HipSceneProps } from '../scene/HipScene'
import { hasWebGL2 } from './webgl'
import { fill, useText } from './useText'
import { compareViewById } from '../content/compare'
import { framesLandmark, NARROW_COMPARE_QUERY } from '../features/compare/layout'
import './viewport.css'

const DESCRIPTION_ID = 'viewport-description'

/** Catches a scene that throws (a broken model file, a failed chunk) so the page stays up. */
class SceneBoundary extends Component<{ onError: (message: string) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: Error, _info: ErrorInfo) {
    this.props.onError(error.message)
  }
  override render() {
    return this.state.failed ? null : this.props.children
  }
}

const SIDE_KEYS: Record<ViewSide, 'viewSideFront' | 'viewSideFrontSide' | 'viewSideSide' | 'viewSideBackSide' | 'viewSideBack' | 'viewSideInnerSide'> = {
  front: 'viewSideFront',
  'front-side': 'viewSideFrontSide',
  side: 'viewSideSide',
  'back-side': 'viewSideBackSide',
  back: 'viewSideBack',
  'inner-side': 'viewSideInnerSide',
}

export function Viewport() {
  const stepId = useWalkthrough((s) => s.stepId)
  const audience = useWalkthrough((s) => s.audience)
  const lang = useWalkthrough((s) => s.lang)
  const pack = useText()
  const ui = pack.ui
  const [webgl] = useState(hasWebGL2)
  const [status, setStatus] = useState<SceneStatus>({ kind: 'loading', progress: 0 })
  const [cameraMoving, setCameraMoving] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const [boundaryKey, setBoundaryKey] = useState(0)
  // The scene's code, loaded by hand rather than with React.lazy: a lazy component's reveal
  // under Suspense is held back (React batches reveals), which delayed the first 3D frame.
  const [HipScene, setHipScene] = useState<ComponentType<HipSceneProps> | null>(null)

  const compare = useWalkthrough((s) => s.compare)
  const layers = useWalkthrough((s) => layerList(s.layerOverrides))
  const paused = useWalkthrough((s) => s.paused)
  const compareSide = useWalkthrough((s) => s.compareSide)
  const surgeonView = useWalkthrough((s) => s.surgeonView)
  const step = steps.find((s) => s.id === stepId) ?? steps[0]
  const side = ui[SIDE_KEYS[viewSide(step.camera.azimuthDeg)]]
  const labelWords = step.labels.map((l) => pack.labels[l.term][audience]).join(', ')
  const description = surgeonView
    ? pack[surgeonView].canvasDescription
    : compare === null
      ? (labelWords ? ui.viewportDescription : ui.viewportDescriptionNoLabels).replace('{side}', side).replace('{labels}', labelWords)
      : comparisonDescription(pack, compare, compareSide, audience)

  const onError = useCallback((message: string) => setStatus({ kind: 'error', message }), [])

  // data-ready (scene/readiness.ts): written by the tracker, outside React's renders.
  const [readiness] = useState(() => new ViewReadiness())
  const [element, setElement] = useState<HTMLDivElement | null>(null)
  const onCameraMovingChange = useCallback(
    (moving: boolean) => {
      readiness.cameraMoving(moving)
      setCameraMoving(moving)
    },
    [readiness],
  )
  const modelsIn = webgl && status.kind === 'ready' && status.progress >= 1
  // In the commit that shows the change (a layout effect), so no one reads the new step as ready.
  useLayoutEffect(() => {
    readiness.viewChanged(modelsIn)
  }, [readiness, modelsIn, attempt, stepId, audience, lang, compare, compareSide, surgeonView, layers])
  useLayoutEffect(() => {
    readiness.attach(element)
    if (!element || typeof ResizeObserver !== 'function') return
    let first = true
    const resized = new ResizeObserver(() => {
      // Observing reports the size once at the start: that is no change.
      if (first) first = false
      else readiness.viewChanged(modelsIn)
    })
    resized.observe(element)
    return () => {
      resized.disconnect()
      readiness.attach(null)
    }
  }, [readiness, element, modelsIn])

  useEffect(() => {
    // Once the code is in, Retry needs no second download: the remounted scene loads its models.
    if (!webgl || HipScene) return
    let live = true
    const cancel = whenSceneIsDue(() => {
      preloadFirstView()
      loadHipScene().then(
        (module) => live && setHipScene(() => module.default),
        (error: unknown) => live && onError(error instanceof Error ? error.message : String(error)),
      )
    })
    return () => {
      live = false
      cancel()
    }
  }, [webgl, HipScene, onError, boundaryKey])

  const retry = () => {
    setStatus({ kind: 'loading', progress: 0 })
    setAttempt((n) => n + 1)
    setBoundaryKey((n) => n + 1)
  }

  const state = webgl ? status.kind : 'no-webgl'
  const showProgress = webgl && (status.kind === 'loading' || (status.kind === 'ready' && status.progress < 1))
  const progress = status.kind === 'loading' || status.kind === 'ready' ? status.progress : 0

  return (
    <div
      ref={setElement}
      className="viewport"
      data-step={stepId}
      data-compare={compare ?? undefined}
      // The X-ray or the cut (their scenes add data-xray / data-cut once drawn).
      data-surgeon-view={surgeonView ?? undefined}
      // The user's layer choices ("muscle:hidden skin:ghost"): what a test or an embedding page can read.
      data-layers={layers || undefined}
      data-paused={paused}
      data-camera={cameraMoving ? 'moving' : 'idle'}
      data-status={state}
      // Every file the view wants is in (the comparison's total hip too, once it is opened).
      data-models={status.kind === 'ready' && status.progress >= 1 ? 'complete' : 'partial'}
      // data-ready="true" | "false" (scene/readiness.ts): the step fully ready, for tests, the bench and embedding pages.
    >
      {webgl && HipScene && (
        <SceneBoundary key={boundaryKey} onError={onError}>
          <HipScene
            attempt={attempt}
            canvasLabel={ui.viewportLabel}
            descriptionId={DESCRIPTION_ID}
            labelListName={ui.viewportLabelsList}
            onStatus={setStatus}
            onCameraMovingChange={onCameraMovingChange}
            readiness={readiness}
          />
        </SceneBoundary>
      )}
      <p id={DESCRIPTION_ID} className="viewport__description">{description}</p>

      {showProgress && (
        <div className={`viewport__progress${status.kind === 'ready' ? ' viewport__progress--quiet' : ''}`}>
          <span className="viewport__progress-text" id="viewport-progress-label">{ui.viewportLoading}</span>
          <progress aria-labelledby="viewport-progress-label" max={100} value={Math.round(progress * 100)} />
        </div>
      )}

      {!webgl && (
        <div className="viewport__panel" role="status">
          <h2 className="viewport__panel-title">{ui.viewportNoWebGLTitle}</h2>
          <p>{ui.viewportNoWebGLText}</p>
        </div>
      )}
      {webgl && status.kind === 'error' && (
        <div className="viewport__panel" role="alert">
          <h2 className="viewport__panel-title">{ui.viewportErrorTitle}</h2>
          <p>{ui.viewportErrorText}</p>
          <button type="button" className="viewport__retry" onClick={retry}>{ui.viewportRetry}</button>
        </div>
      )}
      {webgl && status.kind === 'context-lost' && (
        <div className="viewport__panel" role="alert">
          <h2 className="viewport__panel-title">{ui.viewportContextLostTitle}</h2>
          <p>{ui.viewportContextLostText}</p>
          <button type="button" className="viewport__retry" onClick={retry}>{ui.viewportRetry}</button>
        </div>
      )}
    </div>
  )
}

const layerList = (overrides: Readonly<Record<string, string | undefined>>): string =>
  Object.entries(overrides)
    .filter(([, mode]) => mode !== undefined)
    .map(([layer, mode]) => `${layer}:${mode}`)
    .sort()
    .join(' ')

/** The comparison's description for screen readers: which hips, which view, what is labelled. */
function comparisonDescription(pack: LanguagePack, compare: CompareView, compareSide: CompareSide, audience: Audience): string {
  const one = typeof matchMedia === 'function' && matchMedia(NARROW_COMPARE_QUERY).matches
  const labels = compareViewById(compare)
    .labels.filter((l) => framesLandmark(one ? compareSide : 'both', l.anchor))
    .map((l) => pack.labels[l.term][audience])
  const text = pack.compare
  return fill(one ? text.canvasDescriptionOne : text.canvasDescription, {
    side: text.sides[compareSide],
    view: text.views[compare].name,
    labels: labels.join(', '),
  })
}
