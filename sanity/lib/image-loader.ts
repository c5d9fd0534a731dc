import type {ImageLoaderProps} from 'next/image'

// next/image asks the image host for each width it needs. Sanity's CDN and the local lake read
// the same parameters, so one loader serves both; auto=format sends WebP to browsers that take it.
// Quality is left out at the hosts' default (75 on both): each URL is written into a page twice
// per srcset entry, so the parameter alone was about 1 KB of the blog index.
const HOST_DEFAULT_QUALITY = 75

export default function sanityImageLoader({src, width, quality}: ImageLoaderProps): string {
  const url = new URL(src)
  url.searchParams.set('w', String(width))
  if (quality !== undefined && quality !== HOST_DEFAULT_QUALITY) url.searchParams.set('q', String(quality))
  url.searchParams.set('fit', 'max')
  url.searchParams.set('auto', 'format')
  return url.toString()
}
