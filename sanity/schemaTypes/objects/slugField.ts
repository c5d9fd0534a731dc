import {defineField} from 'sanity'

/**
 * The address field every document type with a page shares: generated from `source`, required.
 * `description` tells editors where the page lives (e.g. "/team/<slug>").
 */
export function slugField({source, description, group}: {source: string; description: string; group?: string}) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    ...(group ? {group} : {}),
    description,
    options: {source, maxLength: 96},
    // Sanity reports a missing slug as 'Required' on slug.current whatever message is set here;
    // the description says what to do.
    validation: (rule) => rule.required(),
  })
}
