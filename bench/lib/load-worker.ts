import autocannon from 'autocannon'

// Runs in its own process (bench/lib/load.ts starts it), so the load generator does not share
// a CPU-bound event loop with the benchmark's own bookkeeping.
const {url, paths, connections, seconds} = JSON.parse(process.argv[2]) as {
  url: string
  paths: string[]
  connections: number
  seconds: number
}
const result = await autocannon({
  url,
  connections,
  duration: seconds,
  timeout: 10,
  requests: paths.map((path) => ({method: 'GET', path})),
})
process.stdout.write(
  JSON.stringify({
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    serverErrors: result['5xx'],
  }),
)
