import type {Metadata} from 'next'
import {SearchPage, searchMetadata} from '../../../../components/search/SearchPage.tsx'
import {queryOfSegment, searchSegment, SUGGESTED_SEARCHES} from '../../../../lib/search.ts'

export const metadata: Metadata = searchMetadata

type Props = {params: Promise<{query: string}>}

// Rendered once per query, blocking, then cached like any list of posts (proxy.ts says why).
export const instant = false

export function generateStaticParams() {
  return SUGGESTED_SEARCHES.map((query) => ({query: searchSegment(query)}))
}

export default async function SearchQueryPage({params}: Props) {
  return <SearchPage query={queryOfSegment((await params).query)} />
}
