import dynamic from 'next/dynamic'
import {draftMode} from 'next/headers'

// Loaded only when rendered: visitors never get the live-update or Presentation scripts.
const PreviewTools = dynamic(() => import('./PreviewTools.tsx'))

/** Nothing for visitors; the preview banner and tools for an editor in draft mode. */
export async function PreviewBanner() {
  return (await draftMode()).isEnabled ? <PreviewTools /> : null
}
