import {Suspense, type ReactNode} from 'react'

// The routes that list or show articles. Their cached content ends its life at the next
// scheduled publishedAt; in the last five minutes before one, Next treats it as short-lived and
// streams it per request, which needs this boundary. Routes that redirect (the old article
// URLs) stay outside it: a redirect inside a streamed boundary could no longer be a 308.
export default function PostsLayout({children}: {children: ReactNode}) {
  return <Suspense>{children}</Suspense>
}
