import type {ReactNode} from 'react'

export {metadata, viewport} from 'next-sanity/studio'

// The Studio's own root layout: no site header, footer or CSS, and none of the Studio's code in
// the visitors' layout.
export default function StudioLayout({children}: {children: ReactNode}) {
  return (
    <html lang="en">
      <body style={{margin: 0}}>{children}</body>
    </html>
  )
}
