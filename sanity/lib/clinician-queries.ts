import {defineQuery} from 'groq'
import {imageFields, visiblePost} from './groq-fragments.ts'

const clinicianFields = /* groq */ `
  _id,
  name,
  "slug": slug.current,
  credentials,
  licenseNumber,
  specialties,
  "photo": photo{${imageFields}},
  "supervisor": supervisor->{name, "slug": slug.current, credentials}
`

export const cliniciansQuery = defineQuery(`
  *[_type == "clinician" && defined(slug.current)] | order(name asc) {${clinicianFields}}
`)

export const clinicianBySlugQuery = defineQuery(`
  *[_type == "clinician" && slug.current == $slug][0] {
    ${clinicianFields},
    bio,
    "posts": *[${visiblePost} && author._ref == ^._id] | order(publishedAt desc) [0...24] {
      _id, title, "slug": slug.current, excerpt, publishedAt, "textLength": length(pt::text(body))
    }
  }
`)
