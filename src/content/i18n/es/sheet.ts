/**
 * The consultation sheet, in Spanish (es-419): the controls on the questions page that fill it, and the
 * sheet page itself (what is printed and taken to the surgeon). Patient prose: grade 8 or lower,
 * measured by tests/unit/sheet.test.ts.
 */
import type { SheetText } from '../types'

export const sheet: SheetText = {
  title: 'My consultation sheet',
  intro: [
    {
      text: 'Print this sheet and take it to your talk with your surgeon. It has your questions, what matters to you and the main numbers. There is room to write the answers.',
      sources: [],
    },
  ],

  // On the questions page
  addToSheet: 'Add to my sheet',
  onSheetCount: 'Questions on your sheet: {count}.',
  openSheet: 'See and print my sheet',
  ownHeading: 'Your own questions',
  ownIntro: 'Type a question of your own. It goes on your sheet.',
  ownLabel: 'Your question',
  ownAdd: 'Add',
  ownEdit: 'Edit',
  ownEditLabel: 'Change your question',
  ownSave: 'Save',
  ownCancel: 'Cancel',
  ownRemove: 'Remove',
  ownItemLabel: 'Your question {n}',
  ownFull: 'Your sheet has room for {max} questions of your own. Remove one to add another.',

  // On the sheet page
  date: 'Date: {date}',
  questionsHeading: 'My questions',
  questionsEmpty: 'There are no questions on your sheet yet.',
  chooseQuestions: 'Choose or type questions',
  answer: 'Answer:',
  valuesHeading: 'What matters most to me',
  valuesEmpty: 'You have not said yet what matters most to you.',
  chooseValues: 'Think about what matters to you',
  numbersHeading: 'Numbers I looked at',
  numbersFor: 'Who these numbers are about: {group}',
  recoveryHeading: 'Recovery, as it often goes',
  learningOnly: 'For learning only. This is not medical advice. Your surgeon knows your own hip.',

  // Its controls
  actionsLabel: 'Your sheet',
  print: 'Print or save as PDF',
  printHint: 'To save a PDF, choose “Save as PDF” in the print window.',
  clear: 'Clear my sheet',
  clearAsk: 'Clear your sheet? Your questions and choices will be erased from this device.',
  clearYes: 'Yes, clear it',
  clearNo: 'Keep it',
  cleared: 'Your sheet is now empty.',
  keptHere: 'Kept only on this device. Nothing is sent anywhere.',
  notKept: 'This browser cannot keep your sheet: print it before you leave.',
}
