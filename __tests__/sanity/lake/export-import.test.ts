import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {exportDataset} from '@sanity/export'
import {sanityImport} from '@sanity/import'
import {createReadStream} from 'node:fs'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

let source: TestLake
let target: TestLake
let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'lake-export-'))
  source = await startTestLake()
  const emptyDir = path.join(scratch, 'empty')
  await mkdir(emptyDir, {recursive: true})
  await writeFile(path.join(emptyDir, 'data.ndjson'), '')
  target = await startTestLake({dir: emptyDir})
})
afterAll(async () => {
  await Promise.all([source.stop(), target.stop()])
  await rm(scratch, {recursive: true, force: true})
})

// What a dataset is, independent of which lake serves it: documents without system fields
// and addresses, and the images by content hash.
async function contentOf(lake: TestLake) {
  const docs = await lake.client.fetch<Record<string, unknown>[]>(
    '*[!(_type match "sanity.*")] | order(_id asc)',
    {},
    {perspective: 'raw'},
  )
  const images = await lake.client.fetch<string[]>(
    '*[_type == "sanity.imageAsset"].sha1hash | order(@ asc)',
    {},
    {perspective: 'raw'},
  )
  const strip = ({_rev, _createdAt, _updatedAt, ...rest}: Record<string, unknown>) => rest
  return {docs: docs.map(strip), images}
}

describe('moving content out of the lake with Sanity’s own tools', () => {
  it('exports the seed with @sanity/export and imports it into an empty lake with @sanity/import, unchanged', async () => {
    const archive = path.join(scratch, 'production.tar.gz')
    await exportDataset({client: source.client, dataset: 'production', outputPath: archive, assets: true, drafts: true})
    await sanityImport(createReadStream(archive), {client: target.client, operation: 'create'})

    const [before, after] = await Promise.all([contentOf(source), contentOf(target)])
    expect(before.docs.length).toBeGreaterThan(10)
    expect(before.images.length).toBeGreaterThan(0)
    expect(after).toEqual(before)
  }, 60_000)
})
