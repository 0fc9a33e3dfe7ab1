/**
 * The comparison with a total hip replacement, in Spanish (es-419): its controls, what each view shows
 * in both registers, the bone-removal table, and the line each bone-preparation step gives
 * about what a total hip does instead. Same sourcing rules as the steps; patient prose is
 * measured by tests/unit/compare.test.ts.
 */
import type { CompareText } from '../types'

export const compare: CompareText = {
  open: 'Compare with a total hip replacement',
  openShort: 'Compare in 3D',
  close: 'Back to the step',
  title: 'Resurfacing and a total hip replacement',
  viewsLabel: 'Comparison views',
  sidesLabel: 'Hip shown',
  sides: { resurfacing: 'Resurfacing', thr: 'Total hip replacement' },
  canvasDescription: 'Two hips side by side: resurfacing and a total hip replacement. {view}. Labelled: {labels}.',
  canvasDescriptionOne: 'One hip: {side}. {view}. Labelled: {labels}.',
  views: {
    implants: {
      name: 'The new parts',
      patient: [
        {
          text: 'In {{hip-resurfacing|resurfacing}}, a cap covers the reshaped ball of the hip, and a thin cup lines the socket. The neck of the thigh bone is kept.',
          sources: ['39', '2'],
        },
        {
          text: 'In a {{total-hip-replacement|total hip replacement}}, the ball and the neck are cut away. A stem inside the thigh bone holds a new, smaller ball. A cup with a liner goes in the socket.',
          sources: ['51', '86', '90'],
        },
      ],
      student: [
        {
          text: 'Resurfacing keeps the femoral neck and a large head: mean 48 mm, range 42-58 mm in one series. The cap is cemented and the cup press-fit.',
          sources: ['37', '2'],
        },
        {
          text: 'THR resects head and neck at a level planned from the lesser trochanter, which sets leg length and offset. The stem is cemented or press-fit; heads of 32 and 36 mm are now the most used.',
          sources: ['88', '86', '90'],
        },
        { text: 'The cup takes a polyethylene, ceramic or metal liner; metal-on-metal bearings are now under 1% of hips.', sources: ['86', '87', '91'] },
      ],
    },
    inside: {
      name: 'Inside the thigh bone',
      patient: [
        { text: 'Here the bone is see-through. The cap has only a short stem, which sits in the neck.', sources: ['39'] },
        {
          text: 'The stem of a total hip replacement goes about 10 to 15 cm down the hollow centre of the thigh bone. Resurfacing does not open this part of the bone.',
          sources: ['89', '86', '2'],
        },
      ],
      student: [
        { text: 'Resurfacing: the femoral canal is not entered; the cap carries a short central stem in the neck.', sources: ['2', '39'] },
        {
          text: 'THR: the canal is broached and a stem seated, cemented or press-fit. Stem length depends on design: the Exeter standard stem is 150 mm, shorter ones 95-125 mm.',
          sources: ['86', '89'],
        },
        { text: 'Thigh pain after cementless stems is reported in 1 to 28 in 100 hips depending on the implant; there is no pooled figure.', sources: ['106'] },
      ],
    },
    'bone-removed': {
      name: 'Bone taken away',
      patient: [
        { text: 'The orange shapes are the bone each operation takes away. Resurfacing keeps more of the thigh bone. It often takes more bone from the socket.', sources: ['2', '55', '56'] },
        { text: 'In a study on model bones, resurfacing took about half as much thigh bone as a total hip. It took about three times as much from the socket.', sources: ['55'] },
      ],
      student: [
        {
          text: 'Sawbones study: femur 12.3 g (resurfacing) vs 25.3 g (THR), 51% less; acetabulum 5.6 g vs 1.8 g; total 17.9 g vs 27.1 g.',
          sources: ['55'],
        },
        { text: 'Patients get larger cups with resurfacing: BHR 56.6 mm vs 52.0 mm in hybrid THR. Not every study agrees on the net bone saved.', sources: ['56', '36', '57'] },
      ],
    },
  },
  bone: {
    heading: 'Bone taken away',
    caption: 'Bone taken away by each operation',
    columns: ['Resurfacing', 'Total hip replacement'],
    femur: 'Thigh bone',
    socket: 'Socket',
    modelRow: 'In this 3D model (measured)',
    studyRow: 'In the study on model bones (weighed)',
    cm3: '{value} cm³',
    grams: '{value} g',
    note: {
      text: 'The bone in the 3D model is solid and the same all through, so every bit counts the same. The study weighed the bone, and real bone is not the same all through. So compare the two operations along each row, not one row with the other.',
      sources: ['55'],
    },
  },
  stepNotes: {
    'femoral-sizing': {
      patient: { text: 'In a total hip replacement, the neck is not measured for a cap: the ball and the neck are cut away.', sources: ['51', '88'] },
      student: { text: 'In THR the neck is resected instead, at a level planned from the lesser trochanter on the X-ray; it sets leg length and offset.', sources: ['88'] },
    },
    'acetabular-reaming': {
      patient: { text: 'A total hip replacement reams the socket too. It often takes less bone, because its cup is smaller.', sources: ['55', '56'] },
      student: { text: 'THR reams the acetabulum too: 1.8 g vs 5.6 g removed in the Sawbones study; resurfacing patients get larger cups (56.6 vs 52.0 mm).', sources: ['55', '56', '36'] },
    },
    'cup-impaction': {
      patient: { text: 'A total hip replacement also puts a cup in the socket. A liner of plastic, ceramic or metal goes inside it.', sources: ['86', '87'] },
      student: { text: 'The THR cup takes a polyethylene, ceramic or metal liner; metal-on-metal bearings are now under 1% of hips.', sources: ['86', '87', '91'] },
    },
    'guide-pin': {
      patient: { text: 'A total hip replacement needs no guide pin in the neck. The neck is cut away with a saw.', sources: ['88', '51'] },
      student: { text: 'In THR there is no neck guide pin: the neck is resected with a saw, and its level sets leg length and offset.', sources: ['88'] },
    },
    'sleeve-reaming': {
      patient: { text: 'In a total hip replacement, the whole ball and the neck are removed instead of shaped.', sources: ['51', '43'] },
      student: { text: 'THR replaces head and neck; resurfacing replaces only the surface of the head and keeps the neck.', sources: ['51', '43'] },
    },
    'head-shaping': {
      patient: { text: 'A total hip replacement also opens the hollow centre of the thigh bone, to fit a long stem.', sources: ['86', '89'] },
      student: { text: 'THR broaches the femoral canal for a stem of about 10 to 15 cm; resurfacing does not enter the canal.', sources: ['86', '89', '2'] },
    },
    'cap-cementing': {
      patient: { text: 'The stem of a total hip replacement is fixed with cement or fits tightly without it. A ball then goes on top.', sources: ['86'] },
      student: { text: 'THR stems are cemented or press-fit; the ball is usually 32 or 36 mm, against a resurfaced head of mean 48 mm.', sources: ['86', '90', '37'] },
    },
  },
  stepNoteHeading: 'In a total hip replacement',
  seeIt: 'See it beside resurfacing',
  removedFemurSoFar: 'Taken from the thigh bone so far in this 3D model: {value} cm³. A total hip replacement takes {thr} cm³ from the same bone.',
  removedSocketSoFar: 'Taken from the socket in this 3D model: {value} cm³. A total hip replacement takes {thr} cm³ from the same socket.',
}
