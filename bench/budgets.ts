import type {GoLiveResult} from './lib/go-live.ts'
import type {TwoInstancesResult} from './lib/instances.ts'
import type {LighthouseResult} from './lib/lighthouse.ts'
import type {LoadResult} from './lib/load.ts'

/**
 * `toBareNext`: throughput as a share of its yardstick's, `barePath` in the bare Next app (a
 * page of text as heavy, `bareHtmlBytes`), in the same rounds; `bareRequestsPerSec`: that
 * yardstick's paired run. The one-component page is its own yardstick.
 */
export type RouteResult = LoadResult & {
  path: string
  htmlBytes: number
  jsGzipBytes: number
  toBareNext: number
  bareRequestsPerSec?: number
  barePath?: string
  bareHtmlBytes?: number
}

/** The Lighthouse entry of the bare page as heavy as `page`, with a stylesheet as heavy. */
export const bareLikeKey = (page: string) => `bare like ${page}`

export type Results = {
  date: string
  commit: string
  machine: {cores: number; cpu: string; memoryGiB: number; node: string}
  settings: {
    posts: number
    quick: boolean
    loadSeconds: number
    mixSeconds: number
    queryRuns: number
    changes: number
    lighthouseRuns: number
    /** Paired runs of each route and the bare page; absent in results from before they were paired. */
    rounds?: number
    /** Unmeasured load on each server right before each measured run; absent in older results. */
    settleSeconds?: number
  }
  build: {seconds: number; peakRssMiB: number}
  /** The framework's floor: the one-component page of a bare Next app of the same version. */
  bareNext: RouteResult
  routes: Record<string, RouteResult>
  mix: LoadResult
  /** The same mix and connections split over two instances sharing Redis (README, "Several instances"). */
  twoInstances: TwoInstancesResult | null
  lakeQueries: Record<string, {p50Ms: number; p99Ms: number; coldP50Ms: number; coldP99Ms: number}>
  revalidation: {p50Ms: number; p95Ms: number}
  goLive: GoLiveResult
  /** The site's pages, `bareNext` (the one-component page), and `bareLikeKey(page)` for each. */
  lighthouse: Record<string, LighthouseResult>
  staticServer: (LoadResult & {siteToStaticRatio: number; bareNextToStaticRatio: number}) | null
  budgets: Budget[]
}

export type Budget = {name: string; limit: string; value: string; met: boolean | null}

// The issue's budgets. They are reported, never enforced by a failing exit: a shared machine's
// noise must not fail CI. `met: null` means the run could not measure it (a tool was missing,
// or the run was too small for the budget to apply).
export function evaluateBudgets(r: Results): Budget[] {
  const budgets: Budget[] = []
  const add = (name: string, limit: string, value: string, met: boolean | null) =>
    budgets.push({name, limit, value, met})
  const lh = r.lighthouse
  for (const page of ['home', 'index', 'article', 'notice']) {
    const score = lh[page]
    for (const [category, key] of [
      ['accessibility', 'accessibility'],
      ['best practices', 'bestPractices'],
      ['SEO', 'seo'],
    ] as const) {
      add(
        `Lighthouse ${category}, ${page}`,
        '100',
        score ? String(score[key]) : 'not measured',
        score ? score[key] === 100 : null,
      )
    }
    add(`Lighthouse CLS, ${page}`, '0', score ? String(score.cls) : 'not measured', score ? score.cls === 0 : null)
    add(
      `Lighthouse performance, ${page}`,
      '≥ 90',
      score ? String(score.performance) : 'not measured',
      score ? score.performance >= 90 : null,
    )
    add(
      `Lighthouse LCP, ${page}`,
      '≤ 2500 ms',
      score ? `${score.lcpMs} ms` : 'not measured',
      score ? score.lcpMs <= 2_500 : null,
    )
    // Against the same framework serving a page as heavy, with as heavy a stylesheet: what is
    // left of the difference is the site's own doing.
    const like = lh[bareLikeKey(page)]
    add(
      `Lighthouse LCP, ${page} vs a bare page as heavy with as heavy a stylesheet`,
      like ? `≤ 1.1 × (${Math.round(like.lcpMs * 1.1)} ms)` : '≤ 1.1 ×',
      score && like
        ? `${score.lcpMs} vs ${like.lcpMs} ms (${(score.lcpMs / like.lcpMs).toFixed(2)} ×)`
        : 'not measured',
      score && like ? score.lcpMs <= like.lcpMs * 1.1 : null,
    )
  }
  // Every page and the feed against the bare app's page (or route handler) of the same weight.
  // Search passes through the proxy (its rewrite to the query's page) and is held to it too.
  for (const [name, route] of Object.entries(r.routes)) {
    const yardstick = route.bareHtmlBytes
      ? `, ${(route.htmlBytes / 1024).toFixed(1)} vs ${(route.bareHtmlBytes / 1024).toFixed(1)} KB`
      : ''
    add(
      `Throughput, ${name} vs a bare Next ${name === 'feed' ? 'route handler' : 'page'} as heavy`,
      '≥ 0.9 ×',
      `${route.toBareNext.toFixed(2)} × (${Math.round(route.requestsPerSec)} vs ${Math.round(route.bareRequestsPerSec ?? Number.NaN)} req/s${yardstick})`,
      r.settings.quick ? null : route.toBareNext >= 0.9,
    )
  }
  const dynamic = r.goLive.dynamicAnswers
  add(
    `Go-live ${r.goLive.leadSeconds} s ahead: answers rendered per request`,
    '0',
    `${dynamic.length} of ${r.goLive.requests}${dynamic.length ? ` (${[...new Set(dynamic.map((d) => d.path))].join(', ')})` : ''}`,
    dynamic.length === 0,
  )
  add(
    'Go-live: routes without the post on their first answer after it',
    '0',
    r.goLive.missingAfterGoLive.length ? r.goLive.missingAfterGoLive.join(', ') : '0',
    r.goLive.missingAfterGoLive.length === 0,
  )
  const article = r.routes.article?.jsGzipBytes
  const notice = r.routes.notice?.jsGzipBytes
  add(
    'JS on an article vs a notice page',
    '≤ +10%',
    article && notice ? `+${(((article - notice) / notice) * 100).toFixed(1)}%` : 'not measured',
    article && notice ? article <= notice * 1.1 : null,
  )
  if (r.settings.posts >= 1_000) {
    add(
      `Build of ${r.settings.posts} posts, time`,
      r.settings.posts <= 1_000 ? '< 300 s' : 'completes',
      `${r.build.seconds} s`,
      r.settings.posts <= 1_000 ? r.build.seconds < 300 : true,
    )
    add(
      `Build of ${r.settings.posts} posts, peak memory`,
      '< 4096 MiB',
      `${r.build.peakRssMiB} MiB`,
      r.build.peakRssMiB < 4096,
    )
  }
  const indexQuery = r.lakeQueries.index?.p50Ms
  const queryLimit = r.settings.posts >= 10_000 ? 25 : 5
  add(
    `Lake index query p50 at ${r.settings.posts} posts`,
    `< ${queryLimit} ms`,
    `${indexQuery} ms`,
    r.settings.posts >= 1_000 ? indexQuery < queryLimit : null,
  )
  add('Revalidation latency p95', '< 2000 ms', `${r.revalidation.p95Ms} ms`, r.revalidation.p95Ms < 2_000)
  const mixClean = r.mix.errors === 0 && r.mix.non2xx === 0
  add(
    `Mixed load, 100 connections, ${r.settings.mixSeconds} s`,
    'p99 < 300 ms, 0 errors',
    `p99 ${r.mix.p99Ms} ms, ${r.mix.errors} errors, ${r.mix.non2xx} non-2xx`,
    r.settings.mixSeconds >= 30 ? mixClean && r.mix.p99Ms < 300 : null,
  )
  const two = r.twoInstances
  add(
    `Two instances with Redis, 100 connections split, ${r.settings.mixSeconds} s`,
    '0 errors (throughput and p99 reported against one instance)',
    two
      ? `${Math.round(two.combined.requestsPerSec)} req/s (${two.toOneInstance} × one instance's ${Math.round(r.mix.requestsPerSec)}), p99 ${two.combined.p99Ms} ms (one instance ${r.mix.p99Ms} ms), ${two.combined.errors + two.combined.non2xx} errors`
      : 'not measured',
    two ? two.combined.errors === 0 && two.combined.non2xx === 0 : null,
  )
  return budgets
}
