import type {LighthouseResult} from './lib/lighthouse.ts'
import type {LoadResult} from './lib/load.ts'

export type RouteResult = LoadResult & {path: string; htmlBytes: number; jsGzipBytes: number}

export type Results = {
  date: string
  commit: string
  machine: {cores: number; cpu: string; memoryGiB: number; node: string}
  settings: {posts: number; quick: boolean; loadSeconds: number; mixSeconds: number; queryRuns: number; changes: number; lighthouseRuns: number}
  build: {seconds: number; peakRssMiB: number}
  routes: Record<string, RouteResult>
  mix: LoadResult
  lakeQueries: Record<string, {p50Ms: number; p99Ms: number; coldP50Ms: number; coldP99Ms: number}>
  revalidation: {p50Ms: number; p95Ms: number}
  lighthouse: Record<string, LighthouseResult>
  staticServer: (LoadResult & {siteToStaticRatio: number}) | null
  budgets: Budget[]
}

export type Budget = {name: string; limit: string; value: string; met: boolean | null}

// The budgets. They are reported, never enforced by a failing exit: a shared machine's
// noise must not fail CI. `met: null` means the run could not measure it (a tool was missing,
// or the run was too small for the budget to apply).
export function evaluateBudgets(r: Results): Budget[] {
  const budgets: Budget[] = []
  const add = (name: string, limit: string, value: string, met: boolean | null) => budgets.push({name, limit, value, met})
  const lh = r.lighthouse
  for (const page of ['home', 'index', 'article']) {
    const score = lh[page]
    for (const [category, key] of [['accessibility', 'accessibility'], ['best practices', 'bestPractices'], ['SEO', 'seo']] as const) {
      add(`Lighthouse ${category}, ${page}`, '100', score ? String(score[key]) : 'not measured', score ? score[key] === 100 : null)
    }
    add(`Lighthouse CLS, ${page}`, '0', score ? String(score.cls) : 'not measured', score ? score.cls === 0 : null)
    const floor = lh.lightest?.performance
    add(`Lighthouse performance, ${page}`, floor === undefined ? '≥ lightest − 3' : `≥ ${floor - 3}`, score ? String(score.performance) : 'not measured', score && floor !== undefined ? score.performance >= floor - 3 : null)
  }
  const article = r.routes.article?.jsGzipBytes
  const lightest = r.routes.lightest?.jsGzipBytes
  add('JS on an article vs the lightest page', '≤ +10%', article && lightest ? `+${(((article - lightest) / lightest) * 100).toFixed(1)}%` : 'not measured', article && lightest ? article <= lightest * 1.1 : null)
  if (r.settings.posts >= 1_000) {
    add(`Build of ${r.settings.posts} posts, time`, r.settings.posts <= 1_000 ? '< 300 s' : 'completes', `${r.build.seconds} s`, r.settings.posts <= 1_000 ? r.build.seconds < 300 : true)
    add(`Build of ${r.settings.posts} posts, peak memory`, '< 4096 MiB', `${r.build.peakRssMiB} MiB`, r.build.peakRssMiB < 4096)
  }
  const indexQuery = r.lakeQueries.index?.p50Ms
  const queryLimit = r.settings.posts >= 10_000 ? 25 : 5
  add(`Lake index query p50 at ${r.settings.posts} posts`, `< ${queryLimit} ms`, `${indexQuery} ms`, r.settings.posts >= 1_000 ? indexQuery < queryLimit : null)
  add('Revalidation latency p95', '< 2000 ms', `${r.revalidation.p95Ms} ms`, r.revalidation.p95Ms < 2_000)
  add(`Mixed load, 100 connections, ${r.settings.mixSeconds} s`, '0 errors', `${r.mix.errors} errors, ${r.mix.non2xx} non-2xx`, r.settings.mixSeconds >= 30 ? r.mix.errors === 0 && r.mix.non2xx === 0 : null)
  return budgets
}
