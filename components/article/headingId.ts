import {hyphenate} from '@/lib/slug'

/** A stable anchor id from a heading's text, so links to a section survive re-renders. */
export function headingId(text: string): string {
  return hyphenate(text)
}
