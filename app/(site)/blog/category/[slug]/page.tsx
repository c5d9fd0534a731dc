import type {Metadata} from 'next'
import {CategoryListing, categoryMetadata, categoryStaticParams} from './category-page.tsx'

type Props = {params: Promise<{slug: string}>}

export const instant = false

export async function generateStaticParams() {
  return (await categoryStaticParams()).map((category) => ({slug: category.slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, 1)
}

export default async function CategoryPage({params}: Props) {
  return <CategoryListing slugParam={(await params).slug} page={1} />
}
