import {MARK} from '../../lib/brand.ts'

/** The practice's mark (lib/brand.ts), in the page's own colors. */
export function LogoMark({size = 28}: {size?: number}) {
  return (
    <svg className="logo-mark" width={size} height={size} viewBox={MARK.viewBox} aria-hidden="true" focusable="false">
      <circle {...MARK.disc} fill="var(--accent)" />
      <circle {...MARK.center} fill="var(--paper)" opacity={MARK.centerOpacity} />
      {MARK.seats.map((seat) => (
        <circle key={`${seat.cx}-${seat.cy}`} {...seat} fill="var(--paper)" />
      ))}
    </svg>
  )
}
