// The practice's mark and colors where the stylesheet cannot reach them: the tab icon, the home
// screen icon and link-preview cards, which are drawn outside any page. The header draws the
// same mark from the same numbers (components/layout/LogoMark.tsx), so they cannot drift apart.

/** Two of the stylesheet's tokens (--accent, --paper); __tests__/app/contrast.test.ts holds them equal. */
export const BRAND_COLORS = {accent: '#2f5d50', paper: '#fbfaf7'} as const

/** next/og's frame for an image wholly in the practice's green. */
export const GREEN_FRAME = {width: '100%', height: '100%', display: 'flex', background: BRAND_COLORS.accent} as const

/** A link-preview card: the green frame, light text, the mark or title at the top, words below. */
export const CARD_FRAME = {
  ...GREEN_FRAME,
  flexDirection: 'column',
  justifyContent: 'space-between',
  padding: '72px',
  color: BRAND_COLORS.paper,
} as const

type Circle = {cx: number; cy: number; r: number}

const SEATS = 7
const RING_RADIUS = 11

/** A ring of seven seats around a center, as a group sits, on a 32-unit square. */
export const MARK = {
  viewBox: '0 0 32 32',
  disc: {cx: 16, cy: 16, r: 15} satisfies Circle,
  center: {cx: 16, cy: 16, r: 4} satisfies Circle,
  centerOpacity: 0.9,
  seats: Array.from({length: SEATS}, (_, i): Circle => {
    const angle = (i / SEATS) * 2 * Math.PI - Math.PI / 2
    const at = (value: number) => Math.round(value * 100) / 100
    return {cx: at(16 + RING_RADIUS * Math.cos(angle)), cy: at(16 + RING_RADIUS * Math.sin(angle)), r: 2.6}
  }),
}

const circle = ({cx, cy, r}: Circle, fill: string, extra = '') =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"${extra}/>`

/** The mark as a standalone SVG document, for the icon route and for images that embed it. */
export function markSvg(): string {
  const {accent, paper} = BRAND_COLORS
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK.viewBox}">`,
    circle(MARK.disc, accent),
    circle(MARK.center, paper, ` opacity="${MARK.centerOpacity}"`),
    ...MARK.seats.map((seat) => circle(seat, paper)),
    '</svg>',
  ].join('')
}

/** The mark as a data: URL, for next/og cards, which draw images but not inline SVG strings. */
export function markDataUrl(): string {
  return `data:image/svg+xml,${encodeURIComponent(markSvg())}`
}
