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

/**
 * The addresses a page had before its slug changed, each answered with a 308 to the current one
 * (sanity/lib/moved.ts). Filled in by the site when it hears of a rename, whichever client made
 * it (sanity/lib/slug-history.ts); kept in the document so they move with the dataset.
 */
export function previousSlugsField({group}: {group?: string} = {}) {
  return defineField({
    name: 'previousSlugs',
    title: 'Old addresses',
    type: 'array',
    of: [{type: 'string'}],
    ...(group ? {group} : {}),
    description: 'Slugs this page had before. Each still works: it sends visitors here. Kept by the site.',
    readOnly: true,
    hidden: ({value}) => !Array.isArray(value) || value.length === 0,
  })
}
