import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {startTestLake, TEST_TOKEN, type TestLake} from '../../helpers/lake.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.stop())

async function mutateRaw(body: unknown, token: string | null = TEST_TOKEN, search = '') {
  const response = await fetch(`${t.lake.url}/v2025-02-19/data/mutate/production${search}`, {
    method: 'POST',
    headers: {'content-type': 'application/json', ...(token ? {authorization: `Bearer ${token}`} : {})},
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return {status: response.status, body: await response.json()}
}

describe('mutations', () => {
  it('reads its own write, with _rev, _createdAt and _updatedAt maintained', async () => {
    const created = await t.client.create({_id: 'category-mindfulness', _type: 'category', title: 'Mindfulness'})
    expect(created).toMatchObject({_id: 'category-mindfulness', _rev: expect.any(String)})
    expect(created._createdAt).toBe(created._updatedAt)

    const patched = await t.client.patch('category-mindfulness').set({title: 'Mindful living'}).commit()
    expect(patched.title).toBe('Mindful living')
    expect(patched._rev).not.toBe(created._rev)
    expect(patched._createdAt).toBe(created._createdAt)

    expect(await t.anonymous.fetch('*[_id == "category-mindfulness"][0].title')).toBe('Mindful living')
  })

  it('deletes what a query finds (as the Presentation tool clears expired preview secrets), and nothing else', async () => {
    await t.client
      .transaction()
      .create({_id: 'secret-old', _type: 'sanity.previewUrlSecret', secret: 'a'})
      .create({_id: 'secret-other', _type: 'sanity.previewUrlSecret', secret: 'b'})
      .create({_id: 'not-a-secret', _type: 'category', title: 'Stays'})
      .commit()
    const result = await t.client.delete({
      query: '*[_type == $type && secret == "a"]',
      params: {type: 'sanity.previewUrlSecret'},
    })
    expect(result.results).toEqual([{id: 'secret-old', operation: 'delete'}])
    expect(await t.client.fetch('*[_id in ["secret-old", "secret-other", "not-a-secret"]]._id | order(@)')).toEqual([
      'not-a-secret',
      'secret-other',
    ])
    expect((await mutateRaw({mutations: [{delete: {query: '*[_type == '}}]})).status).toBe(400)
  })

  it('applies setIfMissing, inc, dec, insert and unset', async () => {
    await t.client.create({_id: 'counter', _type: 'category', title: 'Counter', tags: ['b']})
    const result = await t.client
      .patch('counter')
      .setIfMissing({visits: 10, title: 'ignored'})
      .inc({visits: 5})
      .dec({visits: 2})
      .insert('before', 'tags[0]', ['a'])
      .unset(['title'])
      .commit()
    expect(result).toMatchObject({visits: 13, tags: ['a', 'b']})
    expect(result).not.toHaveProperty('title')
  })

  it('applies a transaction all or nothing', async () => {
    const failing = t.client
      .transaction()
      .create({_id: 'half-written', _type: 'category', title: 'Should not exist'})
      .patch('no-such-document', (p) => p.set({title: 'x'}))
      .commit()
    await expect(failing).rejects.toMatchObject({statusCode: 409})
    expect(await t.client.getDocument('half-written')).toBeUndefined()
  })

  it('refuses to create a document that exists', async () => {
    const again = t.client.create({_id: 'category-recovery', _type: 'category', title: 'Duplicate'})
    await expect(again).rejects.toMatchObject({statusCode: 409})
  })

  it('honours ifRevisionID', async () => {
    const doc = await t.client.create({_type: 'category', title: 'Revisioned'})
    await t.client.patch(doc._id).set({title: 'changed'}).commit()
    const stale = t.client.patch(doc._id).ifRevisionId(doc._rev).set({title: 'lost update'}).commit()
    await expect(stale).rejects.toMatchObject({statusCode: 409})
  })

  it('deletes', async () => {
    await t.client.create({_id: 'to-delete', _type: 'category', title: 'Temporary'})
    await t.client.delete('to-delete')
    expect(await t.client.getDocument('to-delete')).toBeUndefined()
  })

  it('supports dry runs', async () => {
    const {status, body} = await mutateRaw(
      {mutations: [{create: {_id: 'dry', _type: 'category'}}]},
      TEST_TOKEN,
      '?dryRun=true',
    )
    expect(status).toBe(200)
    expect(body.results).toEqual([{id: 'dry', operation: 'create'}])
    expect(await t.client.getDocument('dry')).toBeUndefined()
  })
})

describe('bad input', () => {
  it('needs a token to write', async () => {
    const {status} = await mutateRaw({mutations: [{create: {_type: 'category'}}]}, null)
    expect(status).toBe(401)
    const {status: wrongToken} = await mutateRaw(
      {mutations: [{create: {_type: 'category'}}]},
      'wrong-token-wrong-token',
    )
    expect(wrongToken).toBe(401)
  })

  it('answers invalid JSON with a 400', async () => {
    const {status, body} = await mutateRaw('{"mutations": [')
    expect(status).toBe(400)
    expect(body.error.description).toMatch(/not valid JSON/)
  })

  it('answers an unknown patch operation with a 400 that names it', async () => {
    const {status, body} = await mutateRaw({mutations: [{patch: {id: 'category-recovery', explode: {}}}]})
    expect(status).toBe(400)
    expect(body.error.description).toMatch(/explode/)
  })

  it('answers a patch of a missing document with a 409 that names it', async () => {
    const {status, body} = await mutateRaw({mutations: [{patch: {id: 'ghost', set: {a: 1}}}]})
    expect(status).toBe(409)
    expect(body.error.description).toMatch(/ghost/)
  })

  it('refuses an oversize body', async () => {
    const big = JSON.stringify({mutations: [{create: {_type: 'category', blob: 'x'.repeat(5 * 1024 * 1024)}}]})
    const {status} = await mutateRaw(big)
    expect(status).toBe(413)
  })

  it('refuses document ids Sanity would refuse', async () => {
    const {status} = await mutateRaw({mutations: [{create: {_id: 'has spaces', _type: 'category'}}]})
    expect(status).toBe(400)
  })

  it('keeps serving after bad requests', async () => {
    expect(await t.anonymous.fetch('count(*[_type == "clinician"])')).toBe(3)
  })
})
