import {parseArgs} from 'node:util'
import {z} from 'zod'
import {articleInputSchema, checkArticle, hasErrors} from '../lib/content-check/index.ts'
import {blockPlaces} from '../lib/content-check/places.ts'
import {formatReportTable} from '../lib/content-check/report-table.ts'
import {scriptClient} from './content-client.ts'

// `npm run content:check`: every article in the dataset, each in its latest version (a draft
// over its published copy), imported WordPress posts included. Exits 1 when any has an error.
const USAGE = 'npm run content:check [-- --json]'

async function main() {
  const {values} = parseArgs({options: {json: {type: 'boolean', default: false}}})
  const client = scriptClient(['SANITY_API_READ_TOKEN'])
  const documents = await client.fetch<unknown[]>('*[_type == "post"] | order(title asc)', {}, {perspective: 'drafts'})
  const articles = z
    .array(articleInputSchema)
    .parse(documents)
    .map((article) => ({
      id: article._id ?? '(no id)',
      title: article.title ?? '',
      report: checkArticle(article),
      places: blockPlaces(article),
    }))
  const json = articles.map(({places: _places, ...article}) => article)
  console.log(values.json ? JSON.stringify(json, null, 2) : formatReportTable(articles))
  if (articles.some(({report}) => hasErrors(report))) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(`content:check failed: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  process.exitCode = 2
})
