import {rm} from 'node:fs/promises'
import {readLakeConfig} from './config.ts'

// `npm run lake:reset`: forget local changes; the next start copies the seed again.
const {dir} = readLakeConfig(process.env)
await rm(dir, {recursive: true, force: true})
console.log(`[lake] removed ${dir}; the next start recreates it from sanity/seed`)
