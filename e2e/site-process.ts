import {spawn, type ChildProcess} from 'node:child_process'
import {rm} from 'node:fs/promises'

export type Running = {child: ChildProcess; stop: () => Promise<void>}

async function waitForUrl(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const ok = await fetch(url).then((r) => r.status < 500, () => false)
    if (ok) return
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function run(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, args, {env: {...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env}, stdio: 'ignore'})
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill('SIGKILL')
    await exited
  }
  return {child, stop}
}

/** A lake of its own, seeded afresh, for tests that break things. */
export async function startLake(port: number, dir: string, webhookUrl: string): Promise<Running> {
  await rm(dir, {recursive: true, force: true})
  const lake = run(['sanity/lake/main.ts'], {LAKE_PORT: String(port), LAKE_DIR: dir, LAKE_WEBHOOK_URL: webhookUrl})
  await waitForUrl(`http://127.0.0.1:${port}/health`, 15_000)
  return lake
}

/** Another copy of the production server, from the build the main web server made. */
export async function startSite(port: number, lakePort: number, extraEnv: Record<string, string> = {}): Promise<Running> {
  const site = run(['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {LAKE_PORT: String(lakePort), ...extraEnv})
  await waitForUrl(`http://127.0.0.1:${port}/`, 60_000)
  return site
}
