import type {SanityClient} from '@sanity/client'
import {postBySlugQuery, postsPageQuery, searchPostsQuery} from '../../sanity/lib/posts.queries.ts'
import type {Results} from '../budgets.ts'
import {percentile} from './processes.ts'
import {round} from './round.ts'

/** The lake's answer times for the queries the index, an article and search send. */
export async function measureLakeQueries(lake: SanityClient, articleSlug: string, runs: number) {
  const queries = {
    index: [postsPageQuery, {start: 0, end: 12, preview: false}],
    article: [postBySlugQuery, {slug: articleSlug, preview: false}],
    search: [searchPostsQuery, {terms: ['group*', 'therapy*'], limit: 20, preview: false}],
  } as const
  const lakeQueries: Results['lakeQueries'] = {}
  for (const [name, [query, params]] of Object.entries(queries)) {
    // As the site asks (the same question until something changes, answered from the lake's
    // cache), and cold (a parameter no query uses makes each one new, so groq-js runs it).
    const timed = async (paramsFor: (i: number) => Record<string, unknown>) => {
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const started = performance.now()
        await lake.fetch(query, paramsFor(i))
        times.push(performance.now() - started)
      }
      return times.sort((a, b) => a - b)
    }
    const warm = await timed(() => params)
    const cold = await timed((i) => ({...params, benchRun: `${Date.now()}-${i}`}))
    lakeQueries[name] = {
      p50Ms: round(percentile(warm, 0.5), 1),
      p99Ms: round(percentile(warm, 0.99), 1),
      coldP50Ms: round(percentile(cold, 0.5), 1),
      coldP99Ms: round(percentile(cold, 0.99), 1),
    }
  }
  return lakeQueries
}

/** From a mutation in the lake to the article that shows it, over `changes` edits of one post. */
export async function measureRevalidation({
  lake,
  postId,
  articleUrl,
  changes,
}: {
  lake: SanityClient
  postId: string
  articleUrl: string
  changes: number
}): Promise<Results['revalidation']> {
  const latencies: number[] = []
  for (let i = 0; i < changes; i++) {
    const marker = `Bench marker ${Date.now()}-${i}`
    await lake.patch(postId).set({excerpt: marker}).commit()
    const committed = performance.now()
    const deadline = committed + 10_000
    for (;;) {
      if ((await (await fetch(articleUrl)).text()).includes(marker)) break
      if (performance.now() > deadline) throw new Error('a change did not reach the article within 10 s')
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    latencies.push(performance.now() - committed)
  }
  latencies.sort((a, b) => a - b)
  return {p50Ms: round(percentile(latencies, 0.5)), p95Ms: round(percentile(latencies, 0.95))}
}
