/**
 * The decision aid in Spanish (es-419): "Resurfacing, a total hip replacement, or not yet". Every claim
 * comes from ../shared/clinical/FACTS.md (sections 5, 7, 9 and 10) with its source ids; the
 * numbers are data in src/content/decide/figures.ts and the words below say the same numbers
 * (tests/unit/decide-content.test.ts checks both, and the reading grade of the patient text).
 *
 * Rules kept here: natural frequencies out of 100, the same group and period for both
 * operations, both framings, no relative figure without the absolute ones beside it, and words
 * ("the sources give no figure") where a number does not exist. It never recommends an option.
 */
import type { DecideText } from '../../decide/types'

export const decide: DecideText = {
  title: 'Resurfacing or a total hip?',
  lead: [
    {
      text: 'This page helps you think about a choice for a worn hip. You can have {{hip-resurfacing|resurfacing}}, a {{total-hip-replacement|total hip replacement}}, or wait for now.',
      sources: [],
    },
    {
      text: 'It shows what is known about each choice, side by side, in the same way. It does not tell you what to choose.',
      sources: ['108'],
    },
  ],

  condition: {
    heading: 'The problem: a worn hip',
    body: [
      {
        text: 'Your hip is a ball and socket joint. In {{arthritis|osteoarthritis}}, the smooth layer on the ball and in the socket wears thin. The hip can hurt and feel stiff.',
        sources: [],
      },
      {
        text: 'When the damage is bad, an operation is one way to help. Resurfacing is mostly for people under 65, who are likely to outlive a standard total hip.',
        sources: ['41'],
      },
    ],
  },

  decision: {
    heading: 'The choice: resurfacing, a total hip, or not yet',
    body: [{ text: 'There are three choices. You can talk about all of them with your surgeon.', sources: ['113'] }],
    list: [
      {
        text: 'Resurfacing: the surgeon shapes the ball of your thigh bone and fits a cap over it. A thin cup lines the socket. Your own ball and neck stay.',
        sources: ['39', '2', '51'],
      },
      {
        text: 'Total hip: the surgeon takes out the ball and the neck below it. A stem goes inside the thigh bone, with a new ball on top. A cup lines the socket.',
        sources: ['86', '87', '51'],
      },
      {
        text: 'Not yet: no operation for now. People often keep active, watch their weight, take pain relief and use a stick. This is commonly advised, but our sources give no numbers for it.',
        sources: [],
      },
    ],
    after: [
      {
        text: 'Some people think resurfacing is the safer choice. Many of them got that idea from people who are not surgeons. The numbers below show what the joint records found.',
        sources: ['107'],
      },
    ],
  },

  options: {
    resurfacing: { name: 'Resurfacing', short: 'Resurfacing' },
    thr: { name: 'Total hip replacement', short: 'Total hip' },
    'not-yet': { name: 'Not yet: keep managing', short: 'Not yet' },
  },

  table: {
    heading: 'The three choices side by side',
    intro: [{ text: 'Each row asks the same question about each choice. Some boxes say the sources have no answer.', sources: [] }],
    caption: 'What each choice means, its good points and its risks',
    featureColumn: 'Question',
    rows: [
      {
        id: 'what-happens',
        feature: 'What is done?',
        cells: {
          resurfacing: [
            {
              text: 'Two parts are fitted: a cap on the shaped ball, held with bone cement, and a thin cup in the socket, held by a tight fit.',
              sources: ['39', '2', '1'],
            },
          ],
          thr: [
            {
              text: 'The ball and neck are cut off. A stem goes down the middle of the thigh bone, with or without cement. A ball goes on top and a cup in the socket.',
              sources: ['86', '87', '88'],
            },
          ],
          'not-yet': [{ text: 'No operation for now. You keep your own hip and look after it.', sources: [] }],
        },
      },
      {
        id: 'who-for',
        feature: 'Who is it usually for?',
        cells: {
          resurfacing: [
            {
              text: 'Mostly people under 65. The best results are in men with a large ball and strong bone. In the UK, the regulator advises against the Birmingham implant for women.',
              sources: ['41', '35', '58', '34'],
            },
            { text: 'It is not advised with weak bones, a metal allergy, or kidneys that do not work well.', sources: ['39'] },
          ],
          thr: [{ text: 'People with a badly worn hip. Our sources give no age limit for it.', sources: [] }],
          'not-yet': [{ text: 'Anyone who does not want, or is not ready for, an operation now.', sources: [] }],
        },
      },
      {
        id: 'bone',
        feature: 'How much of your bone is kept?',
        cells: {
          resurfacing: [
            { text: 'More of the thigh bone is kept. The inside of the thigh bone is not opened.', sources: ['2', '55'] },
            { text: 'But often more bone is taken from the socket than in a total hip.', sources: ['55', '56'] },
          ],
          thr: [{ text: 'The ball and neck are taken out, and the middle of the thigh bone is hollowed for the stem.', sources: ['86', '55'] }],
          'not-yet': [{ text: 'No bone is taken.', sources: [] }],
        },
      },
      {
        id: 'second-operation',
        feature: 'How likely is a second operation?',
        cells: {
          resurfacing: [
            {
              text: 'In men under 65, about the same as a total hip. In women, the chance is higher. See the numbers below.',
              sources: ['96', '98', '44'],
            },
            { text: 'If one is needed, often only the part on the thigh bone is changed.', sources: ['49'] },
          ],
          thr: [
            { text: 'In men under 65, about the same as resurfacing. In women, the chance is lower. See the numbers below.', sources: ['96', '98', '44'] },
            { text: 'About 85 in 100 total hips last 15 years. There is no matching figure for resurfacing.', sources: ['100'] },
          ],
          'not-yet': [
            {
              text: 'There is no implant to wear out. Our sources give no numbers on how a worn hip changes over time. Ask your surgeon.',
              sources: [],
            },
          ],
        },
      },
      {
        id: 'dislocation',
        feature: 'Can the hip come out of place?',
        cells: {
          resurfacing: [
            {
              text: 'Rarely, because the ball stays large. In trials it happened less often than after a total hip. The trials give no number.',
              sources: ['53', '29', '94'],
            },
          ],
          thr: [{ text: 'About 2 in 100 people over about 6 years. See the numbers below.', sources: ['92'] }],
          'not-yet': [{ text: 'This risk comes from an operation, so it does not apply.', sources: [] }],
        },
      },
      {
        id: 'other-risks',
        feature: 'What other risks are there?',
        cells: {
          resurfacing: [
            { text: 'The neck of the thigh bone can break, in about 1 to 1.5 in 100 people, mostly in the first months.', sources: ['15', '49'] },
            {
              text: 'With a {{metal-on-metal}} joint, tiny bits of metal can wear off and cause a reaction around the hip. Women are most affected.',
              sources: ['48', '34'],
            },
            { text: 'It cannot even out legs of different lengths. As with any hip operation, there is a risk of nerve injury, infection and clots.', sources: ['54', '29', '85'] },
          ],
          thr: [
            { text: 'Some people have pain in the thigh after a stem fixed without cement.', sources: ['106'] },
            { text: 'Legs can end up of different lengths, which can make walking harder.', sources: ['105'] },
            { text: 'As with any hip operation, there is a risk of infection and clots.', sources: ['85', '113'] },
          ],
          'not-yet': [
            { text: 'No risks from an operation. The worn hip stays as it is, with its pain and stiffness.', sources: [] },
          ],
        },
      },
      {
        id: 'hospital',
        feature: 'How long in hospital?',
        cells: {
          resurfacing: [{ text: 'Usually 2 to 3 days.', sources: ['62', '10'] }],
          thr: [{ text: 'Usually 3 to 5 days. With a fast recovery plan, 1 to 3 days.', sources: ['102'] }],
          'not-yet': [{ text: 'None.', sources: [] }],
        },
      },
      {
        id: 'crutches',
        feature: 'How long on crutches?',
        cells: {
          resurfacing: [{ text: 'Crutches for 2 to 3 weeks. Most people walk with no aid by weeks 4 to 6.', sources: ['60'] }],
          thr: [{ text: 'Our sources give no timeline for a total hip. Ask your surgeon.', sources: [] }],
          'not-yet': [{ text: 'Using a stick is commonly advised. Our sources give no numbers.', sources: [] }],
        },
      },
      {
        id: 'driving',
        feature: 'When can you drive?',
        cells: {
          resurfacing: [{ text: 'About 6 weeks, or once you can safely make an emergency stop.', sources: ['66', '62'] }],
          thr: [{ text: 'Our sources give no time for a total hip. Ask your surgeon.', sources: [] }],
          'not-yet': [{ text: 'No break from driving for an operation.', sources: [] }],
        },
      },
      {
        id: 'work',
        feature: 'When can you go back to work?',
        cells: {
          resurfacing: [{ text: 'On average, after about 4 months.', sources: ['63'] }],
          thr: [{ text: 'In one review, 69 in 100 people went back to work.', sources: ['103'] }],
          'not-yet': [{ text: 'No time off for an operation.', sources: [] }],
        },
      },
      {
        id: 'sport',
        feature: 'Sport and daily movement',
        cells: {
          resurfacing: [
            { text: 'On average, people went back to sport after about 3 and a half months. No high-impact sport for 6 months.', sources: ['63', '65'] },
            { text: 'In trials, movement and daily use were no better than after a total hip.', sources: ['51', '99', '94'] },
          ],
          thr: [
            { text: '82 in 100 people went back to their sport at their old level. It took 16 to 28 weeks.', sources: ['103'] },
            { text: 'In trials, people moved about as well as after resurfacing.', sources: ['51', '99', '94'] },
          ],
          'not-yet': [{ text: 'Keeping active is commonly advised. Our sources give no numbers.', sources: [] }],
        },
      },
      {
        id: 'follow-up',
        feature: 'Blood tests for metal later?',
        cells: {
          resurfacing: [
            {
              text: 'Yes, if the joint is metal-on-metal. Most resurfacing joints are. Every metal-on-metal hip needs blood tests for metal over the years.',
              sources: ['104', '91'],
            },
            { text: 'Some newer resurfacing joints are {{ceramic}}, not metal.', sources: ['30', '32'] },
          ],
          thr: [
            {
              text: 'Usually not. Fewer than 1 in 100 hips today are metal-on-metal, so most total hips need no blood tests for metal.',
              sources: ['91', '104'],
            },
          ],
          'not-yet': [{ text: 'No.', sources: [] }],
        },
      },
    ],
  },

  numbers: {
    heading: 'The numbers, out of 100 people',
    intro: [
      {
        text: 'Each picture shows 100 people. The filled shapes are the people who had the problem. Pick the group that is most like you.',
        sources: ['109', '110', '111'],
      },
      {
        text: 'The numbers come from joint records and studies, and they are a few years old. Each one says when it was reported. Newer implants may do better or worse.',
        sources: ['112', '101'],
      },
    ],
    groupLegend: 'Who is most like you?',
    groups: {
      'men-under-65': 'A man under 65 with a hip worn by arthritis',
      everyone: 'Anyone (all people who had the operation)',
      women: 'A woman',
    },
    comparisons: {
      'revision-men-under-65': {
        title: 'A second operation within 5 years',
        who: {
          text: 'Out of 100 men under 65 with a hip worn by arthritis. The figures are from the joint records in Australia. They were reported in 2010.',
          sources: ['96'],
        },
        figures: {
          resurfacing: { had: '2.5 in 100 needed a second operation', hadNot: '97.5 in 100 did not', sources: ['96'] },
          thr: { had: '2.8 in 100 needed a second operation', hadNot: '97.2 in 100 did not', sources: ['96'] },
        },
        note: { text: 'For these men, the two are about the same.', sources: ['96', '98'] },
      },
      'revision-everyone-australia': {
        title: 'A second operation within 8 years',
        who: {
          text: 'Out of 100 people, both men and women, young and old. The figures come from the joint records in Australia. The records go up to 2008, and they were put out in 2010.',
          sources: ['95'],
        },
        figures: {
          resurfacing: { had: '5.3 in 100 needed a second operation', hadNot: '94.7 in 100 did not', sources: ['95'] },
          thr: { had: '4 in 100 needed a second operation', hadNot: '96 in 100 did not', sources: ['95'] },
        },
      },
      'revision-everyone-finland': {
        title: 'A second operation within 10 years',
        who: {
          text: 'Out of 100 people, both men and women, young and old. The figures are from the joint records in Finland. They were reported in 2016. The total hips here were fixed without cement.',
          sources: ['97'],
        },
        figures: {
          resurfacing: { had: '14 in 100 needed a second operation', hadNot: '86 in 100 did not', sources: ['97'] },
          thr: { had: '8 in 100 needed a second operation', hadNot: '92 in 100 did not', sources: ['97'] },
        },
        note: { text: 'In these records, women had about twice the risk of men after resurfacing.', sources: ['97'] },
      },
      'revision-women': {
        title: 'A second operation within 5 years',
        who: {
          text: 'Out of 100 women aged about 55, with a small ball (42 mm), who had resurfacing. And out of 100 people who had a total hip held with cement. The figures come from the joint records in England and Wales. They were reported in 2012.',
          sources: ['44'],
        },
        figures: {
          resurfacing: {
            had: '8.3 in 100 needed a second operation',
            hadNot: '91.7 in 100 did not',
            uncertainty: 'The true number is likely between 7.2 and 9.7 in 100.',
            sources: ['44'],
          },
          thr: {
            had: '1.5 to 1.9 in 100 needed a second operation',
            hadNot: '98.1 to 98.5 in 100 did not',
            uncertainty: 'The source gives a range. The striped shapes show it.',
            sources: ['44'],
          },
        },
        relative: {
          text: 'Another study of the same records looked at people under 60. For women, a second operation after resurfacing was 5 to 6 times as likely as after a total hip with cement. For men, it was about the same.',
          sources: ['98'],
        },
      },
      dislocation: {
        title: 'The hip coming out of place',
        who: { text: 'Out of 100 people, over about 6 years. From many studies, reported in 2019.', sources: ['92', '94'] },
        figures: {
          resurfacing: {
            noFigure:
              'No number. Trials found this happened less often after resurfacing than after a total hip, but they give no number for each group.',
            sources: ['94'],
          },
          thr: {
            had: '2.1 in 100 had the hip come out of place',
            hadNot: '97.9 in 100 did not',
            uncertainty: 'The true number is likely between 1.8 and 2.4 in 100. Newer studies found about 0.7 in 100.',
            sources: ['92', '93'],
          },
        },
      },
      'neck-fracture': {
        title: 'The neck of the thigh bone breaking',
        who: { text: 'Out of 100 people, mostly in the first months after surgery. From Australia, reported in 2005.', sources: ['15', '49'] },
        figures: {
          resurfacing: {
            had: '1 to 1.5 in 100 had the neck break',
            hadNot: '98.5 to 99 in 100 did not',
            uncertainty: 'The sources give a range. The striped shapes show it.',
            sources: ['15', '49'],
          },
          thr: {
            noFigure: 'No number. A total hip takes out the neck of the thigh bone, and our sources give no figure to compare.',
            sources: ['51', '43'],
          },
        },
      },
    },
    key: { had: 'Had the problem', range: 'The range the source gives', hadNot: 'Did not' },
    after: [
      {
        text: 'These are averages from large groups. Your own chance depends on your hip, your bone, the implant and the surgeon. Ask your surgeon what the numbers are for someone like you.',
        sources: ['27', '28', '113'],
      },
      {
        text: 'NICE, which sets health guidance in England, says a hip implant should need a second operation in 5 in 100 hips or fewer by 10 years.',
        sources: ['43'],
      },
    ],
  },

  values: {
    heading: 'What matters most to you?',
    intro: [
      {
        text: 'People weigh these things in different ways. For each one, choose how much it matters to you. The summary shows what the sources say about each choice.',
        sources: ['108'],
      },
    ],
    weights: { little: 'A little', some: 'Some', 'a-lot': 'A lot' },
    items: {
      'keep-bone': {
        legend: 'Keeping as much of my thigh bone as I can',
        says: {
          resurfacing: { text: 'Keeps more of the thigh bone, but often takes more bone from the socket.', sources: ['2', '55', '56'] },
          thr: { text: 'Takes out the ball and neck, and the stem goes inside the thigh bone.', sources: ['86', '55'] },
          'not-yet': { text: 'No bone is taken for now.', sources: [] },
        },
      },
      'second-operation': {
        legend: 'A low chance of a second operation',
        says: {
          resurfacing: {
            text: 'In men under 65, about the same chance as a total hip. In women, a higher chance.',
            sources: ['96', '98', '44'],
          },
          thr: { text: 'In men under 65, about the same chance as resurfacing. In women, a lower chance.', sources: ['96', '98', '44'] },
          'not-yet': { text: 'No implant, so no second operation for now. Our sources give no numbers for waiting.', sources: [] },
        },
      },
      'metal-follow-up': {
        legend: 'No metal joint that needs blood tests over the years',
        says: {
          resurfacing: {
            text: 'Most resurfacing joints are metal-on-metal, and every metal-on-metal hip needs blood tests for metal.',
            sources: ['91', '104'],
          },
          thr: { text: 'Most total hips are not metal-on-metal, so most need no blood tests for metal.', sources: ['91', '104'] },
          'not-yet': { text: 'No implant and no blood tests.', sources: [] },
        },
      },
      'return-to-sport': {
        legend: 'Getting back to sport',
        says: {
          resurfacing: {
            text: 'People went back to sport after about 3 and a half months on average. Movement was no better than after a total hip.',
            sources: ['63', '51', '99', '94'],
          },
          thr: { text: '82 in 100 people went back to their sport at their old level.', sources: ['103', '51', '99'] },
          'not-yet': { text: 'Keeping active is commonly advised. Our sources give no numbers.', sources: [] },
        },
      },
      'recovery-time': {
        legend: 'A short hospital stay and a quick recovery',
        says: {
          resurfacing: { text: 'Usually 2 to 3 days in hospital. Crutches for 2 to 3 weeks.', sources: ['62', '10', '60'] },
          thr: { text: 'Usually 3 to 5 days in hospital. With a fast recovery plan, 1 to 3 days.', sources: ['102'] },
          'not-yet': { text: 'No hospital stay and no recovery from an operation.', sources: [] },
        },
      },
    },
    clear: 'Clear my choices',
    summaryHeading: 'Your summary',
    summaryEmpty: 'Choose how much each thing matters to you, and a summary will show here.',
    summaryGroups: { 'a-lot': 'Matters a lot to you', some: 'Matters some to you', little: 'Matters a little to you' },
    summaryNote: [
      {
        text: 'This summary does not add up a score, and it does not pick a choice for you. The decision is yours and your surgeon’s.',
        sources: [],
      },
    ],
  },

  actions: {
    heading: 'Next steps',
    intro: [
      {
        text: 'You can see both hips side by side in 3D. You can also keep what matters to you on a sheet to take to your surgeon.',
        sources: [],
      },
    ],
    compare3d: 'Compare in 3D',
    sheet: 'Your consultation sheet',
    questions: 'Questions to ask your surgeon',
  },

  student: {
    heading: 'For students: the technique and the records',
    sections: [
      {
        heading: 'The femoral side',
        body: [
          {
            text: 'THR: the neck is cut with a saw at a level planned on the X-ray from the lesser trochanter; the cut sets leg length and offset. Resurfacing keeps the neck and only resurfaces the head.',
            sources: ['88', '51', '43'],
          },
          {
            text: 'THR: the canal is opened and broached for a metal stem, cemented or press-fit; stem length depends on design and size (Exeter standard 150 mm, shorter stems 95-125 mm), so about 10 to 15 cm. Resurfacing: the canal is not entered and the cap is cemented.',
            sources: ['86', '89', '2'],
          },
          {
            text: 'Head size: THR heads are small, now mostly 32 and 36 mm (22 mm in the 1960s, 28 mm in the 1990s); resurfacing keeps a large head, mean 48 mm (range 42-58 mm) in one series.',
            sources: ['90', '37'],
          },
          {
            text: 'Bearings: metal-on-metal is now under 1% of hips, mostly resurfacing in active men with large hips. THR bearings pair a metal or ceramic head with a polyethylene, ceramic or metal liner.',
            sources: ['91', '86', '87'],
          },
        ],
      },
      {
        heading: 'Registry and trial results by group',
        body: [
          {
            text: 'Australia (AOANJRR), 12,093 resurfacings to 2008: cumulative revision 5.3% at 8 years vs 4.0% for THR; in osteoarthritis under 55 with a head of 50 mm or more, 3.0% at 7 years.',
            sources: ['95'],
          },
          { text: 'Australia, men under 65 with primary osteoarthritis: 5-year revision 2.5% (resurfacing) vs 2.8% (THR).', sources: ['96'] },
          {
            text: 'Finland, 5,068 resurfacings: 10-year survival 86% vs 92% for cementless THR; women about twice the risk of men.',
            sources: ['97'],
          },
          {
            text: 'NJR (England and Wales), under 60: in men, revision similar across THR types and resurfacing; in women, resurfacing HR 5-6 vs cemented THR. Absolute 5-year figures: women 42 mm 8.3% (95% CI 7.2-9.7), men 54 mm 2.6%, cemented THR 1.5-1.9%.',
            sources: ['98', '44'],
          },
          { text: 'Trials (18 RCTs, 776 patients): revision 6.3% vs 6.1%, function similar.', sources: ['99'] },
          {
            text: 'Long term: about 85% of THRs last 15 years and 58% last 25 years. The most used current resurfacing had 94% unrevised at 17 years, below the 5 best THRs (2025).',
            sources: ['100', '101'],
          },
          {
            text: 'Dislocation: THR 2.1% (95% CI 1.8-2.4) over about 6 years, pooled over 125 studies and 4.6 million hips; 0.7% in studies of 2010-2020. Resurfacing had significantly fewer dislocations in a meta-analysis of 8 RCTs (844 patients, 7.7 years), with no per-group rates.',
            sources: ['92', '93', '94'],
          },
        ],
      },
      {
        heading: 'How this aid presents the evidence',
        body: [
          {
            text: 'Built on the IPDAS minimal standards: condition, decision, options including no surgery, benefits and harms in equal detail, what living with each is like, citations, date, update policy, uncertainty and funding.',
            sources: ['108'],
          },
          {
            text: 'Risks are natural frequencies out of 100, with the same group and period for both operations, both framings and a 100-icon array; no relative risk stands alone.',
            sources: ['109', '110', '111', '112'],
          },
          {
            text: 'NICE asks clinicians to discuss implant options, risks and the chance of more surgery, and to use evidence-based, quality-assured decision aids; decision aids improve knowledge and risk perception.',
            sources: ['113', '114', '115'],
          },
        ],
      },
    ],
    tables: [
      {
        caption: 'Second operation (revision), resurfacing and total hip, by group',
        columns: ['Group, records', 'Period', 'Resurfacing', 'Total hip'],
        rows: [
          { cells: ['Men under 65, osteoarthritis (Australia, 2010)', '5 years', '2.5 in 100', '2.8 in 100'], sources: ['96'] },
          { cells: ['All resurfacings to 2008 (Australia, 2010)', '8 years', '5.3 in 100', '4.0 in 100'], sources: ['95'] },
          { cells: ['All (Finland, 2016), cementless THR', '10 years', '14 in 100', '8 in 100'], sources: ['97'] },
          { cells: ['Women 42 mm vs cemented THR (NJR, 2012)', '5 years', '8.3 in 100', '1.5-1.9 in 100'], sources: ['44'] },
          { cells: ['Trials, 18 RCTs (2023)', 'trial follow-up', '6.3 in 100', '6.1 in 100'], sources: ['99'] },
        ],
      },
    ],
  },

  about: {
    heading: 'About this decision aid',
    publishedIso: '2026-12-02',
    published: 'Written on 2 December 2026.',
    nextReviewIso: '2027-12',
    body: [
      {
        text: 'Made by the Resurface team. It had no outside funding. No implant maker paid for it or had a say in it.',
        sources: [],
      },
      {
        text: 'It is checked again when our fact sheet changes, and at least once a year. The next check is due by December 2027.',
        sources: [],
      },
      {
        text: 'Every fact comes from a listed source. Switch to the student view to see the source numbers, and open the references page for the list.',
        sources: [],
      },
      {
        text: 'Numbers with “about”, a range, or a “likely between” show how sure the sources are. Some things have no number at all, and we say so.',
        sources: ['112'],
      },
    ],
  },

  yours: {
    heading: 'The choice is yours and your surgeon’s',
    body: [
      {
        text: 'This page cannot tell you which choice is right for you. Your surgeon knows your hip, your bone and your X-rays.',
        sources: [],
      },
      { text: 'Take your time, and talk it through together. It can help to write down what matters to you.', sources: ['114'] },
    ],
  },
}
