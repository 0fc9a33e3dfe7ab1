/**
 * The lecturer's notes: the Spanish text (es-419) (loaded on demand by the presenter screen, see
 * src/content/teach/presenter-notes.ts). Every claim is from ../shared/clinical/FACTS.md with
 * its source ids; a claim the fact sheet marks unsourced is said as "se describe habitualmente".
 * Each question for the room opens with "Pida a un estudiante que explique".
 * `\u00a0` keeps "40 ± 10°" on one line.
 */
import type { PresenterNotes } from '../../teach/presenter-notes'

export const notes: PresenterNotes = {
  steps: {
    'healthy-hip': {
      pitfalls: [
        {
          text: 'En este paso no hay errores que evitar; señale la geometría nativa con la que trabaja la operación. Ángulo cervicodiafisario de 129.2° (n=375), 124.7\u00a0±\u00a06.2° en TC; los libros de texto dan 135°. Más adelante el clavo guía se colocará en valgo relativo respecto a él, a unos 140° de la diáfisis.',
          sources: ['68', '69', '71', '12'],
        },
        {
          text: 'Señale el acetábulo nativo: inclinación de 38.8° (±2 DE 32-46°), anteversión de unos 18-19°. Compárelos con los objetivos de la copa en la impactación de la copa (40\u00a0±\u00a010°, 15\u00a0±\u00a010°).',
          sources: ['73', '74', '75', '23'],
        },
      ],
      ask: {
        text: 'Pida a un estudiante que explique, con sus propias palabras, respecto a qué ángulo del fémur nativo se coloca después el clavo guía, y en qué dirección.',
        sources: ['12', '68', '69'],
      },
    },

    'arthritic-hip': {
      pitfalls: [
        {
          text: 'La selección es el primer error posible. Contraindicaciones de la FDA (BHR): infección, inmadurez esquelética, mala calidad ósea u osteoporosis, mujeres en edad fértil, función renal alterada, sensibilidad a metales, inmunosupresión, obesidad grave.',
          sources: ['39'],
        },
        {
          text: 'Cabezas pequeñas y mujeres: la MHRA (2015) desaconsejó el BHR en mujeres y con cabezas de 46 mm o menos. Registro australiano: 7.1% de revisiones a 5 años y 14.2% a 10 años en mujeres, frente a 2.0% y 3.7% en hombres menores de 65 años con cabezas de 50 mm o más.',
          sources: ['34', '35'],
        },
        { text: 'La artroplastia de superficie no puede corregir una diferencia de longitud de las piernas: no sirve a un paciente que necesita corregirla.', sources: ['54'] },
      ],
      ask: {
        text: 'Pida a un estudiante que explique por qué una cabeza femoral pequeña, o ser mujer, pesa en contra de una artroplastia de superficie metal-metal.',
        sources: ['34', '35', '48'],
      },
    },

    incision: {
      pitfalls: [
        {
          text: 'La artroplastia de superficie no requiere una exposición más pequeña que una artroplastia total de cadera: la exposición es igual o mayor y la incisión a menudo más larga, porque la cabeza se queda sobre el cuello y hay que desplazarla.',
          sources: ['6', '7', '8'],
        },
        {
          text: 'Las longitudes de incisión que citan las clínicas (25-30 cm "convencional", variantes "mini" más cortas) son cifras publicitarias, no un objetivo.',
          sources: ['7'],
        },
        {
          text: 'Referencias: centre la incisión sobre el tercio posterior del trocánter mayor, con una curva hacia proximal y posterior, en dirección a la espina ilíaca posterosuperior.',
          sources: ['3'],
        },
      ],
      ask: { text: 'Pida a un estudiante que explique por qué la incisión de una artroplastia de superficie suele ser más larga que la de una artroplastia total de cadera.', sources: ['8'] },
    },

    exposure: {
      pitfalls: [
        {
          text: 'El nervio ciático está justo detrás de los rotadores externos cortos: protéjalo en todo momento. La lesión nerviosa es una complicación reconocida de la artroplastia de superficie.',
          sources: ['3', '29'],
        },
        {
          text: 'Libere el piriforme, el obturador interno y los gemelos (el cuadrado femoral solo si hace falta), y repárelos al cerrar.',
          sources: ['3', '83'],
        },
      ],
      ask: {
        text: 'Pida a un estudiante que explique dónde está el nervio ciático respecto a los rotadores externos cortos, y en qué momento de la exposición corre más riesgo.',
        sources: ['3', '29'],
      },
    },

    'capsule-dislocation': {
      pitfalls: [
        { text: 'La luxación es posterior, con flexión, aducción y rotación interna, después de la capsulotomía.', sources: ['3', '4'] },
        {
          text: 'A diferencia de una artroplastia total de cadera, la cabeza se queda sobre el cuello: más adelante hace falta una amplia liberación de partes blandas para llevarla hacia anterior y superior, fuera del acetábulo.',
          sources: ['7', '8', '11'],
        },
      ],
      ask: { text: 'Pida a un estudiante que explique por qué exponer el acetábulo es más difícil en una artroplastia de superficie que en una artroplastia total de cadera.', sources: ['7', '8', '11'] },
    },

    'femoral-sizing': {
      pitfalls: [
        {
          text: 'Muesca (notching) en la parte superior del cuello: mida el cuello para que el componente elegido no le haga una muesca. La mayoría de las fracturas del cuello femoral siguen a una muesca o a una colocación en varo.',
          sources: ['14', '15', '16'],
        },
        {
          text: 'El tamaño femoral determina la copa: cada copa BHR es unos 6-8 mm mayor que su cabeza (deducido de los pares del catálogo), por eso el fémur se mide antes de fresar la cavidad.',
          sources: ['33', '37'],
        },
        { text: 'Cabezas pequeñas: la MHRA (2015) desaconsejó el BHR con cabezas de 46 mm o menos.', sources: ['34'] },
      ],
      ask: { text: 'Pida a un estudiante que explique por qué se mide el cuello femoral antes de cortar hueso en cualquiera de los dos huesos.', sources: ['14', '33', '37'] },
    },

    'acetabular-reaming': {
      pitfalls: [
        {
          text: 'Sub-fresar cerca de 1 mm para el ajuste a presión, no 2 mm: en el estudio, 1 mm dejó menos espacios (39% frente a 63%).',
          sources: ['22'],
        },
        {
          text: 'Reserva ósea: en un estudio con Sawbones, la artroplastia de superficie quitó unas 3 veces más hueso acetabular que una artroplastia total de cadera (5.6 g frente a 1.8 g), y los pacientes reciben copas más grandes (BHR 56.6 mm frente a 52.0 mm en la artroplastia total híbrida).',
          sources: ['55', '56', '36'],
        },
        {
          text: 'Acceso: la cabeza conservada debe llevarse hacia anterior y superior (amplia liberación de partes blandas) antes de poder preparar el acetábulo.',
          sources: ['7', '11'],
        },
      ],
      ask: { text: 'Pida a un estudiante que explique por qué se sub-fresa la cavidad, y cuánto.', sources: ['22'] },
    },

    'cup-impaction': {
      pitfalls: [
        {
          text: 'Posición de la copa: zona segura de Lewinnek, inclinación de 40\u00a0±\u00a010° y anteversión de 15\u00a0±\u00a010°, derivada de la artroplastia total de cadera y cuestionada.',
          sources: ['23'],
        },
        {
          text: 'Una copa muy inclinada es la principal causa aislada de falla temprana del par metal-metal; la carga en el borde se asocia con pseudotumor.',
          sources: ['26', '24', '25'],
        },
        { text: 'La copa se fija a presión, sin cemento; los tornillos no son habituales, solo los usan copas especiales para displasia.', sources: ['1', '2'] },
      ],
      ask: {
        text: 'Pida a un estudiante que explique por qué una copa muy inclinada falla pronto en un par metal-metal, y qué objetivo buscaría.',
        sources: ['26', '24', '25', '23'],
      },
    },

    'guide-pin': {
      pitfalls: [
        {
          text: 'Colocación en varo: coloque el clavo en ligero valgo, a unos 140° de la diáfisis; evite un ángulo implante-diáfisis menor de 130°.',
          sources: ['12', '14'],
        },
        {
          text: 'Demasiado valgo: hasta 10° de valgo relativo aumentaron la carga de fractura un 28% en cadáveres, pero más valgo arriesga una muesca.',
          sources: ['13'],
        },
        {
          text: 'Evite dejar hueso expuesto en la parte superior del cuello. La mayoría de las fracturas del cuello siguen a una muesca o a una colocación en varo.',
          sources: ['14', '15', '16'],
        },
      ],
      ask: {
        text: 'Pida a un estudiante que explique por qué el clavo se coloca en ligero valgo, y qué sale mal si se coloca con demasiado.',
        sources: ['12', '13', '15'],
      },
    },

    'sleeve-reaming': {
      pitfalls: [
        {
          text: 'Vigile la parte superior del cuello mientras avanza la fresa: una muesca debilita el cuello, y la mayoría de las fracturas del cuello siguen a una muesca o a una colocación en varo.',
          sources: ['14', '15', '16'],
        },
        {
          text: 'Se fresan el cartílago restante y una capa fina de la cabeza, incluido hueso sano, no solo la superficie dañada.',
          sources: ['54', '55', '56'],
        },
      ],
      ask: {
        text: 'Pida a un estudiante que explique por qué aquí se fresa hueso sano, y por qué el fémur aun así conserva más hueso que en una artroplastia total de cadera (12.3 g frente a 25.3 g extraídos en un estudio con Sawbones).',
        sources: ['54', '55', '2'],
      },
    },

    'head-shaping': {
      pitfalls: [
        {
          text: 'Revise la parte superior del cuello en busca de muescas una vez tallada la cabeza: la mayoría de las fracturas del cuello siguen a una muesca o a una colocación en varo.',
          sources: ['14', '15', '16'],
        },
        {
          text: 'Diga qué tiene fuente y qué no: la secuencia (corte plano para fijar la altura de la cabeza, corte en chaflán, orificio del vástago, pequeños orificios de anclaje para el cemento) se describe habitualmente; las fuentes confirman el fresado y los orificios de fijación, no cada instrumento.',
          sources: ['18', '20'],
        },
      ],
      ask: { text: 'Pida a un estudiante que explique qué fija el corte plano del domo, y para qué sirve el orificio del vástago.', sources: ['18', '20', '39'] },
    },

    'cap-cementing': {
      pitfalls: [
        {
          text: 'Cemento: una pequeña cantidad de cemento de baja viscosidad vertida en el casquete, que se impacta sobre la cabeza fresada; Conserve Plus busca un manto de 1 mm.',
          sources: ['17', '18', '20'],
        },
        {
          text: 'La fijación difiere según el componente: el casquete se cementa y la copa se fija a presión (híbrida); algunos diseños son totalmente no cementados (H1, Cormet).',
          sources: ['1', '2', '30', '84'],
        },
        {
          text: 'No siempre es metal: el BHR es de cromo-cobalto de alto carbono, fundido, pero el H1 y el ReCerf son de cerámica (BIOLOX delta).',
          sources: ['1', '30', '32'],
        },
      ],
      ask: { text: 'Pida a un estudiante que explique cómo se fija al hueso cada uno de los dos componentes, y por qué difieren.', sources: ['1', '2', '17', '18'] },
    },

    reduction: {
      pitfalls: [
        {
          text: 'Pruebe el rango de movimiento y la estabilidad después de la reducción: la cabeza grande hace que la luxación sea muy rara, pero no imposible.',
          sources: ['83', '53', '29'],
        },
        {
          text: 'Dos componentes, no uno: el casquete cementado con su vástago corto en el fémur y la copa a presión en el acetábulo.',
          sources: ['39', '1', '2'],
        },
        { text: 'No prometa un mejor movimiento: en los ensayos, el rango de movimiento y la función no son mejores que con una artroplastia total de cadera.', sources: ['51', '52'] },
      ],
      ask: {
        text: 'Pida a un estudiante que explique qué se prueba después de la reducción, y qué cambia la cabeza grande en el riesgo de luxación.',
        sources: ['83', '53', '29'],
      },
    },

    closure: {
      pitfalls: [
        {
          text: 'Repare la cápsula y los rotadores externos cortos antes de cerrar; a menudo se deja un drenaje por uno o dos días. Parte de esto se describe habitualmente, sin fuente.',
          sources: ['83'],
        },
        {
          text: 'La artroplastia de superficie no requiere una exposición más pequeña que una artroplastia total de cadera: la exposición es igual o mayor y la cicatriz a menudo más larga. Lo que preserva es hueso femoral: no se entra en el canal.',
          sources: ['6', '7', '8', '2', '55'],
        },
      ],
      ask: { text: 'Pida a un estudiante que explique qué preserva la artroplastia de superficie en comparación con una artroplastia total de cadera, y qué no preserva.', sources: ['2', '55', '6', '8'] },
    },

    recovery: {
      pitfalls: [
        { text: 'Fractura del cuello femoral: cerca de 1-1.5%, sobre todo en los primeros meses.', sources: ['15', '49'] },
        {
          text: 'Par metal-metal: aumento de cobalto y cromo en sangre y reacciones de partes blandas (pseudotumor), sobre todo en mujeres; se recomienda el seguimiento de metales en sangre para toda cadera metal-metal (MHRA 2017).',
          sources: ['48', '34', '104'],
        },
        {
          text: 'Precauciones durante varias semanas: no flexionar más de 90°, no cruzar las piernas, no rotar hacia adentro; nada de actividad de alto impacto durante 6 meses.',
          sources: ['61', '65'],
        },
      ],
      ask: {
        text: 'Pida a un estudiante que explique al grupo, como lo haría con un paciente, qué movimientos evitar en las primeras semanas y por cuánto tiempo evitar la actividad de alto impacto.',
        sources: ['61', '65'],
      },
    },
  },
}
