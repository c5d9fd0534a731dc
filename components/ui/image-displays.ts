/**
 * Where an image is shown: the `sizes` a browser picks a file by, and the widest the image is
 * ever drawn in CSS pixels, which bounds its srcset (src-set.ts). Kept together so the two
 * cannot drift apart, and written once for the places that show images the same way.
 */
export type ImageDisplay = {sizes: string; widestCssPx: number}

const REM_PX = 16

export const imageDisplays = {
  /** An article card: a thumbnail beside the text on phones, 22rem wide from 40rem up. */
  card: {sizes: '(min-width: 40rem) 22rem, 6.5rem', widestCssPx: 22 * REM_PX},
  /** The article column: the whole viewport below 48rem (so at most 48rem wide), 44rem above. */
  article: {sizes: '(min-width: 48rem) 44rem, 100vw', widestCssPx: 48 * REM_PX},
  /** A clinician's portrait. */
  portrait: {sizes: '12rem', widestCssPx: 12 * REM_PX},
} satisfies Record<string, ImageDisplay>
