import {validateDocument} from '@sanity/validation'
import {createSchema, type SanityDocument} from 'sanity'
import {schemaTypes} from '../../sanity/schemaTypes/index.ts'
import type {TestLake} from './lake.ts'

const schema = createSchema({name: 'default', types: schemaTypes})

/**
 * What Sanity's own validation says of `document`, against the lake (slug uniqueness and
 * references need a dataset to ask): each marker's level, message and field path.
 */
export async function validationMarkers(t: TestLake, document: Record<string, unknown>) {
  const {markers} = await validateDocument({
    document: document as unknown as SanityDocument,
    schema,
    client: t.client.withConfig({perspective: 'raw'}),
  })
  // Array members carry their _key in the path; the rule is the same whichever member trips it.
  return markers.map((marker) => ({
    level: marker.level,
    message: marker.message,
    path: marker.path.filter((segment) => typeof segment === 'string').join('.'),
  }))
}
