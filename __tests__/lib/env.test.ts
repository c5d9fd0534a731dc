import {describe, expect, it} from '@jest/globals'
import {parsePublicEnv} from '../../lib/env.ts'
import {parseServerEnv} from '../../lib/server-env.ts'

describe('environment', () => {
  it('uses the local lake when no project is set', () => {
    const env = parsePublicEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: ''})
    expect(env.NEXT_PUBLIC_SANITY_PROJECT_ID).toBeUndefined()
    expect(env.NEXT_PUBLIC_SANITY_DATASET).toBe('production')
    expect(env.LAKE_PORT).toBe(4010)
    expect(parseServerEnv({}, true)).toMatchObject({
      readToken: expect.any(String),
      outboxDir: 'outbox',
      contactRateLimit: 5,
    })
  })

  it('names a malformed variable', () => {
    expect(() => parsePublicEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: 'Not A Project!'})).toThrow(
      /NEXT_PUBLIC_SANITY_PROJECT_ID/,
    )
    expect(() => parsePublicEnv({NEXT_PUBLIC_SITE_URL: 'localhost'})).toThrow(/NEXT_PUBLIC_SITE_URL/)
    expect(() => parsePublicEnv({LAKE_PORT: 'ninety'})).toThrow(/LAKE_PORT/)
    expect(() => parseServerEnv({SMTP_URL: 'mail.example'}, true)).toThrow(/SMTP_URL/)
    expect(() => parseServerEnv({SMTP_URL: 'smtp://mail.example:25'}, true)).toThrow(/APPOINTMENT_EMAIL_TO/)
  })

  it('requires the webhook secret with a real project', () => {
    expect(() => parseServerEnv({}, false)).toThrow(/SANITY_REVALIDATE_SECRET/)
    expect(parseServerEnv({SANITY_REVALIDATE_SECRET: 's', SANITY_API_READ_TOKEN: 't'}, false)).toMatchObject({
      revalidateSecret: 's',
      readToken: 't',
    })
  })
})
