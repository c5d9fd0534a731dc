/**
 * @jest-environment ./__tests__/setup/jsdom-environment.js
 */
import {describe, expect, it} from '@jest/globals'
import {render, screen} from '@testing-library/react'
import {ContentImage} from '../../../components/ui/ContentImage.tsx'
import {imageDisplays} from '../../../components/ui/image-displays.ts'
import {srcSetFor} from '../../../components/ui/src-set.ts'

const image = {
  url: 'http://127.0.0.1:4010/images/local/production/abc-1600x900.jpg',
  width: 1600,
  height: 900,
  alt: 'Leaves in green and ochre',
}

const widthsOf = (srcSet: string | null | undefined) =>
  (srcSet ?? '').split(', ').map((entry) => Number(entry.split(' ')[1].replace('w', '')))

describe('srcSetFor', () => {
  const srcSet =
    'a.jpg?w=128 128w, a.jpg?w=256 256w, a.jpg?w=384 384w, a.jpg?w=640 640w, a.jpg?w=828 828w, a.jpg?w=2048 2048w'

  it('keeps, for each fixed width, the files that cover it on 1x and 2x screens', () => {
    // 104 px → 128 (1x) and 256 (2x); 352 px → 384 and 828 (704): 640 is no one's pick.
    expect(srcSetFor(srcSet, {sizes: '', drawnAtCssPx: [104, 352]})).toEqual({
      srcSet: 'a.jpg?w=128 128w, a.jpg?w=256 256w, a.jpg?w=384 384w, a.jpg?w=828 828w',
      src: 'a.jpg?w=828',
    })
    expect(widthsOf(srcSetFor(srcSet, {sizes: '', drawnAtCssPx: [192]}).srcSet)).toEqual([256, 384])
  })

  it('keeps every file up to the one covering the widest of a range on a 2x screen', () => {
    expect(widthsOf(srcSetFor(srcSet, {sizes: '', drawnAtCssPx: {upTo: 400}}).srcSet)).toEqual([
      128, 256, 384, 640, 828,
    ])
  })

  it('keeps the widest file when none covers, and leaves a srcset it cannot read alone', () => {
    expect(widthsOf(srcSetFor(srcSet, {sizes: '', drawnAtCssPx: [1500]}).srcSet)).toEqual([2048])
    expect(srcSetFor('a.jpg 1x, a2.jpg 2x', imageDisplays.card)).toEqual({srcSet: 'a.jpg 1x, a2.jpg 2x'})
    expect(srcSetFor(undefined, imageDisplays.card)).toEqual({})
  })
})

describe('ContentImage', () => {
  it('lists on a card only the files its two drawn widths use, without the default quality or an inline style', () => {
    render(<ContentImage image={image} display={imageDisplays.card} />)
    const img = screen.getByRole('img', {name: image.alt})
    expect(widthsOf(img.getAttribute('srcset'))).toEqual([128, 256, 384, 828])
    expect(img.getAttribute('src')).toContain('w=828')
    expect(img.getAttribute('srcset')).not.toContain('q=')
    expect(img.getAttribute('style')).toBeNull()
  })

  it('loads the first image on screen at once and ahead of the rest, and the others when they come near', () => {
    render(
      <>
        <ContentImage image={image} display={imageDisplays.article} priority />
        <ContentImage image={{...image, alt: 'A later picture'}} display={imageDisplays.card} />
      </>,
    )
    const first = screen.getByRole('img', {name: image.alt})
    expect(first.getAttribute('loading')).toBeNull()
    expect(first.getAttribute('fetchpriority')).toBe('high')
    const later = screen.getByRole('img', {name: 'A later picture'})
    expect(later.getAttribute('loading')).toBe('lazy')
    expect(later.getAttribute('fetchpriority')).toBeNull()
  })

  it('keeps the large files for an image shown across the article', () => {
    render(<ContentImage image={image} display={imageDisplays.article} />)
    const widths = widthsOf(screen.getByRole('img').getAttribute('srcset'))
    expect(Math.max(...widths)).toBeGreaterThanOrEqual(1536)
  })
})
