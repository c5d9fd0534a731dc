import {registerGoLiveGate} from './lib/cache/go-live-gate.ts'

// Runs once when `next start` (or `next dev`) starts, before the first request. The build needs
// no go-live: its pages are made from the content as it is then.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const {passDueGoLive} = await import('./sanity/lib/go-live.ts')
  registerGoLiveGate(() => passDueGoLive())
}
