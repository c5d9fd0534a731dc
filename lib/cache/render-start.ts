// When each page render now under way began, as the page cache sees it: the read that found the
// page missing or out of date, which Next answers by rendering it.
//
// Why: Next's file-system cache dates a page by when it was stored, not by when its render began.
// A change that lands during a render (a webhook while a slow render waits for the Content Lake)
// was then older than the page, which kept the content from before the change as fresh until
// the next change. Next's own 'use cache' entries are dated by when they began; pages now are too.
const MAX_KEYS = 10_000
const startedAt = new Map<string, number>()

export function noteRenderStart(key: string): void {
  if (startedAt.has(key)) return
  // Renders that fail store nothing; the oldest such note goes first.
  if (startedAt.size >= MAX_KEYS) startedAt.delete(startedAt.keys().next().value as string)
  startedAt.set(key, Date.now())
}

/** When the render of the page being stored began, if a read saw it begin; forgotten after. */
export function takeRenderStart(key: string): number | undefined {
  const at = startedAt.get(key)
  startedAt.delete(key)
  return at
}
