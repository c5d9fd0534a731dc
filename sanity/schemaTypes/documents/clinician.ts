import {defineArrayMember, defineField, defineType} from 'sanity'
import {routes} from '../../../lib/routes.ts'
import {previousSlugsField, slugField} from '../objects/slugField.ts'
import {wordpressOriginField} from '../objects/wordpressOrigin.ts'
import {CREDENTIALS, isAssociate, isCredential} from '../../../lib/credentials.ts'
import {ACCEPTING_CLIENTS, titleOf} from '../../../lib/practice/options.ts'
import {services} from '../../../lib/services/index.ts'
import {statesField} from '../objects/practiceFields.ts'

export const clinician = defineType({
  name: 'clinician',
  title: 'Clinician',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().error('A clinician needs a name.'),
    }),
    slugField({
      source: 'name',
      description: `The profile’s address: ${routes.clinician('<slug>')}. Press Generate to make it from the name.`,
    }),
    previousSlugsField(),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'array',
      of: [defineArrayMember({type: 'string'})],
      options: {list: CREDENTIALS.map((value) => ({title: value, value}))},
      validation: (rule) => [
        rule.required().min(1).unique().error('Choose at least one credential.'),
        // options.list only shapes the input; imported or API-written documents still need checking.
        rule.custom((value: string[] | undefined) => {
          const unknown = (value ?? []).filter((credential) => !isCredential(credential))
          return unknown.length
            ? `Not a credential this site knows: ${unknown.join(', ')}. Choose from the list.`
            : true
        }),
      ],
    }),
    defineField({
      name: 'supervisor',
      title: 'Supervisor',
      type: 'reference',
      to: [{type: 'clinician'}],
      description: 'Required for associate licenses (LCMHCA, LCSWA).',
      validation: (rule) =>
        rule.custom((value, context) => {
          const credentials = (context.document?.credentials as string[] | undefined) ?? []
          return isAssociate(credentials) && !value
            ? 'An associate (LCMHCA or LCSWA) must name their supervisor.'
            : true
        }),
    }),
    defineField({
      name: 'licenseNumber',
      title: 'License number',
      type: 'string',
      description: 'As issued by the North Carolina licensing board; shown with a link to verify it.',
    }),
    defineField({
      name: 'needsReview',
      title: 'Needs review',
      type: 'boolean',
      description:
        'Set by the WordPress import for authors it could not match: check the name, credentials and license, then turn this off.',
      hidden: ({value}) => !value,
    }),
    wordpressOriginField([defineField({name: 'login', title: 'WordPress login', type: 'string'})]),
    defineField({name: 'photo', title: 'Photo', type: 'accessibleImage'}),
    defineField({name: 'bio', title: 'Bio', type: 'blockContent'}),
    defineField({
      name: 'specialties',
      title: 'Specialties',
      type: 'array',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
    }),
    defineField({
      name: 'acceptingClients',
      title: 'New clients',
      type: 'string',
      options: {list: ACCEPTING_CLIENTS.map(({value, title}) => ({value, title})), layout: 'radio'},
      // Left empty (an imported clinician), the site reads it as not accepting.
      initialValue: 'no',
    }),
    defineField({
      name: 'acceptingFor',
      title: 'New clients for',
      type: 'array',
      description: 'The services this clinician takes new clients for.',
      of: [defineArrayMember({type: 'string'})],
      options: {list: services.map((service) => ({title: service.title, value: service.slug}))},
      hidden: ({document}) => document?.acceptingClients === 'no',
    }),
    defineField({name: 'telehealth', title: 'Sees clients by telehealth', type: 'boolean'}),
    statesField({
      name: 'licensedStates',
      title: 'Licensed in',
      description: 'The states this clinician holds a license in; telehealth clients must be in one of them.',
      requiredWhen: 'telehealth',
    }),
  ],
  preview: {
    select: {title: 'name', media: 'photo', accepting: 'acceptingClients', telehealth: 'telehealth'},
    // The office's "Who takes new clients" list reads availability at a glance from here.
    prepare: ({title, media, accepting, telehealth}) => ({
      title,
      media,
      subtitle: [accepting ? titleOf(ACCEPTING_CLIENTS, accepting) : null, telehealth ? 'telehealth' : null]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
