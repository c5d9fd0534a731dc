import {ImageResponse} from 'next/og'
import {GREEN_FRAME, markDataUrl} from '../lib/brand.ts'

export const size = {width: 180, height: 180}
export const contentType = 'image/png'

// What an iPhone shows for the site on its home screen and in bookmarks: it takes a PNG and
// rounds the corners itself, so the mark sits on a full square of the practice's green.
export default function AppleIcon() {
  return new ImageResponse(
    <div style={{...GREEN_FRAME, alignItems: 'center', justifyContent: 'center'}}>
      <img src={markDataUrl()} width={150} height={150} alt="" />
    </div>,
    size,
  )
}
