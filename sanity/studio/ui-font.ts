import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

/**
 * Sanity UI's stylesheet (`ui5/styles.css`, imported by the `sanity` package) loads its Inter
 * font from Sanity's font host, and neither Sanity nor Sanity UI has a setting for where it
 * comes from; an @font-face of our own did not stop the request, since theirs sits in a cascade
 * layer and still matches. So the build gets a copy of that stylesheet whose font addresses point
 * at the same variable Inter from @fontsource-variable, bundled with the Studio: the Studio then
 * fetches nothing from another origin for its looks, offline or not.
 */
export const STUDIO_UI_STYLESHEET = 'ui5/styles.css'

const SANITY_FONT_HOST = 'https://design-system-static.sanity.io/'
const FACES: [RegExp, string][] = [
  [/https:\/\/design-system-static\.sanity\.io\/InterVariable-latin-\d+\.woff2/g, 'inter-latin-wght-normal.woff2'],
  [
    /https:\/\/design-system-static\.sanity\.io\/InterVariable-Italic-latin-\d+\.woff2/g,
    'inter-latin-wght-italic.woff2',
  ],
]

/** Rewrites the stylesheet's font addresses; fails if any address on Sanity's host is left. */
export function withLocalFonts(css: string, fontDir: string): string {
  let rewritten = css
  for (const [remote, file] of FACES) rewritten = rewritten.replace(remote, `${fontDir}/${file}`)
  if (rewritten.includes(SANITY_FONT_HOST)) {
    // A newer Sanity UI renamed or added a font file: map it above rather than let it load remotely.
    throw new Error(
      `${STUDIO_UI_STYLESHEET} still loads from ${SANITY_FONT_HOST}; add the new font file to sanity/studio/ui-font.ts`,
    )
  }
  return rewritten
}

/** Writes the rewritten stylesheet under `outDir` and returns its path, for the bundler's alias. */
export function writeStudioUiStylesheet(root: string, outDir: string): string {
  const require = createRequire(path.join(root, 'package.json'))
  const original = path.join(path.dirname(require.resolve('ui5/package.json')), 'dist/styles.css')
  const fonts = path.join(path.dirname(require.resolve('@fontsource-variable/inter/package.json')), 'files')
  mkdirSync(outDir, {recursive: true})
  const target = path.join(outDir, 'sanity-ui.css')
  writeFileSync(
    target,
    withLocalFonts(readFileSync(original, 'utf8'), path.relative(outDir, fonts).split(path.sep).join('/')),
  )
  return target
}
