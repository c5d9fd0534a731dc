import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {runMeasured, startBackground, waitForUrl, type Background} from './processes.ts'

// The framework's floor: a one-page Next app of the same version, built and served the same way
// as the site (same node_modules, `next build` then `next start`). Figures for the site's routes
// are reported as ratios to it, measured in the same run, because this machine is noisy and a
// ratio is not.
const FILES: Record<string, string> = {
  'app/layout.js': `export const metadata = {title: 'Bare page'}
export default function RootLayout({children}) {
  return <html lang="en"><body>{children}</body></html>
}
`,
  'app/page.js': `export default function Page() {
  return <main><h1>A bare page</h1><p>One component, no data, the framework's floor.</p></main>
}
`,
  'next.config.mjs': `export default {cacheComponents: true, poweredByHeader: false}
`,
}

const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next')

// Pages of plain paragraphs, each about as heavy as a given page of the site: they tell how much
// of the gap to the one-component page is the bytes themselves (a page's HTML carries its text
// twice, once as markup and once in the inline RSC payload).
function sizedPage(htmlBytes: number): string {
  const sentence = 'A plain paragraph of the same weight as a real page, with no data and no components. '
  // Each paragraph costs about 2.6 × its sentence: the markup, and the RSC payload's element
  // with its key, escaped into a script string (measured on the built pages).
  const paragraphs = Math.max(1, Math.round((htmlBytes - 5_000) / 2.6 / sentence.length))
  const body = Array.from({length: paragraphs}, (_, i) => `<p key={${i}}>${sentence}</p>`).join('')
  return `export default function Sized() {\n  return <main><h1>A page of text</h1>${body}</main>\n}\n`
}

// A route handler answering an RSS document of the given size, prerendered like the site's
// feed: it tells how much of the feed's gap is Next's route-handler path rather than the site.
function sizedFeed(bytes: number): string {
  const item =
    '<item><title>An item of the same weight as a real feed</title><description>Plain text.</description></item>'
  const items = Math.max(1, Math.round((bytes - 200) / item.length))
  return `const BODY = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bare</title>' + ${JSON.stringify(item)}.repeat(${items}) + '</channel></rss>'
export function GET() {
  return new Response(BODY, {headers: {'content-type': 'application/rss+xml; charset=utf-8'}})
}
`
}

/**
 * The pages of text, by path, each with the byte size it should be close to; a path ending in
 * `.xml` is a route handler answering a feed instead.
 */
export type SizedPages = Record<string, number>

/** Writes the app into `dir` and builds it; throws with the build's output if it fails. */
export async function buildBareNext(dir: string, sized: SizedPages): Promise<void> {
  await rm(dir, {recursive: true, force: true})
  const pages = Object.fromEntries(
    Object.entries(sized).map(([route, bytes]) =>
      route.endsWith('.xml') ? [`app${route}/route.js`, sizedFeed(bytes)] : [`app${route}/page.js`, sizedPage(bytes)],
    ),
  )
  for (const [file, text] of Object.entries({...FILES, ...pages})) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true})
    await writeFile(path.join(dir, file), text)
  }
  const build = await runMeasured(process.execPath, [NEXT_BIN, 'build', dir], {NEXT_TELEMETRY_DISABLED: '1'})
  if (build.code !== 0) throw new Error(`bare Next build failed:\n${build.output.slice(-2_000)}`)
}

export async function startBareNext(dir: string, port: number): Promise<Background> {
  const server = startBackground(process.execPath, [NEXT_BIN, 'start', dir, '-p', String(port), '-H', '127.0.0.1'], {
    NEXT_TELEMETRY_DISABLED: '1',
  })
  await waitForUrl(`http://127.0.0.1:${port}/`, 60_000)
  return server
}
