import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import {signedInit} from '../../../helpers/signed-init.ts'

const revalidateTag = jest.fn()
jest.unstable_mockModule('next/cache', () => ({
  ...jest.requireActual<typeof import('next/cache')>('next/cache'),
  revalidateTag,
}))
const {POST} = await import('../../../../app/api/go-live/route.ts')
const {NextRequest} = await import('next/server')

const signedRequest = async (body: string, secret?: string) =>
  new NextRequest('http://localhost/api/go-live', await signedInit(body, secret))

beforeEach(() => {
  revalidateTag.mockClear()
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
})

describe('POST /api/go-live', () => {
  it('marks everything that shows posts stale, keeping the stored pages to render from', async () => {
    const response = await POST(await signedRequest(JSON.stringify({through: '2026-12-01T12:00:00.000Z'})))
    expect(response.status).toBe(200)
    expect(revalidateTag.mock.calls).toEqual([['post:go-live', 'max']])
  })

  it('refuses a stranger: another secret, or no signature', async () => {
    const body = JSON.stringify({through: '2026-12-01T12:00:00.000Z'})
    expect((await POST(await signedRequest(body, 'not-the-secret'))).status).toBe(401)
    expect((await POST(new NextRequest('http://localhost/api/go-live', {method: 'POST', body}))).status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers a signed body that is not a go-live with a 400 and a message', async () => {
    for (const body of ['{"through": "tomorrow"}', '{}', 'not json']) {
      const response = await POST(await signedRequest(body))
      expect(response.status).toBe(400)
      expect(((await response.json()) as {message: string}).message).toMatch(/not/)
    }
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})
