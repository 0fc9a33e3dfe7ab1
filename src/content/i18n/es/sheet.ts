/**
 * The consultation sheet, in Spanish (es-419, "usted"): the controls on the questions page that
 * fill it, and the sheet page itself (what is printed and taken to the surgeon). A translation of
 * ../en/sheet.ts with the same keys and slots; short sentences, for the INFLESZ reading level.
 */
import type { SheetText } from '../types'

export const sheet: SheetText = {
  title: 'Mi hoja para la consulta',
  intro: [
    {
      text: 'Imprima esta hoja y llévela a su cita con su cirujano. Tiene sus preguntas, lo que le importa y las cifras principales. Hay espacio para anotar las respuestas.',
      sources: [],
    },
  ],

  // On the questions page
  addToSheet: 'Agregar a mi hoja',
  onSheetCount: 'Preguntas en su hoja: {count}.',
  openSheet: 'Ver e imprimir mi hoja',
  ownHeading: 'Sus propias preguntas',
  ownIntro: 'Escriba una pregunta suya. Se agrega a su hoja.',
  ownLabel: 'Su pregunta',
  ownAdd: 'Agregar',
  ownEdit: 'Editar',
  ownEditLabel: 'Cambiar su pregunta',
  ownSave: 'Guardar',
  ownCancel: 'Cancelar',
  ownRemove: 'Quitar',
  ownItemLabel: 'Su pregunta {n}',
  ownFull: 'Su hoja tiene espacio para {max} preguntas suyas. Quite una para agregar otra.',

  // On the sheet page
  date: 'Fecha: {date}',
  questionsHeading: 'Mis preguntas',
  questionsEmpty: 'Todavía no hay preguntas en su hoja.',
  chooseQuestions: 'Elegir o escribir preguntas',
  answer: 'Respuesta:',
  valuesHeading: 'Lo que más me importa',
  valuesEmpty: 'Todavía no ha dicho qué es lo que más le importa.',
  chooseValues: 'Pensar en lo que le importa',
  numbersHeading: 'Las cifras que miré',
  numbersFor: 'A quién se refieren estas cifras: {group}',
  recoveryHeading: 'La recuperación, como suele ser',
  learningOnly: 'Solo para aprender. Esto no es un consejo médico. Su cirujano conoce su propia cadera.',

  // Its controls
  actionsLabel: 'Su hoja',
  print: 'Imprimir o guardar como PDF',
  printHint: 'Para guardar un PDF, elija “Guardar como PDF” en la ventana de impresión.',
  clear: 'Borrar mi hoja',
  clearAsk: '¿Borrar su hoja? Sus preguntas y sus respuestas se borrarán de este dispositivo.',
  clearYes: 'Sí, borrarla',
  clearNo: 'Conservarla',
  cleared: 'Su hoja ya está vacía.',
  keptHere: 'Se guarda solo en este dispositivo. No se envía nada a ninguna parte.',
  notKept: 'Este navegador no puede guardar su hoja: imprímala antes de salir.',
}
