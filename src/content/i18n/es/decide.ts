/**
 * The decision aid in Spanish (es-419, "usted"): "Recubrimiento, reemplazo total de cadera o
 * todavía no". A translation of ../en/decide.ts, key for key, with the same sources beside each
 * claim; the terms are those of ./terminology.ts. The numbers are data in
 * src/content/decide/figures.ts and the words below say the same numbers, with a decimal point
 * as es-419 writes them ("2.5 de cada 100"). Each figure's two framings start with the numeral:
 * the page shows them as two sentences, the sheet joins them with a semicolon
 * (SheetChoices.tsx), so neither may need a capital letter of its own.
 *
 * Rules kept here, as in English: natural frequencies out of 100 ("de cada 100"), the same group
 * and period for both operations, both framings, no relative figure without the absolute ones
 * beside it, and words ("nuestras fuentes no dan una cifra") where a number does not exist. It
 * never recommends an option. Short sentences and short words, for the INFLESZ reading level.
 */
import type { DecideText } from '../../decide/types'

export const decide: DecideText = {
  title: '¿Recubrimiento o reemplazo total de cadera?',
  lead: [
    {
      text: 'Esta página le ayuda a pensar en una decisión sobre una cadera gastada. Usted puede elegir un {{hip-resurfacing|recubrimiento de cadera}}, un {{total-hip-replacement|reemplazo total de cadera}}, o esperar por ahora.',
      sources: [],
    },
    {
      text: 'Muestra lo que se sabe de cada opción, una al lado de la otra y de la misma forma. No le dice qué elegir.',
      sources: ['108'],
    },
  ],

  condition: {
    heading: 'El problema: una cadera gastada',
    body: [
      {
        text: 'La cadera es una bola que encaja en una cavidad. En la {{arthritis|artrosis}}, la capa lisa de la bola y de la cavidad se gasta. La cadera puede doler y estar rígida.',
        sources: [],
      },
      {
        text: 'Cuando el daño es grande, una operación es una forma de ayudar. El recubrimiento es sobre todo para personas menores de 65 años. Es probable que vivan más tiempo del que dura un reemplazo total común.',
        sources: ['41'],
      },
    ],
  },

  decision: {
    heading: 'La decisión: recubrimiento, reemplazo total o todavía no',
    body: [{ text: 'Hay tres opciones. Puede hablar de todas ellas con su cirujano.', sources: ['113'] }],
    list: [
      {
        text: 'Recubrimiento: el cirujano da forma a la bola del hueso del muslo y le pone un casquete encima. Una copa delgada cubre la cavidad. Su propia bola y su cuello se quedan.',
        sources: ['39', '2', '51'],
      },
      {
        text: 'Reemplazo total: el cirujano quita la bola y el cuello que está debajo. Un vástago va dentro del hueso del muslo, con una bola nueva arriba. Una copa cubre la cavidad.',
        sources: ['86', '87', '51'],
      },
      {
        text: 'Todavía no: sin operación por ahora. Muchas personas se mantienen activas, cuidan su peso, toman algo para el dolor y usan un bastón. Esto se aconseja a menudo, pero nuestras fuentes no dan cifras.',
        sources: [],
      },
    ],
    after: [
      {
        text: 'Algunas personas creen que el recubrimiento es la opción más segura. Muchas lo oyeron de personas que no son cirujanos. Las cifras de abajo muestran lo que hallaron los registros de prótesis.',
        sources: ['107'],
      },
    ],
  },

  options: {
    resurfacing: { name: 'Recubrimiento de cadera', short: 'Recubrimiento' },
    thr: { name: 'Reemplazo total de cadera', short: 'Reemplazo total' },
    'not-yet': { name: 'Todavía no: seguir cuidando la cadera', short: 'Todavía no' },
  },

  table: {
    heading: 'Las tres opciones, una al lado de la otra',
    intro: [{ text: 'Cada fila hace la misma pregunta sobre cada opción. Algunas casillas dicen que las fuentes no tienen respuesta.', sources: [] }],
    caption: 'Qué es cada opción, sus puntos buenos y sus riesgos',
    featureColumn: 'Pregunta',
    rows: [
      {
        id: 'what-happens',
        feature: '¿Qué se hace?',
        cells: {
          resurfacing: [
            {
              text: 'Se ponen dos partes: un casquete sobre la bola ya formada, fijado con cemento para hueso, y una copa delgada en la cavidad, que se sujeta por un ajuste firme.',
              sources: ['39', '2', '1'],
            },
          ],
          thr: [
            {
              text: 'Se cortan la bola y el cuello. Un vástago baja por el centro del hueso del muslo, con o sin cemento. Arriba va una bola, y en la cavidad una copa.',
              sources: ['86', '87', '88'],
            },
          ],
          'not-yet': [{ text: 'Sin operación por ahora. Usted conserva su propia cadera y la cuida.', sources: [] }],
        },
      },
      {
        id: 'who-for',
        feature: '¿Para quién es, por lo general?',
        cells: {
          resurfacing: [
            {
              text: 'Sobre todo para personas menores de 65 años. Los mejores resultados son en hombres con una bola grande y huesos fuertes. En el Reino Unido, la agencia que regula los implantes aconseja no usar el implante Birmingham en mujeres.',
              sources: ['41', '35', '58', '34'],
            },
            { text: 'No se aconseja con huesos débiles, alergia al metal o riñones que no funcionan bien.', sources: ['39'] },
          ],
          thr: [{ text: 'Personas con una cadera muy gastada. Nuestras fuentes no dan un límite de edad.', sources: [] }],
          'not-yet': [{ text: 'Cualquier persona que no quiere una operación ahora, o que no está lista.', sources: [] }],
        },
      },
      {
        id: 'bone',
        feature: '¿Cuánto de su hueso se conserva?',
        cells: {
          resurfacing: [
            { text: 'Se conserva más del hueso del muslo. No se abre el centro del hueso del muslo.', sources: ['2', '55'] },
            { text: 'Pero a menudo se quita más hueso de la cavidad que en un reemplazo total.', sources: ['55', '56'] },
          ],
          thr: [{ text: 'Se quitan la bola y el cuello, y se vacía el centro del hueso del muslo para el vástago.', sources: ['86', '55'] }],
          'not-yet': [{ text: 'No se quita hueso.', sources: [] }],
        },
      },
      {
        id: 'second-operation',
        feature: '¿Qué tan probable es una segunda operación?',
        cells: {
          resurfacing: [
            {
              text: 'En hombres menores de 65 años, más o menos igual que un reemplazo total. En mujeres, la probabilidad es mayor. Vea las cifras más abajo.',
              sources: ['96', '98', '44'],
            },
            { text: 'Si hace falta, a menudo solo se cambia la parte del hueso del muslo.', sources: ['49'] },
          ],
          thr: [
            { text: 'En hombres menores de 65 años, más o menos igual que un recubrimiento. En mujeres, la probabilidad es menor. Vea las cifras más abajo.', sources: ['96', '98', '44'] },
            { text: 'De cada 100 reemplazos totales, unos 85 duran 15 años. No hay una cifra igual para el recubrimiento.', sources: ['100'] },
          ],
          'not-yet': [
            {
              text: 'No hay un implante que se gaste. Nuestras fuentes no dan cifras de cómo cambia con el tiempo una cadera gastada. Pregunte a su cirujano.',
              sources: [],
            },
          ],
        },
      },
      {
        id: 'dislocation',
        feature: '¿Se puede salir la bola de la cavidad?',
        cells: {
          resurfacing: [
            {
              text: 'Rara vez, porque la bola sigue siendo grande. En los estudios pasó menos que con un reemplazo total. Los estudios no dan una cifra.',
              sources: ['53', '29', '94'],
            },
          ],
          thr: [{ text: 'Les pasa a unas 2 de cada 100 personas, en unos 6 años. Vea las cifras más abajo.', sources: ['92'] }],
          'not-yet': [{ text: 'Este riesgo viene de una operación, así que no aplica.', sources: [] }],
        },
      },
      {
        id: 'other-risks',
        feature: '¿Qué otros riesgos hay?',
        cells: {
          resurfacing: [
            { text: 'El cuello del hueso del muslo se puede romper, en 1 a 1.5 de cada 100 personas, sobre todo en los primeros meses.', sources: ['15', '49'] },
            {
              text: 'Con una articulación de {{metal-on-metal|metal sobre metal}}, se pueden soltar pedacitos de metal. Pueden causar una reacción alrededor de la cadera. Les pasa más a las mujeres.',
              sources: ['48', '34'],
            },
            { text: 'No puede igualar piernas de distinto largo. Como en toda operación de cadera, hay riesgo de daño a un nervio, de infección y de coágulos de sangre.', sources: ['54', '29', '85'] },
          ],
          thr: [
            { text: 'Algunas personas tienen dolor en el muslo cuando el vástago se fija sin cemento.', sources: ['106'] },
            { text: 'Las piernas pueden quedar de distinto largo, y eso puede hacer más difícil caminar.', sources: ['105'] },
            { text: 'Como en toda operación de cadera, hay riesgo de infección y de coágulos de sangre.', sources: ['85', '113'] },
          ],
          'not-yet': [
            { text: 'No hay riesgos de una operación. La cadera gastada sigue igual, con su dolor y su rigidez.', sources: [] },
          ],
        },
      },
      {
        id: 'hospital',
        feature: '¿Cuánto tiempo en el hospital?',
        cells: {
          resurfacing: [{ text: 'Por lo general, 2 a 3 días.', sources: ['62', '10'] }],
          thr: [{ text: 'Por lo general, 3 a 5 días. Con un plan de recuperación rápida, 1 a 3 días.', sources: ['102'] }],
          'not-yet': [{ text: 'Ninguno.', sources: [] }],
        },
      },
      {
        id: 'crutches',
        feature: '¿Cuánto tiempo con muletas?',
        cells: {
          resurfacing: [{ text: 'Muletas durante 2 a 3 semanas. La mayoría camina sin ayuda hacia las semanas 4 a 6.', sources: ['60'] }],
          thr: [{ text: 'Nuestras fuentes no dan los tiempos para un reemplazo total. Pregunte a su cirujano.', sources: [] }],
          'not-yet': [{ text: 'Se aconseja a menudo usar un bastón. Nuestras fuentes no dan cifras.', sources: [] }],
        },
      },
      {
        id: 'driving',
        feature: '¿Cuándo puede manejar?',
        cells: {
          resurfacing: [{ text: 'Hacia las 6 semanas, o cuando pueda frenar de golpe sin peligro.', sources: ['66', '62'] }],
          thr: [{ text: 'Nuestras fuentes no dan un tiempo para un reemplazo total. Pregunte a su cirujano.', sources: [] }],
          'not-yet': [{ text: 'No tiene que dejar de manejar por una operación.', sources: [] }],
        },
      },
      {
        id: 'work',
        feature: '¿Cuándo puede volver a trabajar?',
        cells: {
          resurfacing: [{ text: 'En promedio, después de unos 4 meses.', sources: ['63'] }],
          thr: [{ text: 'Según un resumen de muchos estudios, 69 de cada 100 personas volvieron a trabajar.', sources: ['103'] }],
          'not-yet': [{ text: 'No tiene que dejar de trabajar por una operación.', sources: [] }],
        },
      },
      {
        id: 'sport',
        feature: 'El deporte y el movimiento de cada día',
        cells: {
          resurfacing: [
            { text: 'En promedio, las personas volvieron al deporte a los 3 meses y medio. Nada de deportes de alto impacto por 6 meses.', sources: ['63', '65'] },
            { text: 'En los estudios, el movimiento y el uso diario no fueron mejores que con un reemplazo total.', sources: ['51', '99', '94'] },
          ],
          thr: [
            { text: '82 de cada 100 personas volvieron a su deporte, al mismo nivel de antes. Les tomó de 16 a 28 semanas.', sources: ['103'] },
            { text: 'En los estudios, las personas se movían más o menos igual que con un recubrimiento.', sources: ['51', '99', '94'] },
          ],
          'not-yet': [{ text: 'Se aconseja a menudo seguir activo. Nuestras fuentes no dan cifras.', sources: [] }],
        },
      },
      {
        id: 'follow-up',
        feature: '¿Análisis de sangre por el metal, después?',
        cells: {
          resurfacing: [
            {
              text: 'Sí, si la articulación es de metal sobre metal. La mayoría de los recubrimientos lo son. Toda cadera de metal sobre metal necesita análisis de sangre por el metal a lo largo de los años.',
              sources: ['104', '91'],
            },
            { text: 'Algunos recubrimientos más nuevos son de {{ceramic|cerámica}}, no de metal.', sources: ['30', '32'] },
          ],
          thr: [
            {
              text: 'Por lo general, no. Hoy, menos de 1 de cada 100 caderas son de metal sobre metal. Así que la mayoría de los reemplazos totales no necesitan análisis de sangre por el metal.',
              sources: ['91', '104'],
            },
          ],
          'not-yet': [{ text: 'No.', sources: [] }],
        },
      },
    ],
  },

  numbers: {
    heading: 'Las cifras, de cada 100 personas',
    intro: [
      {
        text: 'Cada dibujo muestra 100 personas. Las figuras rellenas son las personas que tuvieron el problema. Elija el grupo que más se parece a usted.',
        sources: ['109', '110', '111'],
      },
      {
        text: 'Las cifras vienen de registros de prótesis y de estudios, y tienen algunos años. Cada una dice cuándo se publicó. Los implantes más nuevos pueden dar mejores o peores resultados.',
        sources: ['112', '101'],
      },
    ],
    groupLegend: '¿Quién se parece más a usted?',
    groups: {
      'men-under-65': 'Un hombre menor de 65 años con la cadera gastada por artrosis',
      everyone: 'Cualquier persona (todas las que tuvieron la operación)',
      women: 'Una mujer',
    },
    comparisons: {
      'revision-men-under-65': {
        title: 'Una segunda operación en 5 años',
        who: {
          text: 'De cada 100 hombres menores de 65 años con la cadera gastada por artrosis. Las cifras son de los registros de prótesis de Australia. Se publicaron en 2010.',
          sources: ['96'],
        },
        figures: {
          resurfacing: { had: '2.5 de cada 100 necesitaron una segunda operación', hadNot: '97.5 de cada 100 no la necesitaron', sources: ['96'] },
          thr: { had: '2.8 de cada 100 necesitaron una segunda operación', hadNot: '97.2 de cada 100 no la necesitaron', sources: ['96'] },
        },
        note: { text: 'Para estos hombres, las dos opciones dan más o menos lo mismo.', sources: ['96', '98'] },
      },
      'revision-everyone-australia': {
        title: 'Una segunda operación en 8 años',
        who: {
          text: 'De cada 100 personas, hombres y mujeres, jóvenes y mayores. Las cifras son de los registros de prótesis de Australia. Los registros llegan hasta 2008, y se publicaron en 2010.',
          sources: ['95'],
        },
        figures: {
          resurfacing: { had: '5.3 de cada 100 necesitaron una segunda operación', hadNot: '94.7 de cada 100 no la necesitaron', sources: ['95'] },
          thr: { had: '4 de cada 100 necesitaron una segunda operación', hadNot: '96 de cada 100 no la necesitaron', sources: ['95'] },
        },
      },
      'revision-everyone-finland': {
        title: 'Una segunda operación en 10 años',
        who: {
          text: 'De cada 100 personas, hombres y mujeres, jóvenes y mayores. Las cifras son de los registros de prótesis de Finlandia. Se publicaron en 2016. Aquí, los reemplazos totales se fijaron sin cemento.',
          sources: ['97'],
        },
        figures: {
          resurfacing: { had: '14 de cada 100 necesitaron una segunda operación', hadNot: '86 de cada 100 no la necesitaron', sources: ['97'] },
          thr: { had: '8 de cada 100 necesitaron una segunda operación', hadNot: '92 de cada 100 no la necesitaron', sources: ['97'] },
        },
        note: { text: 'En estos registros, después de un recubrimiento, las mujeres tuvieron más o menos el doble de riesgo que los hombres.', sources: ['97'] },
      },
      'revision-women': {
        title: 'Una segunda operación en 5 años',
        who: {
          text: 'De cada 100 mujeres de unos 55 años, con una bola pequeña (42 mm), a las que les hicieron un recubrimiento. Y de cada 100 personas con un reemplazo total fijado con cemento. Las cifras son de los registros de prótesis de Inglaterra y Gales. Se publicaron en 2012.',
          sources: ['44'],
        },
        figures: {
          resurfacing: {
            had: '8.3 de cada 100 necesitaron una segunda operación',
            hadNot: '91.7 de cada 100 no la necesitaron',
            uncertainty: 'Lo más probable es que la cifra real esté entre 7.2 y 9.7 de cada 100.',
            sources: ['44'],
          },
          thr: {
            had: '1.5 a 1.9 de cada 100 necesitaron una segunda operación',
            hadNot: '98.1 a 98.5 de cada 100 no la necesitaron',
            uncertainty: 'La fuente da un rango. Las figuras con rayas lo muestran.',
            sources: ['44'],
          },
        },
        relative: {
          text: 'Otro estudio de los mismos registros vio a personas menores de 60 años. En las mujeres, una segunda operación fue de 5 a 6 veces más probable después de un recubrimiento que después de un reemplazo total con cemento. En los hombres, fue más o menos igual.',
          sources: ['98'],
        },
      },
      dislocation: {
        title: 'Que la bola se salga de la cavidad',
        who: { text: 'De cada 100 personas, en unos 6 años. De muchos estudios, publicados en 2019.', sources: ['92', '94'] },
        figures: {
          resurfacing: {
            noFigure:
              'No hay cifra. Los estudios hallaron que esto pasó menos después de un recubrimiento que después de un reemplazo total. Pero no dan una cifra para cada grupo.',
            sources: ['94'],
          },
          thr: {
            had: '2.1 de cada 100 tuvieron una luxación (la bola se salió de la cavidad)',
            hadNot: '97.9 de cada 100 no la tuvieron',
            uncertainty: 'Lo más probable es que la cifra real esté entre 1.8 y 2.4 de cada 100. Estudios más nuevos hallaron unos 0.7 de cada 100.',
            sources: ['92', '93'],
          },
        },
      },
      'neck-fracture': {
        title: 'Que se rompa el cuello del hueso del muslo',
        who: { text: 'De cada 100 personas, sobre todo en los primeros meses después de la operación. De Australia, publicado en 2005.', sources: ['15', '49'] },
        figures: {
          resurfacing: {
            had: '1 a 1.5 de cada 100 tuvieron una fractura del cuello',
            hadNot: '98.5 a 99 de cada 100 no la tuvieron',
            uncertainty: 'Las fuentes dan un rango. Las figuras con rayas lo muestran.',
            sources: ['15', '49'],
          },
          thr: {
            noFigure: 'No hay cifra. Un reemplazo total quita el cuello del hueso del muslo, y nuestras fuentes no dan una cifra para comparar.',
            sources: ['51', '43'],
          },
        },
      },
    },
    key: { had: 'Tuvo el problema', range: 'El rango que da la fuente', hadNot: 'No lo tuvo' },
    after: [
      {
        text: 'Estos son promedios de grupos grandes. Su propia probabilidad depende de su cadera, su hueso, el implante y el cirujano. Pregunte a su cirujano cuáles son las cifras para alguien como usted.',
        sources: ['27', '28', '113'],
      },
      {
        text: 'NICE, que fija las guías de salud en Inglaterra, dice que, a los 10 años, un implante de cadera no debería necesitar una segunda operación en más de 5 de cada 100 caderas.',
        sources: ['43'],
      },
    ],
  },

  values: {
    heading: '¿Qué es lo más importante para usted?',
    intro: [
      {
        text: 'Cada persona da un peso distinto a estas cosas. Para cada una, elija cuánto le importa. El resumen muestra lo que dicen las fuentes sobre cada opción.',
        sources: ['108'],
      },
    ],
    weights: { little: 'Un poco', some: 'Algo', 'a-lot': 'Mucho' },
    items: {
      'keep-bone': {
        legend: 'Conservar todo lo que pueda del hueso del muslo',
        says: {
          resurfacing: { text: 'Conserva más del hueso del muslo, pero a menudo quita más hueso de la cavidad.', sources: ['2', '55', '56'] },
          thr: { text: 'Quita la bola y el cuello, y el vástago va dentro del hueso del muslo.', sources: ['86', '55'] },
          'not-yet': { text: 'No se quita hueso por ahora.', sources: [] },
        },
      },
      'second-operation': {
        legend: 'Una baja probabilidad de una segunda operación',
        says: {
          resurfacing: {
            text: 'En hombres menores de 65 años, más o menos la misma probabilidad que un reemplazo total. En mujeres, una probabilidad mayor.',
            sources: ['96', '98', '44'],
          },
          thr: { text: 'En hombres menores de 65 años, más o menos la misma probabilidad que un recubrimiento. En mujeres, una probabilidad menor.', sources: ['96', '98', '44'] },
          'not-yet': { text: 'Sin implante, no hay segunda operación por ahora. Nuestras fuentes no dan cifras sobre esperar.', sources: [] },
        },
      },
      'metal-follow-up': {
        legend: 'No tener una articulación de metal que necesite análisis de sangre con los años',
        says: {
          resurfacing: {
            text: 'La mayoría de los recubrimientos son de metal sobre metal, y toda cadera de metal sobre metal necesita análisis de sangre por el metal.',
            sources: ['91', '104'],
          },
          thr: { text: 'La mayoría de los reemplazos totales no son de metal sobre metal. Así que la mayoría no necesita análisis de sangre por el metal.', sources: ['91', '104'] },
          'not-yet': { text: 'Sin implante y sin análisis de sangre.', sources: [] },
        },
      },
      'return-to-sport': {
        legend: 'Volver al deporte',
        says: {
          resurfacing: {
            text: 'En promedio, las personas volvieron al deporte a los 3 meses y medio. El movimiento no fue mejor que con un reemplazo total.',
            sources: ['63', '51', '99', '94'],
          },
          thr: { text: '82 de cada 100 personas volvieron a su deporte, al mismo nivel de antes.', sources: ['103', '51', '99'] },
          'not-yet': { text: 'Se aconseja a menudo seguir activo. Nuestras fuentes no dan cifras.', sources: [] },
        },
      },
      'recovery-time': {
        legend: 'Pocos días en el hospital y una recuperación rápida',
        says: {
          resurfacing: { text: 'Por lo general, 2 a 3 días en el hospital. Muletas durante 2 a 3 semanas.', sources: ['62', '10', '60'] },
          thr: { text: 'Por lo general, 3 a 5 días en el hospital. Con un plan de recuperación rápida, 1 a 3 días.', sources: ['102'] },
          'not-yet': { text: 'No hay días en el hospital ni recuperación de una operación.', sources: [] },
        },
      },
    },
    clear: 'Borrar mis respuestas',
    summaryHeading: 'Su resumen',
    summaryEmpty: 'Elija cuánto le importa cada cosa, y aquí verá un resumen.',
    summaryGroups: { 'a-lot': 'Le importa mucho', some: 'Le importa algo', little: 'Le importa un poco' },
    summaryNote: [
      {
        text: 'Este resumen no suma puntos y no elige una opción por usted. La decisión es suya y de su cirujano.',
        sources: [],
      },
    ],
  },

  actions: {
    heading: 'Próximos pasos',
    intro: [
      {
        text: 'Puede ver las dos caderas, una al lado de la otra, en 3D. También puede anotar lo que le importa en una hoja para llevarla a su cirujano.',
        sources: [],
      },
    ],
    compare3d: 'Comparar en 3D',
    sheet: 'Su hoja para la consulta',
    questions: 'Preguntas para su cirujano',
  },

  student: {
    heading: 'Para estudiantes: la técnica y los registros',
    sections: [
      {
        heading: 'El lado femoral',
        body: [
          {
            text: 'Artroplastia total de cadera (ATC): el cuello se corta con sierra a una altura planificada en la radiografía desde el trocánter menor; el corte fija la longitud de la pierna y el offset. La artroplastia de superficie conserva el cuello y solo recubre la cabeza.',
            sources: ['88', '51', '43'],
          },
          {
            text: 'ATC: se abre el canal y se prepara con raspas para un vástago metálico, cementado o de ajuste a presión (press-fit); la longitud del vástago depende del diseño y la talla (Exeter estándar 150 mm, vástagos cortos 95-125 mm), así que unos 10 a 15 cm. Superficie: no se entra al canal y el casquete se cementa.',
            sources: ['86', '89', '2'],
          },
          {
            text: 'Tamaño de la cabeza: las cabezas de la ATC son pequeñas, hoy sobre todo de 32 y 36 mm (22 mm en los años sesenta, 28 mm en los noventa); la artroplastia de superficie conserva una cabeza grande, media de 48 mm (rango 42-58 mm) en una serie.',
            sources: ['90', '37'],
          },
          {
            text: 'Pares de fricción: el par metal-metal es hoy menos del 1% de las caderas, sobre todo artroplastias de superficie en hombres activos con caderas grandes. En la ATC, una cabeza de metal o cerámica articula con un inserto de polietileno, cerámica o metal.',
            sources: ['91', '86', '87'],
          },
        ],
      },
      {
        heading: 'Resultados de registros y ensayos, por grupo',
        body: [
          {
            text: 'Australia (AOANJRR), 12,093 artroplastias de superficie hasta 2008: revisión acumulada de 5.3% a 8 años vs 4.0% en la ATC; en artrosis, menores de 55 años y cabeza de 50 mm o más, 3.0% a 7 años.',
            sources: ['95'],
          },
          { text: 'Australia, hombres menores de 65 años con artrosis primaria: revisión a 5 años de 2.5% (superficie) vs 2.8% (ATC).', sources: ['96'] },
          {
            text: 'Finlandia, 5,068 artroplastias de superficie: supervivencia a 10 años de 86% vs 92% en la ATC no cementada; las mujeres, cerca del doble de riesgo que los hombres.',
            sources: ['97'],
          },
          {
            text: 'NJR (Inglaterra y Gales), menores de 60 años: en hombres, revisión similar entre tipos de ATC y superficie; en mujeres, superficie HR 5-6 vs ATC cementada. Cifras absolutas a 5 años: mujeres 42 mm 8.3% (IC 95% 7.2-9.7), hombres 54 mm 2.6%, ATC cementada 1.5-1.9%.',
            sources: ['98', '44'],
          },
          { text: 'Ensayos (18 ECA, 776 pacientes): revisión de 6.3% vs 6.1%, función similar.', sources: ['99'] },
          {
            text: 'A largo plazo: cerca del 85% de las ATC duran 15 años y el 58% duran 25 años. La artroplastia de superficie más usada hoy tuvo 94% sin revisión a 17 años, por debajo de las 5 mejores ATC (2025).',
            sources: ['100', '101'],
          },
          {
            text: 'Luxación: ATC 2.1% (IC 95% 1.8-2.4) en unos 6 años, datos agrupados de 125 estudios y 4.6 millones de caderas; 0.7% en estudios de 2010-2020. La artroplastia de superficie tuvo muchas menos luxaciones (diferencia significativa) en un metaanálisis de 8 ECA (844 pacientes, 7.7 años), sin tasas por grupo.',
            sources: ['92', '93', '94'],
          },
        ],
      },
      {
        heading: 'Cómo presenta la evidencia esta ayuda',
        body: [
          {
            text: 'Sigue los estándares mínimos IPDAS: la condición, la decisión, las opciones (incluso no operarse), los beneficios y los daños con el mismo detalle, cómo es vivir con cada opción, las citas, la fecha, la política de actualización, la incertidumbre y el financiamiento.',
            sources: ['108'],
          },
          {
            text: 'Los riesgos son frecuencias naturales de cada 100, con el mismo grupo y periodo para las dos operaciones, los dos encuadres y una matriz de 100 iconos; ningún riesgo relativo aparece solo.',
            sources: ['109', '110', '111', '112'],
          },
          {
            text: 'NICE pide a los clínicos hablar de las opciones de implante, los riesgos y la probabilidad de más cirugía, y usar ayudas para decidir basadas en la evidencia y de calidad comprobada; estas ayudas mejoran el conocimiento y la percepción del riesgo.',
            sources: ['113', '114', '115'],
          },
        ],
      },
    ],
    tables: [
      {
        caption: 'Segunda operación (revisión), artroplastia de superficie y ATC, por grupo',
        columns: ['Grupo, registros', 'Periodo', 'Recubrimiento', 'Reemplazo total'],
        rows: [
          { cells: ['Hombres menores de 65, artrosis (Australia, 2010)', '5 años', '2.5 de cada 100', '2.8 de cada 100'], sources: ['96'] },
          { cells: ['Todas las de superficie hasta 2008 (Australia, 2010)', '8 años', '5.3 de cada 100', '4.0 de cada 100'], sources: ['95'] },
          { cells: ['Todos (Finlandia, 2016), ATC no cementada', '10 años', '14 de cada 100', '8 de cada 100'], sources: ['97'] },
          { cells: ['Mujeres 42 mm vs ATC cementada (NJR, 2012)', '5 años', '8.3 de cada 100', '1.5-1.9 de cada 100'], sources: ['44'] },
          { cells: ['Ensayos, 18 ECA (2023)', 'seguimiento de los ensayos', '6.3 de cada 100', '6.1 de cada 100'], sources: ['99'] },
        ],
      },
    ],
  },

  about: {
    heading: 'Sobre esta ayuda para decidir',
    publishedIso: '2026-12-02',
    published: 'Escrita el 2 de diciembre de 2026.',
    nextReviewIso: '2027-12',
    body: [
      {
        text: 'La hizo el equipo de Resurface. No recibió dinero de otras fuentes. Ninguna empresa de implantes pagó por ella ni opinó sobre ella.',
        sources: [],
      },
      {
        text: 'Se vuelve a revisar cuando cambia nuestra hoja de datos, y al menos una vez al año. La próxima se hará a más tardar en diciembre de 2027.',
        sources: [],
      },
      {
        text: 'Cada dato viene de una fuente de la lista. Cambie a la vista para estudiantes para ver los números de las fuentes, y abra la página de referencias para ver la lista.',
        sources: [],
      },
      {
        text: 'Las cifras con “unos”, con un rango o con “lo más probable es que esté entre” muestran qué tan seguras están las fuentes. Algunas cosas no tienen cifra, y lo decimos.',
        sources: ['112'],
      },
    ],
  },

  yours: {
    heading: 'La decisión es suya y de su cirujano',
    body: [
      {
        text: 'Esta página no puede decirle qué opción es la correcta para usted. Su cirujano conoce su cadera, su hueso y sus radiografías.',
        sources: [],
      },
      { text: 'Tómese su tiempo y háblelo con su cirujano. Puede ayudar anotar lo que le importa.', sources: ['114'] },
    ],
  },
}
