import {randomBytes} from 'node:crypto'
import {cp, mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {buildSite, completeStandalone} from './lib/build-site.ts'
import {runLoad} from './lib/load.ts'
import {serveSiteConfig} from './lib/nginx.ts'
import {assertPortsFree, startBackground, waitForUrl} from './lib/processes.ts'
import {startRedisServer} from './lib/redis-server.ts'
import {copyStandalone, startStandalone, type StandaloneServer} from './lib/standalone.ts'
import {submitFormWithoutScript} from './lib/form-post.ts'
import {routes} from '../lib/routes.ts'

// `npm run test:roll`: a deploy of a new build, one instance at a time, behind the repository's
// nginx configuration, under load. Two builds of the site (old and new, one server actions key),
// two standalone instances sharing a Redis, nginx in front; 100 connections for 30 s while each
// instance in turn gets SIGTERM and comes back on the new build. It fails on any failed request
// or 5xx, on an instance that does not exit 0, on a script of the old build that nginx no longer
// serves, and on a form of the old build that the new one answers with a 5xx.
const WORK = path.resolve('bench/work/roll')
const LAKE_PORT = 4210
const NGINX_PORT = 3200
const PORTS = [3201, 3202]
const CONNECTIONS = 100
const SECONDS = 30
const PATHS = [
  routes.home,
  routes.blog,
  routes.post('what-a-week-in-iop-looks-like'),
  routes.groups,
  routes.team,
  routes.feed,
  `${routes.search}?q=sleep`,
]

const log = (message: string) => console.log(`[roll] ${message}`)
const actionsKey = randomBytes(32).toString('base64')
const lakeEnv = {LAKE_PORT: String(LAKE_PORT), LAKE_DIR: path.join(WORK, 'lake'), NEXT_TELEMETRY_DISABLED: '1'}

async function build(name: string): Promise<string> {
  const distDir = `.next-roll-${name}`
  const env = {...lakeEnv, NEXT_DIST_DIR: distDir, NEXT_DEPLOYMENT_ID: `roll-${name}`}
  const built = await buildSite({...env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey})
  log(`build ${name}: ${(built.ms / 1000).toFixed(0)} s`)
  const completed = await completeStandalone(env)
  if (completed.code !== 0) throw new Error(completed.output)
  return distDir
}

/** The deploy step that keeps old scripts available: this build's files join the others'. */
async function publishStatic(distDir: string): Promise<void> {
  await cp(path.join(distDir, 'static'), path.join(WORK, 'static/_next/static'), {recursive: true})
}

async function instance(distDir: string, name: string, port: number, redisUrl: string): Promise<StandaloneServer> {
  const dir = await copyStandalone(distDir, path.join(WORK, name))
  return startStandalone(dir, port, {...lakeEnv, REDIS_URL: redisUrl, OUTBOX_DIR: path.join(WORK, 'outbox')})
}

await assertPortsFree([LAKE_PORT, NGINX_PORT, ...PORTS])
await rm(WORK, {recursive: true, force: true})
await mkdir(WORK, {recursive: true})
const lake = startBackground(process.execPath, ['sanity/lake/main.ts'], lakeEnv)
const redis = await startRedisServer()
const running: StandaloneServer[] = []
let nginx: Awaited<ReturnType<typeof serveSiteConfig>> | undefined
try {
  await waitForUrl(`http://127.0.0.1:${LAKE_PORT}/health`, 15_000)
  const [oldBuild, newBuild] = [await build('old'), await build('new')]
  await publishStatic(oldBuild)
  for (const [index, port] of PORTS.entries())
    running[index] = await instance(oldBuild, `old-${index}`, port, redis.url)
  const front = `http://127.0.0.1:${NGINX_PORT}`
  nginx = await serveSiteConfig(
    path.join(WORK, 'nginx'),
    {
      SITE_A: `127.0.0.1:${PORTS[0]}`,
      SITE_B: `127.0.0.1:${PORTS[1]}`,
      NGINX_LISTEN: `127.0.0.1:${NGINX_PORT}`,
      STATIC_ROOT: path.join(WORK, 'static'),
    },
    `${front}/api/health/live`,
  )
  for (const page of PATHS) for (let round = 0; round < 2; round++) await fetch(`${front}${page}`).then((r) => r.text())

  // A visitor's tab from before the deploy: its page and its form, both of the old build.
  const oldPage = await (await fetch(`${front}/`)).text()
  const oldScripts = [...oldPage.matchAll(/src="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1])
  const oldForm = await (await fetch(`${front}${routes.contact}`)).text()

  const load = runLoad(front, PATHS, CONNECTIONS, SECONDS)
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  await publishStatic(newBuild)
  const restarts: {drainMs: number; exitCode: number | null; readyMs: number}[] = []
  for (const [index, port] of PORTS.entries()) {
    const {code, ms} = await running[index].terminate()
    const started = performance.now()
    running[index] = await instance(newBuild, `new-${index}`, port, redis.url)
    restarts.push({drainMs: ms, exitCode: code, readyMs: Math.round(performance.now() - started)})
    log(`instance ${index + 1}: exited ${code} after ${ms} ms, new build ready after ${restarts.at(-1)?.readyMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
  }
  const result = await load

  const scriptStatuses = await Promise.all(oldScripts.map((src) => fetch(`${front}${src}`).then((r) => r.status)))
  const form = await submitFormWithoutScript(front, routes.contact, oldForm, {
    name: 'Visitor with an old tab',
    phone: '828-555-0142',
    preferredContact: 'phone',
    service: 'group-therapy',
    bestTimes: 'Mornings',
  })
  const report = {
    connections: CONNECTIONS,
    seconds: SECONDS,
    requests: result.requests,
    requestsPerSec: Math.round(result.requestsPerSec),
    p99Ms: result.p99Ms,
    failed: result.errors,
    non2xx: result.non2xx,
    serverErrors: result.serverErrors,
    restarts,
    oldBuildScripts: {count: oldScripts.length, served: scriptStatuses.filter((status) => status === 200).length},
    oldBuildForm: {status: form.status, location: form.location},
  }
  await writeFile(path.join('bench/work', 'rolling-restart.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log(JSON.stringify(report, null, 2))
  const problems = [
    result.errors > 0 && `${result.errors} requests failed`,
    result.non2xx > 0 && `${result.non2xx} answers were not 2xx (${result.serverErrors} of them 5xx)`,
    restarts.some((restart) => restart.exitCode !== 0) && 'an instance did not exit 0 on SIGTERM',
    report.oldBuildScripts.served !== oldScripts.length && "nginx lost some of the old build's scripts",
    oldScripts.length === 0 && 'the old page had no scripts to check',
    form.location !== routes.contactThanks &&
      `the old build's form got ${form.status} from the new build, not the thanks page`,
  ].filter(Boolean)
  if (problems.length) {
    console.error(`[roll] FAILED: ${problems.join('; ')}`)
    if (form.location !== routes.contactThanks) console.error(`[roll] the form's answer began: ${form.body}`)
    for (const server of running) console.error(`[roll] ${server.url} printed:\n${server.output().slice(-3_000)}`)
    process.exitCode = 1
  }
} finally {
  await Promise.all(running.map((server) => server.terminate()))
  await nginx?.stop()
  await redis.stop()
  await lake.stop()
  await Promise.all(['old', 'new'].map((name) => rm(`.next-roll-${name}`, {recursive: true, force: true})))
}
