import {Studio} from '../../../../components/studio/Studio.tsx'
import {SITE_NAME} from '../../../../lib/site.ts'

// next-sanity's Studio metadata sets no title; every page needs one (WCAG 2.4.2).
export const metadata = {title: `Studio | ${SITE_NAME}`}

// The same Studio with or without a Sanity project: offline it works on the local lake
// (sanity/studio/offline.ts).
export default function StudioPage() {
  return <Studio />
}
