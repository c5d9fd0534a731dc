import Link from 'next/link'
import type {CategoryWithCount} from '../../sanity/lib/categories.queries.ts'
import {routes} from '../../lib/routes.ts'

export function CategoryNav({categories, current}: {categories: CategoryWithCount[]; current?: string}) {
  const withPosts = categories.filter((category) => category.postCount > 0)
  if (!withPosts.length) return null
  return (
    <nav className="category-nav" aria-label="Topics">
      <ul>
        <li>
          {current ? <Link href={routes.blog}>All articles</Link> : <span aria-current="page">All articles</span>}
        </li>
        {withPosts.map((category) => (
          <li key={category._id}>
            {category.slug === current ? (
              <span aria-current="page">{category.title}</span>
            ) : (
              <Link href={routes.category(category.slug)}>{category.title}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
