/**
 * Every interface string, in English. Keys here are the keys every language must give.
 * `{name}` marks a value filled in at run time (see src/ui/useText.ts).
 */
import { viewport } from './viewport'

export const ui = {
  ...viewport,
  appName: 'Resurface',
  tagline: 'Hip resurfacing, step by step',
  documentTitle: '{title} · Resurface',

  // moving through the steps
  nextStep: 'Next step',
  previousStep: 'Previous step',
  next: 'Next',
  previous: 'Previous',
  stepOf: 'Step {n} of {total}',
  stepsNav: 'Steps',
  showSteps: 'All steps',
  announceStep: 'Step {n} of {total}: {title}',

  // the step panel
  labelsHeading: 'In this view',
  sourcesHeading: 'Sources',
  sourceLink: 'Source {id}',

  // audience
  audience: 'Audience',
  audiencePatient: 'Patient',
  audienceStudent: 'Student',

  // the 3D view's controls
  viewControls: 'View controls',
  replay: 'Replay',
  replayAnimation: 'Replay animation',
  pause: 'Pause',
  pauseAnimation: 'Pause animation',
  play: 'Play',
  playAnimation: 'Play animation',
  resetView: 'Reset view',
  /** Students: label the bones' landmarks instead of the step's labels. */
  landmarks: 'Landmarks',
  /** The switch between the 3D view as it is, the X-ray and the cut. */
  surgeonViews: 'How to look at the hip',
  viewAsIs: '3D',
  layers: 'Layers',
  resetLayers: 'Reset layers',
  closeLayers: 'Close layers',
  layerSkin: 'Skin',
  layerMuscle: 'Muscle',
  layerNerves: 'Nerves',
  layerBone: 'Bone',
  layerCartilage: 'Cartilage',
  layerImplants: 'Implants',
  layerInstruments: 'Instruments',
  layerShown: 'Show',
  layerGhost: 'See-through',
  layerHidden: 'Hide',

  // notices about the link that was opened
  noticeUnknownStep: 'There is no step called “{value}”, so the walkthrough opens at the first step.',
  noticeBadAudience: '“{value}” is not an audience here, so the text is written for patients.',
  noticeUnknownPage: 'There is no page called “{value}”, so the walkthrough opens instead.',
  noticeUnknownCompare: 'This link asks for a comparison called “{value}”, which is not here, so the usual view opens.',
  noticeUnknownSurgeonView: 'This link asks for a view called “{value}”, which is not here, so the usual 3D view opens.',
  noticeUnknownView: 'This link asks for a window called “{value}”, which is not here, so the usual walkthrough opens.',
  noticeUnknownQuiz: 'There is no self-test called “{value}”, so the walkthrough opens instead.',
  noticeMalformedLink: 'Part of this link could not be read, so that part was left out.',
  noticeUnknownLanguage: 'This link asks for a language called “{value}”, which is not offered here, so the text is in English.',
  noticeLanguageFailed: 'The text in {value} could not be loaded, so it stays as it was. Check your connection, then reload the page.',
  dismissNotice: 'Dismiss',
  /** The language switch in the header. */
  language: 'Language',
  // a consultation sheet kept on this device that could not be used
  noticeSheetCorrupt: 'Your saved sheet could not be read, so your sheet starts empty.',
  noticeSheetOldVersion: 'Your saved sheet was made by another version of this site, so your sheet starts empty.',
  noticeSheetTooLarge: 'Your saved sheet was too big to open, so your sheet starts empty.',

  // the pages around the steps
  guideNav: 'Guide',
  menu: 'Menu',
  pageWelcome: 'About',
  pageDecide: 'Resurfacing or a total hip?',
  pageQuestions: 'Questions',
  pageSheet: 'My sheet',
  pageRecovery: 'Recovery',
  pageGlossary: 'Glossary',
  pageReferences: 'References',
  closePage: 'Back to the walkthrough',
  start: 'Start the walkthrough',

  // preferences
  largerText: 'Larger text',

  medicalNote: 'For learning only, not medical advice. Talk to your surgeon about your own hip.',
} as const

export type UiKey = keyof typeof ui
