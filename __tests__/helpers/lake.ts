import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createClient, type SanityClient} from '@sanity/client'
import {SEED_DIR} from '../../sanity/lake/config.ts'
import {startLake, type LakeOptions, type RunningLake} from '../../sanity/lake/server.ts'
import {SANITY_API_VERSION} from '../../sanity/lib/api-version.ts'

export const TEST_TOKEN = 'test-lake-token-0123456789'
export const API_VERSION = SANITY_API_VERSION

export type TestLake = {
  lake: RunningLake
  dir: string
  /** Authenticated, like the Studio or a script holding LAKE_TOKEN. */
  client: SanityClient
  /** Anonymous, like a visitor's browser. */
  anonymous: SanityClient
  stop: () => Promise<void>
}

export function clientFor(url: string, token?: string): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiVersion: API_VERSION,
    apiHost: url,
    useProjectHostname: false,
    useCdn: false,
    token,
    perspective: 'published',
    // The tests assert on the lake's answers; retries would hide them.
    maxRetries: 0,
    // jsdom tests look like a browser to the client; these tokens never leave the test process.
    ignoreBrowserTokenWarning: true,
  })
}

/** A lake on a free loopback port over a fresh copy of the seed, removed again by stop(). */
export async function startTestLake(options: Partial<LakeOptions> = {}): Promise<TestLake> {
  const root = await mkdtemp(path.join(tmpdir(), 'lake-test-'))
  const dir = options.dir ?? path.join(root, 'production')
  const lake = await startLake({dir, seedDir: SEED_DIR, port: 0, token: TEST_TOKEN, ...options})
  return {
    lake,
    dir,
    client: clientFor(lake.url, TEST_TOKEN),
    anonymous: clientFor(lake.url),
    stop: async () => {
      await lake.close()
      await rm(root, {recursive: true, force: true})
    },
  }
}
