import type {ServiceInput} from './types.ts'

export const individualTherapy: ServiceInput = {
  slug: 'individual-therapy',
  title: 'Individual therapy',
  summary: 'One-to-one sessions with a licensed clinician, on their own or alongside group work.',
  groupName: 'skills',
  relatedCategory: 'coping-skills',
  sections: [
    {
      heading: 'What it offers',
      paragraphs: [
        'Individual therapy gives time and privacy to work on what you are not ready to bring to a group, and to tailor the work to your history and goals.',
      ],
      points: [],
    },
    {
      heading: 'Alongside the IOP',
      paragraphs: [
        'Everyone in the Intensive Outpatient Program meets one to one with a primary clinician each week. After the IOP, many people continue with individual sessions as a lighter level of care.',
      ],
      points: [],
    },
  ],
  faq: [
    {
      question: 'How often are sessions?',
      answer: 'Usually weekly at first; you and your clinician decide together as things change.',
    },
    {
      question: 'Can I choose my clinician?',
      answer: 'Tell us what matters to you (experience, gender, background) and we will do our best to match you.',
    },
  ],
}
