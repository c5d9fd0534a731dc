import {defineField} from 'sanity'

/**
 * The seed fills the Practice section with plausible examples. This flag, on until someone at the
 * office has checked the document, says so in the Studio; it is hidden once turned off.
 */
export const unconfirmedField = () =>
  defineField({
    name: 'unconfirmed',
    title: 'Example values: confirm before launch',
    type: 'boolean',
    description: 'These facts came with the site as examples. Check every field, then turn this off.',
    hidden: ({value}) => !value,
  })
