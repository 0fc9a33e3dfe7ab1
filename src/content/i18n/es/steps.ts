/**
 * What each step says, in Spanish (es-419), to patients and to students. Every claim comes from
 * ../shared/clinical/FACTS.md and carries its source ids; a claim the fact sheet marks
 * unsourced is said only as "commonly described". The words match what the scene shows
 * (src/content/steps.ts). Patient text: Flesch-Kincaid grade 8 or lower per step, 7 or lower
 * on average (tests/unit/readability.test.ts). `\u00a0` keeps "40 ± 10°" on one line.
 */
import type { StepId } from '../../steps-index'
import type { StepText } from '../types'

export const steps: Record<StepId, StepText> = {
  'healthy-hip': {
    title: 'A healthy hip',
    patient: [
      { text: 'Your hip is a ball and socket joint.', sources: [] },
      {
        text: 'The ball is the top of your thigh bone. The socket is a hollow in your {{pelvis}}, the ring of bone at the base of your spine.',
        sources: [],
      },
      { text: 'A smooth, slippery layer called {{cartilage}} covers both parts, so they glide when you move.', sources: ['80', '81'] },
    ],
    student: [
      {
        text: 'The {{femoral-head|femoral head}} articulates with the {{acetabulum}}. Neck-shaft angle: 129.2° (n=375) and 124.7\u00a0±\u00a06.2° on CT (n=628); textbooks give 135°.',
        sources: ['68', '69', '71'],
      },
      { text: 'Femoral anteversion: 9.7°; 14.5\u00a0±\u00a08.1°; median 14.2° (IQR 7.4-20.4).', sources: ['68', '69', '70'] },
      { text: 'Femoral offset: 42.9\u00a0±\u00a06.8 mm.', sources: ['69'] },
      { text: 'Acetabular {{inclination}} 38.8° (±2 SD 32-46°); centre-edge angle 36.3\u00a0±\u00a013.8°.', sources: ['73'] },
      { text: 'Acetabular {{anteversion}} about 18-19°; depth 26.9 mm in men, 25.3 mm in women.', sources: ['74', '75', '76'] },
      { text: '{{labrum|Labrum}}: width 5.3\u00a0±\u00a02.6 mm, widest antero-superiorly; 2-3 mm thick.', sources: ['77', '78', '79'] },
      {
        text: 'Articular cartilage is thickest just anterior to the top of the head. No millimetre values were found, so the model uses about 1.5-2 mm.',
        sources: ['80', '81'],
      },
    ],
  },

  'arthritic-hip': {
    title: 'A hip with arthritis',
    patient: [
      { text: 'In a hip with {{arthritis}}, the smooth cartilage wears thin.', sources: [] },
      { text: 'Bone can rub on bone, so the hip may hurt and feel stiff.', sources: [] },
      { text: 'Small lumps of extra bone, called bone spurs, can grow at the edges.', sources: [] },
      { text: 'When the damage is advanced, {{hip-resurfacing|hip resurfacing}} is one kind of operation that may help.', sources: ['41'] },
    ],
    student: [
      {
        text: 'Hip resurfacing is an option for advanced hip disease in people likely to outlive a conventional {{total-hip-replacement|total hip replacement}} (THR); the evidence is mostly in people under 65.',
        sources: ['41'],
      },
      {
        text: 'FDA contraindications (BHR): infection, skeletal immaturity, poor bone quality or {{osteoporosis}}, women of child-bearing age, impaired kidney function, metal sensitivity, immunosuppression, severe obesity.',
        sources: ['39'],
      },
      { text: 'Best bone for resurfacing: cysts under 1 cm and a component over 46 mm.', sources: ['58'] },
      { text: 'UK regulator (MHRA, 2015): no BHR in women, nor with heads of 46 mm or less.', sources: ['34'] },
      { text: 'Resurfacing cannot correct a leg-length difference.', sources: ['54'] },
    ],
  },

  incision: {
    title: 'The incision',
    patient: [
      { text: 'You lie on your side. Supports at the front and back keep your hips still.', sources: ['3'] },
      { text: 'The surgeon makes one cut, called an {{incision}}, over the side and back of your hip.', sources: ['3'] },
      {
        text: 'This cut is often longer than for a {{total-hip-replacement|total hip replacement}}, because the ball of your hip stays and must be moved aside.',
        sources: ['8'],
      },
    ],
    student: [
      { text: 'Lateral decubitus, pelvis held by anterior and posterior supports.', sources: ['3'] },
      {
        text: 'Most resurfacing surgeons use the {{posterior-approach|posterolateral approach}}; lateral and anterior approaches exist with similar results.',
        sources: ['5', '1', '10'],
      },
      {
        text: 'Incision centred over the posterior third of the {{greater-trochanter|greater trochanter}}, curving proximally and posteriorly toward the {{psis|posterior superior iliac spine}}.',
        sources: ['3'],
      },
      {
        text: 'Often longer than for a THR, because the head stays on the neck and must be displaced. Resurfacing is not less invasive than a THR: the exposure is as large or larger.',
        sources: ['6', '7', '8'],
      },
      { text: 'Incision lengths (25-30 cm "conventional", shorter "mini" variants) are marketing figures quoted by clinics.', sources: ['7'] },
    ],
  },

  exposure: {
    title: 'Reaching the joint',
    patient: [
      { text: 'Under the skin, the surgeon opens a strong sheet of tissue and gently parts the large buttock muscle.', sources: ['3'] },
      {
        text: 'Behind the joint are small muscles that turn your leg outward. The surgeon frees them from the bone and repairs them at the end.',
        sources: ['3', '83'],
      },
      {
        text: 'The {{sciatic-nerve|sciatic nerve}}, the main nerve to your leg, runs just behind these muscles. The surgeon takes care to protect it.',
        sources: ['3'],
      },
    ],
    student: [
      {
        text: '{{fascia-lata|Fascia lata}} incised and {{gluteus-maximus|gluteus maximus}} split in line with the incision; its femoral insertion is often partly released.',
        sources: ['3', '6', '7'],
      },
      {
        text: '{{short-external-rotators|Short external rotators}} released: {{piriformis}}, obturator internus and the gemelli, with {{quadratus-femoris|quadratus femoris}} if needed. They are repaired at closure.',
        sources: ['3', '83'],
      },
      {
        text: 'Pitfall: the sciatic nerve lies just behind the rotators. Protect it throughout; nerve injury is a recognised complication of resurfacing.',
        sources: ['3', '29'],
      },
    ],
  },

  'capsule-dislocation': {
    title: 'Opening the joint',
    patient: [
      { text: 'The joint is wrapped in a tough bag of tissue called the {{capsule|joint capsule}}. The surgeon opens it.', sources: ['3'] },
      { text: 'Then your leg is bent and turned inward, so the ball slips out of the socket.', sources: ['3', '4'] },
      { text: 'This is called a {{dislocation}}. It lets the surgeon reach the ball and the socket.', sources: ['3'] },
    ],
    student: [
      { text: 'Capsulotomy, then {{dislocation}} of the hip by flexion, adduction and internal rotation.', sources: ['3', '4'] },
      {
        text: 'Unlike in a THR, the head stays on the neck, so a wide soft-tissue release is needed later to move it out of the way of the acetabulum.',
        sources: ['7', '8', '11'],
      },
    ],
  },

  'femoral-sizing': {
    title: 'Measuring the ball',
    patient: [
      { text: 'The surgeon measures the ball and the neck of your thigh bone. The neck is the narrow part just below the ball.', sources: ['12', '14'] },
      { text: 'This helps pick a cap that fits the ball without cutting into the neck. A cut in the neck could make it weaker.', sources: ['14', '15', '16'] },
      { text: 'The size of the ball also guides the size of the new socket cup.', sources: ['33', '37'] },
    ],
    student: [
      {
        text: 'Before any bone is cut, the neck is measured with a {{sizing-gauge|sizing gauge}} so that the chosen component will not notch the {{femoral-neck|neck}}.',
        sources: ['12', '14'],
      },
      {
        text: 'Trimming {{osteophyte|osteophytes}} from the head-neck junction first, so the gauge reads the true neck, is commonly described; the fact sheet has no source for it.',
        sources: [],
      },
      { text: 'Pitfall: {{notching}} the superior neck. Most femoral neck fractures follow notching or {{varus}} placement.', sources: ['15', '16'] },
      {
        text: 'BHR heads start at 38 mm; each cup is about 6-8 mm larger than its head (inferred from catalogue pairs), so the femoral size steers the choice of cup.',
        sources: ['33', '37'],
      },
      {
        text: 'For scale: adult femoral head diameter 49.2\u00a0±\u00a03.8 mm in men, 45.3\u00a0±\u00a03.5 mm in women.',
        sources: ['67'],
      },
      { text: 'Neck diameter about 40 mm in men and 36 mm in women on X-ray (definition uncertain).', sources: ['72'] },
    ],
  },

  'acetabular-reaming': {
    title: 'Shaping the socket',
    patient: [
      { text: 'The ball is moved forward and up, out of the way, so the surgeon can see the socket.', sources: ['7', '11'] },
      { text: 'A round, spinning tool called a {{reamer}} shapes the socket into a clean, even bowl.', sources: ['22'] },
      { text: 'The bowl is made a little smaller than the new cup, so the cup will grip it tightly.', sources: ['22'] },
      { text: 'Often more bone is taken from the socket than in a total hip replacement.', sources: ['55', '56'] },
    ],
    student: [
      {
        text: 'The head is moved anteriorly and superiorly out of the way (wide soft-tissue release), and the acetabulum is prepared before the femur is finished.',
        sources: ['7', '11'],
      },
      {
        text: 'Excising the {{labrum}} and any {{osteophyte|osteophytes}} is commonly described; the fact sheet has no source for it.',
        sources: [],
      },
      {
        text: 'Hemispherical reamers of rising size. Under-ream by about 1 mm for a {{press-fit|press fit}}: 1 mm left fewer gaps than 2 mm (39% vs 63%).',
        sources: ['22'],
      },
      {
        text: 'Bone stock: in a Sawbones study resurfacing removed about 3 times more acetabular bone than a THR (5.6 g vs 1.8 g).',
        sources: ['55'],
      },
      { text: 'Patients receive larger cups with resurfacing (BHR 56.6 mm vs 52.0 mm in hybrid THR).', sources: ['56', '36'] },
      { text: 'A counterpoint paper questions this comparison.', sources: ['57'] },
    ],
  },

  'cup-impaction': {
    title: 'Fitting the socket cup',
    patient: [
      { text: 'The new socket {{cup}} is a thin shell. It is tapped firmly into the shaped bowl.', sources: ['1', '39'] },
      {
        text: '{{press-fit|The tight fit}} holds it, with no cement and no screws. Its rough outer coating lets your bone grow into it over time.',
        sources: ['1', '2'],
      },
      { text: 'The surgeon sets its angle with care, since a cup set too steeply can wear out early.', sources: ['23', '26'] },
    ],
    student: [
      {
        text: 'The cup is impacted press-fit, without cement; a porous or {{hydroxyapatite}} coating allows bone ingrowth.',
        sources: ['1', '2'],
      },
      { text: 'Screws are not standard: only special {{dysplasia|dysplasia}} cups take them.', sources: ['1'] },
      { text: 'BHR cups: 44-66 mm outer diameter in 2 mm steps; shell 3-4 mm thick.', sources: ['1'] },
      {
        text: 'Target the Lewinnek {{safe-zone|safe zone}}: inclination 40\u00a0±\u00a010°, anteversion 15\u00a0±\u00a010°. It is derived from THR and questioned.',
        sources: ['23'],
      },
      {
        text: 'Pitfall: a steep cup is the biggest single cause of early {{metal-on-metal}} failure; {{edge-loading|edge loading}} is linked to {{pseudotumour}}.',
        sources: ['26', '24', '25'],
      },
    ],
  },

  'guide-pin': {
    title: 'Placing the guide pin',
    patient: [
      { text: 'Next, the surgeon works on the ball of your thigh bone.', sources: [] },
      {
        text: 'A thin {{guide-pin|guide pin}} is placed through the middle of the ball, along the neck. Each shaping tool that follows slides over this pin.',
        sources: ['12'],
      },
      { text: 'The pin is set a little more upright than the natural neck. This helps the neck stay strong under the cap.', sources: ['12', '13'] },
    ],
    student: [
      { text: 'Guide pin along the neck axis in slight {{valgus}}: about 140° to the shaft is recommended.', sources: ['12'] },
      { text: 'Avoid an implant-shaft angle below 130° and exposed bone on the superior neck.', sources: ['14'] },
      { text: 'Up to 10° of relative valgus raised fracture load by 28% in cadavers; more valgus risks notching.', sources: ['13'] },
      { text: 'Pitfall: {{varus}} placement. Most neck fractures follow notching or varus placement.', sources: ['15', '16'] },
      { text: 'Learning curve about 50 cases; accurate positioning takes 75-100.', sources: ['27', '28'] },
    ],
  },

  'sleeve-reaming': {
    title: 'Shaping the sides of the ball',
    patient: [
      { text: 'Surgeons commonly use a hollow, round cutter that slides over the pin. It trims the sides of the ball to an even shape.', sources: ['18', '20'] },
      {
        text: 'It removes what is left of the cartilage and a thin layer of bone, some of it healthy, so the cap fits closely.',
        sources: ['54', '55'],
      },
      { text: 'Unlike in a total hip replacement, the hollow centre of your thigh bone is not opened.', sources: ['2', '55'] },
    ],
    student: [
      {
        text: 'A cylindrical {{sleeve-reamer|sleeve reamer}} run over the guide pin is commonly described; sources confirm the femoral milling, not the instrument.',
        sources: ['18', '20'],
      },
      { text: 'The remaining cartilage and a thin layer of the head are milled away, healthy bone included.', sources: ['54', '55', '56'] },
      { text: 'Pitfall: watch the superior neck as the reamer advances. Most neck fractures follow notching or varus placement.', sources: ['14', '15', '16'] },
      {
        text: 'Femoral bone preserved: in a Sawbones study 12.3 g was removed from the {{femur}} vs 25.3 g for a THR (51% less). The femoral canal is not entered.',
        sources: ['55', '2'],
      },
    ],
  },

  'head-shaping': {
    title: 'Shaping the top of the ball',
    patient: [
      { text: 'Surgeons commonly finish shaping the ball with cutters that follow the pin.', sources: ['18', '20'] },
      { text: 'The top is cut flat to set the height of the ball. Then the edge of the flat top is cut at a slant.', sources: ['18', '20'] },
      { text: 'A small hole is drilled down the middle for the short stem of the cap.', sources: ['39', '20'] },
      { text: 'The ball now has the shape of the inside of the cap.', sources: [] },
    ],
    student: [
      {
        text: 'The commonly described sequence: plane cut of the dome to set head height, {{chamfer}} cut, stem hole drilled, small cement key holes. Sources confirm milling and fixation holes, not each instrument.',
        sources: ['18', '20'],
      },
      { text: 'The stem hole takes the short central stem of the femoral component, which points into the neck.', sources: ['39'] },
    ],
  },

  'cap-cementing': {
    title: 'Fitting the cap',
    patient: [
      { text: 'The {{femoral-cap|cap}} is now fitted onto the shaped ball.', sources: ['39'] },
      {
        text: 'A small amount of {{bone-cement|bone cement}}, a filler that sets hard, goes inside the cap. It holds the cap firmly to the bone.',
        sources: ['17', '18'],
      },
      { text: 'The short stem of the cap sits in the hole in the middle.', sources: ['39'] },
      { text: 'Depending on the design, the cap is made of metal or of {{ceramic}}.', sources: ['1', '30', '32'] },
    ],
    student: [
      {
        text: 'A small amount of low-viscosity cement is poured into the cap, which is impacted onto the milled head.',
        sources: ['17', '18'],
      },
      { text: 'Conserve Plus aims at a 1 mm cement mantle.', sources: ['20'] },
      { text: 'Usual fixation is hybrid (cemented cap, press-fit cup); some designs are fully cementless (H1, Cormet).', sources: ['1', '2', '30', '84'] },
      {
        text: 'Materials: the BHR is as-cast high-carbon {{cobalt-chrome}}; newer designs (H1, ReCerf) are ceramic (BIOLOX delta). "Metal implant" is not always true.',
        sources: ['1', '30', '32'],
      },
    ],
  },

  reduction: {
    title: 'Putting the hip back',
    patient: [
      { text: 'The ball, now covered by its cap, is eased back into the new cup. This is called {{reduction}}.', sources: ['83'] },
      { text: 'The surgeon moves your leg to check that the hip moves well and stays in place.', sources: ['83'] },
      { text: 'Your new hip has two parts: the cap on the ball and the cup in the socket.', sources: ['39'] },
      { text: 'Because the ball stays large, it very rarely slips out again, though it can happen.', sources: ['53', '29'] },
    ],
    student: [
      { text: 'Reduction, then range of motion and stability are tested.', sources: ['83'] },
      {
        text: 'Two components, not one: the cemented cap with its short stem on the femur, and the press-fit cup in the acetabulum.',
        sources: ['39', '1', '2'],
      },
      { text: 'The large head makes dislocation very rare, but not impossible.', sources: ['53', '29'] },
      { text: 'Range of motion and function are no better than with a THR in trials.', sources: ['51', '52'] },
    ],
  },

  closure: {
    title: 'Closing the wound',
    patient: [
      { text: 'The surgeon repairs the joint capsule and the small muscles behind the hip. Then the wound is closed.', sources: ['83'] },
      { text: 'A thin tube, called a {{drain}}, is often left in for a day or two to let fluid out.', sources: ['83'] },
      { text: 'Your scar will be on the side and back of your hip.', sources: ['3'] },
    ],
    student: [
      {
        text: 'Capsule and short external rotators repaired, wound closed; a drain is often left for a day or two. Parts of this are commonly described rather than sourced.',
        sources: ['83'],
      },
      {
        text: 'Resurfacing is not less invasive than a THR: the exposure is as large or larger and the scar often longer.',
        sources: ['6', '7', '8'],
      },
      { text: 'What it spares is femoral bone: the femoral canal is not entered.', sources: ['2', '55'] },
    ],
  },

  recovery: {
    title: 'Recovery',
    patient: [
      { text: 'Most people stay in hospital for two to three days.', sources: ['62', '10'] },
      {
        text: 'At first you walk with crutches and put only part of your weight on the leg. Most people walk without help by four to six weeks.',
        sources: ['60'],
      },
      {
        text: 'For some weeks, you will usually be asked not to bend your hip past a right angle, cross your legs, or turn your leg inward.',
        sources: ['61', '65'],
      },
      { text: 'Your care team will guide you at each stage.', sources: [] },
    ],
    student: [
      { text: 'Hospital stay 2-3 days.', sources: ['62', '10'] },
      {
        text: 'Partial {{weight-bearing}} on crutches for 2-3 weeks, full weight by weeks 3-4, no walking aid by weeks 4-6, strengthening in weeks 6-12.',
        sources: ['60'],
      },
      {
        text: 'Precautions for several weeks: no flexion past 90°, no crossing the legs, no internal rotation. No high-impact activity for 6 months.',
        sources: ['61', '65'],
      },
      {
        text: 'Driving at about 6 weeks, or once an emergency stop is safe; back to work at about 4 months and to sport at about 3.5 months on average.',
        sources: ['66', '62', '63'],
      },
      { text: 'Femoral neck fracture: about 1-1.5%, mostly in the first months.', sources: ['15', '49'] },
      {
        text: 'Metal wear debris can raise blood cobalt and chromium and cause a soft-tissue reaction; women are most affected.',
        sources: ['48', '34'],
      },
      { text: 'General surgical risks (infection, clots) apply, without resurfacing-specific figures.', sources: ['85'] },
      { text: 'After failure, the revision is often of the femoral component only.', sources: ['49'] },
    ],
  },
}
