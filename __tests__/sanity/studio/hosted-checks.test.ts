/**
 * @jest-environment ./__tests__/setup/jsdom-environment.js
 */
import {describe, expect, it, jest} from '@jest/globals'
import {answerForHostedCheck, answerHostedChecksLocally} from '../../../sanity/studio/hosted-checks.ts'

describe("offline, the Studio's calls to Sanity-hosted checks", () => {
  it('answers the version check with "nothing newer" and the feedback probe with "unavailable"', async () => {
    const version = answerForHostedCheck('https://sanity-cdn.com/v1/modules/sanity/latest/%5E6.16.0/t1764640000')
    expect(await version?.json()).toEqual({})
    expect(answerForHostedCheck('https://api.sanity.io/vX/intake/feedback')?.status).toBe(503)
    expect(answerForHostedCheck('http://127.0.0.1:4010/v2025-02-19/data/query/production')).toBeNull()
    expect(answerForHostedCheck('https://api.sanity.io/v2025-02-19/projects/abc')).toBeNull()
  })

  it('answers those in the browser and sends every other request on, once installed', async () => {
    const network = jest.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('from the network'))
    window.fetch = network as typeof window.fetch
    answerHostedChecksLocally()
    answerHostedChecksLocally() // a second Studio mount does not wrap twice

    const check = await window.fetch('https://sanity-cdn.com/v1/modules/sanity/latest/%5E6.16.0/t1')
    expect(await check.json()).toEqual({})
    expect(network).not.toHaveBeenCalled()

    const lake = await window.fetch(new URL('http://127.0.0.1:4010/v1/users/me'), {method: 'GET'})
    expect(await lake.text()).toBe('from the network')
    expect(network).toHaveBeenCalledTimes(1)
    expect(String(network.mock.calls[0][0])).toBe('http://127.0.0.1:4010/v1/users/me')
  })
})
