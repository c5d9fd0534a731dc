import {Studio} from '../../../../components/studio/Studio.tsx'

// next-sanity's Studio metadata sets no title; every page needs one (WCAG 2.4.2).
export const metadata = {title: 'Studio | Resilient Mind Counseling'}

// The same Studio with or without a Sanity project: offline it works on the local lake
// (sanity/studio/offline.ts).
export default function StudioPage() {
  return <Studio />
}
