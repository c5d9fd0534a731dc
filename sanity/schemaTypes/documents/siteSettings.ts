import {defineField, defineType} from 'sanity'

export const SITE_SETTINGS_ID = 'siteSettings'

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  description:
    'The practice’s name and how to reach it, shown across the site. There is only one. Hours, fees and telehealth are in Practice details.',
  fields: [
    defineField({
      name: 'practiceName',
      title: 'Practice name',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'tagline', title: 'Tagline', type: 'string'}),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'object',
      fields: [
        defineField({name: 'street', title: 'Street', type: 'string', validation: (rule) => rule.required()}),
        defineField({name: 'suite', title: 'Suite', type: 'string'}),
        defineField({name: 'city', title: 'City', type: 'string', validation: (rule) => rule.required()}),
        defineField({name: 'state', title: 'State', type: 'string', validation: (rule) => rule.required()}),
        defineField({name: 'postalCode', title: 'ZIP code', type: 'string', validation: (rule) => rule.required()}),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'string',
      validation: (rule) => rule.regex(/^[0-9+()\-.\s]{7,20}$/, {name: 'phone number'}),
    }),
    defineField({name: 'email', title: 'Email', type: 'email'}),
    defineField({
      name: 'clientPortalUrl',
      title: 'Client portal URL',
      type: 'url',
      validation: (rule) => rule.uri({scheme: ['https']}),
    }),
  ],
  preview: {prepare: () => ({title: 'Site settings'})},
})
