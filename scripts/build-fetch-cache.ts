import {rm} from 'node:fs/promises'
import path from 'node:path'

/**
 * While `next build` prerenders, Next keeps every fetch without cache options (next-sanity's
 * `sanityFetch` passes none) in `<distDir>/cache/fetch-cache` for the default 15 minutes, and the
 * next build reads them back (patch-fetch.ts, "implicit build-time cache"). Content published in
 * between never reaches that copy: the webhook expires tags on the running site, not on the
 * build machine, and these entries carry no tags. So a build within 15 minutes of another, on a
 * machine that keeps `.next/cache` (as hosts do between deploys), prerendered the earlier text,
 * and the pages kept it until their next edit. Each build starts without them; the compiler's
 * own cache beside them is left alone.
 */
export async function forgetBuildFetches(distDir: string): Promise<void> {
  await rm(path.join(distDir, 'cache', 'fetch-cache'), {recursive: true, force: true})
}
