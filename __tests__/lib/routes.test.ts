import {readdirSync, readFileSync, statSync, existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from '@jest/globals'
import {routePatterns, routes, SECTIONS, SITE_SEGMENTS} from '../../lib/routes.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
// The route map itself; tests and browser tests name the URLs they ask for on purpose; seed content holds editors' links.
const NOT_SOURCE = new Set([
  'node_modules',
  '.git',
  '.next',
  '.next-bench',
  '.next-screens',
  '.lake',
  'scratch',
  'bench/work',
  '__tests__',
  'e2e',
  'sanity/seed/content',
  'lib/routes.ts',
])

function sourceFiles(dir = ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (NOT_SOURCE.has(path.relative(ROOT, full))) return []
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : []
  })
}

/** A line of code (not a comment) with a string or template literal that starts with a section's path. */
function buildsPathByHand(line: string): boolean {
  return !/^\s*(\/\/|\*|\/\*)/.test(line) && /[`'"]\/(blog|team|services)([/`'"$?]|$)/.test(line)
}

function handBuiltPaths(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) =>
      buildsPathByHand(line) ? [`${path.relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [],
    )
}

/** The page file Next serves a `:param` pattern from, in app/(site). */
function pageFileFor(pattern: string): string {
  const segments = pattern
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `[${segment.slice(1)}]` : segment))
  return path.join(ROOT, 'app/(site)', ...segments, 'page.tsx')
}

describe('the route map', () => {
  it('builds article, list, category, clinician and service paths', () => {
    expect(routes.post('your-first-group-session')).toBe('/blog/your-first-group-session')
    expect(routes.postsPage(1)).toBe('/blog')
    expect(routes.postsPage(3)).toBe('/blog/page/3')
    expect(routes.category('group-therapy')).toBe('/blog/category/group-therapy')
    expect(routes.category('group-therapy', 2)).toBe('/blog/category/group-therapy/page/2')
    expect(routes.clinician('maya-ellison')).toBe('/team/maya-ellison')
    expect(routes.service('group-therapy')).toBe('/services/group-therapy')
  })

  it('names only routes the app has', () => {
    for (const pattern of Object.values(routePatterns))
      expect({pattern, exists: existsSync(pageFileFor(pattern))}).toEqual({pattern, exists: true})
    const group: Record<string, string> = {[SECTIONS.api]: 'app', [SECTIONS.studio]: 'app/(studio)'}
    for (const section of Object.values(SECTIONS)) {
      const folder = path.join(ROOT, group[section] ?? 'app/(site)', section)
      expect({section, exists: existsSync(folder)}).toEqual({section, exists: true})
    }
  })

  it('keeps every section out of the old-address redirects', () => {
    for (const section of Object.values(SECTIONS)) expect(SITE_SEGMENTS.has(section.slice(1))).toBe(true)
  })

  it('is the only place a /blog, /team or /services path is written out', () => {
    const files = sourceFiles()
    expect(files.length).toBeGreaterThan(100)
    expect(files.flatMap(handBuiltPaths)).toEqual([])
  })

  it('catches a path written out by hand, and not one named in a comment', () => {
    expect(buildsPathByHand('        <Link href={`/blog/${post.slug}`}>{post.title}</Link>')).toBe(true)
    expect(buildsPathByHand("  {href: '/team', label: 'Team'},")).toBe(true)
    expect(buildsPathByHand('    path: "/services/group-therapy",')).toBe(true)
    expect(buildsPathByHand('        <Link href={routes.post(post.slug)}>{post.title}</Link>')).toBe(false)
    expect(buildsPathByHand('// Next answers a path like ("/team/%ff") with a 500')).toBe(false)
    expect(buildsPathByHand("  {href: '/blogroll', label: 'Friends'},")).toBe(false)
  })
})
