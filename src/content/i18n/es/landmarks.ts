/**
 * The landmarks' glossary lines in Spanish (es-419) (src/content/landmarks.ts), a chunk of their own.
 * Patient: plain words, grade 8 or lower. Student: each claim with its FACTS.md sources; the
 * fact sheet has no anatomy atlas, so where it gives nothing the passage says the fact is
 * commonly described and cites nothing.
 */
import type { LandmarkGlossary } from '../../landmarks'

export const landmarks: LandmarkGlossary = {
  'greater-trochanter': {
    patient: 'The bony point on the outer side of the hip, just below the joint. You can feel it under the skin.',
    student: [
      { text: 'The posterior approach’s skin incision is centred over the back third of the greater trochanter.', sources: ['3'] },
      { text: 'The gluteus medius and minimus insert on it, as commonly described.', sources: [] },
    ],
  },
  'lesser-trochanter': {
    patient: 'A small bump on the inner back side of the thigh bone, just below the neck.',
    student: [
      { text: 'For a total hip, the neck cut is planned on the X-ray from the lesser trochanter; it sets leg length and offset.', sources: ['88'] },
      { text: 'The iliopsoas inserts on it, as commonly described.', sources: [] },
    ],
  },
  'head-neck-junction': {
    patient: 'Where the round ball of the thigh bone meets its narrower neck.',
    student: [
      { text: 'The neck is sized so the cap will not notch it here: exposed bone on the upper neck is to be avoided.', sources: ['14'] },
      { text: 'Most femoral neck fractures after resurfacing follow notching or varus placement.', sources: ['15', '16'] },
    ],
  },
  'fovea-capitis': {
    patient: 'A small dip on the ball of the hip. A band of tissue joins it to the socket.',
    student: [
      { text: 'The pit on the femoral head where the ligament of the head (ligamentum teres) attaches, as commonly described.', sources: [] },
      { text: 'Shaping the head for the cap mills away a thin layer of its surface, so the pit goes with it.', sources: ['54'] },
    ],
  },
  'trochanteric-fossa': {
    patient: 'A hollow on the inner side of the bony point of the hip. Small muscles hold on in it.',
    student: [
      { text: 'The obturator externus inserts in it and the other short rotators just above it, as commonly described.', sources: [] },
      { text: 'The posterior approach releases the piriformis, the obturator internus and the gemelli.', sources: ['3'] },
    ],
  },
  'intertrochanteric-crest': {
    patient: 'A ridge at the back of the thigh bone that joins the two bony bumps.',
    student: [
      { text: 'The ridge between the greater and lesser trochanters at the back of the femur, as commonly described.', sources: [] },
      { text: 'The short external rotators are released behind the hip, and the quadratus femoris if needed.', sources: ['3'] },
    ],
  },
  'intertrochanteric-line': {
    patient: 'A line at the front of the thigh bone that joins the two bony bumps.',
    student: [{ text: 'The line between the trochanters at the front, where the joint capsule attaches to the femur, as commonly described.', sources: [] }],
  },
  'quadrate-tubercle': {
    patient: 'A small bump on the ridge at the back of the thigh bone.',
    student: [
      { text: 'The bump on the intertrochanteric crest where the quadratus femoris attaches, as commonly described.', sources: [] },
      { text: 'The quadratus femoris is released only if needed; the sciatic nerve lies just behind the short rotators.', sources: ['3'] },
    ],
  },
  'gluteal-tuberosity': {
    patient: 'A rough patch on the back of the thigh bone. The big buttock muscle holds on here.',
    student: [
      { text: 'Where the deep part of the gluteus maximus inserts on the femur, as commonly described.', sources: [] },
      { text: 'The gluteus maximus is split in line with the incision; its femoral insertion is often partly released.', sources: ['3', '6', '7'] },
    ],
  },
  'linea-aspera': {
    patient: 'A rough ridge down the back of the thigh bone. Many thigh muscles hold on to it.',
    student: [{ text: 'The ridge down the back of the femoral shaft, where the adductors and the vasti attach, as commonly described.', sources: [] }],
  },
  'iliac-crest': {
    patient: 'The top edge of the pelvis. You can feel it at your waist.',
    student: [{ text: 'The upper border of the ilium, from the ASIS round to the PSIS, as commonly described.', sources: [] }],
  },
  'iliac-tubercle': {
    patient: 'A thick bump on the top edge of the pelvis, toward the front.',
    student: [{ text: 'The widest point of the iliac crest, behind the ASIS, as commonly described.', sources: [] }],
  },
  asis: {
    patient: 'The bony point at the front of the pelvis. You can feel it below your waist.',
    student: [{ text: 'The front end of the iliac crest, where the sartorius and the inguinal ligament attach, as commonly described.', sources: [] }],
  },
  aiis: {
    patient: 'A bony point on the front of the pelvis, just above the hip socket.',
    student: [{ text: 'Below the ASIS, just above the acetabulum: the origin of the rectus femoris’s straight head, as commonly described.', sources: [] }],
  },
  psis: {
    patient: 'A bony point at the back of the pelvis, near the dimple above the buttock.',
    student: [{ text: 'The posterior incision curves up and back from the greater trochanter toward the posterior superior iliac spine.', sources: ['3'] }],
  },
  piis: {
    patient: 'A bony point at the back of the pelvis, below the one near the dimple.',
    student: [{ text: 'Below the PSIS, at the top of the greater sciatic notch, as commonly described.', sources: [] }],
  },
  'greater-sciatic-notch': {
    patient: 'A large notch at the back of the pelvis. The big nerve of the leg passes through it.',
    student: [
      { text: 'The sciatic nerve and the piriformis leave the pelvis through it, as commonly described.', sources: [] },
      { text: 'In the posterior approach the sciatic nerve lies just behind the short external rotators and is protected.', sources: ['3'] },
    ],
  },
  'lesser-sciatic-notch': {
    patient: 'A smaller notch at the back of the pelvis, below the large one.',
    student: [
      { text: 'The obturator internus tendon turns around it on its way to the femur, as commonly described.', sources: [] },
      { text: 'The obturator internus is one of the short external rotators released in the posterior approach.', sources: ['3'] },
    ],
  },
  'ischial-spine': {
    patient: 'A small bony point at the back of the pelvis, between the two notches.',
    student: [{ text: 'The point that parts the greater and lesser sciatic notches, as commonly described.', sources: [] }],
  },
  'ischial-tuberosity': {
    patient: 'The sitting bone: the part of the pelvis you sit on.',
    student: [
      { text: 'On the AP film, cup inclination is read against the inter-teardrop or the trans-ischial line: 30-50°.', sources: ['116'] },
      { text: 'The hamstrings arise from it, as commonly described.', sources: [] },
    ],
  },
  'pubic-ramus-superior': {
    patient: 'The upper bar of bone from the hip socket to the front of the pelvis.',
    student: [{ text: 'It runs from the acetabulum to the body of the pubis, above the obturator foramen, as commonly described.', sources: [] }],
  },
  'pubic-ramus-inferior': {
    patient: 'The lower bar of bone at the front of the pelvis, below the large opening.',
    student: [{ text: 'It joins the ischial ramus below the obturator foramen, as commonly described.', sources: [] }],
  },
  'pubic-tubercle': {
    patient: 'A small bump at the front of the pelvis, near the middle.',
    student: [{ text: 'On the superior pubic ramus near the midline, where the inguinal ligament attaches, as commonly described.', sources: [] }],
  },
  'obturator-foramen': {
    patient: 'A large opening in the bone of the pelvis, below and in front of the hip socket.',
    student: [{ text: 'Framed by the pubis and the ischium and mostly closed by a membrane; the obturator muscles arise around it, as commonly described.', sources: [] }],
  },
  'lunate-surface': {
    patient: 'The smooth, curved part of the socket that the ball presses on. Cartilage covers it.',
    student: [
      { text: 'The horseshoe of articular cartilage in the acetabulum, the joint’s bearing surface, as commonly described.', sources: [] },
      { text: 'The socket is reamed to fit the cup, often more than in a total hip.', sources: ['54', '55', '56'] },
      { text: 'Under-reaming by about 1 mm gives the cup its press fit.', sources: ['22'] },
    ],
  },
  'acetabular-fossa': {
    patient: 'The deep middle of the socket. The ball does not press on it.',
    student: [
      { text: 'The floor of the acetabulum, without cartilage, holding fat and the ligament of the head, as commonly described.', sources: [] },
      { text: 'Acetabular depth: men 26.9 mm, women 25.3 mm.', sources: ['76'] },
    ],
  },
  'acetabular-notch': {
    patient: 'A gap in the lower rim of the socket.',
    student: [{ text: 'The gap in the inferior acetabular rim, bridged by the transverse acetabular ligament, as commonly described.', sources: [] }],
  },
  teardrop: {
    patient: 'A teardrop shape that shows on an X-ray of the pelvis, just inside the bottom of the socket.',
    student: [
      { text: 'On an AP pelvis, cup inclination is measured against the inter-teardrop (or trans-ischial) line: 30-50°, target 40 ± 10°.', sources: ['116', '23'] },
      { text: 'It is the X-ray outline of the acetabulum’s inner wall, as commonly described.', sources: [] },
    ],
  },
}
