/**
 * The lecturer's notes in Spanish (es-419) (loaded on demand by the presenter screen, see
 * src/content/teach/presenter-notes.ts). Every claim is from ../shared/clinical/FACTS.md with
 * its source ids; a claim the fact sheet marks unsourced is said as "commonly described".
 * `\u00a0` keeps "40 ± 10°" on one line.
 */
import type { PresenterNotes } from '../../teach/presenter-notes'

export const notes: PresenterNotes = {
  steps: {
    'healthy-hip': {
      pitfalls: [
        {
          text: 'No pitfall at this step; point out the native geometry the operation works with. Neck-shaft angle 129.2° (n=375), 124.7\u00a0±\u00a06.2° on CT; textbooks give 135°. The guide pin will later be set in relative valgus to it, about 140° to the shaft.',
          sources: ['68', '69', '71', '12'],
        },
        {
          text: 'Point out the native acetabulum: inclination 38.8° (±2 SD 32-46°), anteversion about 18-19°. Set these beside the cup targets at cup impaction (40\u00a0±\u00a010°, 15\u00a0±\u00a010°).',
          sources: ['73', '74', '75', '23'],
        },
      ],
      ask: {
        text: 'Ask a student to explain, in their own words, which angle of the native femur the guide pin is later set against, and in which direction.',
        sources: ['12', '68', '69'],
      },
    },

    'arthritic-hip': {
      pitfalls: [
        {
          text: 'Selection is the first pitfall. FDA contraindications (BHR): infection, skeletal immaturity, poor bone quality or osteoporosis, women of child-bearing age, impaired kidney function, metal sensitivity, immunosuppression, severe obesity.',
          sources: ['39'],
        },
        {
          text: 'Small heads and women: the MHRA (2015) advised no BHR in women, nor with heads of 46 mm or less. Australian registry: 7.1% revised at 5 years and 14.2% at 10 years in women, against 2.0% and 3.7% in men under 65 with heads of 50 mm or more.',
          sources: ['34', '35'],
        },
        { text: 'Resurfacing cannot correct a leg-length difference: a patient who needs one corrected is not served by it.', sources: ['54'] },
      ],
      ask: {
        text: 'Ask a student to explain why a small femoral head, or a female patient, weighs against a metal-on-metal resurfacing.',
        sources: ['34', '35', '48'],
      },
    },

    incision: {
      pitfalls: [
        {
          text: 'Resurfacing is not less invasive than a THR: the exposure is as large or larger and the incision often longer, because the head stays on the neck and must be displaced.',
          sources: ['6', '7', '8'],
        },
        {
          text: 'Incision lengths quoted by clinics (25-30 cm "conventional", shorter "mini" variants) are marketing figures, not a target.',
          sources: ['7'],
        },
        {
          text: 'Landmarks: centre the incision over the posterior third of the greater trochanter, curving proximally and posteriorly toward the posterior superior iliac spine.',
          sources: ['3'],
        },
      ],
      ask: { text: 'Ask a student to explain why the incision for a resurfacing is often longer than for a THR.', sources: ['8'] },
    },

    exposure: {
      pitfalls: [
        {
          text: 'The sciatic nerve lies just behind the short external rotators: protect it throughout. Nerve injury is a recognised complication of resurfacing.',
          sources: ['3', '29'],
        },
        {
          text: 'Release piriformis, obturator internus and the gemelli (quadratus femoris only if needed), and repair them at closure.',
          sources: ['3', '83'],
        },
      ],
      ask: {
        text: 'Ask a student to explain where the sciatic nerve lies relative to the short external rotators, and when in the exposure it is most at risk.',
        sources: ['3', '29'],
      },
    },

    'capsule-dislocation': {
      pitfalls: [
        { text: 'Dislocation is posterior, by flexion, adduction and internal rotation, after the capsulotomy.', sources: ['3', '4'] },
        {
          text: 'Unlike in a THR the head stays on the neck: a wide soft-tissue release is needed later to move it anteriorly and superiorly, clear of the acetabulum.',
          sources: ['7', '8', '11'],
        },
      ],
      ask: { text: 'Ask a student to explain why exposing the acetabulum is harder in a resurfacing than in a THR.', sources: ['7', '8', '11'] },
    },

    'femoral-sizing': {
      pitfalls: [
        {
          text: 'Notching the superior neck: size the neck so the chosen component will not notch it. Most femoral neck fractures follow notching or varus placement.',
          sources: ['14', '15', '16'],
        },
        {
          text: 'The femoral size steers the cup: each BHR cup is about 6-8 mm larger than its head (inferred from catalogue pairs), so the femur is sized before the socket is reamed.',
          sources: ['33', '37'],
        },
        { text: 'Small heads: the MHRA (2015) advised against the BHR with heads of 46 mm or less.', sources: ['34'] },
      ],
      ask: { text: 'Ask a student to explain why the femoral neck is measured before any bone is cut, in either bone.', sources: ['14', '33', '37'] },
    },

    'acetabular-reaming': {
      pitfalls: [
        {
          text: 'Under-ream by about 1 mm for the press fit, not 2 mm: in the study 1 mm left fewer gaps (39% vs 63%).',
          sources: ['22'],
        },
        {
          text: 'Bone stock: in a Sawbones study resurfacing removed about 3 times more acetabular bone than a THR (5.6 g vs 1.8 g), and patients receive larger cups (BHR 56.6 mm vs 52.0 mm in hybrid THR).',
          sources: ['55', '56', '36'],
        },
        {
          text: 'Access: the retained head must be moved anteriorly and superiorly (wide soft-tissue release) before the acetabulum can be prepared.',
          sources: ['7', '11'],
        },
      ],
      ask: { text: 'Ask a student to explain why the socket is under-reamed, and by how much.', sources: ['22'] },
    },

    'cup-impaction': {
      pitfalls: [
        {
          text: 'Cup position: Lewinnek safe zone, inclination 40\u00a0±\u00a010° and anteversion 15\u00a0±\u00a010°, derived from THR and questioned.',
          sources: ['23'],
        },
        {
          text: 'A steep cup is the biggest single cause of early metal-on-metal failure; edge loading is linked to pseudotumour.',
          sources: ['26', '24', '25'],
        },
        { text: 'The cup is press-fit with no cement; screws are not standard, only special dysplasia cups take them.', sources: ['1', '2'] },
      ],
      ask: {
        text: 'Ask a student to explain why a steep cup fails early in a metal-on-metal bearing, and what target they would aim for.',
        sources: ['26', '24', '25', '23'],
      },
    },

    'guide-pin': {
      pitfalls: [
        {
          text: 'Varus placement: set the pin in slight valgus, about 140° to the shaft; avoid an implant-shaft angle below 130°.',
          sources: ['12', '14'],
        },
        {
          text: 'Too much valgus: up to 10° of relative valgus raised fracture load by 28% in cadavers, but more risks notching.',
          sources: ['13'],
        },
        {
          text: 'Avoid exposed bone on the superior neck. Most neck fractures follow notching or varus placement.',
          sources: ['14', '15', '16'],
        },
      ],
      ask: {
        text: 'Ask a student to explain why the pin is set in slight valgus, and what goes wrong if it is set with too much.',
        sources: ['12', '13', '15'],
      },
    },

    'sleeve-reaming': {
      pitfalls: [
        {
          text: 'Watch the superior neck as the reamer advances: notching it weakens the neck, and most neck fractures follow notching or varus placement.',
          sources: ['14', '15', '16'],
        },
        {
          text: 'The remaining cartilage and a thin layer of the head are milled away, healthy bone included, not only the damaged surface.',
          sources: ['54', '55', '56'],
        },
      ],
      ask: {
        text: 'Ask a student to explain why healthy bone is milled away here, and why the femur still keeps more bone than in a THR (12.3 g vs 25.3 g removed in a Sawbones study).',
        sources: ['54', '55', '2'],
      },
    },

    'head-shaping': {
      pitfalls: [
        {
          text: 'Check the upper neck for notching once the head is shaped: most neck fractures follow notching or varus placement.',
          sources: ['14', '15', '16'],
        },
        {
          text: 'Say what is and is not sourced: the sequence (plane cut to set head height, chamfer cut, stem hole, small cement key holes) is commonly described; sources confirm the milling and fixation holes, not each instrument.',
          sources: ['18', '20'],
        },
      ],
      ask: { text: 'Ask a student to explain what the plane cut of the dome sets, and what the stem hole is for.', sources: ['18', '20', '39'] },
    },

    'cap-cementing': {
      pitfalls: [
        {
          text: 'Cement: a small amount of low-viscosity cement poured into the cap, which is impacted onto the milled head; Conserve Plus aims at a 1 mm mantle.',
          sources: ['17', '18', '20'],
        },
        {
          text: 'Fixation differs by component: the cap is cemented, the cup press-fit (hybrid); some designs are fully cementless (H1, Cormet).',
          sources: ['1', '2', '30', '84'],
        },
        {
          text: 'Not always metal: the BHR is as-cast high-carbon cobalt-chrome, but H1 and ReCerf are ceramic (BIOLOX delta).',
          sources: ['1', '30', '32'],
        },
      ],
      ask: { text: 'Ask a student to explain how each of the two components is fixed to the bone, and why they differ.', sources: ['1', '2', '17', '18'] },
    },

    reduction: {
      pitfalls: [
        {
          text: 'Test range of motion and stability after reduction: the large head makes dislocation very rare, but not impossible.',
          sources: ['83', '53', '29'],
        },
        {
          text: 'Two components, not one: the cemented cap with its short stem on the femur, and the press-fit cup in the acetabulum.',
          sources: ['39', '1', '2'],
        },
        { text: 'Do not promise better motion: range of motion and function are no better than with a THR in trials.', sources: ['51', '52'] },
      ],
      ask: {
        text: 'Ask a student to explain what is tested after reduction, and what the large head changes about the risk of dislocation.',
        sources: ['83', '53', '29'],
      },
    },

    closure: {
      pitfalls: [
        {
          text: 'Repair the capsule and the short external rotators before closing; a drain is often left for a day or two. Parts of this are commonly described rather than sourced.',
          sources: ['83'],
        },
        {
          text: 'Resurfacing is not less invasive than a THR: the exposure is as large or larger and the scar often longer. What it spares is femoral bone: the canal is not entered.',
          sources: ['6', '7', '8', '2', '55'],
        },
      ],
      ask: { text: 'Ask a student to explain what resurfacing spares compared with a THR, and what it does not spare.', sources: ['2', '55', '6', '8'] },
    },

    recovery: {
      pitfalls: [
        { text: 'Femoral neck fracture: about 1-1.5%, mostly in the first months.', sources: ['15', '49'] },
        {
          text: 'Metal-on-metal: raised blood cobalt and chromium and soft-tissue reactions (pseudotumour), women most affected; blood-metal follow-up is advised for every metal-on-metal hip (MHRA 2017).',
          sources: ['48', '34', '104'],
        },
        {
          text: 'Precautions for several weeks: no flexion past 90°, no crossing the legs, no internal rotation; no high-impact activity for 6 months.',
          sources: ['61', '65'],
        },
      ],
      ask: {
        text: 'Ask a student to explain to the room, as they would to a patient, which movements to avoid in the first weeks and for how long to avoid high-impact activity.',
        sources: ['61', '65'],
      },
    },
  },
}
