import {registerGoLiveGate} from './lib/cache/go-live-gate.ts'

// Runs once when `next start`, `next dev` or the standalone server.js starts, before the first
// request. The build needs none of it: its pages are made from the content as it is then.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const {passDueGoLive} = await import('./sanity/lib/go-live.ts')
  registerGoLiveGate(() => passDueGoLive())

  // The standalone server.js never runs next.config.ts, where the page cache is registered for
  // `next start` and `next dev` (register-page-cache.ts says why it is registered, not named).
  const pageCache = await import('./lib/cache/register-page-cache.ts')
  if (!pageCache.pageCacheHandlerRegistered()) pageCache.registerPageCacheHandler()

  // NEXT_MANUAL_SIG_HANDLE: the deployment leaves SIGTERM to the app (docs/going-live.md).
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const [{drainOnSigterm}, {closeSharedRedis}, {serverEnv}] = await Promise.all([
      import('./lib/server/shutdown.ts'),
      import('./lib/redis/client.ts'),
      import('./lib/server-env.ts'),
    ])
    drainOnSigterm({drainMs: serverEnv.shutdownDrainMs, closeResources: closeSharedRedis})
  }
}
