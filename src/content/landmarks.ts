/**
 * The bony landmarks the student register can label (the view bar's "Landmarks", `?landmarks=1`):
 * each a point of models/manifest.json with the label term that names it, its bone, how much it
 * matters when the view is crowded, and the preparation stages that keep it (a reamed head has
 * no fovea). Their glossary lines are a chunk of their own (`landmarkGlossary`), loaded when
 * landmarks are first shown or one is touched: only a student asks for them.
 */
import type { AcetabulumStage, FemurStage, PointLandmark } from '../../models/contract'
import type { Language } from './i18n/languages'
import type { Passage } from './i18n/types'
import type { LabelTerm } from './label-terms'

export interface LandmarkSpec {
  landmark: PointLandmark
  /** The label term: named as the landmark is, or the term the walkthrough already had for it. */
  term: LabelTerm
  bone: 'femur' | 'pelvis'
  /**
   * 1-10: which labels stay when the view cannot hold them all (10 stays longest). What the
   * posterior approach, the X-ray and the cup rely on ranks highest.
   */
  priority: number
  /** The stages of its bone on which it is still there (all when absent). */
  keptOn?: readonly (FemurStage | AcetabulumStage)[]
}

export const LANDMARKS = [
  // femur
  { landmark: 'greater-trochanter-tip', term: 'greater-trochanter', bone: 'femur', priority: 10 },
  { landmark: 'lesser-trochanter-tip', term: 'lesser-trochanter', bone: 'femur', priority: 9 },
  { landmark: 'head-neck-junction', term: 'head-neck-junction', bone: 'femur', priority: 9 },
  // the sleeve reamer takes the head's surface, the pit with it
  { landmark: 'fovea-capitis', term: 'fovea-capitis', bone: 'femur', priority: 7, keptOn: ['native'] },
  { landmark: 'intertrochanteric-crest', term: 'intertrochanteric-crest', bone: 'femur', priority: 7 },
  { landmark: 'trochanteric-fossa', term: 'trochanteric-fossa', bone: 'femur', priority: 6 },
  { landmark: 'intertrochanteric-line', term: 'intertrochanteric-line', bone: 'femur', priority: 6 },
  { landmark: 'quadrate-tubercle', term: 'quadrate-tubercle', bone: 'femur', priority: 5 },
  { landmark: 'gluteal-tuberosity', term: 'gluteal-tuberosity', bone: 'femur', priority: 4 },
  { landmark: 'linea-aspera', term: 'linea-aspera', bone: 'femur', priority: 3 },
  // pelvis
  { landmark: 'asis', term: 'asis', bone: 'pelvis', priority: 9 },
  { landmark: 'psis', term: 'psis', bone: 'pelvis', priority: 9 },
  { landmark: 'teardrop', term: 'teardrop', bone: 'pelvis', priority: 8 },
  { landmark: 'ischial-tuberosity', term: 'ischial-tuberosity', bone: 'pelvis', priority: 8 },
  { landmark: 'greater-sciatic-notch', term: 'greater-sciatic-notch', bone: 'pelvis', priority: 7 },
  // reaming to the cup's size takes the socket's surface and floor
  { landmark: 'acetabular-fossa', term: 'acetabular-fossa', bone: 'pelvis', priority: 7, keptOn: ['native'] },
  { landmark: 'lunate-surface', term: 'lunate-surface', bone: 'pelvis', priority: 6, keptOn: ['native'] },
  { landmark: 'iliac-crest', term: 'iliac-crest', bone: 'pelvis', priority: 6 },
  { landmark: 'aiis', term: 'aiis', bone: 'pelvis', priority: 6 },
  { landmark: 'acetabular-notch', term: 'acetabular-notch', bone: 'pelvis', priority: 5 },
  { landmark: 'obturator-foramen', term: 'obturator-foramen', bone: 'pelvis', priority: 5 },
  { landmark: 'pubic-ramus-superior', term: 'pubic-ramus-superior', bone: 'pelvis', priority: 5 },
  { landmark: 'ischial-spine', term: 'ischial-spine', bone: 'pelvis', priority: 5 },
  { landmark: 'lesser-sciatic-notch', term: 'lesser-sciatic-notch', bone: 'pelvis', priority: 4 },
  { landmark: 'piis', term: 'piis', bone: 'pelvis', priority: 4 },
  { landmark: 'pubic-tubercle', term: 'pubic-tubercle', bone: 'pelvis', priority: 4 },
  { landmark: 'pubic-ramus-inferior', term: 'pubic-ramus-inferior', bone: 'pelvis', priority: 3 },
  { landmark: 'iliac-tubercle', term: 'iliac-tubercle', bone: 'pelvis', priority: 3 },
] as const satisfies readonly LandmarkSpec[]

export type LandmarkTerm = (typeof LANDMARKS)[number]['term']

type Landmark = (typeof LANDMARKS)[number]
const byTerm = new Map<LabelTerm, Landmark>(LANDMARKS.map((l) => [l.term, l]))
/** The landmark a term names, if it names one. */
export const landmarkOfTerm = (term: LabelTerm): Landmark | undefined => byTerm.get(term)

/** A landmark's glossary line: what it is in plain words, and for students what it is and why it matters. */
export interface LandmarkGlossaryLine {
  /** Plain words, Flesch-Kincaid grade 8 or lower. */
  readonly patient: string
  /** Each claim with its sources, or saying it is only commonly described (no source in FACTS.md). */
  readonly student: readonly Passage[]
}

export type LandmarkGlossary = Readonly<Record<LandmarkTerm, LandmarkGlossaryLine>>

export const landmarkGlossary: Record<Language, () => Promise<LandmarkGlossary>> = {
  en: () => import('./i18n/en/landmarks').then((m) => m.landmarks),
  es: () => import('./i18n/es/landmarks').then((m) => m.landmarks),
}
