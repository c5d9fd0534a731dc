import {z} from 'zod'
import {SLUG_PATTERN} from '../site.ts'

// Service pages are static content written in the repository; this schema is checked when the
// module loads, so a malformed service fails the build rather than a visitor's page.
export const serviceSchema = z.object({
  slug: z.string().regex(SLUG_PATTERN),
  title: z.string().min(1).max(60),
  summary: z.string().min(1).max(200),
  /** How its groups are named in a sentence: "the next IOP group starts …". */
  groupName: z.string().min(1).max(30),
  /** Category whose newest articles are shown on the page. */
  relatedCategory: z.string().min(1),
  sections: z
    .array(
      z.object({
        heading: z.string().min(1),
        paragraphs: z.array(z.string().min(1)).default([]),
        points: z.array(z.string()).default([]),
      }),
    )
    .min(1),
  faq: z.array(z.object({question: z.string().min(1), answer: z.string().min(1)})).min(2),
})

export type Service = z.infer<typeof serviceSchema>
export type ServiceInput = z.input<typeof serviceSchema>
