'use client'
import {usePathname} from 'next/navigation'

/** Leaves preview and stays on the same page, which then shows what visitors see. */
export function ExitPreviewLink() {
  const pathname = usePathname()
  return <a href={`/api/draft-mode/disable?redirect=${encodeURIComponent(pathname || '/')}`}>Exit preview</a>
}
