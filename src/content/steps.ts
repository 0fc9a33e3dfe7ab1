/**
 * The procedure as data: what the scene shows and does at each step, in the order of the
 * operation (posterolateral approach, FACTS.md section 3). Words live in `i18n/<lang>/steps.ts`.
 */
import type { Layer } from '../../models/contract'
import type { Step } from './schema'
import type { LayerMode } from './modes'

/** Layer defaults, named for the situations they serve. */
const closedHip: Record<Layer, LayerMode> = {
  skin: 'ghost', muscle: 'ghost', nerves: 'shown', bone: 'shown', cartilage: 'shown', implants: 'shown', instruments: 'shown',
}
const skinView: Record<Layer, LayerMode> = { ...closedHip, skin: 'shown', muscle: 'hidden' }
const openHip: Record<Layer, LayerMode> = { ...closedHip, skin: 'hidden' }
const boneWork: Record<Layer, LayerMode> = { ...closedHip, skin: 'hidden', muscle: 'hidden' }

const femurNative = { femurStage: 'native', acetabulumStage: 'native' } as const

/**
 * The bony spurs go in the step where the surgeon takes them off, and stay off: the femur's
 * around the head-neck junction before the neck is measured, the socket rim's with the labrum
 * before reaming (FACTS.md 3.7: commonly described, unsourced).
 */
const femoralSpursRemoved = ['osteophytes-femoral'] as const
const spursRemoved = ['osteophytes-femoral', 'osteophytes-acetabular'] as const

export const steps = [
  {
    id: 'healthy-hip', chapter: 'the-hip',
    camera: { target: 'femoral-head-centre', azimuthDeg: 55, elevationDeg: 10, distanceM: 0.65 },
    layers: { ...closedHip, skin: 'hidden', muscle: 'hidden' }, highlight: ['cartilage-femoral', 'cartilage-acetabular'], hide: [],
    ...femurNative, femurPose: 'neutral', arthritic: false, implantsInPlace: [], motion: { kind: 'none' }, showIncision: false,
    labels: [
      { term: 'femoral-head', anchor: 'femoral-head-centre' },
      { term: 'acetabulum', anchor: 'acetabular-rim-superior' },
      { term: 'femur', anchor: 'femoral-shaft-mid' },
      { term: 'pelvis', anchor: 'iliac-crest' },
      { term: 'greater-trochanter', anchor: 'greater-trochanter-tip' },
    ],
  },
  {
    id: 'arthritic-hip', chapter: 'the-hip',
    camera: { target: 'femoral-head-centre', azimuthDeg: 35, elevationDeg: 5, distanceM: 0.26 },
    layers: boneWork, highlight: ['osteophytes-femoral', 'osteophytes-acetabular', 'cartilage-femoral-worn'], hide: [],
    ...femurNative, femurPose: 'neutral', arthritic: true, implantsInPlace: [], motion: { kind: 'none' }, showIncision: false,
    labels: [
      { term: 'worn-cartilage', anchor: 'femoral-head-centre' },
      { term: 'osteophytes', anchor: 'femoral-osteophyte' },
      { term: 'acetabulum', anchor: 'acetabular-rim-superior' },
    ],
  },
  {
    id: 'incision', chapter: 'opening',
    camera: { target: 'skin-incision-mid', azimuthDeg: 125, elevationDeg: 15, distanceM: 0.6 },
    layers: skinView, highlight: [], hide: [],
    ...femurNative, femurPose: 'neutral', arthritic: true, implantsInPlace: [],
    motion: { kind: 'instrument', instrument: 'scalpel', motion: 'trace' }, showIncision: true,
    labels: [
      { term: 'skin-incision', anchor: 'skin-incision-mid' },
      { term: 'greater-trochanter', anchor: 'greater-trochanter-tip' },
      { term: 'psis', anchor: 'psis' },
    ],
  },
  {
    id: 'exposure', chapter: 'opening',
    camera: { target: 'femoral-head-centre', azimuthDeg: 140, elevationDeg: 10, distanceM: 0.45 },
    layers: openHip, highlight: ['piriformis', 'short-rotators', 'sciatic-nerve'], hide: ['gluteus-maximus'],
    ...femurNative, femurPose: 'neutral', arthritic: true, implantsInPlace: [], motion: { kind: 'none' }, showIncision: false,
    labels: [
      { term: 'piriformis', anchor: 'piriformis' },
      { term: 'short-rotators', anchor: 'short-rotators' },
      { term: 'sciatic-nerve', anchor: 'sciatic-nerve' },
      { term: 'gluteus-medius', anchor: 'gluteus-medius' },
    ],
  },
  {
    id: 'capsule-dislocation', chapter: 'opening',
    camera: { target: 'femoral-head-centre', azimuthDeg: 140, elevationDeg: 15, distanceM: 0.42 },
    layers: boneWork, highlight: ['capsule'], hide: [],
    ...femurNative, femurPose: 'dislocated', arthritic: true, implantsInPlace: [], motion: { kind: 'femur', motion: 'dislocate' }, showIncision: false,
    labels: [
      { term: 'capsule', anchor: 'capsule' },
      { term: 'femoral-head', anchor: 'femoral-head-top' },
      { term: 'acetabulum', anchor: 'acetabular-fossa' },
    ],
  },
  {
    id: 'femoral-sizing', chapter: 'socket',
    camera: { target: 'femoral-neck-mid', azimuthDeg: 40, elevationDeg: 25, distanceM: 0.28 },
    layers: boneWork, highlight: [], hide: ['capsule', ...femoralSpursRemoved],
    ...femurNative, femurPose: 'dislocated', arthritic: true, implantsInPlace: [],
    motion: { kind: 'instrument', instrument: 'sizing-gauge', motion: 'advance' }, showIncision: false,
    labels: [
      { term: 'sizing-gauge', anchor: 'femoral-neck-mid' },
      { term: 'femoral-head', anchor: 'femoral-head-top' },
    ],
  },
  {
    id: 'acetabular-reaming', chapter: 'socket',
    camera: { target: 'acetabular-centre', azimuthDeg: 80, elevationDeg: -20, distanceM: 0.32 },
    layers: boneWork, highlight: ['pelvis-reamed'], hide: ['capsule', 'labrum', ...spursRemoved],
    femurStage: 'native', acetabulumStage: 'reamed', femurPose: 'retracted', arthritic: true, implantsInPlace: [],
    motion: { kind: 'instrument', instrument: 'acetabular-reamer', motion: 'spin-advance' }, showIncision: false,
    labels: [
      { term: 'acetabular-reamer', anchor: 'acetabular-centre' },
      { term: 'acetabulum', anchor: 'acetabular-rim-superior' },
    ],
  },
  {
    id: 'cup-impaction', chapter: 'socket',
    camera: { target: 'acetabular-centre', azimuthDeg: 80, elevationDeg: -20, distanceM: 0.32 },
    layers: boneWork, highlight: ['cup'], hide: ['capsule', 'labrum', ...spursRemoved],
    femurStage: 'native', acetabulumStage: 'reamed', femurPose: 'retracted', arthritic: true, implantsInPlace: [],
    motion: { kind: 'implant', implant: 'cup', motion: 'impact' }, showIncision: false,
    labels: [
      { term: 'cup', anchor: 'cup-pole' },
      { term: 'cup-impactor', anchor: 'acetabular-centre' },
    ],
  },
  {
    id: 'guide-pin', chapter: 'femoral-head',
    camera: { target: 'femoral-head-centre', azimuthDeg: 40, elevationDeg: 25, distanceM: 0.3 },
    layers: boneWork, highlight: ['guide-pin'], hide: ['capsule', 'labrum', ...spursRemoved],
    femurStage: 'native', acetabulumStage: 'reamed', femurPose: 'dislocated', arthritic: true, implantsInPlace: ['cup'],
    motion: { kind: 'instrument', instrument: 'guide-pin', motion: 'advance' }, showIncision: false,
    labels: [
      { term: 'guide-pin', anchor: 'femoral-head-top' },
      { term: 'femoral-neck', anchor: 'femoral-neck-mid' },
    ],
  },
  {
    id: 'sleeve-reaming', chapter: 'femoral-head',
    camera: { target: 'femoral-head-centre', azimuthDeg: 40, elevationDeg: 25, distanceM: 0.3 },
    layers: boneWork, highlight: ['femur-sleeve-reamed'], hide: ['capsule', 'labrum', ...spursRemoved],
    femurStage: 'sleeve-reamed', acetabulumStage: 'reamed', femurPose: 'dislocated', arthritic: true, implantsInPlace: ['cup'],
    motion: { kind: 'instrument', instrument: 'sleeve-reamer', motion: 'spin-advance' }, showIncision: false,
    labels: [
      { term: 'sleeve-reamer', anchor: 'femoral-head-top' },
      { term: 'femoral-neck', anchor: 'femoral-neck-mid' },
    ],
  },
  {
    id: 'head-shaping', chapter: 'femoral-head',
    camera: { target: 'femoral-head-centre', azimuthDeg: 40, elevationDeg: 25, distanceM: 0.26 },
    layers: boneWork, highlight: ['femur-stem-drilled'], hide: ['capsule', 'labrum', ...spursRemoved],
    femurStage: 'stem-drilled', acetabulumStage: 'reamed', femurPose: 'dislocated', arthritic: true, implantsInPlace: ['cup'],
    motion: { kind: 'instrument', instrument: 'chamfer-reamer', motion: 'spin-advance' }, showIncision: false,
    labels: [
      { term: 'plane-cut', anchor: 'femoral-head-top' },
      { term: 'chamfer', anchor: 'femoral-head-centre' },
      { term: 'stem-hole', anchor: 'femoral-cap-pole' },
    ],
  },
  {
    id: 'cap-cementing', chapter: 'femoral-head',
    camera: { target: 'femoral-head-centre', azimuthDeg: 40, elevationDeg: 25, distanceM: 0.3 },
    layers: boneWork, highlight: ['femoral-cap'], hide: ['capsule', 'labrum', ...spursRemoved],
    femurStage: 'stem-drilled', acetabulumStage: 'reamed', femurPose: 'dislocated', arthritic: true, implantsInPlace: ['cup'],
    motion: { kind: 'implant', implant: 'femoral-cap', motion: 'slide-on' }, showIncision: false,
    labels: [
      { term: 'femoral-cap', anchor: 'femoral-cap-pole' },
      { term: 'cement', anchor: 'femoral-head-centre' },
    ],
  },
  {
    id: 'reduction', chapter: 'finishing',
    camera: { target: 'femoral-head-centre', azimuthDeg: 70, elevationDeg: 5, distanceM: 0.35 },
    layers: boneWork, highlight: ['cup', 'femoral-cap'], hide: ['capsule', 'labrum', ...spursRemoved],
    femurStage: 'stem-drilled', acetabulumStage: 'reamed', femurPose: 'neutral', arthritic: true, implantsInPlace: ['cup', 'femoral-cap'],
    motion: { kind: 'femur', motion: 'reduce' }, showIncision: false,
    labels: [
      { term: 'femoral-cap', anchor: 'femoral-head-centre' },
      { term: 'cup', anchor: 'acetabular-rim-superior' },
    ],
  },
  {
    id: 'closure', chapter: 'finishing',
    camera: { target: 'femoral-head-centre', azimuthDeg: 135, elevationDeg: 15, distanceM: 0.5 },
    layers: closedHip, highlight: ['short-rotators', 'capsule'], hide: ['gluteus-maximus', 'gluteus-medius', 'quadratus-femoris', ...spursRemoved],
    femurStage: 'stem-drilled', acetabulumStage: 'reamed', femurPose: 'neutral', arthritic: false, implantsInPlace: ['cup', 'femoral-cap'],
    motion: { kind: 'none' }, showIncision: true,
    labels: [
      { term: 'capsule', anchor: 'capsule' },
      { term: 'short-rotators', anchor: 'short-rotators' },
      { term: 'skin-incision', anchor: 'skin-incision-mid' },
    ],
  },
  {
    id: 'recovery', chapter: 'after',
    camera: { target: 'femoral-head-centre', azimuthDeg: 55, elevationDeg: 10, distanceM: 0.62 },
    layers: { ...closedHip, muscle: 'hidden' }, highlight: ['cup', 'femoral-cap'], hide: [...spursRemoved],
    femurStage: 'stem-drilled', acetabulumStage: 'reamed', femurPose: 'neutral', arthritic: false, implantsInPlace: ['cup', 'femoral-cap'],
    motion: { kind: 'none' }, showIncision: false,
    labels: [
      { term: 'femoral-cap', anchor: 'femoral-head-centre' },
      { term: 'cup', anchor: 'acetabular-rim-superior' },
      { term: 'femur', anchor: 'femoral-shaft-mid' },
    ],
  },
] as const satisfies readonly Step[]
