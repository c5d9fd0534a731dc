import {defineField} from 'sanity'

/**
 * Where an imported document came from in WordPress. Read-only and hidden when empty: it is kept
 * so the old URLs (`/{slug}/`, `/?p={id}`, `/category/{slug}/`) keep redirecting after a rename.
 */
export function wordpressOriginField(fields: ReturnType<typeof defineField>[]) {
  return defineField({
    name: 'wordpress',
    title: 'Imported from WordPress',
    type: 'object',
    readOnly: true,
    hidden: ({value}) => !value,
    options: {collapsible: true, collapsed: true},
    fields,
  })
}
