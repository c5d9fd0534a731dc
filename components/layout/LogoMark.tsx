/** The practice's mark: a ring of seven people around a center, as a group sits. Drawn in code. */
export function LogoMark({size = 28}: {size?: number}) {
  const seats = Array.from({length: 7}, (_, i) => {
    const angle = (i / 7) * 2 * Math.PI - Math.PI / 2
    return {x: 16 + 11 * Math.cos(angle), y: 16 + 11 * Math.sin(angle)}
  })
  return (
    <svg className="logo-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="var(--accent)" />
      <circle cx="16" cy="16" r="4" fill="var(--paper)" opacity="0.9" />
      {seats.map((seat) => (
        <circle
          key={`${seat.x.toFixed(2)}-${seat.y.toFixed(2)}`}
          cx={seat.x.toFixed(2)}
          cy={seat.y.toFixed(2)}
          r="2.6"
          fill="var(--paper)"
        />
      ))}
    </svg>
  )
}
