import {readFile, writeFile} from 'node:fs/promises'
import type {Results, RouteResult} from './budgets.ts'

// `npm run bench:readme`: the README's benchmark figures, made from the committed results file
// so the two never disagree. Everything between the markers is replaced.
const START = '<!-- bench:start (npm run bench:readme) -->'
const END = '<!-- bench:end -->'
const file = process.argv[2] ?? 'bench/results/1000-posts.json'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

// One row of the throughput table.
function routeRow(label: string, path: string, route: RouteResult): string {
  return row([
    label,
    `\`${path}\``,
    kb(route.htmlBytes),
    kb(route.jsGzipBytes),
    Math.round(route.requestsPerSec),
    route.toBareNext.toFixed(2),
    // Plain, not code: a path on the benchmark's bare app, not a file of this repository.
    route.barePath ?? '',
    route.p50Ms,
    route.p99Ms,
  ])
}

export function benchMarkdown(r: Results, source: string): string {
  const lines = [
    `From \`${source}\`: ${r.settings.posts} posts, commit ${r.commit}, ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}.`,
    `Build ${r.build.seconds} s, peak ${r.build.peakRssMiB} MiB. Throughput is 10 connections for ${r.settings.loadSeconds} s${r.settings.rounds ? `, in ${r.settings.rounds} rounds each right after a run of its yardstick${r.settings.settleSeconds ? `, each measured run after ${r.settings.settleSeconds} s of unmeasured load on its server` : ''}, the median round shown` : ''}; "× bare" is the share of the throughput of a bare Next app's page as heavy (its path under "yardstick": plain text, or for the feed a route handler answering as many bytes), in the same rounds.`,
    '',
    row(['page', 'path', 'HTML', 'JS (gzip)', 'req/s', '× bare', 'yardstick', 'p50 ms', 'p99 ms']),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---']),
    ...Object.entries(r.routes).map(([name, route]) => routeRow(name, route.path, route)),
    row([
      'bare Next',
      '`/`',
      kb(r.bareNext.htmlBytes),
      kb(r.bareNext.jsGzipBytes),
      Math.round(r.bareNext.requestsPerSec),
      '1.00',
      '',
      r.bareNext.p50Ms,
      r.bareNext.p99Ms,
    ]),
    '',
    `Mixed load, 100 connections for ${r.settings.mixSeconds} s: ${Math.round(r.mix.requestsPerSec)} req/s, p50 ${r.mix.p50Ms} ms, p99 ${r.mix.p99Ms} ms, ${r.mix.errors} errors, ${r.mix.non2xx} non-2xx.`,
    r.twoInstances
      ? `The same mix on two instances sharing Redis, 50 connections each: ${Math.round(r.twoInstances.combined.requestsPerSec)} req/s (${r.twoInstances.toOneInstance} × one instance), p99 ${r.twoInstances.combined.p99Ms} ms (the slower instance's), ${r.twoInstances.combined.errors} errors, ${r.twoInstances.combined.non2xx} non-2xx.`
      : 'The two-instance mix was not measured (no redis-server).',
    `Go-live ${r.goLive.leadSeconds} s ahead, every route above (search too) asked every 5 s until after it: ${r.goLive.dynamicAnswers.length} of ${r.goLive.requests} answers rendered per request; routes without the post on their first answer after it: ${r.goLive.missingAfterGoLive.length ? r.goLive.missingAfterGoLive.join(', ') : 'none'}.`,
    r.staticServer
      ? `nginx serves the article's HTML at ${Math.round(r.staticServer.requestsPerSec)} req/s; the site's article reaches ${(r.staticServer.siteToStaticRatio * 100).toFixed(1)}% of that, the bare Next page ${(r.staticServer.bareNextToStaticRatio * 100).toFixed(1)}%.`
      : 'nginx was not measured.',
    `Lake queries, p50 as the site asks / cold: ${Object.entries(r.lakeQueries)
      .map(([name, q]) => `${name} ${q.p50Ms} / ${q.coldP50Ms} ms`)
      .join(', ')}. Revalidation: p50 ${r.revalidation.p50Ms} ms, p95 ${r.revalidation.p95Ms} ms.`,
    '',
    row([
      `Lighthouse (mobile, median of ${r.settings.lighthouseRuns})`,
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'LCP ms',
      'TBT ms',
      'CLS',
    ]),
    row(['---', '---', '---', '---', '---', '---', '---', '---']),
    ...Object.entries(r.lighthouse).map(([name, l]) =>
      row([name, l.performance, l.accessibility, l.bestPractices, l.seo, l.lcpMs, l.tbtMs, l.cls]),
    ),
    '',
    '"bare like X": a page of the bare Next app with as many bytes of HTML as X and a stylesheet as heavy as the site\'s.',
    '',
    row(['budget', 'limit', 'value', 'met']),
    row(['---', '---', '---', '---']),
    ...r.budgets.map((b) => row([b.name, b.limit, b.value, b.met === null ? 'n/a' : b.met ? 'yes' : '**no**'])),
  ]
  return lines.join('\n')
}

if (import.meta.main) {
  const results = JSON.parse(await readFile(file, 'utf8')) as Results
  const readme = await readFile('README.md', 'utf8')
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start === -1 || end === -1) throw new Error(`README.md has no ${START} … ${END} section`)
  await writeFile(
    'README.md',
    `${readme.slice(0, start + START.length)}\n${benchMarkdown(results, file)}\n${readme.slice(end)}`,
  )
  console.log(`README.md: benchmark section made from ${file}`)
}
