/**
 * The self-test questions' words: the Spanish text (es-419), student register. Every number and
 * claim comes from ../shared/clinical/FACTS.md (as the student step text says it) and each reason
 * cites its sources. A right option's reason opens with "Correcto", a wrong one's with "No".
 * Loaded only when a quiz opens (src/content/teach/quiz-questions.ts).
 * `\u00a0` keeps "40 ± 10°" on one line.
 */
import type { QuestionWords } from '../../teach/quiz-questions'

export const questions: QuestionWords = {
  // ---- the hip ------------------------------------------------------------------
  'hip-find-head': {
    reason: {
      text: 'La cabeza femoral se articula con el acetábulo; el diámetro de la cabeza en el adulto es de 49.2\u00a0±\u00a03.8 mm en hombres y 45.3\u00a0±\u00a03.5 mm en mujeres.',
      sources: ['67', '68'],
    },
  },
  'hip-find-acetabulum': {
    reason: {
      text: 'El acetábulo es la cavidad de la pelvis: inclinación de 38.8° (±2 DE 32-46°), anteversión de unos 18-19°, profundidad de 26.9 mm en hombres y 25.3 mm en mujeres.',
      sources: ['73', '74', '75', '76'],
    },
  },
  'hip-neck-shaft-angle': {
    stem: '¿Qué ángulo cervicodiafisario informan las series de adultos medidas?',
    options: {
      textbook: {
        text: 'Unos 135°',
        reason: { text: 'No: 135° es la cifra de los libros de texto; las series medidas informan menos: 129.2° (n=375) y 124.7\u00a0±\u00a06.2° en TC (n=628).', sources: ['71', '68', '69'] },
      },
      measured: {
        text: 'Unos 125-129°',
        reason: { text: 'Correcto: 129.2° en una serie (n=375) y 124.7\u00a0±\u00a06.2° en TC (n=628).', sources: ['68', '69'] },
      },
      pin: {
        text: 'Unos 140°',
        reason: { text: 'No: 140° es el ángulo recomendado del clavo guía respecto a la diáfisis, un objetivo en valgo para el implante, no el del cuello nativo.', sources: ['12'] },
      },
    },
  },
  'hip-contraindication': {
    stem: '¿Cuál de estas es una contraindicación para el Birmingham Hip Resurfacing (FDA)?',
    options: {
      young: {
        text: 'Tener menos de 65 años',
        reason: { text: 'No: la artroplastia de superficie es una opción para personas que probablemente vivirán más que una artroplastia total de cadera convencional, y la evidencia proviene sobre todo de menores de 65 años.', sources: ['41'] },
      },
      'large-head': {
        text: 'Una cabeza femoral de 50 mm en un hombre',
        reason: { text: 'No: el mejor hueso para la artroplastia de superficie tiene quistes de menos de 1 cm y un componente de más de 46 mm; la recomendación del Reino Unido excluye las cabezas de 46 mm o menos.', sources: ['58', '34'] },
      },
      osteoporosis: {
        text: 'Mala calidad ósea u osteoporosis',
        reason: {
          text: 'Correcto: la FDA enumera infección, inmadurez esquelética, mala calidad ósea u osteoporosis, mujeres en edad fértil, función renal alterada, sensibilidad a metales, inmunosupresión y obesidad grave.',
          sources: ['39'],
        },
      },
    },
  },

  // ---- reaching the joint ---------------------------------------------------------
  'opening-find-sciatic': {
    reason: {
      text: 'El nervio ciático está justo detrás de los rotadores externos cortos. Protéjalo en todo momento: la lesión nerviosa es una complicación reconocida de la artroplastia de superficie.',
      sources: ['3', '29'],
    },
  },
  'opening-find-trochanter': {
    reason: {
      text: 'El trocánter mayor es la referencia de la incisión: el corte se centra sobre su tercio posterior y se curva hacia la espina ilíaca posterosuperior.',
      sources: ['3'],
    },
  },
  'opening-dislocation': {
    stem: 'Después de la capsulotomía en el abordaje posterior, ¿cómo se luxa la cadera?',
    options: {
      extension: {
        text: 'Extensión, abducción y rotación externa',
        reason: { text: 'No: en el abordaje posterior la cadera se luxa con flexión, aducción y rotación interna.', sources: ['3', '4'] },
      },
      flexion: {
        text: 'Flexión, aducción y rotación interna',
        reason: { text: 'Correcto: después de la capsulotomía la cadera se luxa hacia atrás con flexión, aducción y rotación interna.', sources: ['3', '4'] },
      },
      traction: {
        text: 'No se luxa: primero se corta la cabeza',
        reason: { text: 'No: eso es una artroplastia total de cadera. En la artroplastia de superficie la cabeza se queda sobre el cuello, así que se luxa y luego se aparta del acetábulo.', sources: ['7', '8', '11'] },
      },
    },
  },
  'opening-exposure-size': {
    stem: '¿Cómo se compara la exposición de una artroplastia de superficie con la de una artroplastia total de cadera?',
    options: {
      smaller: {
        text: 'Menor: la artroplastia de superficie necesita una exposición más pequeña',
        reason: { text: 'No: la exposición no es más pequeña. Lo que se preserva es hueso femoral: no se entra en el canal femoral.', sources: ['6', '7', '2', '55'] },
      },
      'fixed-length': {
        text: 'Siempre una incisión de 25-30 cm',
        reason: { text: 'No: las longitudes de incisión como 25-30 cm "convencional" y variantes "mini" más cortas son cifras publicitarias que citan las clínicas.', sources: ['7'] },
      },
      'as-large': {
        text: 'Igual o mayor, con una incisión a menudo más larga',
        reason: { text: 'Correcto: la cabeza se queda sobre el cuello y hay que desplazarla, así que la exposición es igual o mayor y la incisión a menudo más larga.', sources: ['6', '7', '8'] },
      },
    },
  },
  'opening-next': {
    reason: {
      text: 'Una vez liberados los rotadores externos cortos, se abre la cápsula y se luxa la cadera con flexión, aducción y rotación interna.',
      sources: ['3', '4'],
    },
  },

  // ---- the socket -------------------------------------------------------------------
  'socket-find-acetabulum': {
    reason: {
      text: 'El acetábulo se prepara antes de terminar el fémur, con fresas hemisféricas de tamaño creciente; en un estudio con Sawbones, la artroplastia de superficie quitó unas 3 veces más hueso acetabular que una artroplastia total de cadera (5.6 g frente a 1.8 g).',
      sources: ['7', '11', '22', '55'],
    },
  },
  'socket-sizing-why': {
    stem: '¿Por qué se mide el cuello femoral antes de cortar hueso?',
    options: {
      notching: {
        text: 'Para que el componente elegido no haga una muesca en el cuello',
        reason: { text: 'Correcto: la muesca (notching) en la parte superior del cuello es el error a evitar; la mayoría de las fracturas del cuello femoral siguen a una muesca o a una colocación en varo.', sources: ['12', '14', '15', '16'] },
      },
      'stem-length': {
        text: 'Para elegir la longitud del vástago en el canal femoral',
        reason: { text: 'No: no se entra en el canal. El casquete solo tiene un vástago central corto, que apunta hacia el cuello.', sources: ['2', '39'] },
      },
      'leg-length': {
        text: 'Para planear una corrección de la longitud de la pierna',
        reason: { text: 'No: la artroplastia de superficie no puede corregir una diferencia de longitud de las piernas.', sources: ['54'] },
      },
    },
  },
  'socket-under-ream': {
    stem: '¿Cuánto se sub-fresa el acetábulo para una copa a presión (press-fit)?',
    options: {
      'one-mm': {
        text: 'Cerca de 1 mm',
        reason: { text: 'Correcto: sub-fresar 1 mm dejó menos espacios que 2 mm (39% frente a 63%).', sources: ['22'] },
      },
      'two-mm': {
        text: 'Cerca de 2 mm',
        reason: { text: 'No: 2 mm dejaron más espacios que 1 mm (63% frente a 39%).', sources: ['22'] },
      },
      cemented: {
        text: 'Nada: la copa se cementa',
        reason: { text: 'No: la copa se fija a presión sin cemento; un recubrimiento poroso o de hidroxiapatita permite que el hueso crezca hacia ella. Lo que se cementa es el casquete.', sources: ['1', '2'] },
      },
    },
  },
  'socket-safe-zone': {
    stem: '¿Qué posición de la copa busca la zona segura de Lewinnek?',
    options: {
      steep: {
        text: 'Inclinación de 60° para más cobertura',
        reason: { text: 'No: una copa muy inclinada es la principal causa aislada de falla temprana del par metal-metal, y la carga en el borde se asocia con pseudotumor.', sources: ['26', '24', '25'] },
      },
      lewinnek: {
        text: 'Inclinación 40\u00a0±\u00a010°, anteversión 15\u00a0±\u00a010°',
        reason: { text: 'Correcto, con una salvedad: la zona segura se derivó de la artroplastia total de cadera y está cuestionada.', sources: ['23'] },
      },
      swapped: {
        text: 'Inclinación 15\u00a0±\u00a010°, anteversión 40\u00a0±\u00a010°',
        reason: { text: 'No: los dos ángulos están invertidos. El objetivo es una inclinación de 40\u00a0±\u00a010° y una anteversión de 15\u00a0±\u00a010°.', sources: ['23'] },
      },
    },
  },
  'socket-next': {
    reason: {
      text: 'La cavidad fresada, cerca de 1 mm menor que el tamaño de la copa, recibe la copa a presión; el fémur se termina después del acetábulo.',
      sources: ['22', '1', '7', '11'],
    },
  },

  // ---- the ball of the hip ---------------------------------------------------------------
  'head-find-neck': {
    reason: {
      text: 'El clavo guía sigue el eje del cuello; evite dejar hueso expuesto en la parte superior del cuello, porque la mayoría de las fracturas del cuello siguen a una muesca o a una colocación en varo.',
      sources: ['12', '14', '15', '16'],
    },
  },
  'head-pin-angle': {
    stem: '¿Qué ángulo respecto a la diáfisis femoral se recomienda para el clavo guía?',
    options: {
      native: {
        text: 'A lo largo del cuello nativo, unos 125°',
        reason: { text: 'No: 125° está por debajo de 130°, un ángulo implante-diáfisis que se debe evitar; la mayoría de las fracturas del cuello siguen a una muesca o a una colocación en varo.', sources: ['14', '15', '16'] },
      },
      'valgus-140': {
        text: 'Unos 140°, en ligero valgo',
        reason: { text: 'Correcto: se recomiendan unos 140° respecto a la diáfisis; hasta 10° de valgo relativo aumentaron la carga de fractura un 28% en cadáveres.', sources: ['12', '13'] },
      },
      extreme: {
        text: 'Todo el valgo posible',
        reason: { text: 'No: hasta 10° de valgo relativo aumentaron la carga de fractura un 28% en cadáveres; más valgo arriesga una muesca.', sources: ['13'] },
      },
    },
  },
  'head-order': {
    stem: 'Ordene la preparación de la cabeza femoral.',
    reason: {
      text: 'Primero va el clavo guía, y cada fresa lo sigue: la fresa cilíndrica, luego el corte plano, el chaflán y el orificio del vástago, y después el casquete cementado. Esta secuencia se describe habitualmente; las fuentes confirman el fresado y los orificios de fijación.',
      sources: ['12', '18', '20'],
    },
  },
  'head-cap-fixation': {
    stem: '¿Cómo se fija por lo general el casquete femoral?',
    options: {
      'press-fit': {
        text: 'A presión, sin cemento, como la copa',
        reason: { text: 'No: la fijación habitual es híbrida, un casquete cementado y una copa a presión. Solo algunos diseños (H1, Cormet) son totalmente no cementados.', sources: ['1', '2', '30', '84'] },
      },
      screws: {
        text: 'Con tornillos a través del casquete',
        reason: { text: 'No: los tornillos no son habituales en la artroplastia de superficie; solo los usan copas especiales para displasia.', sources: ['1'] },
      },
      cement: {
        text: 'Una pequeña cantidad de cemento de baja viscosidad',
        reason: { text: 'Correcto: el cemento se vierte en el casquete, que se impacta sobre la cabeza fresada; Conserve Plus busca un manto de 1 mm.', sources: ['17', '18', '20'] },
      },
    },
  },
  'head-next': {
    reason: {
      text: 'Después de la fresa cilíndrica, se corta plano el domo de la cabeza para fijar su altura, luego se hacen el corte en chaflán y el orificio del vástago; se describe habitualmente, y las fuentes confirman el fresado.',
      sources: ['18', '20'],
    },
  },

  // ---- finishing --------------------------------------------------------------------------
  'finish-find-cup': {
    reason: {
      text: 'Dos componentes, no uno: el casquete cementado con su vástago corto en el fémur y la copa a presión en el acetábulo.',
      sources: ['39', '1', '2'],
    },
  },
  'finish-dislocation': {
    stem: '¿Qué tan probable es la luxación después de una artroplastia de superficie?',
    options: {
      impossible: {
        text: 'Imposible, porque la cabeza es muy grande',
        reason: { text: 'No: la cabeza grande hace que la luxación sea muy rara, pero no imposible.', sources: ['53', '29'] },
      },
      'like-thr': {
        text: 'Más o menos igual que después de una artroplastia total de cadera',
        reason: { text: 'No: la artroplastia de superficie tuvo significativamente menos luxaciones que la artroplastia total de cadera en un metaanálisis de 8 ensayos.', sources: ['94'] },
      },
      rare: {
        text: 'Muy rara, pero posible',
        reason: { text: 'Correcto: la cabeza grande hace que la luxación sea muy rara, aunque puede ocurrir.', sources: ['53', '29'] },
      },
    },
  },
  'finish-repair': {
    stem: '¿Qué se repara antes de cerrar la herida?',
    options: {
      rotators: {
        text: 'La cápsula y los rotadores externos cortos',
        reason: { text: 'Correcto: se reparan la cápsula y los rotadores externos cortos, y luego se cierra la herida, a menudo con un drenaje por uno o dos días.', sources: ['83'] },
      },
      canal: {
        text: 'El canal femoral, abierto para el vástago',
        reason: { text: 'No: en la artroplastia de superficie no se entra en el canal femoral; eso es lo que preserva el hueso femoral.', sources: ['2', '55'] },
      },
      left: {
        text: 'Nada: los músculos liberados se dejan sanar solos',
        reason: { text: 'No: los rotadores externos cortos liberados en el abordaje se reparan al cerrar.', sources: ['3', '83'] },
      },
    },
  },
  'finish-next': {
    reason: {
      text: 'Después de la reducción y de probar el movimiento y la estabilidad, se reparan la cápsula y los rotadores y se cierra la herida.',
      sources: ['83'],
    },
  },

  // ---- after surgery -------------------------------------------------------------------------
  'after-find-cap': {
    reason: {
      text: 'Tras una falla, la revisión suele ser solo del componente femoral; la fractura del cuello femoral (cerca de 1-1.5%) ocurre sobre todo en los primeros meses.',
      sources: ['49', '15'],
    },
  },
  'after-precautions': {
    stem: '¿Qué precauciones se aplican en las primeras semanas?',
    options: {
      'no-walking': {
        text: 'No caminar durante seis semanas',
        reason: { text: 'No: apoyo parcial con muletas durante 2-3 semanas, apoyo completo hacia las semanas 3-4, sin ayuda para caminar hacia las semanas 4-6.', sources: ['60'] },
      },
      'hip-precautions': {
        text: 'No flexionar más de 90°, no cruzar las piernas, no rotar hacia adentro',
        reason: { text: 'Correcto: estas precauciones se mantienen durante varias semanas.', sources: ['61', '65'] },
      },
      'early-impact': {
        text: 'El deporte de alto impacto está bien desde la sexta semana',
        reason: { text: 'No: nada de actividad de alto impacto durante 6 meses; el regreso al deporte fue a los 3.5 meses en promedio.', sources: ['65', '63'] },
      },
    },
  },
  'after-neck-fracture': {
    stem: '¿Qué tan frecuente es la fractura del cuello femoral después de una artroplastia de superficie, y cuándo ocurre?',
    options: {
      'early-rare': {
        text: 'Cerca de 1-1.5%, sobre todo en los primeros meses',
        reason: { text: 'Correcto: cerca de 1-1.5%, sobre todo en los primeros meses; la mayoría sigue a una muesca o a una colocación en varo.', sources: ['15', '49', '16'] },
      },
      'late-common': {
        text: 'Cerca de 10%, sobre todo después de cinco años',
        reason: { text: 'No: la tasa es de cerca de 1-1.5%, y la mayoría de las fracturas ocurre en los primeros meses.', sources: ['15', '49'] },
      },
      never: {
        text: 'Nunca: el cuello no se corta',
        reason: { text: 'No: el cuello se conserva pero puede romperse, sobre todo después de una muesca o una colocación en varo.', sources: ['15', '16'] },
      },
    },
  },

  // ---- the whole operation ------------------------------------------------------------------
  'operation-order': {
    stem: 'Ordene estos pasos de la operación.',
    reason: {
      text: 'La incisión y la exposición llegan a la cápsula; se luxa la cadera; el acetábulo se prepara antes de terminar el fémur; la cabeza femoral se talla sobre el clavo guía; luego se reduce la cadera.',
      sources: ['3', '4', '7', '11', '12', '83'],
    },
  },
}
