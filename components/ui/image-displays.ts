/**
 * Where an image is shown: the `sizes` a browser picks a file by, and the CSS widths those
 * sizes can resolve to, which decide the files its srcset lists (src-set.ts). Kept together so
 * the two cannot drift apart, and written once for the places that show images the same way.
 */
export type ImageDisplay = {
  sizes: string
  /**
   * Each width the image is drawn at, when `sizes` names fixed lengths; a range (`upTo`) when
   * it follows the viewport.
   */
  drawnAtCssPx: readonly number[] | {upTo: number}
}

const REM_PX = 16

export const imageDisplays = {
  /** An article card: a thumbnail beside the text on phones, 22rem wide from 40rem up. */
  card: {sizes: '(min-width: 40rem) 22rem, 6.5rem', drawnAtCssPx: [6.5 * REM_PX, 22 * REM_PX]},
  /** The article column: the whole viewport below 48rem (so at most 48rem wide), 44rem above. */
  article: {sizes: '(min-width: 48rem) 44rem, 100vw', drawnAtCssPx: {upTo: 48 * REM_PX}},
  /** A clinician's portrait. */
  portrait: {sizes: '12rem', drawnAtCssPx: [12 * REM_PX]},
} satisfies Record<string, ImageDisplay>
