/**
 * The pages around the steps, in Spanish (es-419): opening screen, questions,
 * recovery, glossary and references. Same sourcing rules as the steps; the patient-facing
 * prose is measured by tests/unit/readability.test.ts.
 */
import type { Pages } from '../types'

export type { Pages }

export const pages: Pages = {
  common: {
    sources: 'Sources',
    seeAlso: 'See also',
  },

  welcome: {
    title: 'Hip resurfacing, step by step',
    lead: [
      {
        text: '{{hip-resurfacing|Hip resurfacing}} is an operation for a badly worn hip. The surgeon shapes the worn surfaces and fits two parts: a cap over the ball of the thigh bone, and a thin cup in the socket.',
        sources: ['39', '2'],
      },
      {
        text: 'It keeps more of your thigh bone than a {{total-hip-replacement|total hip replacement}}. It is not a smaller operation, though: the cut is often longer.',
        sources: ['2', '55', '6', '7', '8'],
      },
    ],
    whoFor: {
      heading: 'Who this is for',
      body: [
        {
          text: 'This walkthrough is for people who are thinking about the operation, and for their families. A more detailed view is there for medical students.',
          sources: [],
        },
      ],
    },
    howTo: {
      heading: 'How to use it',
      body: [{ text: 'The operation is split into 15 short steps. Each step shows a 3D picture of the hip and a few lines of text.', sources: [] }],
      list: [
        { text: 'Move through the steps in order with the next and previous buttons.', sources: [] },
        { text: 'Drag the 3D picture to look at the hip from another side. The reset button brings the view back.', sources: [] },
        { text: 'Choose the patient view or the student view. The student view adds detail, numbers and sources.', sources: [] },
        { text: 'Words with a dotted line have a plain meaning. Press the word to show or hide it.', sources: [] },
        { text: 'With a keyboard, use Tab to move between buttons, and Enter or Space to press one.', sources: [] },
      ],
    },
    notice: {
      heading: 'For learning only',
      body: [
        {
          text: 'This walkthrough is for education. It is not medical advice, and it does not take the place of a talk with your surgeon.',
          sources: [],
        },
        { text: 'Surgeons do some steps in other ways, and implants differ, so your operation may not look exactly like this.', sources: ['5', '30'] },
      ],
    },
    about: {
      heading: 'How the words were written',
      body: [
        {
          text: 'The patient text aims at a school reading grade of 8 or lower, because many patient pages about hip surgery are harder to read.',
          sources: ['P1', 'P2', 'P3'],
        },
        { text: 'There are two levels of detail, one for patients and one for students.', sources: ['P4'] },
        { text: 'The operation comes in short steps that you move through at your own pace, each with a guided view.', sources: ['P6', 'P7'] },
        { text: 'Every fact comes from a listed source. The student view shows which one.', sources: [] },
      ],
    },
    start: 'Start the walkthrough',
  },

  questions: {
    title: 'Questions to ask your surgeon',
    intro: [
      {
        text: 'Tick the questions you want to ask, or type your own. They go on your sheet, which you can print and take with you.',
        sources: [],
      },
    ],
    // The ids are stored on the person's sheet: never rename one (src/content/question-ids.ts).
    items: [
      { id: 'which-operation', text: 'Is resurfacing or a total hip replacement better for me, and why?', sources: ['41'] },
      { id: 'total-hip-instead', text: 'What would a total hip replacement mean for me instead?', sources: ['51', '55'] },
      { id: 'wait-meanwhile', text: 'Could I wait, and what can I do for my hip in the meantime?', sources: [] },
      { id: 'which-implant', text: 'Which implant would you use, and what is it made of?', sources: ['1', '30'] },
      { id: 'surgeon-experience', text: 'How many resurfacing operations have you done?', sources: ['27', '28'] },
      { id: 'second-operation', text: 'What is my chance of needing a second operation?', sources: ['35', '44'] },
      { id: 'numbers-like-me', text: 'Do the numbers I have read fit someone like me?', sources: ['35', '44'] },
      { id: 'metal-blood-tests', text: 'Will I need blood tests for metal levels after the operation?', sources: ['48'] },
      { id: 'leg-length', text: 'Could my legs end up a different length?', sources: ['54'] },
      { id: 'first-weeks', text: 'What should I avoid in the first weeks, and for how long?', sources: ['61', '65'] },
      { id: 'drive-work-sport', text: 'When can I drive, go back to work and play sport?', sources: ['66', '63'] },
      { id: 'warning-signs', text: 'Which problems should make me call you straight away?', sources: [] },
    ],
    teachBack: {
      heading: 'Check your understanding',
      body: [
        {
          text: 'At the end of your talk, say back in your own words what your surgeon told you. This is called teach-back. It is a simple way to check that nothing was missed.',
          sources: ['P5'],
        },
      ],
    },
  },

  recovery: {
    title: 'Recovery',
    intro: [{ text: 'This is a usual timeline. Your own may be faster or slower, and your care team will guide you.', sources: [] }],
    timelineLabel: 'Recovery timeline',
    stages: [
      { when: 'First 2 to 3 days', title: 'In hospital', text: { text: 'Most people stay in hospital for two to three days.', sources: ['62', '10'] } },
      {
        when: 'First 2 to 3 weeks',
        title: 'Walking with crutches',
        text: { text: 'You walk with crutches and put only part of your weight on the leg.', sources: ['60'] },
      },
      { when: 'By weeks 3 to 4', title: 'Full weight', text: { text: 'You can put your full weight on the leg.', sources: ['60'] } },
      { when: 'By weeks 4 to 6', title: 'No more crutches', text: { text: 'Most people now walk without a walking aid.', sources: ['60'] } },
      {
        when: 'About 6 weeks',
        title: 'Driving',
        text: { text: 'Many people drive again at about six weeks, or once they can safely do an emergency stop.', sources: ['66', '62'] },
      },
      { when: 'Weeks 6 to 12', title: 'Building strength', text: { text: 'Exercises make the muscles around your hip stronger.', sources: ['60'] } },
      {
        when: 'About 3 and a half months',
        title: 'Sport',
        text: { text: 'On average, people went back to sport after about three and a half months.', sources: ['63'] },
      },
      { when: 'About 4 months', title: 'Work', text: { text: 'On average, people went back to work after about four months.', sources: ['63'] } },
      {
        when: '6 months',
        title: 'High-impact activity',
        text: { text: 'Wait at least six months before running, jumping or other high-impact activity.', sources: ['65'] },
      },
    ],
    precautions: {
      heading: 'For the first weeks',
      body: [{ text: 'To protect the new joint while it heals:', sources: [] }],
      list: [
        { text: 'Do not bend your hip past a right angle.', sources: ['61', '65'] },
        { text: 'Do not cross your legs.', sources: ['61', '65'] },
        { text: 'Do not turn your leg inward.', sources: ['61', '65'] },
      ],
    },
    note: [{ text: 'Ask your surgeon how long these rules last for you.', sources: [] }],
  },

  glossary: {
    title: 'Glossary',
    intro: [{ text: 'The medical words in this walkthrough, in plain words.', sources: [] }],
  },

  references: {
    title: 'References',
    intro: [
      {
        text: 'Each fact in this walkthrough comes from one of these sources. In the student view, the numbers after a passage point to this list.',
        sources: [],
      },
    ],
  },
}
