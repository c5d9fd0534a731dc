import path from 'node:path'
import type {NextConfig} from 'next'
import {contentApiOrigin, contentImageOrigin, lakeUrl, usesLocalLake} from './lib/env.ts'
import {registerPageCacheHandler} from './lib/cache/register-page-cache.ts'
import {securityHeaders} from './lib/security-headers.ts'
import {STUDIO_UI_STYLESHEET, writeStudioUiStylesheet} from './sanity/studio/ui-font.ts'

// Written on every start of dev or build, so it always matches the installed Sanity UI.
const studioUiStylesheet = writeStudioUiStylesheet(process.cwd(), path.join(process.cwd(), 'sanity/studio/generated'))

// Next's page cache: lib/cache/page-cache-handler.ts, registered for this process rather than
// named as `cacheHandler`, which Next would import again on every request (register-page-cache.ts).
registerPageCacheHandler()

const nextConfig: NextConfig = {
  // Cache Components: pages are prerendered from `'use cache'` data functions in sanity/lib,
  // and the revalidate webhook expires exactly the tags a change touches.
  // A folder that runs with `node server.js` alone: what the container image and a VM ship
  // (docs/going-live.md). scripts/standalone.ts completes it after the build.
  output: 'standalone',
  cacheComponents: true,
  // Off: with it on, the first request for an article that has no page yet (published after
  // the build, or just gone live) was served Next's empty fallback shell and rendered per
  // request (`x-nextjs-postponed`, `no-store`); off, it renders once, blocking, and is cached.
  partialPrefetching: false,
  reactStrictMode: true,
  // Sanity UI's stylesheet, with its font bundled rather than fetched from Sanity (ui-font.ts).
  turbopack: {resolveAlias: {[STUDIO_UI_STYLESHEET]: `./${path.relative(process.cwd(), studioUiStylesheet)}`}},
  poweredByHeader: false,
  // No ETag on pages: Next hashes each page's whole HTML in JavaScript on every request to make
  // one (about 80 µs for the 53 KB blog index, 5 % of its server time under load in a profile).
  // The cost of leaving it out: a browser that revalidates a page downloads it again (about
  // 12 KB compressed) instead of getting a 304.
  generateEtags: false,
  // The benchmark builds into its own folder, so it never replaces the build a developer or the
  // browser tests are using.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Data with revalidated tags is made afresh before answering (the handlers say why); pages
  // likewise, by the page cache registered above.
  cacheHandlers: {default: path.join(process.cwd(), 'lib/cache/data-cache-handler.ts')},
  // When the pages were prerendered: posts that went live since then need their go-live
  // (sanity/lib/go-live.ts). Inlined at build, so `next start` sees the build's time.
  // STUDIO_LAKE_URL: where the offline Studio (a browser app) finds the lake, fixed at build
  // like the rest of the Studio's configuration; the server keeps reading LAKE_PORT at run time.
  env: {SITE_BUILT_AT: String(Date.now()), STUDIO_LAKE_URL: lakeUrl},
  // proxy.ts redirects trailing slashes itself, so an old address takes one hop, not two.
  skipTrailingSlashRedirect: true,
  // proxy.ts sees the address Next itself resolves routes against. Normalized, its host was
  // `localhost` whatever address the server is bound to, so on a server bound to another one
  // (127.0.0.2, a container's interface) the search rewrite looked external and Next proxied it
  // to localhost, which answered nothing: every search was a 500.
  skipProxyUrlNormalize: true,
  // Fewer widths than Next's sixteen: every one is a srcset entry written twice per image (HTML
  // and RSC payload), which cost the blog index 27 KB with twelve cards.
  images: {
    loader: 'custom',
    loaderFile: './sanity/lib/image-loader.ts',
    deviceSizes: [640, 828, 1080, 1600, 2048],
    imageSizes: [128, 256, 384],
  },
  headers: async () =>
    securityHeaders(contentImageOrigin, contentApiOrigin, {
      development: process.env.NODE_ENV === 'development',
      studioLakeUrl: usesLocalLake ? lakeUrl : undefined,
    }),
}

export default nextConfig
