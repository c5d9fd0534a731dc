// What the page cache awaits before it reads a page: the go-live check (sanity/lib/go-live.ts,
// `passDueGoLive`). It is handed over on a process global because the two are loaded apart:
// next.config.ts loads the page cache with Node's own import, where the Sanity client and
// `server-only` modules cannot load, and instrumentation.ts registers the check from inside
// Next's server bundle. Until it is registered (during the build), reads do not wait.
const GATE = Symbol.for('resilient-mind.go-live-gate')

type Gate = () => Promise<void>
type Slots = Record<symbol, Gate | undefined>

export function registerGoLiveGate(gate: Gate): void {
  ;(globalThis as unknown as Slots)[GATE] = gate
}

export function passGoLiveGate(): Promise<void> {
  const gate = (globalThis as unknown as Slots)[GATE]
  return gate ? gate() : Promise.resolve()
}
