import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {startTestLake, TEST_TOKEN, type TestLake} from '../../helpers/lake.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.stop())

const STUDIO = 'http://localhost:3000/studio'

function signIn(token: string, origin = STUDIO) {
  return fetch(`${t.lake.url}/auth/login`, {
    method: 'POST',
    headers: {'content-type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({token, origin}),
    redirect: 'manual',
  })
}

describe("the Studio's sign-in at the lake", () => {
  it('shows a sign-in page with one labelled token field', async () => {
    const response = await fetch(
      `${t.lake.url}/auth/login?origin=${encodeURIComponent(STUDIO)}&projectId=local&withSid=true`,
    )
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<label for="token">Studio password \(lake token\)<\/label>/)
    expect(html).toContain(`value="${STUDIO}"`)
    // The test lake has a token of its own: the page says whom to ask, and does not print it.
    expect(html).toMatch(/Ask the person who set the Studio up/)
    expect(html).not.toContain(TEST_TOKEN)
    expect(html).not.toMatch(/printed/)
  })

  it('refuses a wrong token with the error next to the field, and gives no session', async () => {
    const response = await signIn('not-the-token-at-all')
    expect(response.status).toBe(401)
    const html = await response.text()
    expect(html).toMatch(/aria-describedby="token-error"/)
    expect(html).toMatch(/id="token-error"[^>]*>That is not the Studio password for this computer/)
  })

  it('refuses to send a session to an origin that is not loopback', async () => {
    const response = await signIn(TEST_TOKEN, 'https://evil.example/studio')
    expect(response.status).toBe(400)
    expect(response.headers.get('location')).toBeNull()
    expect((await fetch(`${t.lake.url}/auth/login?origin=${encodeURIComponent('https://evil.example/')}`)).status).toBe(
      400,
    )
  })

  it('redirects back with a one-time session id that trades for a working token once', async () => {
    const response = await signIn(TEST_TOKEN)
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location') ?? '')
    expect(`${location.origin}${location.pathname}`).toBe(STUDIO)
    const sid = new URLSearchParams(location.hash.slice(1)).get('sid') ?? ''
    expect(sid.length).toBeGreaterThanOrEqual(20)

    const exchange = await fetch(`${t.lake.url}/v2026-05-04/auth/fetch?sid=${sid}`)
    const {token} = (await exchange.json()) as {token: string}
    expect(token).not.toBe(TEST_TOKEN)
    const me = await fetch(`${t.lake.url}/v2026-05-04/users/me`, {headers: {authorization: `Bearer ${token}`}})
    expect(await me.json()).toMatchObject({id: 'lake-editor', roles: [{name: 'administrator'}]})

    expect((await fetch(`${t.lake.url}/v2026-05-04/auth/fetch?sid=${sid}`)).status).toBe(401)
    await fetch(`${t.lake.url}/v2026-05-04/auth/logout`, {method: 'POST', headers: {authorization: `Bearer ${token}`}})
    expect(
      (await fetch(`${t.lake.url}/v2026-05-04/users/me`, {headers: {authorization: `Bearer ${token}`}})).status,
    ).toBe(401)
  })

  it('answers /users/me without a token with a 401, and the dataset grants only to the signed-in', async () => {
    expect((await fetch(`${t.lake.url}/v2026-05-04/users/me`)).status).toBe(401)
    expect((await fetch(`${t.lake.url}/v2021-06-07/projects/local/datasets/production/acl`)).status).toBe(401)
    const grants = await fetch(`${t.lake.url}/v2021-06-07/projects/local/datasets/production/acl`, {
      headers: {authorization: `Bearer ${TEST_TOKEN}`},
    })
    expect(await grants.json()).toEqual([
      {filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history']},
    ])
  })

  it('lets the Studio on loopback send its own headers and methods (CORS)', async () => {
    const preflight = await fetch(`${t.lake.url}/v2025-02-19/data/actions/production`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'x-sanity-app',
      },
    })
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-sanity-app/)
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/PUT.*PATCH.*DELETE/)
  })
})
