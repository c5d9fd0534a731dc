import 'server-only'
import {closureNotices, type Closure} from '../../lib/practice/hours.ts'
import {practiceDetailsModel, practiceDetailsQuery, type PracticeDetails} from './practice.queries.ts'
import {read} from './read.ts'
import {tags} from './tags.ts'

const readPracticeDetails = () =>
  read({
    query: practiceDetailsQuery,
    tags: [tags.practice],
    // Closure notices appear and end on dates (the go-live schedule knows them).
    onSchedule: true,
    model: practiceDetailsModel,
    what: 'practiceDetails',
  })

export async function getPracticeDetails(): Promise<PracticeDetails | null> {
  'use cache'
  return readPracticeDetails()
}

/**
 * The closures every page announces now (from 7 days before each until it ends). Worked out
 * inside the cache, dated by when it was filled; the go-live schedule expires it at each
 * notice's first and last moment.
 */
export async function getClosureNotices(): Promise<Closure[]> {
  'use cache'
  const details = await readPracticeDetails()
  return details ? closureNotices(Date.now(), details.closures) : []
}
