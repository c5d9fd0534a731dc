import type {ServiceInput} from './types.ts'

export const intensiveOutpatient: ServiceInput = {
  slug: 'intensive-outpatient-program',
  title: 'Intensive Outpatient Program (IOP)',
  summary:
    'Structured group-centered treatment several days a week, for people who need more than weekly therapy but can live at home.',
  groupName: 'IOP',
  relatedCategory: 'intensive-outpatient',
  sections: [
    {
      heading: 'Who it is for',
      paragraphs: [
        'Adults living with depression, anxiety, trauma or substance use whose symptoms are getting in the way of work, family or daily routines, and who are safe to live at home while in treatment.',
        'It also suits people stepping down from a hospital or residential stay who want to keep their progress as they return to ordinary life.',
      ],
      points: [],
    },
    {
      heading: 'The weekly rhythm',
      paragraphs: [
        'Several sessions a week, each a few hours long, for a set number of weeks. Most of that time is spent in group, with an individual session with your primary clinician each week. The days, times and next start of each IOP group are listed on this page.',
      ],
      points: [],
    },
    {
      heading: 'What a day looks like',
      paragraphs: [],
      points: [
        'A short check-in where each person says how they are arriving.',
        'A skills block: a practical tool for cravings, panic, sleep or conflict, practiced in the room.',
        'Process group: members bring what is happening in their lives and work on it together.',
        'A closing plan for the next day or two.',
      ],
    },
    {
      heading: 'A bridge between inpatient care and daily life',
      paragraphs: [
        'You keep living at home, and usually keep some of your commitments, while getting several hours of support a week. New habits are tried at home and reviewed in group days later, while they are still fresh.',
      ],
      points: [],
    },
    {
      heading: 'How to start',
      paragraphs: [],
      points: [
        'Ask for a call back, or call the office.',
        'A short phone conversation about what is going on and whether the IOP fits.',
        'An intake appointment to agree your goals and your schedule.',
      ],
    },
  ],
  faq: [
    {
      question: 'Do I have to talk in group?',
      answer:
        'No. You can listen until you are ready. Most people find they want to speak within the first few sessions.',
    },
    {
      question: 'Can I keep working while I attend?',
      answer:
        'Many people do. The schedule is agreed with you at intake, and we can provide a letter for your employer if you need one.',
    },
    {
      question: 'Is the IOP covered by insurance?',
      answer:
        'Many plans cover intensive outpatient care. The plans we accept and our self-pay rates are on the Insurance and fees page, and the office will check your benefits with you before you start.',
    },
    {
      question: 'What if I need more support than the IOP offers?',
      answer:
        'We will tell you honestly and help you find the right level of care. In a crisis, call or text 988 at any hour, or call 911.',
    },
  ],
}
