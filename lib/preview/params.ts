import {z} from 'zod'

/** A path on this site: one leading slash, never `//host` (which a browser reads as another site). */
export const sitePath = z
  .string()
  .max(2_000)
  .regex(/^\/(?![/\\])/, 'must be a path on this site, such as /blog')

// The query the Presentation tool sends to /api/draft-mode/enable. next-sanity checks the secret
// against the dataset; this only turns away requests that could not be valid before asking.
export const enableDraftModeQuery = z.object({
  'sanity-preview-secret': z
    .string({error: 'sanity-preview-secret is required'})
    .trim()
    .min(1, 'sanity-preview-secret is required')
    .max(200),
  'sanity-preview-pathname': sitePath.optional(),
  'sanity-preview-perspective': z.string().max(200).optional(),
})

export const disableDraftModeQuery = z.object({redirect: sitePath.optional().catch(undefined)})

export function queryObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams)
}
