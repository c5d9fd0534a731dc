import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseEnv} from 'node:util'
import {LAKE_DEFAULT_PORT} from '../lib/lake-defaults.ts'
import {forgetBuildFetches} from './build-fetch-cache.ts'

// `npm run dev|build|start`: without a Sanity project, bring the local Content Lake up for as
// long as Next runs (the build prerenders from it) and take it down with it. Every build, lake or
// project, starts without the previous build's fetches (build-fetch-cache.ts says why).
const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node scripts/with-lake.ts <command> [args...]')
  process.exit(2)
}

// Next reads .env files itself; the lake needs the same values, so read them here first
// (without overriding what the shell already set).
for (const file of ['.env.local', '.env']) {
  if (!existsSync(file)) continue
  for (const [key, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    process.env[key] ??= value
  }
}

// Next's usage telemetry would try to reach a third party from every build and dev server;
// this project works offline and keeps its traffic to itself. Set it to 0 to opt back in.
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

// The standalone server (`npm start`) runs from inside the build folder, which the next build
// replaces: appointment requests kept in the outbox stay in the repository's folder instead.
process.env.OUTBOX_DIR = path.resolve(process.env.OUTBOX_DIR || 'outbox')

const lakePort = process.env.LAKE_PORT ?? String(LAKE_DEFAULT_PORT)
const sitePort = process.env.PORT ?? '3000'
const binDir = path.resolve('node_modules/.bin')
const children: ChildProcess[] = []

function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(cmd, cmdArgs, {stdio: 'inherit', env: {...env, PATH: `${binDir}${path.delimiter}${env.PATH}`}})
  children.push(child)
  return child
}

async function lakeAnswers(): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${lakePort}/health`, {signal: AbortSignal.timeout(500)})
    return response.ok
  } catch {
    return false
  }
}

async function startLake(): Promise<ChildProcess | undefined> {
  if (await lakeAnswers()) {
    console.log(`[with-lake] a lake already answers on port ${lakePort}; using it`)
    return undefined
  }
  const lake = run(process.execPath, ['sanity/lake/main.ts'], {
    ...process.env,
    LAKE_PORT: lakePort,
    LAKE_WEBHOOK_URL: process.env.LAKE_WEBHOOK_URL ?? `http://127.0.0.1:${sitePort}/api/revalidate`,
  })
  const deadline = Date.now() + 30_000
  while (!(await lakeAnswers())) {
    if (lake.exitCode !== null) throw new Error(`the lake exited with code ${lake.exitCode}`)
    if (Date.now() > deadline) throw new Error(`the lake did not answer on port ${lakePort} within 30 s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return lake
}

function stopAll(signal: NodeJS.Signals = 'SIGTERM') {
  for (const child of children) if (child.exitCode === null) child.kill(signal)
}

const usesLake = !process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
try {
  if (command === 'next' && args[0] === 'build') await forgetBuildFetches(process.env.NEXT_DIST_DIR || '.next')
  const lake = usesLake ? await startLake() : undefined
  lake?.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`[with-lake] the lake stopped unexpectedly (code ${code})`)
  })
  const main = run(command, args, process.env)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(signal))
  main.on('exit', (code, signal) => {
    stopAll()
    process.exitCode = code ?? (signal ? 1 : 0)
  })
} catch (error) {
  console.error(`[with-lake] ${(error as Error).message}`)
  stopAll()
  process.exitCode = 1
}
