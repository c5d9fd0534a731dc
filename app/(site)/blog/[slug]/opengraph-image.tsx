import {ImageResponse} from 'next/og'
import {CARD_FRAME} from '../../../../lib/brand.ts'
import {parseSlug} from '../../../../lib/params.ts'
import {SITE_NAME} from '../../../../lib/site.ts'
import {getPost} from '../../../../sanity/lib/posts.ts'

export const size = {width: 1200, height: 630}
export const contentType = 'image/png'
export const alt = 'The article’s title and the practice’s name'

type Props = {params: Promise<{slug: string}>}

// The card a link preview shows: the article's title on the practice's colors, no photo, so
// it reads well at any size and needs nothing from the network.
export default async function OpenGraphImage({params}: Props) {
  const slug = parseSlug((await params).slug)
  const post = slug ? await getPost(slug) : null
  const title = post?.title ?? SITE_NAME
  return new ImageResponse(
    <div style={CARD_FRAME}>
      <div style={{fontSize: 64, lineHeight: 1.15, fontWeight: 700, display: 'flex'}}>{title}</div>
      <div style={{fontSize: 32, display: 'flex'}}>{SITE_NAME} · Asheville, NC</div>
    </div>,
    size,
  )
}
