export type Outcome = 'created' | 'updated' | 'unchanged'

/** What an import did, printed at the end and written as JSON. */
export type ImportReport = {
  source: string
  dryRun: boolean
  posts: {published: number; scheduled: number; drafts: number}
  documents: Record<Outcome, number>
  categoriesCreated: string[]
  cliniciansForReview: string[]
  /** Items not imported, with why: pages, attachments, revisions, menu items, trash… */
  skipped: {id: string; type: string; status: string; title: string; reason: string}[]
  /** Changes made on the way in: slugs that had to change, shortcodes and embeds, missing images. */
  changes: {post: string; change: string}[]
  redirects: {from: string; to: string}[]
}

export function emptyReport(source: string, dryRun: boolean): ImportReport {
  return {
    source,
    dryRun,
    posts: {published: 0, scheduled: 0, drafts: 0},
    documents: {created: 0, updated: 0, unchanged: 0},
    categoriesCreated: [],
    cliniciansForReview: [],
    skipped: [],
    changes: [],
    redirects: [],
  }
}

export function formatReport(report: ImportReport): string {
  const lines = [
    `WordPress import from ${report.source}${report.dryRun ? ' (dry run: nothing written)' : ''}`,
    `Posts: ${report.posts.published} published, ${report.posts.scheduled} scheduled, ${report.posts.drafts} drafts`,
    `Documents: ${report.documents.created} created, ${report.documents.updated} updated, ${report.documents.unchanged} unchanged`,
  ]
  if (report.categoriesCreated.length) lines.push(`New categories: ${report.categoriesCreated.join(', ')}`)
  if (report.cliniciansForReview.length)
    lines.push(`New clinicians to review in the Studio: ${report.cliniciansForReview.join(', ')}`)
  if (report.skipped.length) {
    lines.push('Left out:')
    for (const item of report.skipped)
      lines.push(`  - ${item.type} ${item.id} "${item.title}" (${item.status}): ${item.reason}`)
  }
  if (report.changes.length) {
    lines.push('Changed on the way in:')
    for (const {post, change} of report.changes) lines.push(`  - ${post}: ${change}`)
  }
  lines.push(`Redirects (${report.redirects.length}):`)
  for (const {from, to} of report.redirects) lines.push(`  ${from} → ${to}`)
  return lines.join('\n')
}
