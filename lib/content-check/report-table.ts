import {hasErrors, type ContentReport} from './index.ts'

export type ArticleReport = {id: string; title: string; report: ContentReport}

const columns = ['Article', 'Grade (FK)', 'Grade (CL)', 'Errors', 'Warnings'] as const

/** The `npm run content:check` table: one row per article, then every error spelled out. */
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
  const errors = articles.flatMap(({title, id, report}) =>
    report.findings.filter((f) => f.severity === 'error').map((f) => `  ${title || id}: ${f.message}`),
  )
  const failing = articles.filter(({report}) => hasErrors(report)).length
  return [
    line(columns),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    failing
      ? `${failing} of ${articles.length} articles have errors that block publishing:`
      : `${articles.length} articles, none with errors.`,
    ...errors,
  ].join('\n')
}
