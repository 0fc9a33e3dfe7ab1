/**
 * What a user can touch in the 3D view, and what each touch names: every structure with the
 * parts that show it and its glossary line. A region names a place on one mesh (the femoral
 * head on the femur, the socket on the pelvis): a touch within `radiusM` of its landmark names
 * the region, anywhere else on the mesh the part's own structure (src/lib/structures.ts).
 *
 * The skin is a structure only where it is shown solid (closure): where it is see-through it is
 * not touchable at all (ghosted parts are never picked), so a touch reaches what lies under it.
 */
import { INTERIOR_PARTS } from '../../models/contract'
import type { Part, PointLandmark } from '../../models/contract'
import type { GlossaryId } from './i18n/en/glossary'
import type { LabelTerm } from './label-terms'

export interface StructureRegion {
  landmark: PointLandmark
  /** How far from the landmark (model frame, metres) a touch still names the region. */
  radiusM: number
}

export interface Structure {
  term: LabelTerm
  parts: readonly Part[]
  region?: StructureRegion
  glossary: GlossaryId
}

/** One femur mesh per bone-preparation stage, and the total hip's cut femur: the same regions on each. */
export const FEMUR_PARTS = ['femur', 'femur-sleeve-reamed', 'femur-planed', 'femur-chamfered', 'femur-stem-drilled', 'femur-thr'] as const satisfies readonly Part[]
export const PELVIS_PARTS = ['pelvis', 'pelvis-reamed', 'pelvis-thr-reamed'] as const satisfies readonly Part[]

/**
 * Region radii from the model (manifest landmarks): the head's surface lies about 24 mm from its
 * centre, the socket's about as far from its own; the neck, the trochanters and the PSIS are
 * smaller bumps around a point on or near their surface.
 */
export const STRUCTURES: readonly Structure[] = [
  // bone: regions first (the keyboard's cycle names them in this order), then the whole bone
  { term: 'femoral-head', parts: FEMUR_PARTS, region: { landmark: 'femoral-head-centre', radiusM: 0.028 }, glossary: 'femoral-head' },
  { term: 'femoral-neck', parts: FEMUR_PARTS, region: { landmark: 'femoral-neck-mid', radiusM: 0.02 }, glossary: 'femoral-neck' },
  { term: 'greater-trochanter', parts: FEMUR_PARTS, region: { landmark: 'greater-trochanter-tip', radiusM: 0.02 }, glossary: 'greater-trochanter' },
  { term: 'lesser-trochanter', parts: FEMUR_PARTS, region: { landmark: 'lesser-trochanter-tip', radiusM: 0.015 }, glossary: 'lesser-trochanter' },
  { term: 'femur', parts: FEMUR_PARTS, glossary: 'femur' },
  { term: 'acetabulum', parts: PELVIS_PARTS, region: { landmark: 'acetabular-centre', radiusM: 0.036 }, glossary: 'acetabulum' },
  { term: 'obturator-foramen', parts: PELVIS_PARTS, region: { landmark: 'obturator-foramen', radiusM: 0.028 }, glossary: 'obturator-foramen' },
  { term: 'psis', parts: PELVIS_PARTS, region: { landmark: 'psis', radiusM: 0.02 }, glossary: 'psis' },
  { term: 'pelvis', parts: PELVIS_PARTS, glossary: 'pelvis' },
  // joint surfaces and the arthritic joint
  { term: 'cartilage', parts: ['cartilage-femoral', 'cartilage-acetabular'], glossary: 'cartilage' },
  { term: 'worn-cartilage', parts: ['cartilage-femoral-worn', 'cartilage-acetabular-worn'], glossary: 'arthritis' },
  { term: 'osteophytes', parts: ['osteophytes-femoral', 'osteophytes-acetabular'], glossary: 'osteophyte' },
  { term: 'labrum', parts: ['labrum'], glossary: 'labrum' },
  // soft tissue
  { term: 'capsule', parts: ['capsule'], glossary: 'capsule' },
  { term: 'gluteus-maximus', parts: ['gluteus-maximus'], glossary: 'gluteus-maximus' },
  { term: 'gluteus-medius', parts: ['gluteus-medius'], glossary: 'gluteus-medius' },
  { term: 'piriformis', parts: ['piriformis'], glossary: 'piriformis' },
  { term: 'short-rotators', parts: ['short-rotators'], glossary: 'short-external-rotators' },
  { term: 'quadratus-femoris', parts: ['quadratus-femoris'], glossary: 'quadratus-femoris' },
  { term: 'sciatic-nerve', parts: ['sciatic-nerve'], glossary: 'sciatic-nerve' },
  { term: 'skin', parts: ['skin'], glossary: 'skin' },
  // implants
  { term: 'cup', parts: ['cup'], glossary: 'cup' },
  { term: 'femoral-cap', parts: ['femoral-cap'], glossary: 'femoral-cap' },
  // instruments
  { term: 'scalpel', parts: ['scalpel'], glossary: 'scalpel' },
  { term: 'sizing-gauge', parts: ['sizing-gauge'], glossary: 'sizing-gauge' },
  { term: 'guide-pin', parts: ['guide-pin'], glossary: 'guide-pin' },
  { term: 'sleeve-reamer', parts: ['sleeve-reamer'], glossary: 'sleeve-reamer' },
  { term: 'plane-cutter', parts: ['plane-cutter'], glossary: 'plane-cutter' },
  { term: 'chamfer-reamer', parts: ['chamfer-reamer'], glossary: 'chamfer-reamer' },
  { term: 'stem-drill', parts: ['stem-drill'], glossary: 'stem-drill' },
  { term: 'acetabular-reamer', parts: ['acetabular-reamer'], glossary: 'acetabular-reamer' },
  { term: 'cup-impactor', parts: ['cup-impactor'], glossary: 'cup-impactor' },
  // the total hip replacement (comparison)
  { term: 'thr-stem', parts: ['thr-stem'], glossary: 'thr-stem' },
  { term: 'thr-ball', parts: ['thr-ball'], glossary: 'thr-ball' },
  { term: 'thr-cup', parts: ['thr-cup'], glossary: 'thr-cup' },
  { term: 'thr-liner', parts: ['thr-liner'], glossary: 'thr-liner' },
  // the bone each operation removes (comparison)
  { term: 'removed-femur', parts: ['removed-femur-resurfacing', 'removed-femur-thr'], glossary: 'removed-bone' },
  { term: 'removed-socket', parts: ['removed-socket-resurfacing', 'removed-socket-thr'], glossary: 'removed-bone' },
]

/**
 * Parts deliberately not named by a touch: the inside of the bone shows only in the cut, which
 * names what it shows itself (src/features/cut), and touches are not picks there.
 */
export const UNNAMED_PARTS: readonly Part[] = INTERIOR_PARTS
