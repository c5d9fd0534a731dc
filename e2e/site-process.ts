import {rm} from 'node:fs/promises'
import {startBackground, waitForUrl, type Background} from '../bench/lib/processes.ts'

// The browser tests start and stop servers the way the benchmark does (bench/lib/processes.ts).
export type Running = Background

const run = (args: string[], env: Record<string, string>) =>
  startBackground(process.execPath, args, {NEXT_TELEMETRY_DISABLED: '1', ...env})

/** A lake of its own, seeded afresh, for tests that break things. */
export async function startLake(port: number, dir: string, webhookUrl: string): Promise<Running> {
  await rm(dir, {recursive: true, force: true})
  const lake = run(['sanity/lake/main.ts'], {LAKE_PORT: String(port), LAKE_DIR: dir, LAKE_WEBHOOK_URL: webhookUrl})
  await waitForUrl(`http://127.0.0.1:${port}/health`, 15_000)
  return lake
}

/** Another copy of the production server, from the build the main web server made. */
export async function startSite(
  port: number,
  lakePort: number,
  extraEnv: Record<string, string> = {},
  host = '127.0.0.1',
): Promise<Running> {
  const site = run(['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', host], {
    LAKE_PORT: String(lakePort),
    ...extraEnv,
  })
  await waitForUrl(`http://${host}:${port}/`, 60_000)
  return site
}

/**
 * `next dev`, as `npm run dev` runs it. Next 16 builds it into `.next/dev`, apart from the
 * production build the other servers run.
 */
export async function startDevSite(port: number, lakePort: number): Promise<Running> {
  const site = run(['node_modules/next/dist/bin/next', 'dev', '-p', String(port), '-H', '127.0.0.1'], {
    LAKE_PORT: String(lakePort),
  })
  // The first request compiles the page: allow for a slow machine.
  await waitForUrl(`http://127.0.0.1:${port}/`, 180_000)
  return site
}

/**
 * One instance as `npm start` runs it (scripts/with-lake.ts, then `next start`): with a lake
 * already answering on `lakePort`, it uses that one, so several instances share it.
 */
export async function startInstance(
  port: number,
  lakePort: number,
  extraEnv: Record<string, string> = {},
): Promise<Running> {
  const site = run(['scripts/with-lake.ts', 'next', 'start', '-H', '127.0.0.1'], {
    PORT: String(port),
    LAKE_PORT: String(lakePort),
    ...extraEnv,
  })
  await waitForUrl(`http://127.0.0.1:${port}/`, 60_000)
  return site
}
