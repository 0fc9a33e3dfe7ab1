/**
 * Every technical word the walkthrough uses, in plain words. Step and page text links here
 * with `{{id}}` or `{{id|shown words}}`; the glossary page gives each entry the anchor
 * `term-<id>`. The ids are the keys every language must give.
 */
import type { GlossaryEntry } from '../types'
import type { GlossaryId } from '../en/glossary'

export const glossary: Readonly<Record<GlossaryId, GlossaryEntry>> = {
  'hip-resurfacing': {
    term: 'hip resurfacing',
    definition:
      'An operation that keeps the ball of the thigh bone. The worn surfaces are shaped, a cap goes over the ball and a thin cup lines the socket.',
  },
  'total-hip-replacement': {
    term: 'total hip replacement',
    definition:
      'The usual hip operation. The ball of the thigh bone is removed and replaced by a new ball on a stem that goes down inside the bone.',
  },
  femur: { term: 'femur', definition: 'The thigh bone, the long bone between your hip and your knee.' },
  'femoral-head': { term: 'femoral head', definition: 'The round ball at the top of the thigh bone. It sits in the hip socket.' },
  'femoral-neck': { term: 'femoral neck', definition: 'The short, narrow part of the thigh bone just below the ball.' },
  'greater-trochanter': {
    term: 'greater trochanter',
    definition: 'The bony bump on the outer side of the hip, just below the joint. You can feel it under the skin.',
  },
  pelvis: { term: 'pelvis', definition: 'The ring of bones at the base of the spine. The hip sockets are part of it.' },
  acetabulum: { term: 'acetabulum', definition: 'The hip socket: the cup-shaped part of the pelvis that holds the ball of the thigh bone.' },
  psis: {
    term: 'posterior superior iliac spine',
    definition: 'A bony point at the back of the pelvis, near the dimple above the buttock. Surgeons use it as a landmark.',
  },
  cartilage: {
    term: 'cartilage',
    definition: 'A smooth, slippery layer that covers the ends of bones in a joint, so they glide without rubbing.',
  },
  arthritis: {
    term: 'arthritis',
    definition: 'Wear and damage in a joint. The cartilage gets thin, and the joint can become painful and stiff.',
  },
  osteophyte: { term: 'osteophyte', definition: 'A bone spur: a small lump of extra bone that can grow at the edge of a worn joint.' },
  labrum: { term: 'labrum', definition: 'A firm ring of tissue around the rim of the hip socket.' },
  capsule: { term: 'joint capsule', definition: 'A tough bag of tissue that wraps around the joint and helps hold it together.' },
  'fascia-lata': { term: 'fascia lata', definition: 'A strong sheet of tissue on the outer side of the thigh, under the skin.' },
  'gluteus-maximus': { term: 'gluteus maximus', definition: 'The large muscle of the buttock.' },
  'gluteus-medius': { term: 'gluteus medius', definition: 'A muscle on the outer side of the hip, above the joint.' },
  'short-external-rotators': {
    term: 'short external rotators',
    definition:
      'Small muscles behind the hip that turn the leg outward: the piriformis, the obturator internus and the gemelli, and sometimes the quadratus femoris.',
  },
  piriformis: { term: 'piriformis', definition: 'One of the small muscles behind the hip that turn the leg outward.' },
  'quadratus-femoris': { term: 'quadratus femoris', definition: 'A small, square muscle behind the hip, below the other turning muscles.' },
  'sciatic-nerve': {
    term: 'sciatic nerve',
    definition: 'The large nerve that runs from the back of the hip down the back of the thigh to the leg.',
  },
  incision: { term: 'incision', definition: 'The cut a surgeon makes in the skin to reach the joint.' },
  'posterior-approach': {
    term: 'posterior approach',
    definition: 'Reaching the hip joint from the side and the back. Most surgeons use it for resurfacing.',
  },
  dislocation: { term: 'dislocation', definition: 'When the ball of the hip comes out of its socket.' },
  reduction: { term: 'reduction', definition: 'Putting a joint back into place, here the ball back into the socket.' },
  'sizing-gauge': { term: 'sizing gauge', definition: 'A measuring tool that shows which size of cap will fit the ball and neck.' },
  'guide-pin': { term: 'guide pin', definition: 'A thin rod placed through the ball of the thigh bone. The shaping tools slide over it, so every cut follows the same line.' },
  valgus: {
    term: 'valgus',
    definition: 'Here: set a little more upright than the natural neck of the thigh bone. Surgeons aim for slight valgus.',
  },
  varus: { term: 'varus', definition: 'Here: tilted more toward flat than the natural neck. Surgeons avoid it because the neck can break.' },
  notching: {
    term: 'notching',
    definition: 'Cutting a small groove into the neck of the thigh bone by mistake while shaping the ball. It weakens the neck.',
  },
  reamer: { term: 'reamer', definition: 'A spinning tool with a cutting surface that shapes bone to a set size.' },
  'sleeve-reamer': { term: 'sleeve reamer', definition: 'A hollow, round cutter that slides over the guide pin and trims the sides of the ball.' },
  chamfer: { term: 'chamfer', definition: 'An edge cut at a slant, here the rim at the top of the shaped ball.' },
  'press-fit': {
    term: 'press-fit',
    definition: 'Held by a tight fit: the socket is shaped a little smaller than the cup, so the cup grips the bone without cement.',
  },
  hydroxyapatite: {
    term: 'hydroxyapatite',
    definition: 'A mineral like the one in bone. As a coating on an implant, it helps bone grow onto the implant.',
  },
  cup: { term: 'cup', definition: 'The thin shell that lines the hip socket in resurfacing.' },
  'femoral-cap': {
    term: 'femoral cap',
    definition: 'The dome that covers the reshaped ball of the thigh bone. A short stem in its middle points down into the neck.',
  },
  'bone-cement': {
    term: 'bone cement',
    definition: 'A filler that sets hard. In resurfacing it holds the cap onto the ball.',
  },
  'cobalt-chrome': { term: 'cobalt-chrome', definition: 'A hard metal mix used for many joint implants, including the Birmingham Hip Resurfacing.' },
  ceramic: { term: 'ceramic', definition: 'A very hard, smooth, non-metal material. Some newer resurfacing implants are made of it.' },
  'metal-on-metal': {
    term: 'metal-on-metal',
    definition: 'A joint in which a metal ball moves in a metal cup. Tiny bits of metal can wear off.',
  },
  pseudotumour: {
    term: 'pseudotumour',
    definition: 'A reaction of the soft tissues around the hip to wear particles from a metal-on-metal joint. Despite the name, it is not a cancer.',
  },
  'edge-loading': {
    term: 'edge loading',
    definition: 'When the ball presses on the rim of the cup instead of its middle. It is linked to pseudotumours.',
  },
  inclination: { term: 'inclination', definition: 'How steeply the cup is tilted, seen from the front.' },
  anteversion: { term: 'anteversion', definition: 'How much the cup or the neck of the thigh bone turns to face forward.' },
  'safe-zone': {
    term: 'safe zone',
    definition: 'A range of cup angles (Lewinnek) that surgeons aim for. It comes from total hip replacement and is debated.',
  },
  revision: { term: 'revision', definition: 'A second operation to replace part or all of a joint implant.' },
  registry: {
    term: 'joint registry',
    definition: 'A national record of joint operations. It shows how often implants need a second operation.',
  },
  osteoporosis: { term: 'osteoporosis', definition: 'Thin, weak bones that break more easily.' },
  dysplasia: { term: 'hip dysplasia', definition: 'A hip socket that is too shallow from birth or childhood.' },
  drain: { term: 'drain', definition: 'A thin tube left in the wound for a short time to let fluid out.' },
  'weight-bearing': { term: 'weight-bearing', definition: 'How much of your body weight you put through the leg when you stand and walk.' },
  // parts of the 3D view a user can touch (src/content/structures.ts)
  'lesser-trochanter': {
    term: 'lesser trochanter',
    definition: 'A small bony bump on the inner back side of the thigh bone, just below the neck.',
  },
  'obturator-foramen': {
    term: 'obturator foramen',
    definition: 'A large opening in the bone of the pelvis, below and in front of the hip socket.',
  },
  skin: { term: 'skin', definition: 'The outer cover of the body. The surgeon cuts through it to reach the hip.' },
  scalpel: { term: 'scalpel', definition: 'A small, very sharp knife that surgeons use to cut skin and tissue.' },
  'acetabular-reamer': {
    term: 'acetabular reamer',
    definition: 'A spinning, half-round cutter that shapes the hip socket to fit the cup.',
  },
  'cup-impactor': { term: 'cup impactor', definition: 'A handle that holds the cup. The surgeon taps it to push the cup firmly into the socket.' },
  'plane-cutter': { term: 'plane cutter', definition: 'A cutter that makes a flat cut across the top of the ball, so the cap sits at the right height.' },
  'chamfer-reamer': { term: 'chamfer reamer', definition: 'A cutter that makes the slanted edge at the top of the shaped ball.' },
  'stem-drill': { term: 'stem drill', definition: 'A drill that makes the hole for the short stem of the cap, down the middle of the ball.' },
  'thr-stem': {
    term: 'stem (total hip)',
    definition: 'The metal rod of a total hip. It sits in the hollow centre of the thigh bone, held by cement or a tight fit.',
  },
  'thr-ball': { term: 'ball (total hip)', definition: 'The new, small ball on top of the stem of a total hip. It is metal or ceramic.' },
  'thr-cup': { term: 'cup (total hip)', definition: 'The shell that lines the hip socket in a total hip. A liner fits inside it.' },
  'thr-liner': {
    term: 'liner',
    definition: 'The inner layer of the cup in a total hip, where the ball moves. It is plastic, ceramic or metal.',
  },
  'removed-bone': { term: 'bone removed', definition: 'The bone the surgeon takes away to make room for the new parts.' },
}


