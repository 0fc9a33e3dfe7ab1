/**
 * Teach-back at the end of each chapter: the Spanish text (es-419, "usted"), for patients. Each key
 * point restates a fact the chapter's patient step text already gives (src/content/i18n/es/steps.ts),
 * with the same sources. Short words and sentences (FACTS.md section 12: plain Spanish is measured
 * again, not assumed from the English).
 */
import type { TeachBackText } from '../../teach/teach-back-text'

export const teachBack: TeachBackText = {
  title: 'Dígalo con sus palabras',
  intro: 'Trate de explicar esta parte con sus propias palabras. Así se ve qué tan clara fue esta aplicación. No es un examen para usted.',
  thinkLabel: 'Sus propias palabras (no tiene que escribir)',
  thinkNote: 'Lo que escriba se queda en esta pantalla. No se guarda ni se envía a ningún lado.',
  showPoints: 'Mostrar los puntos clave',
  hidePoints: 'Ocultar los puntos clave',
  pointsIntro: 'Compare estos puntos con lo que dijo. Si faltó un punto o no quedó claro, la aplicación puede explicarlo otra vez.',
  explainAgain: 'Explicarlo otra vez',
  explainAgainHint: 'Vuelve al comienzo de “{chapter}”.',
  chapters: {
    'the-hip': {
      prompt: 'Con sus propias palabras, ¿cómo funciona una cadera sana y qué cambia cuando tiene artrosis?',
      keyPoints: [
        { text: 'Su cadera es una articulación de bola y cavidad. Una capa lisa de {{cartilage|cartílago}} cubre las dos partes, para que se deslicen.', sources: ['80', '81'] },
        { text: 'Con la artrosis, el cartílago se gasta. El hueso puede rozar con el hueso, y la cadera puede doler y sentirse rígida.', sources: [] },
        { text: 'Si el daño es grande, un tipo de operación puede ayudar. Se llama recubrimiento de cadera.', sources: ['41'] },
      ],
    },
    opening: {
      prompt: 'Con sus propias palabras, ¿cómo llega su cirujano a la articulación, dentro de su cadera?',
      keyPoints: [
        {
          text: 'Usted se acuesta de lado. Se hace un solo corte sobre el costado y la parte de atrás de la cadera. Suele ser más largo que en un reemplazo total de cadera.',
          sources: ['3', '8'],
        },
        { text: 'Su cirujano separa el gran músculo de la nalga y suelta unos músculos pequeños detrás de la articulación. Al final los repara.', sources: ['3', '83'] },
        { text: 'El nervio principal de la pierna pasa justo detrás de esos músculos. Su cirujano tiene cuidado de protegerlo.', sources: ['3'] },
        { text: 'Se abre la bolsa de tejido que rodea la articulación. Luego se saca con cuidado la bola de la cavidad.', sources: ['3', '4'] },
      ],
    },
    socket: {
      prompt: 'Con sus propias palabras, ¿cómo se prepara la cavidad y qué sostiene la nueva copa en su lugar?',
      keyPoints: [
        { text: 'Primero su cirujano mide la bola y su cuello, para que el casquete encaje sin cortar el cuello.', sources: ['12', '14'] },
        { text: 'Una herramienta redonda que gira da forma a la cavidad. La deja como un tazón un poco más chico que la copa.', sources: ['22'] },
        {
          text: 'La copa se encaja en el tazón con golpecitos firmes. El ajuste firme la sujeta, sin cemento y sin tornillos. Su hueso crece dentro de su capa de afuera, que es rugosa.',
          sources: ['1', '2'],
        },
        { text: 'Su cirujano elige con cuidado el ángulo de la copa, porque una copa muy inclinada se puede gastar pronto.', sources: ['23', '26'] },
      ],
    },
    'femoral-head': {
      prompt: 'Con sus propias palabras, ¿cómo se prepara la bola del hueso del muslo para el casquete?',
      keyPoints: [
        { text: 'Un clavo guía fino pasa por el centro de la bola, a lo largo del cuello. Las herramientas que dan forma se deslizan sobre él.', sources: ['12'] },
        {
          text: 'Unas fresas quitan lo que queda del cartílago y una capa fina de hueso, para que el casquete quede bien ajustado.',
          sources: ['54', '55', '18', '20'],
        },
        { text: 'No se abre el centro hueco del hueso del muslo.', sources: ['2', '55'] },
        { text: 'Un poco de cemento para hueso sujeta firme el casquete sobre la bola ya preparada.', sources: ['17', '18'] },
      ],
    },
    finishing: {
      prompt: 'Con sus propias palabras, ¿qué partes tiene su nueva cadera y cómo termina la operación?',
      keyPoints: [
        { text: 'Su nueva cadera tiene dos partes: el casquete sobre la bola y la copa en la cavidad.', sources: ['39'] },
        { text: 'La bola se vuelve a meter con cuidado en la copa. Su cirujano revisa que la cadera se mueva bien y no se salga.', sources: ['83'] },
        {
          text: 'Se reparan los músculos pequeños y el tejido que rodea la articulación, y se cierra la herida. Un tubo fino puede sacar líquido por uno o dos días.',
          sources: ['83'],
        },
      ],
    },
    after: {
      prompt: 'Con sus propias palabras, ¿qué evitará hacer en las primeras semanas?',
      keyPoints: [
        { text: 'Durante unas semanas, por lo general le pedirán que no doble la cadera más allá de un ángulo recto.', sources: ['61', '65'] },
        { text: 'También le pedirán que no cruce las piernas ni gire la pierna hacia adentro.', sources: ['61', '65'] },
        { text: 'Al principio camina con muletas y apoya solo parte de su peso en la pierna.', sources: ['60'] },
      ],
    },
  },
}
