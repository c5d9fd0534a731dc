// next/image lists every configured width (deviceSizes and imageSizes together) in each image's
// srcset; it has no per-image list. A card shown at most 22rem wide never needs the 2048 px
// file, yet each unused entry is written twice per image (in the HTML and in the RSC payload):
// on the blog index that was 3 of 8 entries on each of twelve cards. So each image keeps the
// widths up to the first one that covers its widest display on a 2x screen.

type Trimmed = {srcSet?: string; src?: string}

/** The srcset without the files wider than the first that is at least `neededPx` wide. */
export function srcSetUpTo(srcSet: string | undefined, neededPx: number): Trimmed {
  if (!srcSet) return {}
  const entries = srcSet.split(', ').map((entry) => {
    const at = entry.lastIndexOf(' ')
    const descriptor = /^(\d+)w$/.exec(entry.slice(at + 1))
    return {url: entry.slice(0, at), width: descriptor ? Number(descriptor[1]) : Number.NaN}
  })
  if (entries.some((entry) => !Number.isFinite(entry.width))) return {srcSet}
  const cover = entries.findIndex((entry) => entry.width >= neededPx)
  const kept = cover === -1 ? entries : entries.slice(0, cover + 1)
  // The fallback src is the largest file kept, as next/image makes it the largest it lists.
  return {srcSet: kept.map((entry) => `${entry.url} ${entry.width}w`).join(', '), src: kept.at(-1)?.url}
}
