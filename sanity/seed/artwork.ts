// The seed's pictures are drawn here as SVG and rendered by sharp, so the repository holds no
// photographs of unknown origin. They are calm, abstract stand-ins for the practice's own images.

const W = 1600
const H = 900

const ridge = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="100%" height="100%" fill="#e8eef2"/>
  <circle cx="1180" cy="260" r="90" fill="#f6e7c8"/>
  <path d="M0 520 L260 380 L520 470 L800 330 L1100 450 L1380 360 L1600 430 L1600 900 L0 900Z" fill="#9db4c4"/>
  <path d="M0 640 L300 500 L620 600 L900 480 L1250 610 L1600 520 L1600 900 L0 900Z" fill="#6f8fa6"/>
  <path d="M0 760 L350 640 L700 740 L1050 650 L1400 760 L1600 700 L1600 900 L0 900Z" fill="#45677f"/>
</svg>`

const circle = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="100%" height="100%" fill="#f4efe8"/>
  ${['#d9a58b', '#a9c4b8', '#e3c97d', '#9fb3d1', '#c9a7c7', '#b9cf94', '#e0b4a3']
    .map((fill, i) => {
      const angle = (i / 7) * Math.PI * 2 - Math.PI / 2
      return `<circle cx="${800 + Math.cos(angle) * 270}" cy="${450 + Math.sin(angle) * 270}" r="105" fill="${fill}" opacity="0.9"/>`
    })
    .join('')}
  <circle cx="800" cy="450" r="70" fill="#ffffff" opacity="0.7"/>
</svg>`

const path = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="100%" height="100%" fill="#f7edc9"/>
  <path d="M0 420 C400 360 700 470 1600 380 L1600 900 L0 900Z" fill="#b7cf9c"/>
  <path d="M0 560 C500 500 900 620 1600 520 L1600 900 L0 900Z" fill="#8fb07a"/>
  <path d="M760 900 C780 760 860 640 980 520 C1040 470 1100 440 1160 420 C1080 470 1000 560 960 660 C930 740 920 820 930 900Z" fill="#efe2bf"/>
</svg>`

const dawn = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="100%" height="100%" fill="#f3d9c4"/>
  <rect y="520" width="100%" height="380" fill="#8ea9b8"/>
  <circle cx="800" cy="520" r="150" fill="#e59a62"/>
  <rect y="520" width="100%" height="380" fill="#7d9aab" opacity="0.85"/>
  ${[580, 630, 690, 760].map((y, i) => `<rect x="${560 + i * 30}" y="${y}" width="${480 - i * 60}" height="8" rx="4" fill="#e8b48c" opacity="${0.7 - i * 0.12}"/>`).join('')}
</svg>`

const leaves = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="100%" height="100%" fill="#efe6d8"/>
  ${[
    [420, 430, -30, '#2f5d50'],
    [700, 380, 20, '#c08a3e'],
    [980, 470, -10, '#a4522f'],
    [1220, 400, 35, '#3f7263'],
    [560, 620, 60, '#d2a55a'],
    [1060, 640, -50, '#7a8f4a'],
  ]
    .map(
      ([x, y, rotate, fill]) =>
        `<ellipse cx="${x}" cy="${y}" rx="210" ry="80" fill="${fill}" opacity="0.88" transform="rotate(${rotate} ${x} ${y})"/>`,
    )
    .join('')}
</svg>`

// Placeholder portraits: a head and shoulders in two tones over soft hills, one palette per
// clinician. Abstract on purpose: the clinicians are placeholders until the practice sends photos.
function portrait(background: string, hills: string, figure: string, face: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800">
  <rect width="100%" height="100%" fill="${background}"/>
  <path d="M0 560 C180 470 330 520 470 470 C600 425 700 450 800 420 L800 800 L0 800Z" fill="${hills}" opacity="0.55"/>
  <rect x="362" y="440" width="76" height="110" rx="30" fill="${face}"/>
  <path d="M140 800 C140 620 250 540 400 540 C550 540 660 620 660 800Z" fill="${figure}"/>
  <circle cx="400" cy="380" r="120" fill="${face}"/>
  <path d="M282 360 C295 280 355 246 408 248 C478 252 518 300 520 365 C478 318 420 304 360 328 C330 340 305 352 282 360Z" fill="${figure}" opacity="0.85"/>
</svg>`
}

export const artwork: Record<string, {svg: string; filename: string}> = {
  ridge: {svg: ridge, filename: 'blue-ridge.jpg'},
  circle: {svg: circle, filename: 'group-circle.jpg'},
  path: {svg: path, filename: 'winding-path.jpg'},
  dawn: {svg: dawn, filename: 'dawn-water.jpg'},
  leaves: {svg: leaves, filename: 'autumn-leaves.jpg'},
  'portrait-maya': {svg: portrait('#e8eef2', '#9db4c4', '#45677f', '#d9c2a8'), filename: 'maya-ellison.jpg'},
  'portrait-andre': {svg: portrait('#efe6d8', '#d2a55a', '#7a4a2f', '#a47757'), filename: 'andre-whitaker.jpg'},
  'portrait-jordan': {svg: portrait('#eef3e6', '#b7cf9c', '#4f6f3a', '#c9a285'), filename: 'jordan-reyes.jpg'},
}
