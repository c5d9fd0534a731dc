import {getImageProps} from 'next/image'
import type {z} from 'zod'
import type {imageModel} from '../../sanity/lib/models.ts'
import type {ImageDisplay} from './image-displays.ts'
import {srcSetFor} from './src-set.ts'

type Props = {
  image: z.infer<typeof imageModel>
  /** Where it is shown (image-displays.ts). */
  display: ImageDisplay
  /** The first image on screen loads at once; the rest wait until they are near. */
  priority?: boolean
}

/**
 * A plain <img> with next/image's srcset, sizes and loading hints, rendered on the server.
 * Not the <Image> component: each one is a client component to hydrate, and twelve of them
 * on the blog index cost 300 ms of main-thread time on a mid-range phone (Lighthouse TBT 447
 * against 103 on an article). Width and height keep the box in place while the file loads.
 */
export function ContentImage({image, display, priority = false}: Props) {
  const {props} = getImageProps({
    src: image.url,
    alt: image.alt,
    width: image.width,
    height: image.height,
    sizes: display.sizes,
    priority,
    // next/image leaves this to its <Image>'s preload, which the <picture> below gives up.
    fetchPriority: priority ? 'high' : undefined,
  })
  const trimmed = srcSetFor(props.srcSet, display)
  // Without next/image's inline style (its colour and our size): the .content-image rule sets
  // both once in the stylesheet instead of in each image's HTML and RSC payload.
  // next/image's own props on a server-rendered <img> (see above), which this rule cannot tell apart.
  // eslint-disable-next-line @next/next/no-img-element
  const img = <img {...props} {...trimmed} style={undefined} alt={image.alt} className="content-image" />
  // React preloads each eager <img> a server component renders, and the hint travels in the
  // page's RSC payload, so every page that prefetches a link to this one downloads its picture:
  // a phone scrolling the blog index fetched each listed article's hero (34 KB of images it never
  // showed, against 6 KB it did, with the seed's small artwork). React makes no preload for an
  // <img> inside <picture>; on its own page, fetchPriority="high" makes this one load first.
  return priority ? <picture className="content-picture">{img}</picture> : img
}
