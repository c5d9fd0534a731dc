import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {createClient} from '@sanity/client'
import {z} from 'zod'
import {LAKE_DEFAULT_TOKEN} from '../lib/lake-defaults.ts'
import {bareLikeKey, evaluateBudgets, type Results, type RouteResult} from './budgets.ts'
import {generateDataset} from './generate.ts'
import {buildBareNext, startBareNext, type SizedPages} from './lib/bare-next.ts'
import {buildSite} from './lib/build-site.ts'
import {runGoLiveScenario} from './lib/go-live.ts'
import {runTwoInstanceMix} from './lib/instances.ts'
import {measureLakeQueries, measureRevalidation} from './lib/lake-latency.ts'
import {medianRun, runLighthouse} from './lib/lighthouse.ts'
import {runLoad, type LoadResult} from './lib/load.ts'
import {NGINX, serveStatic} from './lib/nginx.ts'
import {pageWeight, stylesheetBytes} from './lib/page-weight.ts'
import {assertPortsFree, startBackground, waitForUrl} from './lib/processes.ts'
import {redisServerInstalled} from './lib/redis-server.ts'
import {round} from './lib/round.ts'
import {printComparison, printTable} from './report.ts'
import {routes} from '../lib/routes.ts'
import {SANITY_API_VERSION} from '../sanity/lib/api-version.ts'

const argsSchema = z.object({
  posts: z.coerce.number().int().min(1).max(50_000).default(1_000),
  quick: z.boolean().default(false),
  out: z.string().optional(),
  compare: z.string().optional(),
})
const {values} = parseArgs({
  options: {posts: {type: 'string'}, quick: {type: 'boolean'}, out: {type: 'string'}, compare: {type: 'string'}},
})
const args = argsSchema.parse(values)
// A full run is kept with the code (the README's table is made from it); a quick one is not.
const out = args.out ?? (args.quick ? 'bench/work/results.json' : `bench/results/${args.posts}-posts.json`)

const SITE_PORT = 3210
const LAKE_PORT = 4210
const STATIC_PORT = 3211
const BARE_PORT = 3212
// The two instances of the several-instances mix, beside the one measured above.
const INSTANCE_PORTS: [number, number] = [3213, 3214]
const SITE = `http://127.0.0.1:${SITE_PORT}`
const WORK = path.resolve('bench/work')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// --quick keeps every step but shortens each, so CI checks the bench still runs end to end.
const LOAD_SECONDS = args.quick ? 2 : 4
// Paired runs of each route and the bare page (measureRoutes).
const ROUNDS = args.quick ? 1 : 5
// Unmeasured load on a server right before each of its measured runs. A server left idle while
// the other one was measured ran its first seconds slower, and the site more so than the bare
// app: on one warm build, home measured right after the bare page gave 0.52, 0.70, 0.77 and
// 1.00 × in four rounds, and 0.97 to 1.07 × in five rounds with one second of load before each
// measured run; six runs of home back to back gave 2,428 to 2,713 req/s against the bare page's
// 2,448 to 2,681.
const SETTLE_SECONDS = 1
const MIX_SECONDS = args.quick ? 5 : 30
const QUERY_RUNS = args.quick ? 20 : 200
const CHANGES = args.quick ? 5 : 20
const LIGHTHOUSE_RUNS = args.quick ? 1 : 3
// Each server gets a short load before it is measured: the first seconds run cold code.
const WARM_SECONDS = args.quick ? 1 : 3
// And the site, just started, a longer one over all its routes before any is measured.
const SITE_WARM_SECONDS = args.quick ? 1 : 15
const GO_LIVE_LEAD_SECONDS = args.quick ? 15 : 60
const BARE_DIR = path.join(WORK, 'bare-next')
// The yardsticks in the bare app, one per page of the site: a page of plain text as heavy (the
// feed: a route handler answering as many bytes), and for the pages Lighthouse measures, the
// same with a stylesheet as heavy as the site's.
const sizedLike = (name: string) => (name === 'feed' ? '/sized/feed.xml' : `/sized/${name}`)
const styledLike = (name: string) => `/styled/${name}`
const LIGHTHOUSE_PAGES = ['notice', 'home', 'index', 'article']

const env = {
  LAKE_DIR: path.join(WORK, 'lake'),
  LAKE_PORT: String(LAKE_PORT),
  PORT: String(SITE_PORT),
  NEXT_DIST_DIR: '.next-bench',
  NEXT_TELEMETRY_DISABLED: '1',
  OUTBOX_DIR: path.join(WORK, 'outbox'),
}
const log = (message: string) => console.log(`[bench] ${message}`)

type Pages = Record<string, string>

async function main() {
  await assertPortsFree([SITE_PORT, LAKE_PORT, STATIC_PORT, BARE_PORT, ...INSTANCE_PORTS])
  await rm(WORK, {recursive: true, force: true})
  await mkdir(WORK, {recursive: true})
  log(`generating ${args.posts} posts`)
  const dataset = await generateDataset(env.LAKE_DIR, args.posts)

  log('building the production site')
  const build = await buildSite(env)

  log('starting it')
  const site = startBackground(process.execPath, ['scripts/with-lake.ts', 'next', 'start'], env)
  try {
    await waitForUrl(`${SITE}/`, 60_000)
    const newest = dataset.slugs.at(-1) as string
    const pages: Pages = {
      home: routes.home,
      index: routes.blog,
      article: routes.post(newest),
      category: routes.category('group-therapy'),
      clinician: routes.clinician('maya-ellison'),
      search: `${routes.search}?q=group+therapy`,
      feed: routes.feed,
      notice: routes.privacy,
    }
    // Warm every route once, as a visitor before the measurement would, then the whole server
    // under load: the first route measured (home) ran at 0.53 × with a p50 of 7 ms against the
    // others' 3 ms, a server just started and not yet settled.
    for (const route of Object.values(pages)) await fetch(`${SITE}${route}`).then((r) => r.text())
    await runLoad(SITE, Object.values(pages), 10, SITE_WARM_SECONDS)

    log("building the yardstick: a Next app of the same version, with pages as heavy as the site's")
    await buildBareNext(BARE_DIR, await yardstickPages(pages))

    log(`the routes, each in ${ROUNDS} rounds right after the yardstick, a bare Next page as heavy`)
    const bareServer = await startBareNext(BARE_DIR, BARE_PORT)
    const bareBase = `http://127.0.0.1:${BARE_PORT}`
    await runLoad(bareBase, ['/'], 10, WARM_SECONDS)
    let bareNext: Results['bareNext']
    let routeResults: Results['routes']
    try {
      routeResults = await measureRoutes(pages, bareBase)
      bareNext = await bareNextFigures(bareBase)
    } finally {
      await bareServer.stop()
    }

    log(`mixed load: 100 connections for ${MIX_SECONDS} s`)
    // The groups page and one of its filter pages join the mix (prerendered like the rest).
    const mixPaths = [...Object.values(pages), routes.groups, routes.groupsFiltered('online', 'any')]
    const mix = await runLoad(SITE, mixPaths, 100, MIX_SECONDS)
    const twoInstances = await measureTwoInstances(mixPaths, mix)

    const lake = lakeClient()
    log('lake query latency')
    const lakeQueries = await measureLakeQueries(lake, newest, QUERY_RUNS)
    log(`revalidation latency over ${CHANGES} changes`)
    const revalidation = await measureRevalidation({
      lake,
      postId: `post-bench-${args.posts}`,
      articleUrl: `${SITE}${pages.article}`,
      changes: CHANGES,
    })

    log(`go-live: a post scheduled ${GO_LIVE_LEAD_SECONDS} s ahead, every route watched until after it`)
    const goLive = await runGoLiveScenario({
      site: SITE,
      lake,
      paths: Object.values(pages),
      listing: [pages.home, pages.index, pages.category, pages.clinician, pages.feed],
      leadSeconds: GO_LIVE_LEAD_SECONDS,
    })

    const lighthouse = await measureLighthouse(pages)
    const staticServer = await measureStaticServer(
      pages.article,
      routeResults.article.requestsPerSec,
      bareNext.requestsPerSec,
    )

    const results = withBudgets({
      build: {seconds: round(build.ms / 1000, 1), peakRssMiB: round(build.peakRssBytes / 2 ** 20)},
      bareNext,
      routes: routeResults,
      mix,
      twoInstances,
      lakeQueries,
      revalidation,
      goLive,
      lighthouse,
      staticServer,
    })
    await mkdir(path.dirname(out), {recursive: true})
    await writeFile(out, `${JSON.stringify(results, null, 2)}\n`)
    printTable(results)
    if (args.compare) printComparison(results, JSON.parse(await readFile(args.compare, 'utf8')) as Results)
    log(`written to ${out}`)
  } finally {
    await site.stop()
  }
}

type Measured = Omit<Results, 'date' | 'commit' | 'machine' | 'settings' | 'budgets'>

/** The run's figures with when, where and how they were taken, and the budgets they meet. */
function withBudgets(measured: Measured): Results {
  const results: Results = {
    date: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim(),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
    },
    settings: {
      posts: args.posts,
      quick: args.quick,
      loadSeconds: LOAD_SECONDS,
      mixSeconds: MIX_SECONDS,
      queryRuns: QUERY_RUNS,
      changes: CHANGES,
      lighthouseRuns: LIGHTHOUSE_RUNS,
      rounds: ROUNDS,
      settleSeconds: SETTLE_SECONDS,
    },
    ...measured,
    budgets: [],
  }
  return {...results, budgets: evaluateBudgets(results)}
}

function lakeClient() {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiVersion: SANITY_API_VERSION,
    apiHost: `http://127.0.0.1:${LAKE_PORT}`,
    useProjectHostname: false,
    useCdn: false,
    token: LAKE_DEFAULT_TOKEN,
  })
}

/**
 * Each page of the site under load, each round right after the bare page, so that both see the
 * same moment of a noisy machine: single runs of one route varied by a third from run to run.
 * A route's figures are those of its median round by share of the bare page.
 */
async function measureRoutes(pages: Pages, bareBase: string): Promise<Results['routes']> {
  const routeResults: Results['routes'] = {}
  for (const [name, route] of Object.entries(pages)) {
    log(`route ${name}: ${route}, against ${sizedLike(name)}`)
    routeResults[name] = await measureAgainstBare(SITE, route, bareBase, sizedLike(name))
  }
  return routeResults
}

/** The bare app's pages, each as heavy as one of the site's (buildBareNext). */
async function yardstickPages(pages: Pages): Promise<SizedPages> {
  const bytesOf = async (route: string) => Buffer.byteLength(await (await fetch(`${SITE}${route}`)).text())
  const sized: SizedPages = {}
  for (const [name, route] of Object.entries(pages)) sized[sizedLike(name)] = {htmlBytes: await bytesOf(route)}
  for (const name of LIGHTHOUSE_PAGES) {
    sized[styledLike(name)] = {
      htmlBytes: sized[sizedLike(name)].htmlBytes,
      cssBytes: await stylesheetBytes(SITE, pages[name]),
    }
  }
  return sized
}

/** One route against its yardstick, `barePath` of the bare app, over ROUNDS paired runs: the median round's figures. */
async function measureAgainstBare(
  base: string,
  route: string,
  bareBase: string,
  barePath: string,
): Promise<RouteResult> {
  const {htmlBytes, jsGzipBytes} = route.endsWith('.xml')
    ? {htmlBytes: Buffer.byteLength(await (await fetch(`${base}${route}`)).text()), jsGzipBytes: 0}
    : await pageWeight(base, route)
  await runLoad(base, [route], 10, WARM_SECONDS)
  await runLoad(bareBase, [barePath], 10, WARM_SECONDS)
  const rounds = []
  for (let i = 0; i < ROUNDS; i++) {
    await runLoad(bareBase, [barePath], 10, SETTLE_SECONDS)
    const bare = await runLoad(bareBase, [barePath], 10, LOAD_SECONDS)
    await runLoad(base, [route], 10, SETTLE_SECONDS)
    const measured = await runLoad(base, [route], 10, LOAD_SECONDS)
    rounds.push({
      ...measured,
      toBareNext: measured.requestsPerSec / bare.requestsPerSec,
      bareRequestsPerSec: bare.requestsPerSec,
    })
  }
  const median = medianBy(rounds, (r) => r.toBareNext)
  const bareHtmlBytes = Buffer.byteLength(await (await fetch(`${bareBase}${barePath}`)).text())
  return {
    path: route,
    htmlBytes,
    jsGzipBytes,
    ...median,
    toBareNext: round(median.toBareNext, 2),
    barePath,
    bareHtmlBytes,
  }
}

/** The middle item by `key` (the upper one of two, for an even count). */
function medianBy<T>(items: T[], key: (item: T) => number): T {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]
}

async function measureTwoInstances(paths: string[], oneInstance: Results['mix']): Promise<Results['twoInstances']> {
  if (!redisServerInstalled()) {
    log('redis-server is not installed (apt-get install redis-server): the two-instance mix is skipped')
    return null
  }
  log(`the same mix on two instances sharing Redis, 50 connections each, for ${MIX_SECONDS} s`)
  return runTwoInstanceMix({
    env,
    ports: INSTANCE_PORTS,
    paths,
    connections: 100,
    seconds: MIX_SECONDS,
    oneInstance,
  })
}

async function measureLighthouse(pages: Pages): Promise<Results['lighthouse']> {
  const lighthouse: Results['lighthouse'] = {}
  if (!existsSync(CHROMIUM)) {
    log(`no Chromium at ${CHROMIUM}: Lighthouse skipped`)
    return lighthouse
  }
  // Let the server finish the background work the load and the changes left it, then take the
  // median of several runs: one Lighthouse run on two cores varies by several points.
  await new Promise((resolve) => setTimeout(resolve, 5_000))
  for (const name of LIGHTHOUSE_PAGES) {
    log(`lighthouse ${name} (${LIGHTHOUSE_RUNS} run${LIGHTHOUSE_RUNS > 1 ? 's' : ''})`)
    lighthouse[name] = await lighthouseMedian(`${SITE}${pages[name]}`)
  }
  log('lighthouse on the bare Next pages: the one-component page, and each page as heavy with as heavy a stylesheet')
  const bare = await startBareNext(BARE_DIR, BARE_PORT)
  try {
    lighthouse.bareNext = await lighthouseMedian(`http://127.0.0.1:${BARE_PORT}/`)
    for (const name of LIGHTHOUSE_PAGES) {
      lighthouse[bareLikeKey(name)] = await lighthouseMedian(`http://127.0.0.1:${BARE_PORT}${styledLike(name)}`)
    }
  } finally {
    await bare.stop()
  }
  return lighthouse
}

/** The article's HTML served by nginx as a file: how far any Node server is from the floor. */
async function measureStaticServer(
  articlePath: string,
  articleRequestsPerSec: number,
  bareRequestsPerSec: number,
): Promise<Results['staticServer']> {
  if (!NGINX) {
    log('nginx is not installed (apt-get install nginx): static comparison skipped')
    return null
  }
  log('the same article from nginx, as a static file')
  const html = await (await fetch(`${SITE}${articlePath}`)).text()
  const nginx = await serveStatic(path.join(WORK, 'nginx'), html, STATIC_PORT)
  try {
    const load = await runLoad(`http://127.0.0.1:${STATIC_PORT}`, ['/'], 10, LOAD_SECONDS)
    return {
      ...load,
      siteToStaticRatio: round(articleRequestsPerSec / load.requestsPerSec, 3),
      bareNextToStaticRatio: round(bareRequestsPerSec / load.requestsPerSec, 3),
    }
  } finally {
    await nginx.stop()
  }
}

/** The bare app's one-component page, the framework's floor: the median of ROUNDS runs. */
async function bareNextFigures(base: string): Promise<Results['bareNext']> {
  const {htmlBytes, jsGzipBytes} = await pageWeight(base, '/')
  const runs: LoadResult[] = []
  for (let i = 0; i < ROUNDS; i++) {
    await runLoad(base, ['/'], 10, SETTLE_SECONDS)
    runs.push(await runLoad(base, ['/'], 10, LOAD_SECONDS))
  }
  const median = medianBy(runs, (run) => run.requestsPerSec)
  return {path: '/', htmlBytes, jsGzipBytes, ...median, toBareNext: 1}
}

async function lighthouseMedian(url: string) {
  const runs = []
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await runLighthouse(url, CHROMIUM))
  return medianRun(runs)
}

main().catch((error: unknown) => {
  console.error(`[bench] ${(error as Error).message}`, (error as Error).cause ?? '')
  process.exitCode = 1
})
