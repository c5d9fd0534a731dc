import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {startTestLake, TEST_TOKEN, type TestLake} from '../../helpers/lake.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.stop())

describe('GROQ queries', () => {
  it('evaluates a query with parameters', async () => {
    const title = await t.anonymous.fetch<string>('*[_type == "post" && slug.current == $slug][0].title', {
      slug: 'your-first-group-session',
    })
    expect(title).toBe('Your First Group Session: What to Expect')
  })

  it('answers long queries sent as POST', async () => {
    const padding = ' '.repeat(12_000)
    const count = await t.anonymous.fetch<number>(`count(*[_type == "category"])${padding}`)
    expect(count).toBe(5)
  })

  it('returns the Content Lake response shape', async () => {
    const response = await t.anonymous.fetch('count(*)', {}, {filterResponse: false})
    expect(response).toEqual(expect.objectContaining({result: expect.any(Number), ms: expect.any(Number)}))
    expect(response.syncTags).toEqual([expect.stringMatching(/^s1:/)])
  })

  it('reports a malformed query as a queryParseError with its position', async () => {
    const error = await t.anonymous.fetch('*[_type == "post"').catch((e: unknown) => e)
    expect(error).toMatchObject({statusCode: 400})
    const body = (error as {response: {body: {error: {type: string; start: number}}}}).response.body
    expect(body.error.type).toBe('queryParseError')
    expect(body.error.start).toBeGreaterThan(0)
  })

  it('answers a parameter that is not JSON with a 400', async () => {
    const response = await fetch(`${t.lake.url}/v2025-02-19/data/query/production?query=*&$x=not-json`)
    expect(response.status).toBe(400)
    expect((await response.json()).error.description).toMatch(/\$x/)
  })
})

describe('perspectives', () => {
  const draftId = 'drafts.post-talking-to-family-about-treatment'

  it('published hides drafts', async () => {
    const ids = await t.anonymous.fetch<string[]>('*[_type == "post"]._id')
    expect(ids).not.toContain(draftId)
    expect(ids.every((id) => !id.startsWith('drafts.'))).toBe(true)
  })

  it('drafts shows a draft under its published id, with _originalId', async () => {
    const doc = await t.client.fetch(
      '*[_type == "post" && slug.current == $slug][0]{_id, _originalId}',
      {
        slug: 'talking-to-family-about-treatment',
      },
      {perspective: 'drafts'},
    )
    expect(doc).toEqual({_id: 'post-talking-to-family-about-treatment', _originalId: draftId})
  })

  it('drafts overlays a draft on its published document', async () => {
    await t.client.createOrReplace({_id: 'drafts.category-recovery', _type: 'category', title: 'Recovery (edited)'})
    const published = await t.anonymous.fetch('*[_id == "category-recovery"][0].title')
    const drafted = await t.client.fetch('*[_id == "category-recovery"][0].title', {}, {perspective: 'drafts'})
    expect(published).toBe('Recovery')
    expect(drafted).toBe('Recovery (edited)')
    await t.client.delete('drafts.category-recovery')
  })

  it('raw shows both versions', async () => {
    const ids = await t.client.fetch<string[]>('*[_type == "post"]._id', {}, {perspective: 'raw'})
    expect(ids).toContain(draftId)
  })

  it('refuses drafts and raw without a token', async () => {
    for (const perspective of ['drafts', 'raw'] as const) {
      await expect(t.anonymous.fetch('count(*)', {}, {perspective})).rejects.toMatchObject({statusCode: 401})
    }
  })

  it('omits drafts from document reads without a token', async () => {
    const response = await fetch(`${t.lake.url}/v2025-02-19/data/doc/production/${draftId}`)
    expect(await response.json()).toEqual({documents: [], omitted: [{id: draftId, reason: 'permission'}]})
    expect(await t.client.getDocument(draftId)).toMatchObject({_id: draftId})
  })

  it('answers badly encoded document ids with a 400', async () => {
    expect((await fetch(`${t.lake.url}/v2025-02-19/data/doc/production/%E0%A4%A`)).status).toBe(400)
  })

  it('refuses an unknown perspective', async () => {
    const response = await fetch(`${t.lake.url}/v2025-02-19/data/query/production?query=1&perspective=everything`)
    expect(response.status).toBe(400)
  })

  it('answers a stack of releases and drafts: the first layer with a version wins, and offline that is the draft', async () => {
    await t.client
      .transaction()
      .createOrReplace({_id: 'category-stacked', _type: 'category', title: 'Published'})
      .createOrReplace({_id: 'drafts.category-stacked', _type: 'category', title: 'Draft'})
      .commit()
    const title = '*[_id == "category-stacked"][0].title'
    // A release this lake has no version in reads as drafts, as a query string or a body's array.
    expect(await t.client.fetch(title, {}, {perspective: ['rNoSuchRelease', 'drafts']})).toBe('Draft')
    const viaQuery = await fetch(
      `${t.lake.url}/v2025-02-19/data/query/production?query=${encodeURIComponent(title)}&perspective=rNoSuchRelease,drafts`,
      {headers: {authorization: `Bearer ${TEST_TOKEN}`}},
    )
    expect((await viaQuery.json()).result).toBe('Draft')
    // Without drafts in the stack, the published document shows.
    expect(await t.client.fetch(title, {}, {perspective: ['rNoSuchRelease']})).toBe('Published')
    for (const bad of ['drafts,everything', 'rA,rA', 'raw,drafts']) {
      const refused = await fetch(`${t.lake.url}/v2025-02-19/data/query/production?query=1&perspective=${bad}`, {
        headers: {authorization: `Bearer ${TEST_TOKEN}`},
      })
      expect({bad, status: refused.status}).toEqual({bad, status: 400})
    }
  })

  it('refuses a query that uses a parameter it was not given, in Sanity’s words', async () => {
    const error = await t.anonymous.fetch('*[_id == $nope]').catch((e: unknown) => e)
    expect(error).toMatchObject({statusCode: 400})
    const body = (error as {response: {body: {error: {type: string; description: string; start: number}}}}).response
      .body
    expect(body.error).toMatchObject({
      type: 'queryParseError',
      description: 'param $nope referenced, but not provided',
      start: 9,
    })
    expect(await t.anonymous.fetch('*[_id == $given][0]._id', {given: 'nothing'})).toBeNull()
  })
})

describe('CORS', () => {
  it('lets the site and Studio on loopback origins call it, and no one else', async () => {
    const preflight = await fetch(`${t.lake.url}/v2025-02-19/data/query/production`, {
      method: 'OPTIONS',
      headers: {origin: 'http://localhost:3000', 'access-control-request-method': 'POST'},
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/)

    const foreign = await fetch(`${t.lake.url}/v2025-02-19/data/query/production?query=1`, {
      headers: {origin: 'https://elsewhere.example'},
    })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('routing', () => {
  it('answers unknown routes and datasets with 404', async () => {
    expect((await fetch(`${t.lake.url}/nothing-here`)).status).toBe(404)
    expect((await fetch(`${t.lake.url}/v2025-02-19/data/query/staging?query=1`)).status).toBe(404)
  })
})
