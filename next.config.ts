import type {NextConfig} from 'next'
import {contentApiOrigin, contentImageOrigin} from './lib/env'
import {securityHeaders} from './lib/security-headers'

const nextConfig: NextConfig = {
  // Cache Components: pages are prerendered from `'use cache'` data functions in sanity/lib,
  // and the revalidate webhook expires exactly the tags a change touches.
  cacheComponents: true,
  partialPrefetching: true,
  reactStrictMode: true,
  poweredByHeader: false,
  // The benchmark builds into its own folder, so it never replaces the build a developer or the
  // browser tests are using.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Fewer widths than Next's sixteen: every one is a srcset entry written twice per image (HTML
  // and RSC payload), which cost the blog index 27 KB with twelve cards.
  images: {
    loader: 'custom',
    loaderFile: './sanity/lib/image-loader.ts',
    deviceSizes: [640, 828, 1080, 1600, 2048],
    imageSizes: [128, 256, 384],
  },
  headers: async () => securityHeaders(contentImageOrigin, contentApiOrigin),
}

export default nextConfig
