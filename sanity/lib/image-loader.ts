import type {ImageLoaderProps} from 'next/image'

// next/image asks the image host for each width it needs. Sanity's CDN and the local lake read
// the same parameters, so one loader serves both; auto=format sends WebP to browsers that take it.
export default function sanityImageLoader({src, width, quality}: ImageLoaderProps): string {
  const url = new URL(src)
  url.searchParams.set('w', String(width))
  url.searchParams.set('q', String(quality ?? 75))
  url.searchParams.set('fit', 'max')
  url.searchParams.set('auto', 'format')
  return url.toString()
}
