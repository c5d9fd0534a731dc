import {readFile, rm, writeFile} from 'node:fs/promises'
import {runMeasured, type Finished} from './processes.ts'

/**
 * The production build the bench measures, into `.next-bench`, timed with the peak memory of the
 * build and lake processes together.
 */
export async function buildSite(env: Record<string, string>): Promise<Finished> {
  await rm(env.NEXT_DIST_DIR, {recursive: true, force: true})
  // Next adds the bench's dist folder to tsconfig.json's include list; the repository's file
  // stays as it was.
  const tsconfig = await readFile('tsconfig.json', 'utf8')
  const build = await runMeasured(process.execPath, ['scripts/with-lake.ts', 'next', 'build'], env).finally(() =>
    writeFile('tsconfig.json', tsconfig),
  )
  if (build.code !== 0) throw new Error(`build failed:\n${build.output.slice(-3_000)}`)
  return build
}

/** Puts the browser's files into the build's standalone folder, as `npm run build` does. */
export function completeStandalone(env: Record<string, string>): Promise<Finished> {
  return runMeasured(process.execPath, ['scripts/complete-standalone.ts'], env)
}
