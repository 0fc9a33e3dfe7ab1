/**
 * Which landmarks the student register labels in a scene plan: those of the bones the plan
 * shows at the end of its animation (the femur and the pelvis, in whichever stage), less those
 * the stage has cut away. Pure (no three.js); the view's occlusion test then hides the ones
 * behind bone or muscle, and the layout the ones a crowded view cannot hold.
 */
import { femurPart, pelvisPart, type Part, type PointLandmark, type Vec3 } from '../../models/contract'
import { LANDMARKS, type LandmarkGlossaryLine, type LandmarkSpec } from '../content/landmarks'
import { plainText } from './rich-text'
import type { LabelTerm } from '../content/label-terms'
import { FEMUR_PARTS, PELVIS_PARTS } from '../content/structures'
import { frameAt, type ScenePlan } from './scene-plan'

const shownCache = new WeakMap<ScenePlan, readonly LandmarkSpec[]>()

export function landmarksShownIn(plan: ScenePlan): readonly LandmarkSpec[] {
  let shown = shownCache.get(plan)
  if (!shown) {
    const frame = frameAt(plan, Number.POSITIVE_INFINITY)
    const stage = { femur: frame.femurStage, pelvis: frame.acetabulumStage }
    const bonePart = { femur: femurPart(frame.femurStage), pelvis: pelvisPart(frame.acetabulumStage) }
    shown = LANDMARKS.filter((l: LandmarkSpec) => {
      if (frame.parts[bonePart[l.bone]].mode === 'hidden') return false
      return !l.keptOn || (l.keptOn as readonly string[]).includes(stage[l.bone])
    })
    shownCache.set(plan, shown)
  }
  return shown
}

/** How close to a landmark (model frame, metres) a touch on its bone names the landmark rather than the region. */
export const LANDMARK_TOUCH_RADIUS_M = 0.006

/** The stage a bone mesh shows ('thr' for the total hip's cut femur, which keeps no head). */
function stageOf(part: Part): { bone: LandmarkSpec['bone']; stage: string } | null {
  if ((FEMUR_PARTS as readonly Part[]).includes(part)) return { bone: 'femur', stage: part === 'femur' ? 'native' : part.slice('femur-'.length) }
  if ((PELVIS_PARTS as readonly Part[]).includes(part)) return { bone: 'pelvis', stage: part === 'pelvis' ? 'native' : part.slice('pelvis-'.length) }
  return null
}

/**
 * The landmark a touch at `point` (model frame) on a bone mesh names: the nearest one of that
 * bone, still there at the mesh's stage, within LANDMARK_TOUCH_RADIUS_M; else `null` (the
 * touch names the region or the bone, lib/structures.ts).
 */
export function landmarkAt(part: Part, point: Vec3, points: Partial<Record<PointLandmark, Vec3>>): LabelTerm | null {
  const on = stageOf(part)
  if (!on) return null
  let best: { term: LabelTerm; d: number } | null = null
  for (const l of LANDMARKS as readonly LandmarkSpec[]) {
    const at = points[l.landmark]
    if (l.bone !== on.bone || !at || (l.keptOn && !(l.keptOn as readonly string[]).includes(on.stage))) continue
    const d = Math.hypot(point[0] - at[0], point[1] - at[1], point[2] - at[2])
    if (d <= LANDMARK_TOUCH_RADIUS_M && (!best || d < best.d)) best = { term: l.term, d }
  }
  return best?.term ?? null
}

/** A landmark's glossary line as the name card reads it: the patient's sentence, or the student's claims each with its sources ("[3, 6]"). */
export function landmarkLineText(line: LandmarkGlossaryLine, audience: 'patient' | 'student'): string {
  if (audience === 'patient') return line.patient
  return line.student.map((p) => (p.sources.length > 0 ? `${plainText(p.text)} [${p.sources.join(', ')}]` : plainText(p.text))).join(' ')
}
