import {spawn} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

export type LighthouseResult = {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  tbtMs: number
  cls: number
}

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ')

/** Lighthouse (the pinned 12.2.3, mobile defaults) on one URL with Debian's Chromium. */
export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lighthouse-'))
  const out = path.join(dir, 'report.json')
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          'node_modules/lighthouse/cli/index.js',
          url,
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          `--chrome-path=${chromePath}`,
          `--chrome-flags=${CHROME_FLAGS}`,
          '--only-categories=performance,accessibility,best-practices,seo',
        ],
        {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, CHROME_PATH: chromePath}},
      )
      let err = ''
      child.stderr.on('data', (chunk) => (err += chunk))
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${err.slice(-400)}`)),
      )
    })
    const report = JSON.parse(await readFile(out, 'utf8'))
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100)
    const audit = (id: string) => Number(report.audits[id]?.numericValue ?? Number.NaN)
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    }
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

/** The run with the median performance score, as Lighthouse's own guidance suggests for noisy machines. */
export function medianRun(runs: LighthouseResult[]): LighthouseResult {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}
