/**
 * The self-test questions' words in Spanish (es-419), student register. Every number and claim comes from
 * ../shared/clinical/FACTS.md (as the student step text says it) and each reason cites its
 * sources. Loaded only when a quiz opens (src/content/teach/quiz-questions.ts).
 * `\u00a0` keeps "40 ± 10°" on one line.
 */
import type { QuestionWords } from '../../teach/quiz-questions'

export const questions: QuestionWords = {
  // ---- the hip ------------------------------------------------------------------
  'hip-find-head': {
    reason: {
      text: 'The femoral head articulates with the acetabulum; adult head diameter is 49.2\u00a0±\u00a03.8 mm in men and 45.3\u00a0±\u00a03.5 mm in women.',
      sources: ['67', '68'],
    },
  },
  'hip-find-acetabulum': {
    reason: {
      text: 'The acetabulum is the socket of the pelvis: inclination 38.8° (±2 SD 32-46°), anteversion about 18-19°, depth 26.9 mm in men and 25.3 mm in women.',
      sources: ['73', '74', '75', '76'],
    },
  },
  'hip-neck-shaft-angle': {
    stem: 'What neck-shaft angle do measured adult series report?',
    options: {
      textbook: {
        text: 'About 135°',
        reason: { text: '135° is the textbook figure; measured series report less: 129.2° (n=375) and 124.7\u00a0±\u00a06.2° on CT (n=628).', sources: ['71', '68', '69'] },
      },
      measured: {
        text: 'About 125-129°',
        reason: { text: 'Right: 129.2° in one series (n=375) and 124.7\u00a0±\u00a06.2° on CT (n=628).', sources: ['68', '69'] },
      },
      pin: {
        text: 'About 140°',
        reason: { text: '140° is the recommended angle of the guide pin to the shaft, a valgus target for the implant, not the native neck.', sources: ['12'] },
      },
    },
  },
  'hip-contraindication': {
    stem: 'Which of these is a contraindication to the Birmingham Hip Resurfacing (FDA)?',
    options: {
      young: {
        text: 'Being under 65',
        reason: { text: 'No: resurfacing is an option for people likely to outlive a conventional THR, and the evidence is mostly in people under 65.', sources: ['41'] },
      },
      'large-head': {
        text: 'A femoral head of 50 mm in a man',
        reason: { text: 'No: the best bone for resurfacing has cysts under 1 cm and a component over 46 mm; the UK advice excludes heads of 46 mm or less.', sources: ['58', '34'] },
      },
      osteoporosis: {
        text: 'Poor bone quality or osteoporosis',
        reason: {
          text: 'Right: the FDA lists infection, skeletal immaturity, poor bone quality or osteoporosis, women of child-bearing age, impaired kidney function, metal sensitivity, immunosuppression and severe obesity.',
          sources: ['39'],
        },
      },
    },
  },

  // ---- reaching the joint ---------------------------------------------------------
  'opening-find-sciatic': {
    reason: {
      text: 'The sciatic nerve lies just behind the short external rotators. Protect it throughout: nerve injury is a recognised complication of resurfacing.',
      sources: ['3', '29'],
    },
  },
  'opening-find-trochanter': {
    reason: {
      text: 'The greater trochanter is the incision’s landmark: the cut is centred over its posterior third and curves toward the posterior superior iliac spine.',
      sources: ['3'],
    },
  },
  'opening-dislocation': {
    stem: 'After the capsulotomy in the posterior approach, how is the hip dislocated?',
    options: {
      extension: {
        text: 'Extension, abduction and external rotation',
        reason: { text: 'No: in the posterior approach the hip is dislocated by flexion, adduction and internal rotation.', sources: ['3', '4'] },
      },
      flexion: {
        text: 'Flexion, adduction and internal rotation',
        reason: { text: 'Right: after the capsulotomy the hip is dislocated posteriorly by flexion, adduction and internal rotation.', sources: ['3', '4'] },
      },
      traction: {
        text: 'It is not dislocated: the head is cut off first',
        reason: { text: 'No: that is a THR. In resurfacing the head stays on the neck, so it is dislocated and then moved out of the way of the acetabulum.', sources: ['7', '8', '11'] },
      },
    },
  },
  'opening-exposure-size': {
    stem: 'How does the exposure for a resurfacing compare with a THR’s?',
    options: {
      smaller: {
        text: 'Smaller: resurfacing is less invasive',
        reason: { text: 'No: resurfacing is not less invasive. What it spares is femoral bone: the femoral canal is not entered.', sources: ['6', '7', '2', '55'] },
      },
      'fixed-length': {
        text: 'Always a 25-30 cm incision',
        reason: { text: 'No: incision lengths such as 25-30 cm "conventional" and shorter "mini" variants are marketing figures quoted by clinics.', sources: ['7'] },
      },
      'as-large': {
        text: 'As large or larger, the incision often longer',
        reason: { text: 'Right: the head stays on the neck and must be displaced, so the exposure is as large or larger and the incision often longer.', sources: ['6', '7', '8'] },
      },
    },
  },
  'opening-next': {
    reason: {
      text: 'Once the short external rotators are released, the capsule is opened and the hip dislocated by flexion, adduction and internal rotation.',
      sources: ['3', '4'],
    },
  },

  // ---- the socket -------------------------------------------------------------------
  'socket-find-acetabulum': {
    reason: {
      text: 'The acetabulum is prepared before the femur is finished, with hemispherical reamers of rising size; resurfacing removed about 3 times more acetabular bone than a THR in a Sawbones study (5.6 g vs 1.8 g).',
      sources: ['7', '11', '22', '55'],
    },
  },
  'socket-sizing-why': {
    stem: 'Why is the femoral neck measured before any bone is cut?',
    options: {
      notching: {
        text: 'So the chosen component will not notch the neck',
        reason: { text: 'Right: notching the superior neck is the pitfall; most femoral neck fractures follow notching or varus placement.', sources: ['12', '14', '15', '16'] },
      },
      'stem-length': {
        text: 'To choose the stem’s length in the femoral canal',
        reason: { text: 'No: the canal is not entered. The cap has only a short central stem, which points into the neck.', sources: ['2', '39'] },
      },
      'leg-length': {
        text: 'To plan a correction of leg length',
        reason: { text: 'No: resurfacing cannot correct a leg-length difference.', sources: ['54'] },
      },
    },
  },
  'socket-under-ream': {
    stem: 'By how much is the acetabulum under-reamed for a press-fit cup?',
    options: {
      'one-mm': {
        text: 'About 1 mm',
        reason: { text: 'Right: under-reaming by 1 mm left fewer gaps than by 2 mm (39% vs 63%).', sources: ['22'] },
      },
      'two-mm': {
        text: 'About 2 mm',
        reason: { text: 'No: 2 mm left more gaps than 1 mm (63% vs 39%).', sources: ['22'] },
      },
      cemented: {
        text: 'Not at all: the cup is cemented',
        reason: { text: 'No: the cup is press-fit without cement; a porous or hydroxyapatite coating allows bone ingrowth. It is the cap that is cemented.', sources: ['1', '2'] },
      },
    },
  },
  'socket-safe-zone': {
    stem: 'Which cup position does the Lewinnek safe zone target?',
    options: {
      steep: {
        text: 'Inclination 60° for more cover',
        reason: { text: 'No: a steep cup is the biggest single cause of early metal-on-metal failure, and edge loading is linked to pseudotumour.', sources: ['26', '24', '25'] },
      },
      lewinnek: {
        text: 'Inclination 40\u00a0±\u00a010°, anteversion 15\u00a0±\u00a010°',
        reason: { text: 'Right, with a caveat: the safe zone is derived from THR and questioned.', sources: ['23'] },
      },
      swapped: {
        text: 'Inclination 15\u00a0±\u00a010°, anteversion 40\u00a0±\u00a010°',
        reason: { text: 'No: the two angles are swapped. The target is inclination 40\u00a0±\u00a010° and anteversion 15\u00a0±\u00a010°.', sources: ['23'] },
      },
    },
  },
  'socket-next': {
    reason: {
      text: 'The reamed socket, about 1 mm under the cup’s size, receives the press-fit cup; the femur is finished after the acetabulum.',
      sources: ['22', '1', '7', '11'],
    },
  },

  // ---- the ball of the hip ---------------------------------------------------------------
  'head-find-neck': {
    reason: {
      text: 'The guide pin runs along the neck axis; avoid exposed bone on the superior neck, since most neck fractures follow notching or varus placement.',
      sources: ['12', '14', '15', '16'],
    },
  },
  'head-pin-angle': {
    stem: 'At what angle to the femoral shaft is the guide pin recommended?',
    options: {
      native: {
        text: 'Along the native neck, about 125°',
        reason: { text: 'No: 125° is below 130°, an implant-shaft angle to avoid; most neck fractures follow notching or varus placement.', sources: ['14', '15', '16'] },
      },
      'valgus-140': {
        text: 'About 140°, in slight valgus',
        reason: { text: 'Right: about 140° to the shaft is recommended; up to 10° of relative valgus raised fracture load by 28% in cadavers.', sources: ['12', '13'] },
      },
      extreme: {
        text: 'As much valgus as possible',
        reason: { text: 'No: up to 10° of relative valgus raised fracture load by 28% in cadavers; more valgus risks notching.', sources: ['13'] },
      },
    },
  },
  'head-order': {
    stem: 'Put the preparation of the femoral head in order.',
    reason: {
      text: 'The guide pin comes first and every cutter follows it: the sleeve reamer, then the plane cut, chamfer and stem hole, then the cemented cap. This sequence is commonly described; sources confirm the milling and fixation holes.',
      sources: ['12', '18', '20'],
    },
  },
  'head-cap-fixation': {
    stem: 'How is the femoral cap usually fixed?',
    options: {
      'press-fit': {
        text: 'Press-fit, without cement, like the cup',
        reason: { text: 'No: usual fixation is hybrid, a cemented cap and a press-fit cup. Only some designs (H1, Cormet) are fully cementless.', sources: ['1', '2', '30', '84'] },
      },
      screws: {
        text: 'With screws through the cap',
        reason: { text: 'No: screws are not standard in resurfacing; only special dysplasia cups take them.', sources: ['1'] },
      },
      cement: {
        text: 'A small amount of low-viscosity cement',
        reason: { text: 'Right: cement is poured into the cap, which is impacted onto the milled head; Conserve Plus aims at a 1 mm mantle.', sources: ['17', '18', '20'] },
      },
    },
  },
  'head-next': {
    reason: {
      text: 'After the sleeve reamer, the dome is cut flat to set head height, then the chamfer cut and the stem hole; commonly described, with the milling confirmed by sources.',
      sources: ['18', '20'],
    },
  },

  // ---- finishing --------------------------------------------------------------------------
  'finish-find-cup': {
    reason: {
      text: 'Two components, not one: the cemented cap with its short stem on the femur, and the press-fit cup in the acetabulum.',
      sources: ['39', '1', '2'],
    },
  },
  'finish-dislocation': {
    stem: 'How likely is dislocation after resurfacing?',
    options: {
      impossible: {
        text: 'Impossible, because the head is so large',
        reason: { text: 'No: the large head makes dislocation very rare, but not impossible.', sources: ['53', '29'] },
      },
      'like-thr': {
        text: 'About as likely as after a THR',
        reason: { text: 'No: resurfacing had significantly fewer dislocations than THR in a meta-analysis of 8 trials.', sources: ['94'] },
      },
      rare: {
        text: 'Very rare, but possible',
        reason: { text: 'Right: the large head makes dislocation very rare, though it can happen.', sources: ['53', '29'] },
      },
    },
  },
  'finish-repair': {
    stem: 'What is repaired before the wound is closed?',
    options: {
      rotators: {
        text: 'The capsule and the short external rotators',
        reason: { text: 'Right: the capsule and the short external rotators are repaired, then the wound is closed, often over a drain for a day or two.', sources: ['83'] },
      },
      canal: {
        text: 'The femoral canal, opened for the stem',
        reason: { text: 'No: the femoral canal is not entered in resurfacing; that is what spares femoral bone.', sources: ['2', '55'] },
      },
      left: {
        text: 'Nothing: the released muscles are left to heal',
        reason: { text: 'No: the short external rotators released in the approach are repaired at closure.', sources: ['3', '83'] },
      },
    },
  },
  'finish-next': {
    reason: {
      text: 'After reduction and testing of movement and stability, the capsule and rotators are repaired and the wound closed.',
      sources: ['83'],
    },
  },

  // ---- after surgery -------------------------------------------------------------------------
  'after-find-cap': {
    reason: {
      text: 'After failure, the revision is often of the femoral component only; femoral neck fracture (about 1-1.5%) comes mostly in the first months.',
      sources: ['49', '15'],
    },
  },
  'after-precautions': {
    stem: 'Which precautions apply for the first weeks?',
    options: {
      'no-walking': {
        text: 'No walking for six weeks',
        reason: { text: 'No: partial weight-bearing on crutches for 2-3 weeks, full weight by weeks 3-4, no walking aid by weeks 4-6.', sources: ['60'] },
      },
      'hip-precautions': {
        text: 'No flexion past 90°, no crossing the legs, no internal rotation',
        reason: { text: 'Right: these precautions hold for several weeks.', sources: ['61', '65'] },
      },
      'early-impact': {
        text: 'High-impact sport is fine from week six',
        reason: { text: 'No: no high-impact activity for 6 months; return to sport was at about 3.5 months on average.', sources: ['65', '63'] },
      },
    },
  },
  'after-neck-fracture': {
    stem: 'How common is femoral neck fracture after resurfacing, and when?',
    options: {
      'early-rare': {
        text: 'About 1-1.5%, mostly in the first months',
        reason: { text: 'Right: about 1-1.5%, mostly in the first months; most follow notching or varus placement.', sources: ['15', '49', '16'] },
      },
      'late-common': {
        text: 'About 10%, mostly after five years',
        reason: { text: 'No: the rate is about 1-1.5%, and most fractures come in the first months.', sources: ['15', '49'] },
      },
      never: {
        text: 'Never: the neck is not cut',
        reason: { text: 'No: the neck is kept but can break, mostly after notching or varus placement.', sources: ['15', '16'] },
      },
    },
  },

  // ---- the whole operation ------------------------------------------------------------------
  'operation-order': {
    stem: 'Put these steps of the operation in order.',
    reason: {
      text: 'The incision and exposure reach the capsule; the hip is dislocated; the acetabulum is prepared before the femur is finished; the femoral head is shaped over the guide pin; then the hip is reduced.',
      sources: ['3', '4', '7', '11', '12', '83'],
    },
  },
}
