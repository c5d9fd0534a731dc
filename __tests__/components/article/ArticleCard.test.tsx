/**
 * @jest-environment ./__tests__/setup/jsdom-environment.js
 */
import {describe, expect, it} from '@jest/globals'
import {render, screen} from '@testing-library/react'
import {ArticleCard} from '../../../components/article/ArticleCard.tsx'
import type {PostCard} from '../../../sanity/lib/models.ts'

const post = (slug: string): PostCard => ({
  _id: `post-${slug}`,
  title: `Title of ${slug}`,
  slug,
  excerpt: 'An excerpt.',
  publishedAt: '2026-03-10T14:00:00Z',
  readingMinutes: 4,
  mainImage: null,
  author: null,
  categories: [],
})

describe('an article card without a picture', () => {
  it('shows the site’s artwork in the picture’s place, hidden from assistive technology', () => {
    const {container} = render(<ArticleCard post={post('no-picture')} />)
    const art = container.querySelector('svg.article-card__art')
    expect(art).not.toBeNull()
    expect(art?.getAttribute('aria-hidden')).toBe('true')
    expect(art?.getAttribute('viewBox')).toBe('0 0 640 360')
    expect(screen.queryByRole('img')).toBeNull()
  })

  it('differs from its neighbour’s, by where the sun sits', () => {
    const sunOf = (slug: string) =>
      render(<ArticleCard post={post(slug)} />)
        .container.querySelector('circle')
        ?.getAttribute('cx')
    expect(sunOf('rest-and-sleep')).not.toBe(sunOf('grounding-skills'))
  })
})
