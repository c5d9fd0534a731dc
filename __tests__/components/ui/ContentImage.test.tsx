/**
 * @jest-environment ./__tests__/setup/jsdom-environment.js
 */
import {describe, expect, it} from '@jest/globals'
import {render, screen} from '@testing-library/react'
import {ContentImage} from '../../../components/ui/ContentImage.tsx'
import {imageDisplays} from '../../../components/ui/image-displays.ts'
import {srcSetUpTo} from '../../../components/ui/src-set.ts'

const image = {
  url: 'http://127.0.0.1:4010/images/local/production/abc-1600x900.jpg',
  width: 1600,
  height: 900,
  alt: 'Leaves in green and ochre',
}

const widthsOf = (srcSet: string | null) =>
  (srcSet ?? '').split(', ').map((entry) => Number(entry.split(' ')[1].replace('w', '')))

describe('srcSetUpTo', () => {
  const srcSet = 'a.jpg?w=128 128w, a.jpg?w=384 384w, a.jpg?w=828 828w, a.jpg?w=2048 2048w'

  it('keeps the widths up to the first that covers what is needed, and falls back to the largest kept', () => {
    expect(srcSetUpTo(srcSet, 704)).toEqual({
      srcSet: 'a.jpg?w=128 128w, a.jpg?w=384 384w, a.jpg?w=828 828w',
      src: 'a.jpg?w=828',
    })
    expect(srcSetUpTo(srcSet, 384).srcSet).toBe('a.jpg?w=128 128w, a.jpg?w=384 384w')
  })

  it('keeps everything when no width covers it, and leaves a srcset it cannot read alone', () => {
    expect(srcSetUpTo(srcSet, 4000).srcSet).toBe(srcSet)
    expect(srcSetUpTo('a.jpg 1x, a2.jpg 2x', 100)).toEqual({srcSet: 'a.jpg 1x, a2.jpg 2x'})
    expect(srcSetUpTo(undefined, 100)).toEqual({})
  })
})

describe('ContentImage', () => {
  it('lists no file wider than the first that covers its widest display on a 2x screen', () => {
    render(<ContentImage image={image} display={imageDisplays.card} />)
    const img = screen.getByRole('img', {name: image.alt})
    const widths = widthsOf(img.getAttribute('srcset'))
    expect(widths.length).toBeGreaterThan(1)
    expect(widths.filter((width) => width >= 704)).toHaveLength(1)
    expect(img.getAttribute('src')).toContain(`w=${widths.at(-1)}`)
  })

  it('keeps the large files for an image shown across the article', () => {
    render(<ContentImage image={image} display={imageDisplays.article} />)
    const widths = widthsOf(screen.getByRole('img').getAttribute('srcset'))
    expect(Math.max(...widths)).toBeGreaterThanOrEqual(1408)
  })
})
