import type {SanityClient} from '@sanity/client'
import {routes} from '../../lib/routes.ts'

export type DynamicAnswer = {path: string; moment: 'before' | 'after'; postponed: boolean; noStore: boolean}

export type GoLiveResult = {
  leadSeconds: number
  requests: number
  /** Answers rendered per request (postponed, or `no-store`): there should be none. */
  dynamicAnswers: DynamicAnswer[]
  /** Routes whose first answer after the go-live did not show the post. */
  missingAfterGoLive: string[]
}

type Options = {
  site: string
  lake: SanityClient
  /** Routes watched for answers rendered per request. */
  paths: string[]
  /** Routes that list the new post once it is live (home, index, its topic, its author, feed). */
  listing: string[]
  leadSeconds: number
  pollMs?: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

/**
 * Schedules a post `leadSeconds` ahead and asks every route for its page every few seconds
 * until after the go-live, noting any answer that left the prerendered path, and whether each
 * route's first answer after the go-live shows the post. The trap this watches for: a cache life
 * under five minutes turned pages into per-request renders for good.
 */
export async function runGoLiveScenario({
  site,
  lake,
  paths,
  listing,
  leadSeconds,
  pollMs = 5_000,
}: Options): Promise<GoLiveResult> {
  const slug = `bench-go-live-${Date.now()}`
  const goLive = Date.now() + leadSeconds * 1000
  await lake.create({
    _id: `post-${slug}`,
    _type: 'post',
    title: `A scheduled bench post ${slug}`,
    slug: {_type: 'slug', current: slug},
    excerpt: 'Scheduled by the benchmark.',
    publishedAt: new Date(goLive).toISOString(),
    author: {_type: 'reference', _ref: 'clinician-maya-ellison'},
    categories: [{_type: 'reference', _ref: 'category-group-therapy', _key: 'c0'}],
  })
  const dynamicAnswers: DynamicAnswer[] = []
  let requests = 0
  const ask = async (path: string, moment: DynamicAnswer['moment']) => {
    const response = await fetch(`${site}${path}`)
    const body = await response.text()
    requests++
    const postponed = response.headers.has('x-nextjs-postponed')
    const noStore = /no-store/.test(response.headers.get('cache-control') ?? '')
    if (postponed || noStore) dynamicAnswers.push({path, moment, postponed, noStore})
    return body
  }
  try {
    while (Date.now() < goLive - pollMs) {
      for (const path of paths) await ask(path, 'before')
      await sleep(pollMs)
    }
    // The go-live is due at the next whole second (lib/scheduling.ts).
    await sleep(goLive - Date.now() + 1_000)
    const missingAfterGoLive: string[] = []
    for (const path of [...listing, routes.post(slug)])
      if (!(await ask(path, 'after')).includes(slug)) missingAfterGoLive.push(path)
    for (let round = 0; round < 3; round++) {
      await sleep(pollMs)
      for (const path of paths) await ask(path, 'after')
    }
    return {leadSeconds, requests, dynamicAnswers, missingAfterGoLive}
  } finally {
    await lake.delete(`post-${slug}`)
  }
}
