import {VisualEditing} from 'next-sanity/visual-editing'
import {SanityLive} from '../../sanity/lib/live.ts'
import {ExitPreviewLink} from './ExitPreviewLink.tsx'

/**
 * What an editor gets in draft mode: a banner that says so and a way out, live updates from the
 * Content Lake (or the Studio, inside the Presentation tool), and <VisualEditing>, which keeps
 * Presentation's preview in step with the Studio (it follows the preview's navigation and
 * refreshes it on edits). Presentation's click-to-edit overlays stay off: they attach to
 * stega-encoded strings, and every fetch passes `stega: false` (sanity/lib/live.ts) because the
 * hidden characters would reach titles, metadata, JSON-LD, slugs and heading ids.
 */
export default function PreviewTools() {
  return (
    <>
      <div className="preview-banner" role="region" aria-label="Preview mode">
        <p>
          <strong>Preview:</strong> you are seeing drafts and scheduled articles, which visitors do not see.{' '}
          <ExitPreviewLink />
        </p>
      </div>
      {/* Refresh this editor's page only: the default action would expire visitors' cache on every edit. */}
      <SanityLive action="refresh" />
      <VisualEditing />
    </>
  )
}
