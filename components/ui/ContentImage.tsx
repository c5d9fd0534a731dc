import Image from 'next/image'
import type {z} from 'zod'
import type {imageModel} from '@/sanity/lib/models'

type Props = {
  image: z.infer<typeof imageModel>
  sizes: string
  /** The first image on screen loads at once; the rest wait until they are near. */
  priority?: boolean
}

export function ContentImage({image, sizes, priority = false}: Props) {
  return (
    <Image
      src={image.url}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      priority={priority}
      placeholder={image.lqip ? 'blur' : 'empty'}
      blurDataURL={image.lqip ?? undefined}
      style={{width: '100%', height: 'auto'}}
    />
  )
}
