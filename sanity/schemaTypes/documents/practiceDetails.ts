import {defineArrayMember, defineField, defineType} from 'sanity'
import {statesField} from '../objects/practiceFields.ts'
import {unconfirmedField} from '../objects/unconfirmedField.ts'

export const PRACTICE_DETAILS_ID = 'practiceDetails'

// What the office keeps current and people decide on: hours and closures, insurance and fees,
// telehealth, and how to find the office. One document; the site computes "open now" from it.
export const practiceDetails = defineType({
  name: 'practiceDetails',
  title: 'Practice details',
  type: 'document',
  groups: [
    {name: 'hours', title: 'Hours and closures', default: true},
    {name: 'fees', title: 'Insurance and fees'},
    {name: 'telehealth', title: 'Telehealth'},
    {name: 'visit', title: 'Finding the office'},
  ],
  fields: [
    unconfirmedField(),
    defineField({
      name: 'officeHours',
      title: 'Office hours',
      type: 'array',
      group: 'hours',
      description: 'Asheville’s time (Eastern). Days not listed are closed.',
      of: [defineArrayMember({type: 'officeHours'})],
      validation: (rule) => rule.required().min(1).error('Add the days and times the office is open.'),
    }),
    defineField({
      name: 'closures',
      title: 'Closures',
      type: 'array',
      group: 'hours',
      description: 'Holidays, training days, weather. Every page announces a closure from 7 days before it.',
      of: [defineArrayMember({type: 'closure'})],
    }),
    defineField({
      name: 'callBackPromise',
      title: 'When we call back',
      type: 'string',
      group: 'hours',
      description: 'Completes “we will get back to you …”, e.g. “within one business day”.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'insurancePlans',
      title: 'Insurance plans accepted',
      type: 'array',
      group: 'fees',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
    }),
    defineField({
      name: 'insuranceNote',
      title: 'About insurance',
      type: 'text',
      rows: 3,
      group: 'fees',
      description: 'What a person should do to check their plan.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'selfPayRates',
      title: 'Self-pay rates',
      type: 'array',
      group: 'fees',
      of: [defineArrayMember({type: 'selfPayRate'})],
    }),
    defineField({name: 'slidingScale', title: 'Sliding scale offered', type: 'boolean', group: 'fees'}),
    defineField({
      name: 'slidingScaleNote',
      title: 'About the sliding scale',
      type: 'text',
      rows: 2,
      group: 'fees',
      hidden: ({document}) => !document?.slidingScale,
    }),
    defineField({name: 'telehealthOffered', title: 'Telehealth offered', type: 'boolean', group: 'telehealth'}),
    statesField({
      name: 'telehealthStates',
      title: 'Telehealth states',
      description: 'Clients must be in one of these states during a session.',
      requiredWhen: 'telehealthOffered',
      hiddenUnlessRequired: true,
      group: 'telehealth',
    }),
    defineField({name: 'directions', title: 'Directions', type: 'text', rows: 2, group: 'visit'}),
    defineField({name: 'parking', title: 'Parking', type: 'text', rows: 2, group: 'visit'}),
    defineField({
      name: 'location',
      title: 'Map position',
      type: 'geopoint',
      group: 'visit',
      description: 'For the map link and search engines.',
    }),
  ],
  preview: {prepare: () => ({title: 'Practice details'})},
})
