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
  // Its own, empty: without it, Next built the repository's instrumentation.ts into this app
  // (it lives inside the repository), and the site's page cache, registered there for the
  // standalone server, made every request wait on a Content Lake the yardstick does not have.
  'instrumentation.js': `export function register() {}
`,
}

const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next')

// Pages of plain paragraphs, each about as heavy as a given page of the site: the yardstick each
// page of the site is judged against (a page's HTML carries its text twice, once as markup and
// once in the inline RSC payload). With `withStylesheet`, the page imports `style.css`.
function sizedPage(htmlBytes: number, withStylesheet: boolean): string {
  const sentence = 'A plain paragraph of the same weight as a real page, with no data and no components. '
  // Each paragraph costs about 2.6 × its sentence: the markup, and the RSC payload's element
  // with its key, escaped into a script string (measured on the built pages).
  const paragraphs = Math.max(1, Math.round((htmlBytes - 5_000) / 2.6 / sentence.length))
  const body = Array.from({length: paragraphs}, (_, i) => `<p key={${i}}>${sentence}</p>`).join('')
  const stylesheet = withStylesheet ? "import './style.css'\n" : ''
  return `${stylesheet}export default function Sized() {\n  return <main><h1>A page of text</h1>${body}</main>\n}\n`
}

// A stylesheet of about `bytes` (Next minifies it; these rules are already minimal), of rules
// that differ from each other as a real stylesheet's do, so it compresses about as much. It
// styles nothing on the page: what it costs is what a render-blocking stylesheet costs.
function sizedStylesheet(bytes: number): string {
  const rules: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const colour = ((i * 2_654_435_761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)
    const rule = `.r${i.toString(36)}{margin:${i % 17}px ${i % 11}px;color:#${colour};line-height:1.${i % 9}}`
    rules.push(rule)
    size += rule.length + 1
  }
  return `${rules.join('\n')}\n`
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
 * The bare app's pages of text, by path: how heavy each one's HTML should be and, optionally, its
 * stylesheet. A path ending in `.xml` is a route handler answering a feed instead.
 */
export type SizedPages = Record<string, {htmlBytes: number; cssBytes?: number}>

function sizedFiles(route: string, {htmlBytes, cssBytes}: SizedPages[string]): [string, string][] {
  if (route.endsWith('.xml')) return [[`app${route}/route.js`, sizedFeed(htmlBytes)]]
  const page: [string, string] = [`app${route}/page.js`, sizedPage(htmlBytes, cssBytes !== undefined)]
  return cssBytes === undefined ? [page] : [page, [`app${route}/style.css`, sizedStylesheet(cssBytes)]]
}

/** Writes the app into `dir` and builds it; throws with the build's output if it fails. */
export async function buildBareNext(dir: string, sized: SizedPages): Promise<void> {
  await rm(dir, {recursive: true, force: true})
  const pages = Object.fromEntries(Object.entries(sized).flatMap(([route, page]) => sizedFiles(route, page)))
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
