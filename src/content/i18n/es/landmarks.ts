/**
 * The landmarks' glossary lines: the Spanish text (es-419) (src/content/landmarks.ts), a chunk of
 * their own. Patient: plain words, "usted", short sentences. Student: standard Spanish anatomical
 * names, each claim with its FACTS.md sources; the fact sheet has no anatomy atlas, so where it
 * gives nothing the passage says "como se describe habitualmente" and cites nothing.
 */
import type { LandmarkGlossary } from '../../landmarks'

export const landmarks: LandmarkGlossary = {
  'greater-trochanter': {
    patient: 'La punta de hueso en el lado de afuera de la cadera, justo debajo de la articulación. Usted la puede sentir bajo la piel.',
    student: [
      { text: 'La incisión cutánea del abordaje posterior se centra sobre el tercio posterior del trocánter mayor.', sources: ['3'] },
      { text: 'En él se insertan el glúteo medio y el glúteo menor, como se describe habitualmente.', sources: [] },
    ],
  },
  'lesser-trochanter': {
    patient: 'Un bulto pequeño en la parte de adentro y de atrás del hueso del muslo, justo debajo del cuello.',
    student: [
      { text: 'En una artroplastia total de cadera, el corte del cuello se planifica en la radiografía a partir del trocánter menor; define la longitud de la pierna y el offset.', sources: ['88'] },
      { text: 'En él se inserta el iliopsoas, como se describe habitualmente.', sources: [] },
    ],
  },
  'head-neck-junction': {
    patient: 'El lugar donde la bola redonda del hueso del muslo se une con su cuello, más delgado.',
    student: [
      { text: 'El cuello se mide para que el casquete no le haga una muesca aquí: hay que evitar dejar hueso expuesto en la parte superior del cuello.', sources: ['14'] },
      { text: 'La mayoría de las fracturas del cuello femoral tras una artroplastia de superficie siguen a una muesca o a una colocación en varo.', sources: ['15', '16'] },
    ],
  },
  'fovea-capitis': {
    patient: 'Un hoyito en la bola de la cadera. Una banda de tejido lo une a la cavidad.',
    student: [
      { text: 'La fosita de la cabeza femoral (fóvea), donde se fija el ligamento de la cabeza femoral (ligamento redondo), como se describe habitualmente.', sources: [] },
      { text: 'Al tallar la cabeza para el casquete se fresa una capa fina de su superficie, y la fóvea desaparece con ella.', sources: ['54'] },
    ],
  },
  'trochanteric-fossa': {
    patient: 'Un hueco en el lado de adentro de la punta de hueso de la cadera. Ahí se sujetan unos músculos pequeños.',
    student: [
      { text: 'En la fosa trocantérea se inserta el obturador externo, y los otros rotadores cortos justo por encima, como se describe habitualmente.', sources: [] },
      { text: 'El abordaje posterior libera el piriforme, el obturador interno y los gemelos.', sources: ['3'] },
    ],
  },
  'intertrochanteric-crest': {
    patient: 'Un borde en la parte de atrás del hueso del muslo que une los dos bultos de hueso.',
    student: [
      { text: 'La cresta intertrocantérea une el trocánter mayor y el menor por detrás del fémur, como se describe habitualmente.', sources: [] },
      { text: 'Los rotadores externos cortos se liberan por detrás de la cadera, y el cuadrado femoral si hace falta.', sources: ['3'] },
    ],
  },
  'intertrochanteric-line': {
    patient: 'Una línea en la parte de adelante del hueso del muslo que une los dos bultos de hueso.',
    student: [{ text: 'La línea intertrocantérea une los trocánteres por delante; en ella se fija la cápsula articular al fémur, como se describe habitualmente.', sources: [] }],
  },
  'quadrate-tubercle': {
    patient: 'Un bulto pequeño en el borde de la parte de atrás del hueso del muslo.',
    student: [
      { text: 'El tubérculo cuadrado, en la cresta intertrocantérea, donde se fija el cuadrado femoral, como se describe habitualmente.', sources: [] },
      { text: 'El cuadrado femoral se libera solo si hace falta; el nervio ciático está justo detrás de los rotadores cortos.', sources: ['3'] },
    ],
  },
  'gluteal-tuberosity': {
    patient: 'Una zona áspera en la parte de atrás del hueso del muslo. Ahí se sujeta el gran músculo de la nalga.',
    student: [
      { text: 'La tuberosidad glútea, donde la parte profunda del glúteo mayor se inserta en el fémur, como se describe habitualmente.', sources: [] },
      { text: 'El glúteo mayor se separa en línea con la incisión; su inserción femoral a menudo se libera en parte.', sources: ['3', '6', '7'] },
    ],
  },
  'linea-aspera': {
    patient: 'Un borde áspero que baja por la parte de atrás del hueso del muslo. Muchos músculos del muslo se sujetan a él.',
    student: [{ text: 'La línea áspera recorre la parte posterior de la diáfisis femoral; en ella se fijan los aductores y los vastos, como se describe habitualmente.', sources: [] }],
  },
  'iliac-crest': {
    patient: 'El borde de arriba de la pelvis. Usted lo puede sentir en la cintura.',
    student: [{ text: 'La cresta ilíaca es el borde superior del ilion, desde la EIAS hasta la EIPS, como se describe habitualmente.', sources: [] }],
  },
  'iliac-tubercle': {
    patient: 'Un bulto grueso en el borde de arriba de la pelvis, hacia adelante.',
    student: [{ text: 'El tubérculo ilíaco es el punto más ancho de la cresta ilíaca, por detrás de la EIAS, como se describe habitualmente.', sources: [] }],
  },
  asis: {
    patient: 'La punta de hueso en la parte de adelante de la pelvis. Usted la puede sentir debajo de la cintura.',
    student: [{ text: 'La espina ilíaca anterosuperior (EIAS) es el extremo anterior de la cresta ilíaca, donde se fijan el sartorio y el ligamento inguinal, como se describe habitualmente.', sources: [] }],
  },
  aiis: {
    patient: 'Una punta de hueso en la parte de adelante de la pelvis, justo arriba de la cavidad de la cadera.',
    student: [{ text: 'La espina ilíaca anteroinferior (EIAI), debajo de la EIAS y justo por encima del acetábulo: el origen del tendón directo del recto femoral, como se describe habitualmente.', sources: [] }],
  },
  psis: {
    patient: 'Una punta de hueso en la parte de atrás de la pelvis, cerca del hoyuelo que hay arriba de la nalga.',
    student: [{ text: 'La incisión posterior se curva hacia arriba y atrás desde el trocánter mayor, en dirección a la espina ilíaca posterosuperior (EIPS).', sources: ['3'] }],
  },
  piis: {
    patient: 'Una punta de hueso en la parte de atrás de la pelvis, debajo de la que está cerca del hoyuelo.',
    student: [{ text: 'La espina ilíaca posteroinferior (EIPI), debajo de la EIPS, en el extremo superior de la escotadura ciática mayor, como se describe habitualmente.', sources: [] }],
  },
  'greater-sciatic-notch': {
    patient: 'Una muesca grande en la parte de atrás de la pelvis. Por ahí pasa el nervio grande de la pierna.',
    student: [
      { text: 'Por la escotadura ciática mayor salen de la pelvis el nervio ciático y el piriforme, como se describe habitualmente.', sources: [] },
      { text: 'En el abordaje posterior, el nervio ciático está justo detrás de los rotadores externos cortos y se protege.', sources: ['3'] },
    ],
  },
  'lesser-sciatic-notch': {
    patient: 'Una muesca más chica en la parte de atrás de la pelvis, debajo de la grande.',
    student: [
      { text: 'El tendón del obturador interno gira alrededor de la escotadura ciática menor camino al fémur, como se describe habitualmente.', sources: [] },
      { text: 'El obturador interno es uno de los rotadores externos cortos que se liberan en el abordaje posterior.', sources: ['3'] },
    ],
  },
  'ischial-spine': {
    patient: 'Una punta de hueso pequeña en la parte de atrás de la pelvis, entre las dos muescas.',
    student: [{ text: 'La espina ciática separa la escotadura ciática mayor de la menor, como se describe habitualmente.', sources: [] }],
  },
  'ischial-tuberosity': {
    patient: 'El hueso de sentarse: la parte de la pelvis sobre la que usted se sienta.',
    student: [
      { text: 'En la placa AP, la inclinación de la copa se mide frente a la línea entre las lágrimas radiológicas o la línea bisquiática: 30-50°.', sources: ['116'] },
      { text: 'De la tuberosidad isquiática nacen los isquiotibiales, como se describe habitualmente.', sources: [] },
    ],
  },
  'pubic-ramus-superior': {
    patient: 'La barra de hueso de arriba, que va de la cavidad de la cadera a la parte de adelante de la pelvis.',
    student: [{ text: 'La rama superior del pubis va del acetábulo al cuerpo del pubis, por encima del agujero obturador, como se describe habitualmente.', sources: [] }],
  },
  'pubic-ramus-inferior': {
    patient: 'La barra de hueso de abajo, en la parte de adelante de la pelvis, debajo de la abertura grande.',
    student: [{ text: 'La rama inferior del pubis se une a la rama del isquion por debajo del agujero obturador, como se describe habitualmente.', sources: [] }],
  },
  'pubic-tubercle': {
    patient: 'Un bulto pequeño en la parte de adelante de la pelvis, cerca del centro.',
    student: [{ text: 'El tubérculo del pubis, en la rama superior del pubis cerca de la línea media, donde se fija el ligamento inguinal, como se describe habitualmente.', sources: [] }],
  },
  'obturator-foramen': {
    patient: 'Una abertura grande en el hueso de la pelvis, debajo y delante de la cavidad de la cadera.',
    student: [{ text: 'El agujero obturador está rodeado por el pubis y el isquion y casi cerrado por una membrana; a su alrededor nacen los músculos obturadores, como se describe habitualmente.', sources: [] }],
  },
  'lunate-surface': {
    patient: 'La parte lisa y curva de la cavidad, donde se apoya la bola. El cartílago la cubre.',
    student: [
      { text: 'La superficie semilunar es la herradura de cartílago articular del acetábulo, la superficie de carga de la articulación, como se describe habitualmente.', sources: [] },
      { text: 'La cavidad se fresa para que encaje la copa, a menudo más que en una artroplastia total de cadera.', sources: ['54', '55', '56'] },
      { text: 'Sub-fresar cerca de 1 mm le da a la copa su ajuste a presión.', sources: ['22'] },
    ],
  },
  'acetabular-fossa': {
    patient: 'El centro hondo de la cavidad. La bola no se apoya ahí.',
    student: [
      { text: 'La fosa acetabular es el fondo del acetábulo, sin cartílago, con grasa y el ligamento de la cabeza femoral, como se describe habitualmente.', sources: [] },
      { text: 'Profundidad acetabular: hombres 26.9 mm, mujeres 25.3 mm.', sources: ['76'] },
    ],
  },
  'acetabular-notch': {
    patient: 'Un espacio en el borde de abajo de la cavidad.',
    student: [{ text: 'La escotadura acetabular es el espacio en el reborde acetabular inferior, cerrado por el ligamento transverso del acetábulo, como se describe habitualmente.', sources: [] }],
  },
  teardrop: {
    patient: 'Una figura en forma de lágrima que se ve en una radiografía de la pelvis, justo por dentro de la parte de abajo de la cavidad.',
    student: [
      { text: 'En una placa AP de pelvis, la inclinación de la copa se mide frente a la línea entre las lágrimas radiológicas (o la línea bisquiática): 30-50°, objetivo 40 ± 10°.', sources: ['116', '23'] },
      { text: 'La lágrima radiológica (U de Köhler) es el contorno radiográfico de la pared interna del acetábulo, como se describe habitualmente.', sources: [] },
    ],
  },
}
