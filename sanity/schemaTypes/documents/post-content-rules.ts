import type {DocumentRule, Path, Rule, ValidationError} from 'sanity'
import {
  checkArticleValue,
  type ContentReport,
  type Finding,
  type FindingRule,
} from '../../../lib/content-check/index.ts'

/**
 * The content check (lib/content-check) as Sanity validation on the article: its errors block
 * Publish, its warnings show in the Validation panel. Line-level coaching (passive voice, long
 * sentences, simpler words) stays in the writing-guidance panel and `npm run content:check`:
 * as validation it would bury the warnings that matter under dozens per article. Alt text and
 * search lengths are already field rules (accessibleImage, the seo fields), so not repeated.
 */
const AS_VALIDATION = new Set<FindingRule>([
  'crisis-resource',
  'stigmatizing-phrase',
  'method-detail',
  'heading-order',
  'link-text',
  'article-grade',
])

// Validation runs on every keystroke and calls both rules with the same document: one check serves both.
let last: {document: unknown; report: ContentReport} | null = null
function reportFor(document: unknown): ContentReport {
  const cached = last
  if (cached && cached.document === document) return cached.report
  const report = checkArticleValue(document)
  last = {document, report}
  return report
}

type Scope = 'document' | 'body'

// Paths are relative to what the rule sits on: the document, or its body.
function asValidationError(finding: Finding, scope: Scope): ValidationError {
  const inBody: Path = finding.blockKey ? [{_key: finding.blockKey}] : []
  return {
    message: finding.message,
    path: scope === 'body' ? inBody : finding.blockKey || finding.rule === 'crisis-resource' ? ['body', ...inBody] : [],
    code: `content-check.${finding.rule}`,
  }
}

function findings(document: unknown, severity: Finding['severity'], scope: Scope): true | ValidationError[] {
  const found = reportFor(document).findings.filter(
    (finding) => finding.severity === severity && AS_VALIDATION.has(finding.rule),
  )
  return found.length ? found.map((finding) => asValidationError(finding, scope)) : true
}

/**
 * The errors sit on the body field: a document-level rule's markers came out as warnings
 * whatever its level (sanity 6.16's validateDocument), and a warning would not block Publish.
 */
export function contentCheckErrors(rule: Rule) {
  return rule.custom((_body, context) => findings(context.document, 'error', 'body')).error()
}

export function contentCheckWarnings(rule: DocumentRule) {
  return rule.custom((document) => findings(document, 'warning', 'document')).warning()
}
