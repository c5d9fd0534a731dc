import type {ServiceInput} from './types.ts'

export const groupTherapy: ServiceInput = {
  slug: 'group-therapy',
  title: 'Group therapy',
  summary: 'Small groups led by licensed clinicians, where people practice new skills and find they are not alone.',
  groupName: 'therapy',
  relatedCategory: 'group-therapy',
  sections: [
    {
      heading: 'Why groups',
      paragraphs: [
        'Hearing someone else describe the struggle you thought was yours alone is one of the quickest ways to loosen shame. Groups also give you a safe room to practice what is hard outside it: disagreeing, asking for help, setting limits.',
      ],
      points: [],
    },
    {
      heading: 'What groups we run',
      paragraphs: [],
      points: [
        'Process groups, where members work on what is happening in their lives.',
        'Skills groups, for practical tools for anxiety, cravings, sleep and conflict.',
        'A BIPOC group, for Black, Indigenous and People of Color.',
      ],
    },
    {
      heading: 'How a group works',
      paragraphs: [
        'Groups are small, meet at the same time each week and are led by a licensed clinician. Members agree to keep what is shared in the room confidential.',
      ],
      points: [],
    },
  ],
  faq: [
    {
      question: 'How many people are in a group?',
      answer: 'Usually six to ten, so that everyone has room to speak and to be heard.',
    },
    {
      question: 'What about confidentiality?',
      answer:
        'Members agree that what is said in group stays in group. Clinicians are bound by law and professional ethics, and explain the few legal exceptions at the first session.',
    },
    {
      question: 'Can I be in group and individual therapy at the same time?',
      answer: 'Yes. Many people do both, and your clinicians can coordinate with your consent.',
    },
  ],
}
