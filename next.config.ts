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
  images: {loader: 'custom', loaderFile: './sanity/lib/image-loader.ts'},
  headers: async () => securityHeaders(contentImageOrigin, contentApiOrigin),
}

export default nextConfig
