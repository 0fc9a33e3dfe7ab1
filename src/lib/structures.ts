/**
 * Which structure a touch names, and which structures a step shows: pure functions over
 * src/content/structures.ts and the step's scene plan (no three.js), shared by the 3D view's
 * picking, its keyboard cycle and the self-test's list of structures.
 */
import { POINT_LANDMARKS, type Part, type PointLandmark, type Vec3 } from '../../models/contract'
import type { LabelTerm } from '../content/label-terms'
import { STRUCTURES, type Structure } from '../content/structures'
import { steps } from '../content/steps'
import type { StepId } from '../content/steps-index'
import { frameAt, planScene, type LayerOverrides, type PartMode, type ScenePlan } from './scene-plan'

const byPart = new Map<Part, { own: Structure | null; regions: Structure[] }>()
for (const s of STRUCTURES) {
  for (const part of s.parts) {
    let entry = byPart.get(part)
    if (!entry) byPart.set(part, (entry = { own: null, regions: [] }))
    if (s.region) entry.regions.push(s)
    else entry.own = s
  }
}

const byTerm = new Map<LabelTerm, Structure>(STRUCTURES.map((s) => [s.term, s]))

/** The structure a term names (each term is one structure). */
export const structureOf = (term: LabelTerm): Structure | undefined => byTerm.get(term)

const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

/**
 * The structure at `point` (model frame) on `part`: the nearest region of that part whose
 * landmark is within its radius, else the part's own structure; `null` for a part no structure
 * names.
 */
export function structureAt(part: Part, point: Vec3, landmarks: Partial<Record<PointLandmark, Vec3>>): LabelTerm | null {
  const entry = byPart.get(part)
  if (!entry) return null
  let best: { term: LabelTerm; d: number } | null = null
  for (const s of entry.regions) {
    const at = s.region && landmarks[s.region.landmark]
    if (!at || !s.region) continue
    const d = distance(point, at)
    if (d <= s.region.radiusM && (!best || d < best.d)) best = { term: s.term, d }
  }
  return best?.term ?? entry.own?.term ?? null
}

const visibleCache = new Map<string, readonly LabelTerm[]>()
const shownCache = new WeakMap<ScenePlan, readonly LabelTerm[]>()

/** The structures whose parts have this mode at the end of a plan's animation, in STRUCTURES' order. */
function structuresIn(modes: (part: Part) => PartMode): readonly LabelTerm[] {
  return STRUCTURES.filter((s) => s.parts.some((p) => modes(p) === 'shown')).map((s) => s.term)
}

/** The structures a scene plan (a step's or the comparison's) shows solid once its animation has played. */
export function structuresShownIn(plan: ScenePlan): readonly LabelTerm[] {
  let terms = shownCache.get(plan)
  if (!terms) {
    const frame = frameAt(plan, Number.POSITIVE_INFINITY)
    terms = structuresIn((p) => frame.parts[p].mode)
    shownCache.set(plan, terms)
  }
  return terms
}

/**
 * Where the keyboard names a structure: its region's landmark, else the landmark named after
 * the part (muscles, the nerve, the labrum...); `null` when the scene must find a point on the mesh.
 */
export function structureLandmark(term: LabelTerm, part: Part): PointLandmark | null {
  const s = byTerm.get(term)
  if (s?.region) return s.region.landmark
  return (POINT_LANDMARKS as readonly string[]).includes(part) ? (part as PointLandmark) : null
}

/**
 * The structures a step shows solid once its animation has played (not see-through, not
 * hidden), regions included when their part is shown, in STRUCTURES' order. The same array for
 * the same step and layer choices.
 */
export function visibleStructures(stepId: StepId, overrides: LayerOverrides = {}): readonly LabelTerm[] {
  const key = `${stepId}|${JSON.stringify(Object.entries(overrides).sort())}`
  const cached = visibleCache.get(key)
  if (cached) return cached
  const index = steps.findIndex((s) => s.id === stepId)
  const step = steps[index]
  if (!step) return []
  const terms = structuresShownIn(planScene(step, overrides, index > 0 ? steps[index - 1] : undefined))
  visibleCache.set(key, terms)
  return terms
}
