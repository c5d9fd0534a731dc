import {ConnectSanityProject} from '@/components/studio/ConnectSanityProject'
import {Studio} from '@/components/studio/Studio'
import {usesLocalLake} from '@/lib/env'

// next-sanity's Studio metadata sets no title; every page needs one (WCAG 2.4.2).
export const metadata = {title: 'Studio | Resilient Mind Counseling'}

// The Studio logs in to a Sanity project; against the local lake there is nothing to log in
// to, so the page explains how to connect one instead.
export default function StudioPage() {
  return usesLocalLake ? <ConnectSanityProject /> : <Studio />
}
