import {ImageResponse} from 'next/og'
import {CARD_FRAME, markDataUrl} from '../../lib/brand.ts'
import {SHARE_CARD} from '../../lib/seo.ts'
import {SITE_NAME} from '../../lib/site.ts'
import {getSiteSettings} from '../../sanity/lib/settings.ts'

// The card a shared link to any page shows when it has none of its own (articles draw theirs):
// home, services, team, contact. A route of its own rather than Next's opengraph-image file,
// whose address carries a build hash that pages setting their own Open Graph fields (lib/seo.ts)
// cannot name; those fields replace what a parent segment's file would give them. Prerendered,
// and redrawn when the practice's name or tagline changes (the settings tag).
export async function GET() {
  const settings = await getSiteSettings()
  return new ImageResponse(
    <div style={CARD_FRAME}>
      {/* eslint-disable-next-line @next/next/no-img-element -- next/og draws <img>; next/image is for pages */}
      <img src={markDataUrl()} width={120} height={120} alt="" />
      <div style={{display: 'flex', flexDirection: 'column', gap: 20}}>
        <div style={{fontSize: 68, lineHeight: 1.1, fontWeight: 700, display: 'flex'}}>
          {settings?.practiceName ?? SITE_NAME}
        </div>
        {settings?.tagline ? (
          <div style={{fontSize: 36, lineHeight: 1.3, display: 'flex'}}>{settings.tagline}</div>
        ) : null}
      </div>
    </div>,
    {width: SHARE_CARD.width, height: SHARE_CARD.height},
  )
}
