// The picture on an article card whose article has none, so every card in a row has the same
// shape: ridges in the site's palette (like the home page's HeroArt), the sun placed by the
// article's slug so neighbouring cards differ. Inline SVG: no request. Decorative, so hidden
// from assistive technology.
export function CardArt({slug}: {slug: string}) {
  const seed = [...slug].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 997, 7)
  const sunX = 120 + (seed % 400)
  return (
    <svg className="article-card__art" viewBox="0 0 640 360" aria-hidden="true" focusable="false">
      <rect width="640" height="360" fill="var(--tint)" />
      <circle cx={sunX} cy="130" r="44" fill="#f6e7c8" />
      <path d="M0 226 L110 170 L220 208 L330 150 L440 200 L540 162 L640 196 L640 360 L0 360Z" fill="#9db4c4" />
      <path d="M0 270 L130 216 L250 256 L370 206 L500 262 L640 226 L640 360 L0 360Z" fill="#6f8fa6" />
      <path d="M0 316 L150 270 L280 300 L420 268 L540 306 L640 286 L640 360 L0 360Z" fill="var(--accent)" />
    </svg>
  )
}
