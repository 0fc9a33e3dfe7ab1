/**
 * Lo que dice cada paso, en español neutro de América Latina (es-419, "usted"), a pacientes y a
 * estudiantes. The same passages in the same order as en/steps.ts, each with the same sources
 * (tests/unit/spanish.test.ts); the terms are those of terminology.ts. Patient text: INFLESZ
 * (Szigriszt-Pazos) 55 or more per step, 65 or more on average (tests/unit/readability-es.test.ts).
 * Decimals keep the point, as RAE's Ortografía (2010) recommends, so every number reads as in
 * English. `\u00a0` keeps "40 ± 10°" on one line.
 */
import type { StepId } from '../../steps-index'
import type { StepText } from '../types'

export const steps: Record<StepId, StepText> = {
  'healthy-hip': {
    title: 'Una cadera sana',
    patient: [
      { text: 'Su cadera es una articulación de bola y cavidad.', sources: [] },
      {
        text: 'La bola es la parte de arriba del hueso del muslo. La cavidad es un hueco en su {{pelvis|pelvis}}, el aro de hueso en la base de la columna.',
        sources: [],
      },
      { text: 'Una capa lisa y resbaladiza, el {{cartilage|cartílago}}, cubre las dos partes. Así se deslizan cuando usted se mueve.', sources: ['80', '81'] },
    ],
    student: [
      {
        text: 'La {{femoral-head|cabeza femoral}} se articula con el {{acetabulum|acetábulo}}. Ángulo cervicodiafisario: 129.2° (n=375) y 124.7\u00a0±\u00a06.2° en TC (n=628); los libros de texto dan 135°.',
        sources: ['68', '69', '71'],
      },
      { text: 'Anteversión femoral: 9.7°; 14.5\u00a0±\u00a08.1°; mediana 14.2° (RIC 7.4-20.4).', sources: ['68', '69', '70'] },
      { text: 'Offset femoral: 42.9\u00a0±\u00a06.8 mm.', sources: ['69'] },
      { text: '{{inclination|Inclinación}} acetabular 38.8° (±2 DE 32-46°); ángulo centro-borde 36.3\u00a0±\u00a013.8°.', sources: ['73'] },
      { text: '{{anteversion|Anteversión}} acetabular de unos 18-19°; profundidad de 26.9 mm en hombres y 25.3 mm en mujeres.', sources: ['74', '75', '76'] },
      { text: '{{labrum|Labrum acetabular}}: ancho de 5.3\u00a0±\u00a02.6 mm, máximo en la zona anterosuperior; 2-3 mm de grosor.', sources: ['77', '78', '79'] },
      {
        text: 'El cartílago articular es más grueso justo por delante del punto más alto de la cabeza. No se encontraron valores en milímetros, así que el modelo usa unos 1.5-2 mm.',
        sources: ['80', '81'],
      },
    ],
  },

  'arthritic-hip': {
    title: 'Una cadera con artrosis',
    patient: [
      { text: 'En una cadera con {{arthritis|artrosis}}, el cartílago liso se desgasta.', sources: [] },
      { text: 'Un hueso puede rozar con el otro. Por eso la cadera puede doler y ponerse rígida.', sources: [] },
      { text: 'En los bordes pueden crecer pequeños picos de hueso (osteofitos).', sources: [] },
      { text: 'Si el daño es grande, el {{hip-resurfacing|recubrimiento de cadera}} es un tipo de operación que puede ayudar.', sources: ['41'] },
    ],
    student: [
      {
        text: 'La {{hip-resurfacing|artroplastia de superficie de cadera}} es una opción para la enfermedad avanzada de la cadera en personas que probablemente vivirán más de lo que dura una {{total-hip-replacement|artroplastia total de cadera}} (ATC) convencional; la evidencia procede sobre todo de menores de 65 años.',
        sources: ['41'],
      },
      {
        text: 'Contraindicaciones según la FDA (BHR): infección, inmadurez esquelética, mala calidad ósea u {{osteoporosis|osteoporosis}}, mujeres en edad fértil, función renal alterada, sensibilidad a los metales, inmunosupresión, obesidad grave.',
        sources: ['39'],
      },
      { text: 'El mejor hueso para la artroplastia de superficie: quistes de menos de 1 cm y un componente de más de 46 mm.', sources: ['58'] },
      { text: 'Regulador del Reino Unido (MHRA, 2015): ningún BHR en mujeres, ni con cabezas de 46 mm o menos.', sources: ['34'] },
      { text: 'La artroplastia de superficie no puede corregir una diferencia de longitud entre las piernas.', sources: ['54'] },
    ],
  },

  incision: {
    title: 'La incisión',
    patient: [
      { text: 'Usted se acuesta de lado. Unos soportes por delante y por detrás mantienen quietas sus caderas.', sources: ['3'] },
      { text: 'Su cirujano hace un corte en la piel, la {{incision|incisión}}, en el lado y la parte de atrás de la cadera.', sources: ['3'] },
      {
        text: 'Este corte suele ser más largo que en un {{total-hip-replacement|reemplazo total de cadera}}. Es así porque la bola de su cadera se queda y hay que moverla a un lado.',
        sources: ['8'],
      },
    ],
    student: [
      { text: 'Decúbito lateral, con la pelvis sujeta por soportes anterior y posterior.', sources: ['3'] },
      {
        text: 'La mayoría de los cirujanos de artroplastia de superficie usan el {{posterior-approach|abordaje posterolateral}}; existen abordajes lateral y anterior con resultados similares.',
        sources: ['5', '1', '10'],
      },
      {
        text: 'Incisión centrada sobre el tercio posterior del {{greater-trochanter|trocánter mayor}}, curvada en sentido proximal y posterior hacia la {{psis|espina ilíaca posterosuperior}}.',
        sources: ['3'],
      },
      {
        text: 'A menudo es más larga que en una ATC, porque la cabeza sigue unida al cuello y hay que desplazarla. La artroplastia de superficie no es menos invasiva que una ATC: la exposición es igual o mayor.',
        sources: ['6', '7', '8'],
      },
      { text: 'Las longitudes de incisión (25-30 cm la "convencional", variantes "mini" más cortas) son cifras publicitarias que citan las clínicas.', sources: ['7'] },
    ],
  },

  exposure: {
    title: 'Llegar a la articulación',
    patient: [
      { text: 'Bajo la piel, su cirujano abre una capa fuerte de tejido y separa con cuidado el gran músculo de la nalga.', sources: ['3'] },
      {
        text: 'Detrás de la cadera hay músculos cortos que giran la pierna hacia afuera. Su cirujano los suelta del hueso y los repara al final.',
        sources: ['3', '83'],
      },
      {
        text: 'El {{sciatic-nerve|nervio ciático}}, el nervio principal de la pierna, pasa justo detrás de esos músculos. Su cirujano lo protege con cuidado.',
        sources: ['3'],
      },
    ],
    student: [
      {
        text: 'Se incide la {{fascia-lata|fascia lata}} y se divide el {{gluteus-maximus|glúteo mayor}} en línea con la incisión; su inserción femoral a menudo se libera en parte.',
        sources: ['3', '6', '7'],
      },
      {
        text: 'Se liberan los {{short-external-rotators|rotadores externos cortos}}: {{piriformis|piriforme}}, obturador interno y gemelos, con el {{quadratus-femoris|cuadrado femoral}} si hace falta. Se reparan al cerrar.',
        sources: ['3', '83'],
      },
      {
        text: 'Precaución: el nervio ciático está justo detrás de los rotadores. Protéjalo en todo momento; la lesión nerviosa es una complicación reconocida de la artroplastia de superficie.',
        sources: ['3', '29'],
      },
    ],
  },

  'capsule-dislocation': {
    title: 'Abrir la articulación',
    patient: [
      { text: 'La cadera está envuelta en una bolsa de tejido fuerte, la {{capsule|cápsula de la articulación}}. Su cirujano la abre.', sources: ['3'] },
      { text: 'Luego se dobla su pierna y se gira hacia adentro, y la bola sale de la cavidad.', sources: ['3', '4'] },
      { text: 'Esto se llama {{dislocation|luxación}}. Así su cirujano llega a la bola y a la cavidad.', sources: ['3'] },
    ],
    student: [
      { text: 'Capsulotomía y luego {{dislocation|luxación}} de la cadera con flexión, aducción y rotación interna.', sources: ['3', '4'] },
      {
        text: 'A diferencia de una ATC, la cabeza sigue unida al cuello, así que más tarde hace falta una amplia liberación de partes blandas para apartarla del acetábulo.',
        sources: ['7', '8', '11'],
      },
    ],
  },

  'femoral-sizing': {
    title: 'Medir la bola',
    patient: [
      { text: 'Su cirujano mide la bola y el cuello del hueso del muslo. El cuello es la parte estrecha justo debajo de la bola.', sources: ['12', '14'] },
      { text: 'Así elige un casquete que cubra la bola sin cortar el cuello. Un corte en el cuello lo podría hacer más débil.', sources: ['14', '15', '16'] },
      { text: 'El tamaño de la bola también guía el tamaño de la nueva copa.', sources: ['33', '37'] },
    ],
    student: [
      {
        text: 'Antes de cortar hueso, se mide el cuello con un {{sizing-gauge|medidor de tamaño}} para que el componente elegido no haga una muesca en el {{femoral-neck|cuello}}.',
        sources: ['12', '14'],
      },
      {
        text: 'Se describe habitualmente recortar primero los {{osteophyte|osteofitos}} de la unión cabeza-cuello, para que el medidor lea el cuello real; la hoja de datos no tiene fuente para ello.',
        sources: [],
      },
      { text: 'Precaución: la {{notching|muesca}} en el cuello superior. La mayoría de las fracturas del cuello femoral siguen a una muesca o a una colocación en {{varus|varo}}.', sources: ['15', '16'] },
      {
        text: 'Las cabezas BHR empiezan en 38 mm; cada copa mide unos 6-8 mm más que su cabeza (deducido de los pares del catálogo), así que el tamaño femoral orienta la elección de la copa.',
        sources: ['33', '37'],
      },
      {
        text: 'Como referencia: diámetro de la cabeza femoral adulta de 49.2\u00a0±\u00a03.8 mm en hombres y 45.3\u00a0±\u00a03.5 mm en mujeres.',
        sources: ['67'],
      },
      { text: 'Diámetro del cuello de unos 40 mm en hombres y 36 mm en mujeres en la radiografía (definición incierta).', sources: ['72'] },
    ],
  },

  'acetabular-reaming': {
    title: 'Dar forma a la cavidad',
    patient: [
      { text: 'La bola se mueve hacia adelante y hacia arriba para que no estorbe y su cirujano vea la cavidad.', sources: ['7', '11'] },
      { text: 'Una {{reamer|fresa}}, una herramienta redonda que gira, da a la cavidad la forma de un tazón limpio y parejo.', sources: ['22'] },
      { text: 'El tazón queda un poco más pequeño que la nueva copa, para que la copa quede bien firme.', sources: ['22'] },
      { text: 'Muchas veces se saca más hueso de la cavidad que en un reemplazo total de cadera.', sources: ['55', '56'] },
    ],
    student: [
      {
        text: 'La cabeza se desplaza en sentido anterior y superior para apartarla (amplia liberación de partes blandas), y el acetábulo se prepara antes de terminar el fémur.',
        sources: ['7', '11'],
      },
      {
        text: 'Se describe habitualmente la resección del {{labrum|labrum}} y de los {{osteophyte|osteofitos}}; la hoja de datos no tiene fuente para ello.',
        sources: [],
      },
      {
        text: 'Fresas hemisféricas de tamaño creciente. Infrafresar alrededor de 1 mm para un {{press-fit|ajuste a presión}}: 1 mm dejó menos huecos que 2 mm (39% frente a 63%).',
        sources: ['22'],
      },
      {
        text: 'Reserva ósea: en un estudio con modelos Sawbones, la artroplastia de superficie retiró unas 3 veces más hueso acetabular que una ATC (5.6 g frente a 1.8 g).',
        sources: ['55'],
      },
      { text: 'Los pacientes reciben copas más grandes con la artroplastia de superficie (BHR 56.6 mm frente a 52.0 mm en la ATC híbrida).', sources: ['56', '36'] },
      { text: 'Un artículo contrario cuestiona esta comparación.', sources: ['57'] },
    ],
  },

  'cup-impaction': {
    title: 'Colocar la copa',
    patient: [
      { text: 'La nueva {{cup|copa}} es una pieza delgada, como una concha. Se encaja en el tazón con golpecitos firmes.', sources: ['1', '39'] },
      {
        text: '{{press-fit|El ajuste firme}} la sujeta, sin cemento y sin tornillos. Su capa de afuera es rugosa, y con el tiempo su hueso crece dentro de ella.',
        sources: ['1', '2'],
      },
      { text: 'Su cirujano elige el ángulo con cuidado, porque una copa muy inclinada se puede gastar antes de tiempo.', sources: ['23', '26'] },
    ],
    student: [
      {
        text: 'La copa se impacta a presión, sin cemento; un recubrimiento poroso o de {{hydroxyapatite|hidroxiapatita}} permite que el hueso crezca hacia su interior.',
        sources: ['1', '2'],
      },
      { text: 'Los tornillos no son estándar: solo los admiten copas especiales para {{dysplasia|displasia}}.', sources: ['1'] },
      { text: 'Copas BHR: diámetro externo de 44-66 mm en pasos de 2 mm; pared de 3-4 mm de grosor.', sources: ['1'] },
      {
        text: 'Objetivo: la {{safe-zone|zona segura}} de Lewinnek, inclinación 40\u00a0±\u00a010° y anteversión 15\u00a0±\u00a010°. Procede de la ATC y está cuestionada.',
        sources: ['23'],
      },
      {
        text: 'Precaución: una copa demasiado inclinada es la mayor causa aislada de fallo temprano del {{metal-on-metal|par metal-metal}}; la {{edge-loading|carga en el borde}} se asocia con el {{pseudotumour|pseudotumor}}.',
        sources: ['26', '24', '25'],
      },
    ],
  },

  'guide-pin': {
    title: 'Colocar el clavo guía',
    patient: [
      { text: 'Ahora su cirujano trabaja en la bola del hueso del muslo.', sources: [] },
      {
        text: 'Un {{guide-pin|clavo guía}} fino pasa por el centro de la bola, a lo largo del cuello. Cada herramienta que sigue se desliza sobre este clavo.',
        sources: ['12'],
      },
      { text: 'El clavo queda un poco más vertical que el cuello natural. Esto ayuda a que el cuello siga fuerte bajo el casquete.', sources: ['12', '13'] },
    ],
    student: [
      { text: 'Clavo guía a lo largo del eje del cuello en ligero {{valgus|valgo}}: se recomiendan unos 140° respecto a la diáfisis.', sources: ['12'] },
      { text: 'Evitar un ángulo implante-diáfisis menor de 130° y hueso expuesto en el cuello superior.', sources: ['14'] },
      { text: 'Hasta 10° de valgo relativo aumentaron un 28% la carga de fractura en cadáveres; más valgo aumenta el riesgo de muesca.', sources: ['13'] },
      { text: 'Precaución: la colocación en {{varus|varo}}. La mayoría de las fracturas del cuello siguen a una muesca o a una colocación en varo.', sources: ['15', '16'] },
      { text: 'Curva de aprendizaje de unos 50 casos; una colocación precisa requiere 75-100.', sources: ['27', '28'] },
    ],
  },

  'sleeve-reaming': {
    title: 'Dar forma a los lados de la bola',
    patient: [
      { text: 'Los cirujanos suelen usar una fresa redonda y hueca que se desliza sobre el clavo. Recorta los lados de la bola y les da una forma pareja.', sources: ['18', '20'] },
      {
        text: 'Saca lo que queda del cartílago y una capa fina de hueso, en parte sano, para que el casquete calce bien.',
        sources: ['54', '55'],
      },
      { text: 'A diferencia de un reemplazo total de cadera, no se abre el centro hueco del hueso del muslo.', sources: ['2', '55'] },
    ],
    student: [
      {
        text: 'Se describe habitualmente una {{sleeve-reamer|fresa cilíndrica}} pasada sobre el clavo guía; las fuentes confirman el fresado femoral, no el instrumento.',
        sources: ['18', '20'],
      },
      { text: 'Se fresan el cartílago restante y una capa fina de la cabeza, incluido hueso sano.', sources: ['54', '55', '56'] },
      { text: 'Precaución: vigilar el cuello superior a medida que avanza la fresa. La mayoría de las fracturas del cuello siguen a una muesca o a una colocación en varo.', sources: ['14', '15', '16'] },
      {
        text: 'Se conserva hueso femoral: en un estudio con Sawbones se retiraron 12.3 g del {{femur|fémur}} frente a 25.3 g en una ATC (51% menos). No se entra en el canal femoral.',
        sources: ['55', '2'],
      },
    ],
  },

  'head-shaping': {
    title: 'Dar forma a la parte de arriba de la bola',
    patient: [
      { text: 'Los cirujanos suelen terminar la forma de la bola con fresas que siguen el clavo.', sources: ['18', '20'] },
      { text: 'La parte de arriba se corta plana para fijar la altura de la bola. Luego el borde de esa parte plana se corta en diagonal.', sources: ['18', '20'] },
      { text: 'Se hace un pequeño orificio por el centro para el vástago corto del casquete.', sources: ['39', '20'] },
      { text: 'Ahora la bola tiene la forma del interior del casquete.', sources: [] },
    ],
    student: [
      {
        text: 'La secuencia que se describe habitualmente: corte plano del polo superior para fijar la altura de la cabeza, corte en {{chamfer|chaflán}}, perforación del orificio del vástago y pequeños orificios de anclaje para el cemento. Las fuentes confirman el fresado y los orificios de fijación, no cada instrumento.',
        sources: ['18', '20'],
      },
      { text: 'El orificio recibe el vástago central corto del componente femoral, que apunta hacia el cuello.', sources: ['39'] },
    ],
  },

  'cap-cementing': {
    title: 'Colocar el casquete',
    patient: [
      { text: 'Ahora se coloca el {{femoral-cap|casquete}} sobre la bola ya formada.', sources: ['39'] },
      {
        text: 'Dentro del casquete se pone un poco de {{bone-cement|cemento para hueso}}, una pasta que se pone dura. Así el casquete queda bien fijo al hueso.',
        sources: ['17', '18'],
      },
      { text: 'El vástago corto del casquete entra en el orificio del centro.', sources: ['39'] },
      { text: 'Según el diseño, el casquete es de metal o de {{ceramic|cerámica}}.', sources: ['1', '30', '32'] },
    ],
    student: [
      {
        text: 'Se vierte una pequeña cantidad de cemento de baja viscosidad en el casquete, que se impacta sobre la cabeza fresada.',
        sources: ['17', '18'],
      },
      { text: 'Conserve Plus busca un manto de cemento de 1 mm.', sources: ['20'] },
      { text: 'La fijación habitual es híbrida (casquete cementado, copa a presión); algunos diseños son totalmente no cementados (H1, Cormet).', sources: ['1', '2', '30', '84'] },
      {
        text: 'Materiales: el BHR es de {{cobalt-chrome|cromo-cobalto}} colado con alto contenido de carbono; los diseños más nuevos (H1, ReCerf) son cerámicos (BIOLOX delta). Decir "implante metálico" no siempre es cierto.',
        sources: ['1', '30', '32'],
      },
    ],
  },

  reduction: {
    title: 'Volver a poner la cadera en su lugar',
    patient: [
      { text: 'La bola, ya cubierta por el casquete, se vuelve a meter con cuidado en la nueva copa. Esto se llama {{reduction|reducción}}.', sources: ['83'] },
      { text: 'Su cirujano mueve su pierna para ver que la cadera se mueve bien y no se sale.', sources: ['83'] },
      { text: 'Su nueva cadera tiene dos partes: el casquete en la bola y la copa en la cavidad.', sources: ['39'] },
      { text: 'Como la bola sigue siendo grande, es muy raro que se vuelva a salir, pero puede pasar.', sources: ['53', '29'] },
    ],
    student: [
      { text: 'Reducción; luego se prueban el rango de movimiento y la estabilidad.', sources: ['83'] },
      {
        text: 'Dos componentes, no uno: el casquete cementado con su vástago corto en el fémur y la copa a presión en el acetábulo.',
        sources: ['39', '1', '2'],
      },
      { text: 'La cabeza grande hace que la luxación sea muy rara, pero no imposible.', sources: ['53', '29'] },
      { text: 'En los ensayos, el rango de movimiento y la función no son mejores que con una ATC.', sources: ['51', '52'] },
    ],
  },

  closure: {
    title: 'Cerrar la herida',
    patient: [
      { text: 'Su cirujano repara la cápsula de la articulación y los músculos cortos de atrás de la cadera. Luego cierra la herida.', sources: ['83'] },
      { text: 'Muchas veces se deja un tubo fino, el {{drain|drenaje}}, uno o dos días para que salga el líquido.', sources: ['83'] },
      { text: 'Su cicatriz va a quedar en el lado y la parte de atrás de la cadera.', sources: ['3'] },
    ],
    student: [
      {
        text: 'Se reparan la cápsula y los rotadores externos cortos y se cierra la herida; a menudo se deja un drenaje uno o dos días. Parte de esto se describe habitualmente, sin fuente.',
        sources: ['83'],
      },
      {
        text: 'La artroplastia de superficie no es menos invasiva que una ATC: la exposición es igual o mayor y la cicatriz, a menudo más larga.',
        sources: ['6', '7', '8'],
      },
      { text: 'Lo que conserva es hueso femoral: no se entra en el canal femoral.', sources: ['2', '55'] },
    ],
  },

  recovery: {
    title: 'La recuperación',
    patient: [
      { text: 'La mayoría de las personas pasa dos o tres días en el hospital.', sources: ['62', '10'] },
      {
        text: 'Al principio usted camina con muletas y apoya solo parte de su peso en la pierna. Casi todos caminan sin ayuda entre las cuatro y las seis semanas.',
        sources: ['60'],
      },
      {
        text: 'Por unas semanas, se le suele pedir que no doble la cadera más allá de un ángulo recto, que no cruce las piernas y que no gire la pierna hacia adentro.',
        sources: ['61', '65'],
      },
      { text: 'Su equipo de salud le va a guiar en cada etapa.', sources: [] },
    ],
    student: [
      { text: 'Estancia hospitalaria de 2-3 días.', sources: ['62', '10'] },
      {
        text: '{{weight-bearing|Carga}} parcial con muletas durante 2-3 semanas, carga completa hacia las semanas 3-4, sin ayuda para caminar hacia las semanas 4-6, fortalecimiento en las semanas 6-12.',
        sources: ['60'],
      },
      {
        text: 'Precauciones durante varias semanas: no flexionar más de 90°, no cruzar las piernas, no rotar hacia adentro. Ninguna actividad de alto impacto durante 6 meses.',
        sources: ['61', '65'],
      },
      {
        text: 'Conducir a las 6 semanas aproximadamente, o cuando se pueda frenar de emergencia con seguridad; vuelta al trabajo hacia los 4 meses y al deporte hacia los 3.5 meses de media.',
        sources: ['66', '62', '63'],
      },
      { text: 'Fractura del cuello femoral: alrededor del 1-1.5%, sobre todo en los primeros meses.', sources: ['15', '49'] },
      {
        text: 'Las partículas de desgaste del metal pueden elevar el cobalto y el cromo en sangre y causar una reacción de partes blandas; las mujeres son las más afectadas.',
        sources: ['48', '34'],
      },
      { text: 'Se aplican los riesgos quirúrgicos generales (infección, trombosis venosa), sin cifras propias de la artroplastia de superficie.', sources: ['85'] },
      { text: 'Tras un fallo, la revisión suele ser solo del componente femoral.', sources: ['49'] },
    ],
  },
}
