import type {Metadata} from 'next'
import {SearchPage, searchMetadata} from '../../../components/search/SearchPage.tsx'

export const metadata: Metadata = searchMetadata

// The search box alone. A search (`/search?q=…`) is served by ./[query] (proxy.ts says how).
export default function SearchBoxPage() {
  return <SearchPage query={undefined} />
}
