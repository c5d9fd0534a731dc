import {readLakeConfig, SEED_DIR} from './config.ts'
import {startLake} from './server.ts'

// `npm run lake`: the local Content Lake alone, until interrupted.
const config = readLakeConfig(process.env)
const lake = await startLake({
  dir: config.dir,
  seedDir: SEED_DIR,
  port: config.port,
  token: config.token,
  webhookUrl: config.webhookUrl,
  webhookSecret: config.webhookSecret,
})
console.log(`[lake] serving ${config.dir} on ${lake.url}`)
if (config.webhookUrl) console.log(`[lake] notifying ${config.webhookUrl} of changes`)
// Printed for the person at this machine: the lake answers loopback only.
const studio = `http://localhost:${process.env.PORT ?? 3000}/studio`
console.log(`[lake] Studio: open ${studio} and sign in with the lake token: ${config.token}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void lake.close().then(() => process.exit(0))
  })
}
