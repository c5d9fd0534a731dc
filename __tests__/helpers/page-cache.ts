import fs from 'node:fs'
import type PageCacheHandler from '../../lib/cache/page-cache-handler.ts'

type Handler = typeof PageCacheHandler

/** A page cache handler over real files in `dir`, configured as `next start` configures it. */
export function pageCacheIn(Handler: Handler, dir: string): InstanceType<Handler> {
  const nodeFs = {
    existsSync: fs.existsSync,
    readFile: fs.promises.readFile,
    readFileSync: fs.readFileSync,
    writeFile: (file: string, data: Buffer | string) => fs.promises.writeFile(file, data),
    mkdir: (folder: string) => fs.promises.mkdir(folder, {recursive: true}).then(() => undefined),
    stat: (file: string) => fs.promises.stat(file),
  }
  return new Handler({
    fs: nodeFs,
    serverDistDir: dir,
    flushToDisk: true,
    revalidatedTags: [],
    maxMemoryCacheSize: 1_000_000,
  } as unknown as ConstructorParameters<Handler>[0])
}

/** A stored App Router page carrying `tags`, and the context Next reads it back with. */
export const storedPage = (tags: string, html = '<p>page</p>') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: {'x-next-cache-tags': tags},
  status: 200,
  postponed: undefined,
  segmentData: undefined,
})
export const pageContext = {kind: 'APP_PAGE', isRoutePPREnabled: true, isFallback: false} as const
