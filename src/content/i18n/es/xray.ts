import type { XrayText } from '../../views/xray-text'

export const xray: XrayText = {
  name: 'X-ray',
  canvasDescription:
    'A simulated X-ray of the hip, taken from the front, computed from the 3D models: bone grey-white, metal white, soft tissue faint.',
  filmBefore: 'Before the operation',
  filmAfter: 'After the operation',
  patientBefore: { text: 'Bone shows light grey, and the soft parts around it are a faint haze.', sources: ['118'] },
  patientAfter: { text: 'The cap and the cup in this model are metal, so they show solid white.', sources: ['1', '118', '119'] },
  panelName: 'Reading the X-ray',
  filmChoice: 'Film',
  simplifiedNote:
    'Simplified X-ray: this browser cannot add up the paths through the models, so the film is drawn with a simpler look.',
  offFilm: 'The angles are read on the AP film, taken from the front at about 1 m.',
  backToFilm: 'Back to the film',
  degrees: '{value}°',
  neckShaft: {
    name: 'Neck-shaft angle',
    reference: { text: 'Native neck axis against the shaft axis: the cap is set in slight valgus to it.', sources: ['12', '13'] },
    range: [
      { text: 'The cap’s stem aims at about 140° to the shaft, 5-10° of valgus relative to the native neck.', sources: ['12', '13'] },
      { text: 'Up to 10° of relative valgus raised fracture load in cadavers; more risks notching.', sources: ['13'] },
    ],
  },
  cupInclination: {
    name: 'Cup inclination',
    reference: {
      text:
        'The line across the cup’s opening against the film’s horizontal. Usually read against the inter-teardrop line; only the right half of the pelvis is modelled, so there is none, and the model’s pelvis is level, so that line would be horizontal.',
      sources: ['116'],
    },
    range: [
      { text: 'Read as 30-50°.', sources: ['116'] },
      { text: 'Target 40 ± 10° (the Lewinnek zone, derived from total hips and questioned).', sources: ['23'] },
      { text: 'In resurfacing, cups steeper than about 55° raised blood metal ions.', sources: ['117'] },
      { text: 'A steep cup is the biggest single cause of early metal-on-metal failure.', sources: ['26'] },
    ],
  },
  stemShaft: {
    name: 'Stem-shaft angle',
    reference: { text: 'The cap’s stem axis against the shaft axis, compared with the native neck-shaft angle.', sources: ['12'] },
    range: [
      { text: 'About 140° is recommended.', sources: ['12', '13'] },
      { text: 'Avoid below 130°.', sources: ['14'] },
      { text: 'Varus placement was a factor in most neck fractures.', sources: ['15'] },
      { text: 'Check the upper neck for notching.', sources: ['14', '16'] },
    ],
  },
  inRange: 'Within {low}-{high}°',
  outOfRange: 'Outside {low}-{high}°',
  templating: {
    title: 'Template the cap',
    sizeLabel: 'Cap size (outer diameter)',
    off: 'Off',
    size: '{mm} mm',
    modelSize: '{mm} mm (the model’s)',
    prepared: 'Prepared head {prepared} mm: the sleeve reamer’s bore, drawn along the guide pin.',
    notches: 'Notches the neck: the bore cuts {mm} mm into it at the sizing station.',
    clears: 'Clears the neck by {mm} mm at the sizing station.',
    cups: { text: 'Matching cups: {cups} (a cup about 6-8 mm larger than its head).', sources: ['33', '37'] },
    modelSizes: 'The model uses a {cap} mm cap with a {cup} mm cup.',
    regulator: { text: 'The UK regulator advised against BHR heads of 46 mm or less (2015).', sources: ['34'] },
    onBeforeFilm: 'Templating is done on the film before the operation.',
    legend: 'Dashed circle: the cap. Lines: the reamer’s bore. Ticks: the neck’s edges.',
  },
}
