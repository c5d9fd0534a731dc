import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'

// CI: the committed schema and query types (sanity/schema.json, sanity/types.ts) must be what
// `npm run typegen` makes from the schema and the queries today; otherwise a model could be
// checked against stale types. The committed files are put back either way.
const GENERATED = ['sanity/schema.json', 'sanity/types.ts']

const committed = new Map(GENERATED.map((file) => [file, readFileSync(file, 'utf8')]))
try {
  execFileSync('npm', ['run', '--silent', 'typegen'], {stdio: ['ignore', 'ignore', 'inherit']})
  const stale = GENERATED.filter((file) => readFileSync(file, 'utf8') !== committed.get(file))
  if (stale.length) {
    console.error(`Out of date: ${stale.join(', ')}. Run \`npm run typegen\` and commit the result.`)
    process.exitCode = 1
  } else {
    console.log('Schema and query types are up to date.')
  }
} finally {
  for (const [file, text] of committed) writeFileSync(file, text)
}
