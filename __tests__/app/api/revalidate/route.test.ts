import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import {signedInit} from '../../../helpers/signed-init.ts'

const revalidateTag = jest.fn()
jest.unstable_mockModule('next/cache', () => ({
  ...jest.requireActual<typeof import('next/cache')>('next/cache'),
  revalidateTag,
}))
const {POST} = await import('../../../../app/api/revalidate/route.ts')
const {NextRequest} = await import('next/server')

const signedRequest = async (body: string, secret?: string) =>
  new NextRequest('http://localhost/api/revalidate', await signedInit(body, secret))

beforeEach(() => {
  revalidateTag.mockClear()
})

describe('POST /api/revalidate', () => {
  it('expires the tags of the changed post, including its old slug', async () => {
    const body = JSON.stringify({
      _id: 'post-a',
      _type: 'post',
      slug: 'new-slug',
      previousSlug: 'old-slug',
      operation: 'update',
    })
    const response = await POST(await signedRequest(body))
    expect(response.status).toBe(200)
    const expired = revalidateTag.mock.calls.map(([tag]) => tag)
    // `moved`: where renamed pages went (sanity/lib/moved.ts) changes with every rename.
    expect(expired).toEqual(['post:list', 'post:new-slug', 'post:old-slug', 'moved'])
    expect(revalidateTag).toHaveBeenCalledWith('post:new-slug', 'max')
  })

  it('refuses a request signed with another secret', async () => {
    const body = JSON.stringify({_id: 'post-a', _type: 'post', slug: 'a'})
    const response = await POST(await signedRequest(body, 'not-the-secret'))
    expect(response.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('refuses an unsigned request', async () => {
    const request = new NextRequest('http://localhost/api/revalidate', {method: 'POST', body: '{}'})
    expect((await POST(request)).status).toBe(401)
  })

  it('answers a signed body that is not a change with a 400', async () => {
    expect((await POST(await signedRequest('{"hello": "world"}'))).status).toBe(400)
    expect((await POST(await signedRequest('not json'))).status).toBe(400)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([
    [
      {_id: 'clinician-maya-ellison', _type: 'clinician', slug: 'maya-ellison'},
      ['clinician:list', 'post:list', 'post:all', 'group:list'],
    ],
    [{_id: 'category-recovery', _type: 'category', slug: 'recovery'}, ['category:list', 'post:list', 'post:all']],
    [{_id: 'siteSettings', _type: 'siteSettings'}, ['settings']],
    [{_id: 'practiceDetails', _type: 'practiceDetails'}, ['practice']],
    [{_id: 'group-iop-morning-group', _type: 'group', slug: 'iop-morning-group'}, ['group:list']],
    [{_id: 'image-abc', _type: 'sanity.imageAsset'}, []],
  ])('expires what a %j change touches', async (change, expected) => {
    const response = await POST(await signedRequest(JSON.stringify({...change, operation: 'update'})))
    expect(response.status).toBe(200)
    expect(revalidateTag.mock.calls.map(([tag]) => tag)).toEqual(expected)
  })
})
