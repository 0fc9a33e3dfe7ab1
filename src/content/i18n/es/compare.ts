/**
 * The comparison with a total hip replacement, in Spanish (es-419, "usted"): its controls, what
 * each view shows in both registers, the bone-removal table, and the line each bone-preparation
 * step gives about what a total hip does instead. A translation of ../en/compare.ts with the same
 * keys, slots and sources; the terms are those of ./terminology.ts.
 */
import type { CompareText } from '../types'

export const compare: CompareText = {
  open: 'Comparar con un reemplazo total de cadera',
  openShort: 'Comparar en 3D',
  close: 'Volver al paso',
  title: 'Recubrimiento y reemplazo total de cadera',
  viewsLabel: 'Vistas de la comparación',
  sidesLabel: 'Cadera que se muestra',
  sides: { resurfacing: 'Recubrimiento', thr: 'Reemplazo total de cadera' },
  canvasDescription: 'Dos caderas, una al lado de la otra: un recubrimiento y un reemplazo total de cadera. {view}. Con etiquetas: {labels}.',
  canvasDescriptionOne: 'Una cadera: {side}. {view}. Con etiquetas: {labels}.',
  views: {
    implants: {
      name: 'Las partes nuevas',
      patient: [
        {
          text: 'En el {{hip-resurfacing|recubrimiento de cadera}}, un casquete cubre la bola de la cadera ya formada, y una copa delgada cubre la cavidad. El cuello del hueso del muslo se conserva.',
          sources: ['39', '2'],
        },
        {
          text: 'En un {{total-hip-replacement|reemplazo total de cadera}}, se cortan la bola y el cuello. Un vástago dentro del hueso del muslo sostiene una bola nueva y más pequeña. Una copa con un forro va en la cavidad.',
          sources: ['51', '86', '90'],
        },
      ],
      student: [
        {
          text: 'La artroplastia de superficie conserva el cuello femoral y una cabeza grande: media de 48 mm, rango 42-58 mm en una serie. El casquete se cementa y la copa es de ajuste a presión (press-fit).',
          sources: ['37', '2'],
        },
        {
          text: 'La artroplastia total de cadera (ATC) reseca la cabeza y el cuello a una altura planificada desde el trocánter menor, que fija la longitud de la pierna y el offset. El vástago se cementa o es de ajuste a presión; hoy las cabezas de 32 y 36 mm son las más usadas.',
          sources: ['88', '86', '90'],
        },
        { text: 'La copa lleva un inserto de polietileno, cerámica o metal; el par metal-metal es hoy menos del 1% de las caderas.', sources: ['86', '87', '91'] },
      ],
    },
    inside: {
      name: 'Dentro del hueso del muslo',
      patient: [
        { text: 'Aquí el hueso es transparente. El casquete tiene solo un vástago corto, que queda en el cuello.', sources: ['39'] },
        {
          text: 'El vástago de un reemplazo total de cadera baja unos 10 a 15 cm por el centro hueco del hueso del muslo. El recubrimiento no abre esta parte del hueso.',
          sources: ['89', '86', '2'],
        },
      ],
      student: [
        { text: 'Artroplastia de superficie: no se entra al canal femoral; el casquete lleva un vástago central corto en el cuello.', sources: ['2', '39'] },
        {
          text: 'ATC: el canal se prepara con raspas y se asienta un vástago, cementado o de ajuste a presión. La longitud depende del diseño: el vástago Exeter estándar mide 150 mm, los cortos 95-125 mm.',
          sources: ['86', '89'],
        },
        { text: 'El dolor de muslo tras vástagos no cementados se describe en 1 a 28 de cada 100 caderas, según el implante; no hay una cifra agrupada.', sources: ['106'] },
      ],
    },
    'bone-removed': {
      name: 'El hueso que se quita',
      patient: [
        { text: 'Las formas anaranjadas son el hueso que quita cada operación. El recubrimiento conserva más del hueso del muslo. A menudo quita más hueso de la cavidad.', sources: ['2', '55', '56'] },
        { text: 'En un estudio con huesos de modelo, el recubrimiento quitó más o menos la mitad de hueso del muslo que un reemplazo total. De la cavidad quitó unas tres veces más.', sources: ['55'] },
      ],
      student: [
        {
          text: 'Estudio en Sawbones: fémur 12.3 g (superficie) vs 25.3 g (ATC), 51% menos; acetábulo 5.6 g vs 1.8 g; total 17.9 g vs 27.1 g.',
          sources: ['55'],
        },
        { text: 'Los pacientes reciben copas más grandes con la artroplastia de superficie: BHR 56.6 mm vs 52.0 mm en la ATC híbrida. No todos los estudios coinciden en el ahorro neto de hueso.', sources: ['56', '36', '57'] },
      ],
    },
  },
  bone: {
    heading: 'El hueso que se quita',
    caption: 'El hueso que quita cada operación',
    columns: ['Recubrimiento', 'Reemplazo total de cadera'],
    femur: 'Hueso del muslo',
    socket: 'Cavidad de la cadera',
    modelRow: 'En este modelo 3D (medido)',
    studyRow: 'En el estudio con huesos de modelo (pesado)',
    cm3: '{value} cm³',
    grams: '{value} g',
    note: {
      text: 'El hueso del modelo 3D es sólido e igual por todas partes, así que cada pedazo cuenta lo mismo. El estudio pesó el hueso, y el hueso real no es igual por todas partes. Por eso, compare las dos operaciones a lo largo de cada fila, no una fila con la otra.',
      sources: ['55'],
    },
  },
  stepNotes: {
    'femoral-sizing': {
      patient: { text: 'En un reemplazo total de cadera, el cuello no se mide para un casquete: se cortan la bola y el cuello.', sources: ['51', '88'] },
      student: { text: 'En la ATC, en cambio, se reseca el cuello a una altura planificada en la radiografía desde el trocánter menor; fija la longitud de la pierna y el offset.', sources: ['88'] },
    },
    'acetabular-reaming': {
      patient: { text: 'Un reemplazo total de cadera también fresa la cavidad. A menudo quita menos hueso, porque su copa es más pequeña.', sources: ['55', '56'] },
      student: { text: 'La ATC también fresa el acetábulo: 1.8 g vs 5.6 g quitados en el estudio en Sawbones; con la artroplastia de superficie se usan copas más grandes (56.6 vs 52.0 mm).', sources: ['55', '56', '36'] },
    },
    'cup-impaction': {
      patient: { text: 'Un reemplazo total de cadera también pone una copa en la cavidad. Dentro va un forro de plástico, cerámica o metal.', sources: ['86', '87'] },
      student: { text: 'La copa de la ATC lleva un inserto de polietileno, cerámica o metal; el par metal-metal es hoy menos del 1% de las caderas.', sources: ['86', '87', '91'] },
    },
    'guide-pin': {
      patient: { text: 'Un reemplazo total de cadera no necesita un clavo guía en el cuello. El cuello se corta con una sierra.', sources: ['88', '51'] },
      student: { text: 'En la ATC no hay clavo guía en el cuello: el cuello se reseca con sierra, y su altura fija la longitud de la pierna y el offset.', sources: ['88'] },
    },
    'sleeve-reaming': {
      patient: { text: 'En un reemplazo total de cadera, toda la bola y el cuello se quitan en vez de darles forma.', sources: ['51', '43'] },
      student: { text: 'La ATC reemplaza la cabeza y el cuello; la artroplastia de superficie solo reemplaza la superficie de la cabeza y conserva el cuello.', sources: ['51', '43'] },
    },
    'head-shaping': {
      patient: { text: 'Un reemplazo total de cadera también abre el centro hueco del hueso del muslo, para meter un vástago largo.', sources: ['86', '89'] },
      student: { text: 'La ATC prepara el canal femoral con raspas para un vástago de unos 10 a 15 cm; la artroplastia de superficie no entra al canal.', sources: ['86', '89', '2'] },
    },
    'cap-cementing': {
      patient: { text: 'El vástago de un reemplazo total de cadera se fija con cemento, o entra muy ajustado sin él. Luego se pone una bola arriba.', sources: ['86'] },
      student: { text: 'Los vástagos de la ATC se cementan o son de ajuste a presión; la bola suele ser de 32 o 36 mm, frente a una cabeza recubierta de 48 mm de media.', sources: ['86', '90', '37'] },
    },
  },
  stepNoteHeading: 'En un reemplazo total de cadera',
  seeIt: 'Verlo al lado del recubrimiento',
  removedFemurSoFar: 'Quitado del hueso del muslo hasta ahora en este modelo 3D: {value} cm³. Un reemplazo total de cadera quita {thr} cm³ del mismo hueso.',
  removedSocketSoFar: 'Quitado de la cavidad en este modelo 3D: {value} cm³. Un reemplazo total de cadera quita {thr} cm³ de la misma cavidad.',
}
