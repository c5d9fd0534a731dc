import type {ServiceInput} from './types.ts'

export const bipocGroupTherapy: ServiceInput = {
  slug: 'bipoc-group-therapy',
  title: 'BIPOC group therapy',
  summary: 'A group for Black, Indigenous and People of Color, facilitated by a clinician of color.',
  groupName: 'BIPOC',
  relatedCategory: 'bipoc-community-care',
  sections: [
    {
      heading: 'A room where you do not have to explain',
      paragraphs: [
        'Many people of color carry a second load in therapy: explaining racism, culture or family expectations before they can work on what brought them in. This group starts from shared ground, so that energy goes to healing.',
      ],
      points: [],
    },
    {
      heading: 'What members work on',
      paragraphs: [],
      points: [
        'Stress and exhaustion from discrimination at work, at school or in care',
        'Family expectations and generational patterns',
        'Grief, including collective grief',
        'Rest and joy as care',
      ],
    },
  ],
  faq: [
    {
      question: 'Who can join?',
      answer:
        'Adults who identify as Black, Indigenous or a Person of Color. If you are unsure whether the group is right for you, ask us.',
    },
    {
      question: 'Is this group part of the IOP?',
      answer: 'It is offered within the Intensive Outpatient Program. Ask the office about joining it on its own.',
    },
  ],
}
