// What the caches consult about go-lives (sanity/lib/go-live.ts), on process globals because
// the two sides are loaded apart: next.config.ts loads the page cache with Node's own import,
// where the Sanity client and `server-only` modules cannot load, while instrumentation.ts
// registers the check from inside Next's server bundle, which has its own copy of this module.
//
// - The gate: the go-live check both cache handlers await before they read, so the read that
//   comes first after a go-live already finds what it changed stale. Until it is registered
//   (during the build), reads do not wait.
// - The go-live clock: when the latest go-live was passed. An entry that shows what changes on a
//   date and was made before it is stale (made-before-go-live.ts).
const GATE: unique symbol = Symbol.for('resilient-mind.go-live-gate') as never
const PASSED_AT: unique symbol = Symbol.for('resilient-mind.go-live-passed-at') as never

type Gate = () => Promise<void>
type Slots = {[GATE]?: Gate; [PASSED_AT]?: number}
const slots = globalThis as unknown as Slots

export function registerGoLiveGate(gate: Gate): void {
  slots[GATE] = gate
}

export function passGoLiveGate(): Promise<void> {
  const gate = slots[GATE]
  return gate ? gate() : Promise.resolve()
}

/** Entries made before `at` that show what changes on a date are stale from now on. */
export function markGoLivePassed(at: number): void {
  slots[PASSED_AT] = Math.max(slots[PASSED_AT] ?? 0, at)
}

/** When the latest go-live was passed in this process (0: none since it started). */
export function goLivePassedAt(): number {
  return slots[PASSED_AT] ?? 0
}
