/**
 * The things a label can name. Each language pack gives every term a word for patients and
 * one for students ("thigh bone" / "femur").
 */
export const LABEL_TERMS = [
  'femur',
  'femoral-head',
  'femoral-neck',
  'greater-trochanter',
  'lesser-trochanter',
  'pelvis',
  'acetabulum',
  'obturator-foramen',
  'cartilage',
  'worn-cartilage',
  'osteophytes',
  'labrum',
  'capsule',
  'gluteus-maximus',
  'gluteus-medius',
  'piriformis',
  'short-rotators',
  'quadratus-femoris',
  'sciatic-nerve',
  'skin-incision',
  'psis',
  'sizing-gauge',
  'guide-pin',
  'acetabular-reamer',
  'cup',
  'cup-impactor',
  'sleeve-reamer',
  'plane-cut',
  'chamfer',
  'stem-hole',
  'femoral-cap',
  'cement',
] as const
export type LabelTerm = (typeof LABEL_TERMS)[number]
