import {describe, expect, it} from '@jest/globals'
import {parsePublicEnv} from '../../lib/env'
import {parseServerEnv} from '../../lib/server-env'

describe('environment', () => {
  it('uses the local lake when no project is set', () => {
    const env = parsePublicEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: ''})
    expect(env.NEXT_PUBLIC_SANITY_PROJECT_ID).toBeUndefined()
    expect(env.NEXT_PUBLIC_SANITY_DATASET).toBe('production')
    expect(parseServerEnv({}, true)).toMatchObject({lakePort: 4010, readToken: expect.any(String)})
  })

  it('names a malformed variable', () => {
    expect(() => parsePublicEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: 'Not A Project!'})).toThrow(/NEXT_PUBLIC_SANITY_PROJECT_ID/)
    expect(() => parsePublicEnv({NEXT_PUBLIC_SITE_URL: 'localhost'})).toThrow(/NEXT_PUBLIC_SITE_URL/)
    expect(() => parseServerEnv({LAKE_PORT: 'ninety'}, true)).toThrow(/LAKE_PORT/)
  })

  it('requires the webhook secret with a real project', () => {
    expect(() => parseServerEnv({}, false)).toThrow(/SANITY_REVALIDATE_SECRET/)
    expect(parseServerEnv({SANITY_REVALIDATE_SECRET: 's', SANITY_API_READ_TOKEN: 't'}, false)).toMatchObject({
      revalidateSecret: 's',
      readToken: 't',
    })
  })
})
