// The home page's artwork: ridges at dawn, drawn in the site's palette. Inline SVG rather than an
// image: no request, nothing to decode on a phone, and never the page's largest paint (the
// heading stays that). Decorative, so hidden from assistive technology.
export function HeroArt() {
  return (
    <svg
      className="hero__art"
      viewBox="0 0 640 280"
      preserveAspectRatio="xMidYMax slice"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="640" height="280" fill="var(--tint)" />
      <circle cx="470" cy="112" r="46" fill="#f6e7c8" />
      <path d="M0 176 L96 120 L196 158 L300 100 L408 150 L512 112 L640 146 L640 280 L0 280Z" fill="#9db4c4" />
      <path d="M0 214 L120 160 L240 200 L350 152 L480 206 L640 170 L640 280 L0 280Z" fill="#6f8fa6" />
      <path d="M0 250 L140 206 L270 240 L400 210 L530 248 L640 226 L640 280 L0 280Z" fill="var(--accent)" />
    </svg>
  )
}
