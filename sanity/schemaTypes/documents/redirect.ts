import {defineField, defineType} from 'sanity'
import {chainProblem, fromProblem, normalizePath, toProblem} from '../../../lib/redirect-rules.ts'
import {SANITY_API_VERSION} from '../../lib/api-version.ts'

type Rule = {from?: string; to?: string}

// A short or retired address that sends visitors elsewhere: a flyer's /bipoc, a page that moved
// off the site. Marketing keeps them; proxy.ts answers them in one hop, within a second or two of
// Publish (sanity/lib/redirects.ts). Renamed articles, clinicians and topics need none: they keep
// their old addresses themselves (slug-history.ts).
export const redirect = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  fields: [
    defineField({
      name: 'from',
      title: 'From',
      type: 'string',
      description: 'The address visitors type or follow, like /bipoc. Case and a trailing “/” do not matter.',
      validation: (rule) => [
        rule.required().error('Write the address to redirect, like /bipoc.'),
        rule.custom((value) => (value ? (fromProblem(value) ?? true) : true)),
        rule.custom(async (value, context) => {
          const from = value ? normalizePath(value) : null
          if (!from) return true
          const others = await otherRedirects(context)
          const taken = others.find((other) => other.from && normalizePath(other.from) === from)
          return taken ? `${from} already has a redirect, to ${taken.to}. Change that one instead.` : true
        }),
      ],
    }),
    defineField({
      name: 'to',
      title: 'To',
      type: 'string',
      description: 'A page of this site, like /services/bipoc-group-therapy, or a full https:// address.',
      validation: (rule) => [
        rule.required().error('Write where visitors should go.'),
        rule.custom((value) => (value ? (toProblem(value) ?? true) : true)),
        rule.custom(async (value, context) => {
          const from = (context.document as Rule | undefined)?.from
          if (!value || !from) return true
          return chainProblem({from, to: value}, await otherRedirects(context)) ?? true
        }),
      ],
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent',
      type: 'boolean',
      initialValue: true,
      description:
        'On: browsers and search engines remember the new address (308). Off, for an address that will point elsewhere later (307).',
    }),
    defineField({
      name: 'endsAt',
      title: 'Stop redirecting on',
      type: 'datetime',
      description: 'Optional. After this moment the address is no longer redirected.',
    }),
  ],
  preview: {
    select: {from: 'from', to: 'to', permanent: 'permanent', endsAt: 'endsAt'},
    prepare: ({from, to, permanent, endsAt}: Rule & {permanent?: boolean; endsAt?: string}) => ({
      title: `${from ?? '(no address)'} → ${to ?? '(nowhere yet)'}`,
      subtitle: [permanent === false ? 'Temporary' : 'Permanent', endsAt ? 'ends on a date' : '']
        .filter(Boolean)
        .join(', '),
    }),
  },
})

type ValidationContext = {
  document?: {_id?: string}
  getClient: (options: {apiVersion: string}) => {
    fetch: <T>(query: string, params: Record<string, unknown>) => Promise<T>
  }
}

/** The other published redirects (the ones visitors get), which this one must not clash with. */
function otherRedirects(context: ValidationContext): Promise<{from: string; to: string}[]> {
  const id = (context.document?._id ?? '').replace(/^drafts\./, '')
  return context
    .getClient({apiVersion: SANITY_API_VERSION})
    .fetch<{from: string; to: string}[]>(
      '*[_type == "redirect" && _id != $id && !(_id in path("drafts.**")) && defined(from) && defined(to)]{from, to}',
      {id},
    )
}
