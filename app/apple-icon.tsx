import {ImageResponse} from 'next/og'
import {BRAND_COLORS, markDataUrl} from '../lib/brand.ts'

export const size = {width: 180, height: 180}
export const contentType = 'image/png'

// What an iPhone shows for the site on its home screen and in bookmarks: it takes a PNG and
// rounds the corners itself, so the mark sits on a full square of the practice's green.
export default function AppleIcon() {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: BRAND_COLORS.accent,
      }}
    >
      <img src={markDataUrl()} width={150} height={150} alt="" />
    </div>,
    size,
  )
}
