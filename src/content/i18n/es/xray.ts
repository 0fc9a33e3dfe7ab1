/** The simulated X-ray's words (films, angles, templating): the Spanish text (es-419). Numbers, angles and sizes as in English. */
import type { XrayText } from '../../views/xray-text'

export const xray: XrayText = {
  name: 'Radiografía',
  canvasDescription:
    'Una radiografía simulada de la cadera, tomada de frente y calculada a partir de los modelos 3D: el hueso gris claro, el metal blanco, los tejidos blandos tenues.',
  filmBefore: 'Antes de la operación',
  filmAfter: 'Después de la operación',
  patientBefore: { text: 'El hueso se ve gris claro, y las partes blandas que lo rodean se ven como una bruma tenue.', sources: ['118'] },
  patientAfter: { text: 'El casquete y la copa de este modelo son de metal, por eso se ven de color blanco sólido.', sources: ['1', '118', '119'] },
  panelName: 'Cómo leer la radiografía',
  filmChoice: 'Placa',
  simplifiedNote:
    'Radiografía simplificada: este navegador no puede sumar los trayectos a través de los modelos, así que la placa se dibuja con un aspecto más sencillo.',
  offFilm: 'Los ángulos se miden en la placa AP, tomada de frente a cerca de 1 m.',
  backToFilm: 'Volver a la placa',
  degrees: '{value}°',
  neckShaft: {
    name: 'Ángulo cervicodiafisario',
    reference: { text: 'El eje del cuello nativo frente al eje de la diáfisis: el casquete se coloca en ligero valgo respecto a él.', sources: ['12', '13'] },
    range: [
      { text: 'El vástago del casquete apunta a unos 140° respecto a la diáfisis, 5-10° de valgo en relación con el cuello nativo.', sources: ['12', '13'] },
      { text: 'Hasta 10° de valgo relativo aumentaron la carga de fractura en cadáveres; más valgo arriesga una muesca (notching).', sources: ['13'] },
    ],
  },
  cupInclination: {
    name: 'Inclinación de la copa',
    reference: {
      text:
        'La línea que cruza la abertura de la copa frente a la horizontal de la placa. Suele medirse frente a la línea entre las lágrimas radiológicas (inter-teardrop); solo se modela la mitad derecha de la pelvis, así que esa línea no existe, y la pelvis del modelo está nivelada, así que sería horizontal.',
      sources: ['116'],
    },
    range: [
      { text: 'Se mide como 30-50°.', sources: ['116'] },
      { text: 'Objetivo 40 ± 10° (la zona de Lewinnek, derivada de prótesis totales y cuestionada).', sources: ['23'] },
      { text: 'En la artroplastia de superficie, las copas con más de unos 55° de inclinación elevaron los iones metálicos en sangre.', sources: ['117'] },
      { text: 'Una copa muy inclinada es la principal causa aislada de falla temprana del par metal-metal.', sources: ['26'] },
    ],
  },
  stemShaft: {
    name: 'Ángulo vástago-diáfisis',
    reference: { text: 'El eje del vástago del casquete frente al eje de la diáfisis, comparado con el ángulo cervicodiafisario nativo.', sources: ['12'] },
    range: [
      { text: 'Se recomiendan unos 140°.', sources: ['12', '13'] },
      { text: 'Evite menos de 130°.', sources: ['14'] },
      { text: 'La colocación en varo fue un factor en la mayoría de las fracturas del cuello.', sources: ['15'] },
      { text: 'Revise la parte superior del cuello en busca de muescas (notching).', sources: ['14', '16'] },
    ],
  },
  inRange: 'Dentro de {low}-{high}°',
  outOfRange: 'Fuera de {low}-{high}°',
  templating: {
    title: 'Planificar el casquete (plantilla)',
    sizeLabel: 'Tamaño del casquete (diámetro externo)',
    off: 'Apagado',
    size: '{mm} mm',
    modelSize: '{mm} mm (el del modelo)',
    prepared: 'Cabeza preparada de {prepared} mm: el calibre de la fresa cilíndrica, dibujado a lo largo del clavo guía.',
    notches: 'Hace una muesca en el cuello: en el punto de medición, el calibre corta {mm} mm dentro de él.',
    clears: 'Libra el cuello por {mm} mm en el punto de medición.',
    cups: { text: 'Copas que corresponden: {cups} (una copa unos 6-8 mm mayor que su cabeza).', sources: ['33', '37'] },
    modelSizes: 'El modelo usa un casquete de {cap} mm con una copa de {cup} mm.',
    regulator: { text: 'El regulador del Reino Unido desaconsejó las cabezas BHR de 46 mm o menos (2015).', sources: ['34'] },
    onBeforeFilm: 'La planificación con plantilla se hace en la placa de antes de la operación.',
    legend: 'Círculo punteado: el casquete. Líneas: el calibre de la fresa. Marcas: los bordes del cuello.',
  },
}
