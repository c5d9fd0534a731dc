import {defineField, defineType} from 'sanity'

export const callToAction = defineType({
  name: 'callToAction',
  title: 'Call to action',
  type: 'object',
  description: 'A button that invites the reader to act, e.g. "Take the first step" to the contact page.',
  fields: [
    defineField({
      name: 'label',
      title: 'Button text',
      type: 'string',
      validation: (rule) => rule.required().max(60).error('Give the button a short label (up to 60 characters).'),
    }),
    defineField({
      name: 'href',
      title: 'Link',
      type: 'string',
      description: 'A page of this site ("/contact") or a full web address.',
      initialValue: '/contact',
      validation: (rule) =>
        rule
          .required()
          .custom((value) =>
            typeof value === 'string' && /^(\/(?!\/)|https:\/\/|mailto:|tel:)/.test(value)
              ? true
              : 'Use a site path such as /contact, or an https://, mailto: or tel: link.',
          ),
    }),
    defineField({name: 'text', title: 'Lead-in text', type: 'text', rows: 2}),
  ],
  preview: {select: {title: 'label', subtitle: 'href'}},
})
