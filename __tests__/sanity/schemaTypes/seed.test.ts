import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {validateDocument} from '@sanity/validation'
import {createSchema} from 'sanity'
import {SEED_DIR} from '../../../sanity/lake/config.ts'
import {schemaTypes} from '../../../sanity/schemaTypes/index.ts'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

type SeedDocument = {_id: string; _type: string; [field: string]: unknown}

// What the Studio would hold for a document being edited; the system fields do not matter here.
const unsaved = {_createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'unsaved'}

const schema = createSchema({name: 'default', types: schemaTypes})
let t: TestLake
let seedIds: string[]

beforeAll(async () => {
  t = await startTestLake()
  const lines = (await readFile(path.join(SEED_DIR, 'data.ndjson'), 'utf8')).trim().split('\n')
  seedIds = lines.map((line) => (JSON.parse(line) as SeedDocument)._id)
})
afterAll(() => t.stop())

describe('the content model', () => {
  it('is a valid Sanity schema', () => {
    const problems = (schema._validation ?? []).flatMap((group) =>
      group.problems
        .filter((problem) => problem.severity === 'error')
        .map((problem) => `${group.path.map((p) => p.name).join('.')}: ${problem.message}`),
    )
    expect(problems).toEqual([])
    expect(schema.getTypeNames()).toEqual(expect.arrayContaining(['post', 'clinician', 'category', 'siteSettings']))
  })
})

describe('the seed', () => {
  it('has the content the foundation promises', async () => {
    const counts = await t.client.fetch(
      `{
        "published": count(*[_type == "post" && !(_id in path("drafts.**")) && publishedAt <= now()]),
        "scheduled": count(*[_type == "post" && !(_id in path("drafts.**")) && publishedAt > now()]),
        "unpublishedDrafts": count(*[_type == "post" && _id in path("drafts.**") && !defined(*[_id == ^._id[7...999]][0])]),
        "categoriesInUse": count(*[_type == "category" && count(*[_type == "post" && references(^._id)]) > 0]),
        "clinicians": count(*[_type == "clinician"]),
        "imagesWithAlt": count(*[_type == "sanity.imageAsset"]),
        "settings": count(*[_id == "siteSettings"])
      }`,
      {},
      {perspective: 'raw'},
    )
    expect(counts.published).toBeGreaterThanOrEqual(8)
    expect(counts.unpublishedDrafts).toBeGreaterThanOrEqual(1)
    expect(counts.categoriesInUse).toBeGreaterThanOrEqual(4)
    expect(counts.clinicians).toBeGreaterThanOrEqual(3)
    expect(counts.imagesWithAlt).toBeGreaterThanOrEqual(4)
    expect(counts.settings).toBe(1)
    // Seed dates are relative to the week the lake loads them, so the scheduled post is ahead in any year.
    expect(counts.scheduled).toBeGreaterThanOrEqual(1)
  })

  it('validates every document against the schema with Sanity’s own validation', async () => {
    const failures: string[] = []
    for (const id of seedIds) {
      const document = await t.client.getDocument(id)
      if (!document) throw new Error(`seed document ${id} did not load`)
      const {markers} = await validateDocument({document, schema, client: t.client.withConfig({perspective: 'raw'})})
      // Sanity reports a duplicate slug at warning level; for the seed it is as bad as an error.
      for (const marker of markers.filter((m) => m.level === 'error' || m.code === 'slug.not-unique')) {
        failures.push(`${id} ${marker.path.join('.')}: ${marker.message}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('catches what the schema forbids, so the test above can fail', async () => {
    const document = {
      ...unsaved,
      _id: 'post-invalid',
      _type: 'post',
      title: 'No author, no categories',
      slug: {_type: 'slug', current: 'your-first-group-session'},
      excerpt: 'x'.repeat(201),
      publishedAt: '2026-01-01T00:00:00Z',
    }
    const {markers} = await validateDocument({document, schema, client: t.client.withConfig({perspective: 'raw'})})
    const paths = markers.filter((m) => m.level === 'error').map((m) => m.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['author', 'categories', 'excerpt']))
    expect(markers).toContainEqual(expect.objectContaining({code: 'slug.not-unique', path: ['slug']}))
  })

  it('requires an associate to name a supervisor', async () => {
    const document = {
      ...unsaved,
      _id: 'clinician-associate',
      _type: 'clinician',
      name: 'New Associate',
      slug: {_type: 'slug', current: 'new-associate'},
      credentials: ['LCSWA'],
    }
    const {markers} = await validateDocument({document, schema, client: t.client.withConfig({perspective: 'raw'})})
    expect(markers).toContainEqual(expect.objectContaining({level: 'error', path: ['supervisor']}))
  })
})
