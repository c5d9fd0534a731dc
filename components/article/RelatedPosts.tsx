import Link from 'next/link'
import type {PostCard} from '../../sanity/lib/models.ts'
import {cutAtWord} from '../../lib/excerpt.ts'
import {routes} from '../../lib/routes.ts'

const TEASER_LENGTH = 180

/** "Discover more", as on the practice's current site: three teasers, cut at a word. */
export function RelatedPosts({related}: {related: PostCard[]}) {
  if (!related.length) return null
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">Discover more</h2>
      <ul>
        {related.map((item) => (
          <li key={item._id}>
            <h3>
              <Link href={routes.post(item.slug)}>{item.title}</Link>
            </h3>
            {item.excerpt ? <p>{cutAtWord(item.excerpt, TEASER_LENGTH)}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
