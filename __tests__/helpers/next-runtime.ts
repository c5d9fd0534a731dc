import {jest} from '@jest/globals'

/**
 * Lets gateway functions and server pages run in a test, once and uncached: Next's cache calls
 * have no cache to attach to, and there is no request for draftMode() to read, so it reports
 * what `isDraftMode()` says (visitors by default). Call before importing the code under test.
 */
export function runOutsideNext(isDraftMode: () => boolean = () => false): void {
  jest.unstable_mockModule('next/cache', () => ({
    ...jest.requireActual<typeof import('next/cache')>('next/cache'),
    cacheTag: () => undefined,
    cacheLife: () => undefined,
  }))
  jest.unstable_mockModule('next/headers', () => ({
    ...jest.requireActual<typeof import('next/headers')>('next/headers'),
    draftMode: async () => ({isEnabled: isDraftMode()}),
  }))
}
