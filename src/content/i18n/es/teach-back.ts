/**
 * Teach-back at the end of each chapter, in Spanish (es-419), for patients. Each key point restates a
 * fact the chapter's patient step text already gives (src/content/i18n/en/steps.ts), with the
 * same sources. Grade 8 or lower (tests/unit/teach-back.test.ts).
 */
import type { TeachBackText } from '../../teach/teach-back-text'

export const teachBack: TeachBackText = {
  title: 'Say it back',
  intro: 'Try to explain this part in your own words. This checks how clearly this app explained it. It is not a test of you.',
  thinkLabel: 'Your own words (you do not have to type)',
  thinkNote: 'What you type stays on this screen. It is not saved or sent anywhere.',
  showPoints: 'Show the key points',
  hidePoints: 'Hide the key points',
  pointsIntro: 'Compare these with what you said. If a point was missing or unclear, the app can go over it again.',
  explainAgain: 'Explain it again',
  explainAgainHint: 'Goes back to the start of “{chapter}”.',
  chapters: {
    'the-hip': {
      prompt: 'In your own words, how does a healthy hip work, and what changes when it has arthritis?',
      keyPoints: [
        { text: 'Your hip is a ball and socket joint. A smooth layer of {{cartilage}} covers both parts, so they glide.', sources: ['80', '81'] },
        { text: 'With arthritis, the cartilage wears thin. Bone can rub on bone, so the hip may hurt and feel stiff.', sources: [] },
        { text: 'If the damage is bad, one kind of operation may help. It is called hip resurfacing.', sources: ['41'] },
      ],
    },
    opening: {
      prompt: 'In your own words, how does the surgeon reach the joint inside your hip?',
      keyPoints: [
        {
          text: 'You lie on your side. One cut is made over the side and back of your hip. It is often longer than for a total hip replacement.',
          sources: ['3', '8'],
        },
        { text: 'The surgeon parts the large buttock muscle and frees small muscles behind the joint. They are repaired at the end.', sources: ['3', '83'] },
        { text: 'The main nerve to your leg runs just behind these muscles. The surgeon takes care to protect it.', sources: ['3'] },
        { text: 'The bag of tissue around the joint is opened. Then the ball is eased out of the socket.', sources: ['3', '4'] },
      ],
    },
    socket: {
      prompt: 'In your own words, how is the socket made ready, and what holds the new cup in place?',
      keyPoints: [
        { text: 'First the surgeon measures the ball and its neck, so the cap will fit without cutting into the neck.', sources: ['12', '14'] },
        { text: 'A round, spinning tool shapes the socket into a bowl a little smaller than the cup.', sources: ['22'] },
        {
          text: 'The cup is tapped into the bowl. The tight fit holds it, with no cement and no screws. Bone grows into its rough coating.',
          sources: ['1', '2'],
        },
        { text: 'The surgeon sets its angle with care, since a cup set too steeply can wear out early.', sources: ['23', '26'] },
      ],
    },
    'femoral-head': {
      prompt: 'In your own words, how is the ball of your thigh bone made ready for the cap?',
      keyPoints: [
        { text: 'A thin pin goes through the middle of the ball, along the neck. The shaping tools slide over it.', sources: ['12'] },
        {
          text: 'Cutters trim off what is left of the cartilage and a thin layer of bone, so the cap fits closely.',
          sources: ['54', '55', '18', '20'],
        },
        { text: 'The hollow centre of your thigh bone is not opened.', sources: ['2', '55'] },
        { text: 'A small amount of bone cement holds the cap firmly onto the shaped ball.', sources: ['17', '18'] },
      ],
    },
    finishing: {
      prompt: 'In your own words, what are the parts of your new hip, and how does the operation end?',
      keyPoints: [
        { text: 'Your new hip has two parts: the cap on the ball and the cup in the socket.', sources: ['39'] },
        { text: 'The ball is eased back into the cup. The surgeon checks that the hip moves well and stays in place.', sources: ['83'] },
        {
          text: 'The small muscles and the tissue around the joint are repaired, and the wound is closed. A thin tube may let fluid out for a day or two.',
          sources: ['83'],
        },
      ],
    },
    after: {
      prompt: 'In your own words, what will you avoid doing in the first weeks?',
      keyPoints: [
        { text: 'For some weeks, you will usually be asked not to bend your hip past a right angle.', sources: ['61', '65'] },
        { text: 'You will also be asked not to cross your legs or turn your leg inward.', sources: ['61', '65'] },
        { text: 'At first you walk with crutches and put only part of your weight on the leg.', sources: ['60'] },
      ],
    },
  },
}
