import {cp, rm} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import path from 'node:path'

// `output: 'standalone'` leaves the browser's files out of `<distDir>/standalone`: Next expects a
// CDN or a proxy to serve them. Copied in, the folder runs alone with `node server.js`, and still
// serves its own scripts and styles where nginx does not (docs/going-live.md).
const distDir = process.env.NEXT_DIST_DIR || '.next'
const standalone = path.join(distDir, 'standalone')
if (!existsSync(path.join(standalone, 'server.js'))) {
  console.error(`[standalone] ${standalone}/server.js is missing: run the build first`)
  process.exit(1)
}
const staticDir = path.join(standalone, distDir, 'static')
await rm(staticDir, {recursive: true, force: true})
await cp(path.join(distDir, 'static'), staticDir, {recursive: true})
if (existsSync('public')) await cp('public', path.join(standalone, 'public'), {recursive: true})
console.log(`[standalone] ${standalone} is complete: node ${path.join(standalone, 'server.js')}`)
