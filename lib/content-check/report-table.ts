import {hasErrors, type ContentReport} from './index.ts'

export type ArticleReport = {
  id: string
  title: string
  report: ContentReport
  /** Where each body block is (places.ts), for the findings that point at one. */
  places?: Map<string, string>
}

const columns = ['Article', 'Grade (FK)', 'Grade (CL)', 'Errors', 'Warnings'] as const

/**
 * What one article's findings say, errors first: each one's severity, what is wrong and what to
 * write instead (the message), where (a heading, or a paragraph's first words) and the words
 * concerned.
 */
function findingsOf({title, id, report, places}: ArticleReport): string[] {
  if (!report.findings.length) return []
  const sorted = [...report.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  return [
    '',
    title || id,
    ...sorted.flatMap((finding) => [
      `  ${finding.severity === 'error' ? 'ERROR  ' : 'warning'}  ${finding.message}`,
      ...(finding.blockKey && places?.get(finding.blockKey)
        ? [`           where: ${places.get(finding.blockKey)}`]
        : []),
      ...(finding.excerpt ? [`           words: “${finding.excerpt}”`] : []),
    ]),
  ]
}

/** The `npm run content:check` table: one row per article, then each article's findings spelled out. */
export function formatReportTable(articles: ArticleReport[]): string {
  const rows = articles.map(({title, id, report}) => [
    title || id,
    report.grades ? report.grades.fleschKincaid.toFixed(1) : '-',
    report.grades ? report.grades.colemanLiau.toFixed(1) : '-',
    String(report.findings.filter((f) => f.severity === 'error').length),
    String(report.findings.filter((f) => f.severity === 'warning').length),
  ])
  const widths = columns.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i].length)))
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  const failing = articles.filter(({report}) => hasErrors(report)).length
  return [
    line(columns),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    failing
      ? `${failing} of ${articles.length} articles have errors that block publishing (ERROR below).`
      : `${articles.length} articles, none with errors.`,
    ...articles.flatMap(findingsOf),
  ].join('\n')
}
