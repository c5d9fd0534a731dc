import {describe, expect, it} from '@jest/globals'
import {securityHeaders} from '../../../lib/security-headers.ts'
import {spreadEventStreams, workspaceOptionsFor} from '../../../sanity/studio/offline.ts'
import {SANITY_API_VERSION} from '../../../sanity/lib/api-version.ts'

const LAKE = 'http://127.0.0.1:4010'

describe('the Studio without and with a Sanity project', () => {
  it('offline, points every client at the lake and signs in with the lake token', () => {
    const options = workspaceOptionsFor(true)
    expect(options.apiHost).toBe(LAKE)
    expect(options.auth).toMatchObject({loginMethod: 'token', providers: [{url: `${LAKE}/auth/login`}]})
    expect(options.search).toEqual({strategy: 'groqLegacy'})
    const client = options.unstable_clientFactory?.({
      projectId: 'local',
      dataset: 'production',
      apiVersion: SANITY_API_VERSION,
      apiHost: LAKE,
      useCdn: false,
    })
    expect(client?.getUrl('/data/query/production')).toBe(`${LAKE}/v2025-02-19/data/query/production`)
  })

  it('with a project, leaves the Studio as Sanity ships it: its own API host and sign-in', () => {
    expect(workspaceOptionsFor(false)).toEqual({})
    const studioCsp = securityHeaders('https://cdn.sanity.io', 'https://abc.api.sanity.io').find(
      (rule) => rule.source === '/studio',
    )
    expect(JSON.stringify(studioCsp)).not.toContain('127.0.0.1')
  })

  it('sends each event stream to its own loopback host name, and nothing else', () => {
    const first = new URL(spreadEventStreams(`${LAKE}/v2025-02-19/data/listen/production?query=*`))
    const second = new URL(spreadEventStreams(`${LAKE}/v2025-02-19/data/listen/production?query=*`))
    expect(first.hostname).toMatch(/^stream-\d+\.localhost$/)
    expect(second.hostname).not.toBe(first.hostname)
    expect(first.port).toBe('4010')
    expect(spreadEventStreams(`${LAKE}/v2025-02-19/data/actions/production`)).toBe(
      `${LAKE}/v2025-02-19/data/actions/production`,
    )
  })
})
