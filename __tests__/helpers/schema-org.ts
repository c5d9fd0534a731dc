import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

// schema.org's own vocabulary (the @vocabulary/schema package ships it as N-Quads), read into
// what a JSON-LD check needs: which classes exist, each class's parents, each property's
// domains, and the named values (Monday, OnlineEventAttendanceMode). N-Quads is one statement
// a line, so a line pattern reads it; an RDF library would add nothing here.

const SCHEMA = 'http://schema.org/'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class'
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf'
const DOMAIN = `${SCHEMA}domainIncludes`
const STATEMENT = /^<([^>]+)> <([^>]+)> <([^>]+)>/

type Vocabulary = {
  classes: Set<string>
  parents: Map<string, string[]>
  domains: Map<string, string[]>
  terms: Set<string>
}

function load(): Vocabulary {
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq')
  const vocabulary: Vocabulary = {classes: new Set(), parents: new Map(), domains: new Map(), terms: new Set()}
  const add = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value])
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = STATEMENT.exec(line)
    if (!match) continue
    const [, subject, predicate, object] = match
    const name = subject.slice(SCHEMA.length)
    if (subject.startsWith(SCHEMA)) vocabulary.terms.add(name)
    if (predicate === RDF_TYPE && object === RDFS_CLASS) vocabulary.classes.add(name)
    if (predicate === SUBCLASS_OF && object.startsWith(SCHEMA))
      add(vocabulary.parents, name, object.slice(SCHEMA.length))
    if (predicate === DOMAIN) add(vocabulary.domains, name, object.slice(SCHEMA.length))
  }
  return vocabulary
}

const vocabulary = load()

function ancestors(type: string): Set<string> {
  const seen = new Set<string>()
  const visit = (t: string) => {
    if (seen.has(t)) return
    seen.add(t)
    for (const parent of vocabulary.parents.get(t) ?? []) visit(parent)
  }
  visit(type)
  return seen
}

/**
 * Every way `data` departs from schema.org: an unknown @type, a property schema.org does not
 * allow on that type (nor on any of its parents), a schema.org value that does not exist. Empty
 * when it conforms.
 */
export function schemaOrgProblems(data: unknown, at = '$'): string[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => schemaOrgProblems(item, `${at}[${i}]`))
  if (typeof data === 'string') {
    const term = /^https:\/\/schema\.org\/(\w+)$/.exec(data)?.[1]
    return term && !vocabulary.terms.has(term) ? [`${at}: ${data} is not a schema.org term`] : []
  }
  if (!data || typeof data !== 'object') return []
  const record = data as Record<string, unknown>
  const type = typeof record['@type'] === 'string' ? record['@type'] : null
  const problems: string[] = []
  if (type && !vocabulary.classes.has(type)) problems.push(`${at}: ${type} is not a schema.org type`)
  const lineage = type ? ancestors(type) : null
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('@')) continue
    const domains = vocabulary.domains.get(key)
    if (!domains) problems.push(`${at}.${key}: not a schema.org property`)
    else if (lineage && !domains.some((domain) => lineage.has(domain))) {
      problems.push(`${at}.${key}: schema.org does not allow it on ${type}`)
    }
    problems.push(...schemaOrgProblems(value, `${at}.${key}`))
  }
  return problems
}
