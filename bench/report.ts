import type {Results} from './budgets.ts'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

export function printTable(r: Results): void {
  console.log(
    `\nBenchmark ${r.date} at ${r.commit}: ${r.settings.posts} posts on ${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}`,
  )
  console.log(
    `Build: ${r.build.seconds} s, peak memory ${r.build.peakRssMiB} MiB (build and lake processes together)\n`,
  )
  console.table(
    Object.fromEntries(
      Object.entries(r.routes)
        .map(([name, route]) => [
          name,
          {
            path: route.path,
            html: kb(route.htmlBytes),
            'JS gzip': kb(route.jsGzipBytes),
            'req/s': Math.round(route.requestsPerSec),
            '× bare as heavy': route.toBareNext,
            yardstick: route.barePath ?? '',
            'p50 ms': route.p50Ms,
            'p99 ms': route.p99Ms,
            errors: route.errors + route.non2xx,
          },
        ])
        .concat([
          [
            'bare Next',
            {
              path: '/',
              html: kb(r.bareNext.htmlBytes),
              'JS gzip': kb(r.bareNext.jsGzipBytes),
              'req/s': Math.round(r.bareNext.requestsPerSec),
              '× bare as heavy': 1,
              yardstick: '',
              'p50 ms': r.bareNext.p50Ms,
              'p99 ms': r.bareNext.p99Ms,
              errors: r.bareNext.errors + r.bareNext.non2xx,
            },
          ],
        ]),
    ),
  )
  console.log(
    `Go-live ${r.goLive.leadSeconds} s ahead: ${r.goLive.dynamicAnswers.length} of ${r.goLive.requests} answers rendered per request; routes missing the post after it: ${r.goLive.missingAfterGoLive.join(', ') || 'none'}`,
  )
  console.log(
    `Mixed load (100 connections, ${r.settings.mixSeconds} s): ${Math.round(r.mix.requestsPerSec)} req/s, p50 ${r.mix.p50Ms} ms, p99 ${r.mix.p99Ms} ms, ${r.mix.errors} errors, ${r.mix.non2xx} non-2xx`,
  )
  if (r.twoInstances) {
    const two = r.twoInstances
    console.log(
      `Two instances sharing Redis (50 connections each): ${Math.round(two.combined.requestsPerSec)} req/s, ${two.toOneInstance} × one instance, p99 ${two.combined.p99Ms} ms, ${two.combined.errors} errors, ${two.combined.non2xx} non-2xx`,
    )
  }
  console.log(
    `Lake queries (as the site asks; cold, uncached): ${Object.entries(r.lakeQueries)
      .map(([name, q]) => `${name} p50 ${q.p50Ms} / p99 ${q.p99Ms} ms; cold p50 ${q.coldP50Ms} / p99 ${q.coldP99Ms} ms`)
      .join(' | ')}`,
  )
  console.log(
    `Revalidation (mutation to fresh article): p50 ${r.revalidation.p50Ms} ms, p95 ${r.revalidation.p95Ms} ms`,
  )
  if (r.staticServer)
    console.log(
      `nginx serving the article's HTML: ${Math.round(r.staticServer.requestsPerSec)} req/s; the site reaches ${(r.staticServer.siteToStaticRatio * 100).toFixed(1)}% of it`,
    )
  if (Object.keys(r.lighthouse).length) console.table(r.lighthouse)
  console.table(
    r.budgets.map((b) => ({
      budget: b.name,
      limit: b.limit,
      value: b.value,
      met: b.met === null ? 'n/a' : b.met ? 'yes' : 'NO',
    })),
  )
}

/** New figures as a ratio of an earlier run's (above 1: larger now). */
export function printComparison(now: Results, before: Results): void {
  const rows: Record<string, {before: number; now: number; ratio: string}> = {}
  const add = (name: string, a: number | undefined, b: number | undefined) => {
    if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) return
    rows[name] = {before: a, now: b, ratio: a ? (b / a).toFixed(2) : 'n/a'}
  }
  add('build s', before.build.seconds, now.build.seconds)
  add('build peak MiB', before.build.peakRssMiB, now.build.peakRssMiB)
  for (const name of Object.keys(now.routes)) {
    add(`${name} req/s`, before.routes[name]?.requestsPerSec, now.routes[name].requestsPerSec)
    add(`${name} p99 ms`, before.routes[name]?.p99Ms, now.routes[name].p99Ms)
    add(`${name} JS bytes`, before.routes[name]?.jsGzipBytes, now.routes[name].jsGzipBytes)
  }
  add('mix req/s', before.mix.requestsPerSec, now.mix.requestsPerSec)
  add('revalidation p95 ms', before.revalidation.p95Ms, now.revalidation.p95Ms)
  console.log(`\nCompared with ${before.commit} (${before.date}, ${before.settings.posts} posts):`)
  console.table(rows)
}
