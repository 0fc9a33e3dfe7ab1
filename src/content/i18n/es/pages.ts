/**
 * The pages around the steps, in Spanish (es-419, "usted"): opening screen, questions,
 * recovery, glossary and references. Same sourcing rules as the steps (each passage keeps
 * the English one's sources); the patient prose is written in short sentences and short
 * words, for the Spanish readability measure (FACTS.md section 12).
 */
import type { Pages } from '../types'

export type { Pages }

export const pages: Pages = {
  common: {
    sources: 'Fuentes',
    seeAlso: 'Vea también',
  },

  welcome: {
    title: 'Recubrimiento de cadera, paso a paso',
    lead: [
      {
        text: 'El {{hip-resurfacing|recubrimiento de cadera}} es una operación para una cadera muy gastada. El cirujano da forma a las superficies gastadas y coloca dos piezas: un casquete sobre la bola del hueso del muslo y una copa delgada en la cavidad de la cadera.',
        sources: ['39', '2'],
      },
      {
        text: 'Conserva más hueso del muslo que un {{total-hip-replacement|reemplazo total de cadera}}. Pero no es una operación más pequeña: el corte suele ser más largo.',
        sources: ['2', '55', '6', '7', '8'],
      },
    ],
    whoFor: {
      heading: 'Para quién es',
      body: [
        {
          text: 'Esta guía es para las personas que piensan en operarse, y para sus familias. Hay también una vista con más detalle para estudiantes de medicina.',
          sources: [],
        },
      ],
    },
    howTo: {
      heading: 'Cómo usarla',
      body: [{ text: 'La operación se divide en 15 pasos cortos. Cada paso muestra una imagen 3D de la cadera y unas pocas líneas de texto.', sources: [] }],
      list: [
        { text: 'Pase de un paso a otro, en orden, con los botones Siguiente y Anterior.', sources: [] },
        { text: 'Arrastre la imagen 3D para ver la cadera desde otro lado. El botón Vista inicial la deja como al principio.', sources: [] },
        { text: 'Elija la vista para pacientes o la vista para estudiantes. La de estudiantes suma detalles, cifras y fuentes.', sources: [] },
        { text: 'Las palabras con una línea de puntos tienen una explicación simple. Toque la palabra para verla u ocultarla.', sources: [] },
        { text: 'Con un teclado, use Tab para pasar de un botón a otro, y Enter o la barra espaciadora para pulsarlo.', sources: [] },
      ],
    },
    notice: {
      heading: 'Solo para aprender',
      body: [
        {
          text: 'Esta guía es para aprender. No es un consejo médico y no reemplaza la charla con su cirujano.',
          sources: [],
        },
        { text: 'Los cirujanos hacen algunos pasos de otras formas, y los implantes varían. Por eso, su operación puede no ser igual a esta.', sources: ['5', '30'] },
      ],
    },
    about: {
      heading: 'Cómo se escribió el texto',
      body: [
        {
          text: 'El texto para pacientes usa frases y palabras cortas, para que sea fácil de leer. Muchas páginas para pacientes sobre la cirugía de cadera son difíciles de leer.',
          sources: ['P1', 'P2', 'P3'],
        },
        { text: 'Hay dos niveles de detalle: uno para pacientes y otro para estudiantes.', sources: ['P4'] },
        { text: 'La operación se muestra en pasos cortos, que usted sigue a su propio ritmo. Cada uno tiene una vista guiada.', sources: ['P6', 'P7'] },
        { text: 'Cada dato sale de una fuente de la lista. La vista para estudiantes muestra de cuál.', sources: [] },
      ],
    },
    start: 'Empezar la guía',
  },

  questions: {
    title: 'Preguntas para su cirujano',
    intro: [
      {
        text: 'Marque las preguntas que quiere hacer, o escriba las suyas. Van a su hoja, que puede imprimir y llevar a la consulta.',
        sources: [],
      },
    ],
    // The ids are stored on the person's sheet: never rename one (src/content/question-ids.ts).
    items: [
      { id: 'which-operation', text: '¿Qué es mejor para mí, el recubrimiento o un reemplazo total de cadera? ¿Por qué?', sources: ['41'] },
      { id: 'total-hip-instead', text: '¿Qué significaría para mí un reemplazo total de cadera?', sources: ['51', '55'] },
      { id: 'wait-meanwhile', text: '¿Puedo esperar? ¿Qué puedo hacer por mi cadera mientras tanto?', sources: [] },
      { id: 'which-implant', text: '¿Qué implante usaría usted? ¿De qué está hecho?', sources: ['1', '30'] },
      { id: 'surgeon-experience', text: '¿Cuántas operaciones de recubrimiento ha hecho usted?', sources: ['27', '28'] },
      { id: 'second-operation', text: '¿Qué probabilidad tengo de necesitar una segunda operación?', sources: ['35', '44'] },
      { id: 'numbers-like-me', text: '¿Las cifras que leí se aplican a alguien como yo?', sources: ['35', '44'] },
      { id: 'metal-blood-tests', text: '¿Voy a necesitar análisis de sangre para medir el metal después de la operación?', sources: ['48'] },
      { id: 'leg-length', text: '¿Puede quedarme una pierna más larga que la otra?', sources: ['54'] },
      { id: 'first-weeks', text: '¿Qué debo evitar en las primeras semanas, y por cuánto tiempo?', sources: ['61', '65'] },
      { id: 'drive-work-sport', text: '¿Cuándo puedo manejar, volver al trabajo y hacer deporte?', sources: ['66', '63'] },
      { id: 'warning-signs', text: '¿Qué problemas deben hacer que lo llame enseguida?', sources: [] },
    ],
    teachBack: {
      heading: 'Compruebe lo que entendió',
      body: [
        {
          text: 'Al final de la consulta, diga con sus propias palabras lo que le explicó su cirujano. Este método se llama «teach-back» (repetir lo aprendido). Es una forma simple de ver que no faltó nada.',
          sources: ['P5'],
        },
      ],
    },
  },

  recovery: {
    title: 'Recuperación',
    intro: [{ text: 'Estos son los tiempos habituales. Los suyos pueden ser más rápidos o más lentos. Su equipo de salud lo va a guiar.', sources: [] }],
    timelineLabel: 'Etapas de la recuperación',
    stages: [
      { when: 'Primeros 2 a 3 días', title: 'En el hospital', text: { text: 'La mayoría de las personas pasa dos o tres días en el hospital.', sources: ['62', '10'] } },
      {
        when: 'Primeras 2 a 3 semanas',
        title: 'Caminar con muletas',
        text: { text: 'Camina con muletas y apoya solo parte de su peso sobre la pierna.', sources: ['60'] },
      },
      { when: 'Hacia la semana 3 o 4', title: 'Todo el peso', text: { text: 'Ya puede apoyar todo su peso sobre la pierna.', sources: ['60'] } },
      { when: 'Hacia las semanas 4 a 6', title: 'Sin muletas', text: { text: 'La mayoría de las personas ya camina sin ayuda.', sources: ['60'] } },
      {
        when: 'Cerca de 6 semanas',
        title: 'Manejar',
        text: { text: 'Muchas personas vuelven a manejar a las seis semanas, o cuando ya pueden frenar de golpe sin riesgo.', sources: ['66', '62'] },
      },
      { when: 'Semanas 6 a 12', title: 'Ganar fuerza', text: { text: 'Los ejercicios fortalecen los músculos de la cadera.', sources: ['60'] } },
      {
        when: 'Cerca de 3 meses y medio',
        title: 'Deporte',
        text: { text: 'En promedio, las personas volvieron al deporte a los tres meses y medio.', sources: ['63'] },
      },
      { when: 'Cerca de 4 meses', title: 'Trabajo', text: { text: 'En promedio, las personas volvieron al trabajo a los cuatro meses.', sources: ['63'] } },
      {
        when: '6 meses',
        title: 'Actividad de alto impacto',
        text: { text: 'Espere por lo menos seis meses antes de correr, saltar o hacer otra actividad de alto impacto.', sources: ['65'] },
      },
    ],
    precautions: {
      heading: 'En las primeras semanas',
      body: [{ text: 'Para cuidar la articulación nueva mientras sana:', sources: [] }],
      list: [
        { text: 'No doble la cadera más allá de un ángulo recto.', sources: ['61', '65'] },
        { text: 'No cruce las piernas.', sources: ['61', '65'] },
        { text: 'No gire la pierna hacia adentro.', sources: ['61', '65'] },
      ],
    },
    note: [{ text: 'Pregunte a su cirujano cuánto tiempo duran estas reglas en su caso.', sources: [] }],
  },

  glossary: {
    title: 'Glosario',
    intro: [{ text: 'Las palabras médicas de esta guía, explicadas en palabras simples.', sources: [] }],
  },

  references: {
    title: 'Referencias',
    intro: [
      {
        text: 'Cada dato de esta guía sale de una de estas fuentes. En la vista para estudiantes, los números después de un texto remiten a esta lista.',
        sources: [],
      },
    ],
  },
}
