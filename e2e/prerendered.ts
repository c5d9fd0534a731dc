import {expect, type APIRequestContext} from '@playwright/test'

/**
 * After a change: each page answers its stale copy, never a per-request render
 * (x-nextjs-postponed or no-store), until it is fresh again (a cache HIT).
 */
export async function expectSettled(request: APIRequestContext, paths: string[], moment: string) {
  for (const path of paths) {
    await expect
      .poll(
        async () => {
          const response = await request.get(path)
          const dynamic =
            response.headers()['x-nextjs-postponed'] !== undefined ||
            /no-store/.test(response.headers()['cache-control'] ?? '')
          expect({moment, path, dynamic}).toEqual({moment, path, dynamic: false})
          return response.headers()['x-nextjs-cache']
        },
        {timeout: 10_000},
      )
      .toBe('HIT')
  }
}
