/**
 * Every interface string, in Spanish (es-419, "usted"). The keys are English's (en/ui.ts).
 * `{name}` marks a value filled in at run time (see src/ui/useText.ts). Button words are kept
 * about as short as the English, so the header and the view's tools fit on a phone.
 */
import type { UiKey } from '../en/ui'
import { viewport } from './viewport'

export const ui: Readonly<Record<UiKey, string>> = {
  ...viewport,
  appName: 'Resurface',
  tagline: 'Recubrimiento de cadera, paso a paso',
  documentTitle: '{title} · Resurface',

  // moving through the steps
  nextStep: 'Paso siguiente',
  previousStep: 'Paso anterior',
  next: 'Siguiente',
  previous: 'Anterior',
  stepOf: 'Paso {n} de {total}',
  stepsNav: 'Pasos',
  showSteps: 'Ver pasos',
  announceStep: 'Paso {n} de {total}: {title}',

  // the step panel
  labelsHeading: 'En esta vista',
  sourcesHeading: 'Fuentes',
  sourceLink: 'Fuente {id}',

  // audience
  audience: 'Texto para',
  audiencePatient: 'Paciente',
  audienceStudent: 'Estudiante',

  // the 3D view's controls
  viewControls: 'Controles de la vista',
  replay: 'Repetir',
  replayAnimation: 'Repetir la animación',
  pause: 'Pausar',
  pauseAnimation: 'Pausar la animación',
  play: 'Seguir',
  playAnimation: 'Seguir con la animación',
  resetView: 'Vista inicial',
  /** Students: label the bones' landmarks instead of the step's labels. */
  landmarks: 'Reparos óseos',
  /** The switch between the 3D view as it is, the X-ray and the cut. */
  surgeonViews: 'Cómo ver la cadera',
  viewAsIs: '3D',
  layers: 'Capas',
  resetLayers: 'Restablecer capas',
  closeLayers: 'Cerrar capas',
  layerSkin: 'Piel',
  layerMuscle: 'Músculo',
  layerNerves: 'Nervios',
  layerBone: 'Hueso',
  layerCartilage: 'Cartílago',
  layerImplants: 'Implantes',
  layerInstruments: 'Instrumental',
  layerShown: 'Mostrar',
  layerGhost: 'Traslúcido',
  layerHidden: 'Ocultar',

  // notices about the link that was opened
  noticeUnknownStep: 'No hay ningún paso llamado “{value}”, así que la guía se abre en el primer paso.',
  noticeBadAudience: '“{value}” no es un tipo de lector de esta guía, así que el texto es para pacientes.',
  noticeUnknownPage: 'No hay ninguna página llamada “{value}”, así que se abre la guía paso a paso.',
  noticeUnknownCompare: 'Este enlace pide una comparación llamada “{value}”, que aquí no está, así que se abre la vista de siempre.',
  noticeUnknownSurgeonView: 'Este enlace pide una vista llamada “{value}”, que aquí no está, así que se abre la vista 3D de siempre.',
  noticeUnknownView: 'Este enlace pide una ventana llamada “{value}”, que aquí no está, así que se abre la guía de siempre.',
  noticeUnknownQuiz: 'No hay ninguna autoevaluación llamada “{value}”, así que se abre la guía paso a paso.',
  noticeMalformedLink: 'No se pudo leer una parte de este enlace, así que esa parte se dejó de lado.',
  noticeUnknownLanguage: 'Este enlace pide un idioma llamado “{value}”, que aquí no está, así que el texto está en inglés.',
  noticeLanguageFailed: 'No se pudo cargar el texto en {value}, así que sigue como estaba. Revise su conexión y vuelva a cargar la página.',
  dismissNotice: 'Cerrar',
  /** The language switch in the header. */
  language: 'Idioma',
  // a consultation sheet kept on this device that could not be used
  noticeSheetCorrupt: 'No se pudo leer la hoja que guardó, así que su hoja empieza vacía.',
  noticeSheetOldVersion: 'La hoja que guardó es de otra versión de este sitio, así que su hoja empieza vacía.',
  noticeSheetTooLarge: 'La hoja que guardó era demasiado grande para abrirla, así que su hoja empieza vacía.',

  // the pages around the steps
  guideNav: 'Guía',
  menu: 'Menú',
  pageWelcome: 'Acerca de',
  pageDecide: '¿Recubrimiento o reemplazo total?',
  pageQuestions: 'Preguntas',
  pageSheet: 'Mi hoja',
  pageRecovery: 'Recuperación',
  pageGlossary: 'Glosario',
  pageReferences: 'Referencias',
  closePage: 'Volver a los pasos',
  start: 'Empezar la guía',

  // preferences
  largerText: 'Texto más grande',

  medicalNote: 'Solo para aprender, no es un consejo médico. Hable con su cirujano sobre su cadera.',
}
