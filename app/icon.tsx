import {markSvg} from '../lib/brand.ts'

export const contentType = 'image/svg+xml'

// The tab's icon is the header's mark (lib/brand.ts); SVG stays sharp at every size a browser
// asks for, in under half a kilobyte.
export default function Icon() {
  return new Response(markSvg(), {headers: {'Content-Type': contentType}})
}
