import type {ImageDisplay} from './image-displays.ts'

// next/image lists every configured width (deviceSizes and imageSizes together) in each image's
// srcset; it has no per-image list. Each entry is written twice per image (in the HTML and in
// the RSC payload), so a file no screen would pick is paid for on every page view: on the blog
// index, twelve cards' unused entries took the page past 64 KB, where loopback throughput fell
// from about 4,000 to 1,200 requests a second (bench README, "What the figures say").
//
// A browser takes the first file at least as wide as the drawn width times the screen's pixel
// density. So an image drawn at fixed widths keeps, for each, the files that cover it on 1x and
// 2x screens (denser screens get the 2x file, which is sharp at phone distance); one drawn
// across a range keeps every file up to the one that covers its widest on a 2x screen.
const DENSITIES = [1, 2]

type Entry = {url: string; width: number}
type Trimmed = {srcSet?: string; src?: string}

function parse(srcSet: string): Entry[] | null {
  const entries = srcSet.split(', ').map((entry) => {
    const at = entry.lastIndexOf(' ')
    const descriptor = /^(\d+)w$/.exec(entry.slice(at + 1))
    return {url: entry.slice(0, at), width: descriptor ? Number(descriptor[1]) : Number.NaN}
  })
  return entries.every((entry) => Number.isFinite(entry.width)) ? entries : null
}

/** Index of the first (narrowest) entry at least `px` wide, or the widest when none is. */
const coverOf = (entries: Entry[], px: number) => {
  const index = entries.findIndex((entry) => entry.width >= px)
  return index === -1 ? entries.length - 1 : index
}

/** The srcset with only the files `display` can use, and the widest of them as the fallback src. */
export function srcSetFor(srcSet: string | undefined, display: ImageDisplay): Trimmed {
  if (!srcSet) return {}
  const entries = parse(srcSet)
  if (!entries) return {srcSet}
  const drawn = display.drawnAtCssPx
  const kept =
    'upTo' in drawn
      ? entries.slice(0, coverOf(entries, drawn.upTo * Math.max(...DENSITIES)) + 1)
      : entries.filter((_, index) =>
          drawn.some((px) => DENSITIES.some((density) => coverOf(entries, px * density) === index)),
        )
  // The fallback src is the widest file kept, as next/image makes it the widest it lists.
  return {srcSet: kept.map((entry) => `${entry.url} ${entry.width}w`).join(', '), src: kept.at(-1)?.url}
}
