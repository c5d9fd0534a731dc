import type {Metadata} from 'next'
import {pageCount, parsePageParam} from '../../../../../../../lib/pagination.ts'
import {CategoryListing, categoryMetadata, categoryStaticParams} from '../../category-page.tsx'

type Props = {params: Promise<{slug: string; page: string}>}

export const instant = false

export async function generateStaticParams() {
  const categories = await categoryStaticParams()
  return categories.flatMap((category) =>
    Array.from({length: pageCount(category.postCount)}, (_, index) => ({slug: category.slug, page: String(index + 1)})),
  )
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {slug, page} = await params
  return categoryMetadata(slug, parsePageParam(page))
}

export default async function CategoryPageN({params}: Props) {
  const {slug, page} = await params
  return <CategoryListing slugParam={slug} page={parsePageParam(page)} />
}
