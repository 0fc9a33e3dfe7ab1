/**
 * The contract between the model generator and the app: part names, layers, bone-preparation
 * stages, landmark names and the shape of `models/manifest.json`.
 *
 * Both `models/generator/` and `src/` import this file, so a misspelt part or landmark is a
 * type error rather than an invisible mesh. It must stay free of three.js, React and Node
 * imports, and of zod (the manifest's schema is `manifest-schema.ts`), so importing a part
 * name never pulls a validator into the app's bundle.
 *
 * Frames and units (glTF's own convention): metres, +Y superior, +Z anterior, the patient's
 * right at -X. The model is a right hip.
 */

/** Bone-preparation stages of the femoral head, in the order the surgeon makes them. */
export const FEMUR_STAGES = ['native', 'sleeve-reamed', 'planed', 'chamfered', 'stem-drilled'] as const
export type FemurStage = (typeof FEMUR_STAGES)[number]

/** Bone-preparation stages of the acetabulum (the socket). */
export const ACETABULUM_STAGES = ['native', 'reamed'] as const
export type AcetabulumStage = (typeof ACETABULUM_STAGES)[number]

/** Instruments, each modelled with its origin at the working tip (see `InstrumentSpec`). */
export const INSTRUMENTS = [
  'scalpel',
  'sizing-gauge',
  'guide-pin',
  'sleeve-reamer',
  'plane-cutter',
  'chamfer-reamer',
  'stem-drill',
  'acetabular-reamer',
  'cup-impactor',
] as const
export type Instrument = (typeof INSTRUMENTS)[number]

export const IMPLANTS = ['cup', 'femoral-cap'] as const
export type Implant = (typeof IMPLANTS)[number]

/**
 * What is inside the bone, for the X-ray and the cross-section (interior.glb). Each is a closed
 * surface inside its bone part: the cancellous core is an inset of the bone's own SDF (the
 * layer between it and the bone's surface is the cortex), cut by the same preparation as its
 * bone; the femoral canal (marrow) lies inside the femur's core; the cement mantle fills the
 * gap between the femoral cap's bore and the prepared head. No two interior surfaces cross,
 * so a ray that starts inside one solid meets that solid's own surface first (the cut's caps
 * rely on it).
 */
export const INTERIOR_PARTS = [
  'pelvis-cancellous',
  'pelvis-reamed-cancellous',
  'femur-cancellous',
  'femur-sleeve-reamed-cancellous',
  'femur-planed-cancellous',
  'femur-chamfered-cancellous',
  'femur-stem-drilled-cancellous',
  /** The medullary canal of the resurfacing femur (head preparation does not reach it). */
  'femoral-canal',
  'cement-mantle',
  // the total hip's femur and socket (the comparison), same rules
  'femur-thr-cancellous',
  'femur-thr-canal',
  'pelvis-thr-reamed-cancellous',
] as const
export type InteriorPart = (typeof INTERIOR_PARTS)[number]

/**
 * Every mesh node in the glTF files is named after one of these parts.
 * Bone-preparation stages are separate parts (`femur-planed`, `pelvis-reamed`, ...): the app
 * shows exactly one femur part and one pelvis part at a time.
 */
export const PARTS = [
  // bone, one part per preparation stage
  'pelvis',
  'pelvis-reamed',
  'femur',
  'femur-sleeve-reamed',
  'femur-planed',
  'femur-chamfered',
  'femur-stem-drilled',
  // osteoarthritis (arthritic-hip step)
  'osteophytes-femoral',
  'osteophytes-acetabular',
  // cartilage: healthy and worn
  'cartilage-femoral',
  'cartilage-acetabular',
  'cartilage-femoral-worn',
  'cartilage-acetabular-worn',
  // soft tissue
  'labrum',
  'capsule',
  'gluteus-maximus',
  'gluteus-medius',
  'piriformis',
  'short-rotators',
  'quadratus-femoris',
  'sciatic-nerve',
  'skin',
  ...IMPLANTS,
  ...INSTRUMENTS,
  // total hip replacement (THR), for the comparison (thr.glb; modelled in the same frame)
  'femur-thr',
  'pelvis-thr-reamed',
  'thr-stem',
  'thr-ball',
  'thr-cup',
  'thr-liner',
  // the bone each operation removes, as solids
  'removed-femur-resurfacing',
  'removed-socket-resurfacing',
  'removed-femur-thr',
  'removed-socket-thr',
  // inside the bone (interior.glb, loaded for the X-ray and the cut; see BONE_INTERIORS)
  ...INTERIOR_PARTS,
] as const
export type Part = (typeof PARTS)[number]

export const femurPart = (stage: FemurStage): Part => (stage === 'native' ? 'femur' : `femur-${stage}`)
export const pelvisPart = (stage: AcetabulumStage): Part => (stage === 'native' ? 'pelvis' : `pelvis-${stage}`)

/** Layers the user can hide or make see-through. Every part belongs to exactly one. */
export const LAYERS = ['skin', 'muscle', 'nerves', 'bone', 'cartilage', 'implants', 'instruments'] as const
export type Layer = (typeof LAYERS)[number]

export const PART_LAYER = {
  pelvis: 'bone',
  'pelvis-reamed': 'bone',
  femur: 'bone',
  'femur-sleeve-reamed': 'bone',
  'femur-planed': 'bone',
  'femur-chamfered': 'bone',
  'femur-stem-drilled': 'bone',
  'osteophytes-femoral': 'bone',
  'osteophytes-acetabular': 'bone',
  'cartilage-femoral': 'cartilage',
  'cartilage-acetabular': 'cartilage',
  'cartilage-femoral-worn': 'cartilage',
  'cartilage-acetabular-worn': 'cartilage',
  labrum: 'cartilage',
  capsule: 'muscle',
  'gluteus-maximus': 'muscle',
  'gluteus-medius': 'muscle',
  piriformis: 'muscle',
  'short-rotators': 'muscle',
  'quadratus-femoris': 'muscle',
  'sciatic-nerve': 'nerves',
  skin: 'skin',
  cup: 'implants',
  'femoral-cap': 'implants',
  scalpel: 'instruments',
  'sizing-gauge': 'instruments',
  'guide-pin': 'instruments',
  'sleeve-reamer': 'instruments',
  'plane-cutter': 'instruments',
  'chamfer-reamer': 'instruments',
  'stem-drill': 'instruments',
  'acetabular-reamer': 'instruments',
  'cup-impactor': 'instruments',
  'femur-thr': 'bone',
  'pelvis-thr-reamed': 'bone',
  'thr-stem': 'implants',
  'thr-ball': 'implants',
  'thr-cup': 'implants',
  'thr-liner': 'implants',
  'removed-femur-resurfacing': 'bone',
  'removed-socket-resurfacing': 'bone',
  'removed-femur-thr': 'bone',
  'removed-socket-thr': 'bone',
  'pelvis-cancellous': 'bone',
  'pelvis-reamed-cancellous': 'bone',
  'femur-cancellous': 'bone',
  'femur-sleeve-reamed-cancellous': 'bone',
  'femur-planed-cancellous': 'bone',
  'femur-chamfered-cancellous': 'bone',
  'femur-stem-drilled-cancellous': 'bone',
  'femoral-canal': 'bone',
  'cement-mantle': 'implants',
  'femur-thr-cancellous': 'bone',
  'femur-thr-canal': 'bone',
  'pelvis-thr-reamed-cancellous': 'bone',
} as const satisfies Record<Part, Layer>

/**
 * Which parts each interior part lies inside: it is drawn (in the cut) only while one of them is
 * drawn solid. The canal is the same for every resurfacing stage; the cement is the cap's.
 */
export const INTERIOR_HOSTS = {
  'pelvis-cancellous': ['pelvis'],
  'pelvis-reamed-cancellous': ['pelvis-reamed'],
  'femur-cancellous': ['femur'],
  'femur-sleeve-reamed-cancellous': ['femur-sleeve-reamed'],
  'femur-planed-cancellous': ['femur-planed'],
  'femur-chamfered-cancellous': ['femur-chamfered'],
  'femur-stem-drilled-cancellous': ['femur-stem-drilled'],
  'femoral-canal': ['femur', 'femur-sleeve-reamed', 'femur-planed', 'femur-chamfered', 'femur-stem-drilled'],
  'cement-mantle': ['femoral-cap'],
  'femur-thr-cancellous': ['femur-thr'],
  'femur-thr-canal': ['femur-thr'],
  'pelvis-thr-reamed-cancellous': ['pelvis-thr-reamed'],
} as const satisfies Record<InteriorPart, readonly Part[]>

/**
 * The tissue just outside each interior surface (its own material is the tissue inside): the
 * cut colours a surface seen from outside with this, from inside with its own.
 */
export const INTERIOR_OUTSIDE = {
  'pelvis-cancellous': 'cortical-bone',
  'pelvis-reamed-cancellous': 'cortical-bone',
  'femur-cancellous': 'cortical-bone',
  'femur-sleeve-reamed-cancellous': 'cortical-bone',
  'femur-planed-cancellous': 'cortical-bone',
  'femur-chamfered-cancellous': 'cortical-bone',
  'femur-stem-drilled-cancellous': 'cortical-bone',
  'femoral-canal': 'cancellous-bone',
  'cement-mantle': null,
  'femur-thr-cancellous': 'cortical-bone',
  'femur-thr-canal': 'cancellous-bone',
  'pelvis-thr-reamed-cancellous': 'cortical-bone',
} as const satisfies Record<InteriorPart, Tissue | null>

/**
 * Parts that move with the femur when the app dislocates or reduces the hip. The app puts
 * them in one group whose pivot is the `femoral-head-centre` landmark.
 */
export const FEMORAL_PARTS = [
  'femur',
  'femur-sleeve-reamed',
  'femur-planed',
  'femur-chamfered',
  'femur-stem-drilled',
  'osteophytes-femoral',
  'cartilage-femoral',
  'cartilage-femoral-worn',
  'femoral-cap',
  'sizing-gauge',
  'guide-pin',
  'sleeve-reamer',
  'plane-cutter',
  'chamfer-reamer',
  'stem-drill',
  'femur-thr',
  'thr-stem',
  'thr-ball',
  'removed-femur-resurfacing',
  'removed-femur-thr',
  'femur-cancellous',
  'femur-sleeve-reamed-cancellous',
  'femur-planed-cancellous',
  'femur-chamfered-cancellous',
  'femur-stem-drilled-cancellous',
  'femoral-canal',
  'cement-mantle',
  'femur-thr-cancellous',
  'femur-thr-canal',
] as const satisfies readonly Part[]

/** Material names, one per tissue. Every primitive uses exactly one of these. */
export const TISSUES = [
  'cortical-bone',
  'cancellous-bone',
  'osteophyte',
  'cartilage',
  'labrum',
  'capsule',
  'muscle',
  'nerve',
  'skin',
  'cobalt-chrome',
  /** The cup's porous (bead-textured) outer surface, where bone grows in; matte, unlike the bearing. */
  'porous-coating',
  'steel',
  /** The THR cup's liner (plastic bearing). */
  'polyethylene',
  /** The bone an operation removes, shown as its own solid in the comparison. */
  'removed-bone',
  /** Fatty marrow in the femoral canal. */
  'marrow',
  /** Bone cement (PMMA) between the femoral cap and the prepared head. */
  'cement',
] as const
export type Tissue = (typeof TISSUES)[number]

/**
 * Named points the app anchors labels and cameras to. Muscle, nerve and soft-tissue points
 * sit on the surface of their structure where it is best seen from behind and the side.
 */
export const POINT_LANDMARKS = [
  'femoral-head-centre',
  'femoral-head-top',
  'femoral-neck-mid',
  'greater-trochanter-tip',
  'lesser-trochanter-tip',
  'intertrochanteric-crest',
  'femoral-shaft-mid',
  'acetabular-centre',
  'acetabular-rim-superior',
  'acetabular-fossa',
  'obturator-foramen',
  'iliac-crest',
  'asis',
  'psis',
  'ischial-tuberosity',
  'pubic-ramus-superior',
  'labrum',
  'capsule',
  'gluteus-maximus',
  'gluteus-medius',
  'piriformis',
  'short-rotators',
  'quadratus-femoris',
  'sciatic-nerve',
  'skin-incision-mid',
  'cup-pole',
  'femoral-cap-pole',
  /** On the femoral osteophytes' collar at the head-neck junction (arthritis.glb): their label. */
  'femoral-osteophyte',
  // Landmarks a lecturer names (issue 14): the student register can label each of them.
  'fovea-capitis',
  'head-neck-junction',
  'trochanteric-fossa',
  'intertrochanteric-line',
  'quadrate-tubercle',
  'gluteal-tuberosity',
  'linea-aspera',
  'iliac-tubercle',
  'aiis',
  'piis',
  'greater-sciatic-notch',
  'lesser-sciatic-notch',
  'ischial-spine',
  'pubic-ramus-inferior',
  'pubic-tubercle',
  'lunate-surface',
  'acetabular-notch',
  'teardrop',
  // total hip replacement (thr.glb), same frame
  'thr-ball-centre',
  'thr-stem-tip',
  /** Middle of the neck osteotomy's cut face. */
  'thr-neck-cut',
  /** Outer pole of the THR cup. */
  'thr-cup-pole',
  /** On the stem's lateral shoulder just below the cut (seen when the femur is see-through). */
  'thr-stem-shoulder',
  // removed bone: each a point on the surface of that solid, on its front-lateral side
  'removed-femur-resurfacing',
  'removed-socket-resurfacing',
  'removed-femur-thr',
  'removed-socket-thr',
] as const
export type PointLandmark = (typeof POINT_LANDMARKS)[number]

/** Axes: an origin and a unit direction. */
export const AXIS_LANDMARKS = ['neck-axis', 'shaft-axis', 'acetabular-axis', 'guide-pin-axis', 'thr-stem-axis'] as const
export type AxisLandmark = (typeof AXIS_LANDMARKS)[number]

export const POLYLINE_LANDMARKS = ['incision-line', 'sciatic-nerve-path', 'acetabular-rim'] as const
export type PolylineLandmark = (typeof POLYLINE_LANDMARKS)[number]

/**
 * The files the app loads. `hip.glb` is the first view: bone, cartilage, capsule and nerve;
 * `soft-tissue.glb` holds the muscles and the skin, which the first step hides, so on a slow
 * network the first view does not wait for them (it loads with `hip.glb` only when the step
 * opened first shows them). The others load after the first view is drawn.
 */
export const MODEL_FILES = ['hip.glb', 'soft-tissue.glb', 'arthritis.glb', 'preparation.glb', 'implants.glb', 'instruments.glb'] as const
export type ModelFile = (typeof MODEL_FILES)[number]

/**
 * Files the app loads only for the comparison with a total hip replacement (not eagerly):
 * `thr.glb` holds the THR hip (in the same frame as the resurfacing one; the app places it
 * beside it) and the bone each operation removes, as solids.
 */
export const COMPARISON_FILES = ['thr.glb'] as const
export type ComparisonFile = (typeof COMPARISON_FILES)[number]

/** Loaded only when the X-ray or the cut first opens: what is inside the bone (INTERIOR_PARTS). */
export const INTERIOR_FILES = ['interior.glb'] as const
export type InteriorFile = (typeof INTERIOR_FILES)[number]

/** Every file the generator writes. */
export const ALL_MODEL_FILES = [...MODEL_FILES, ...COMPARISON_FILES, ...INTERIOR_FILES] as const
export type AnyModelFile = (typeof ALL_MODEL_FILES)[number]

export type Vec3 = [number, number, number]
