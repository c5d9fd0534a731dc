import {articleInputSchema, articleParts, type ArticleInput, type Paragraph} from './article.ts'
import {addCounts, countProse, grades, type Counts, type Grades} from './readability.ts'
import {parseProse} from './retext.ts'
import {CRISIS_RESOURCE_PATTERN, METHOD_TERMS, STIGMATIZING_PHRASES, SUICIDE_TOPIC_TERMS} from './safe-messaging.ts'
import {THRESHOLDS} from './thresholds.ts'

export {articleInputSchema, CRISIS_BLOCK_TYPE, type ArticleInput} from './article.ts'
export {THRESHOLDS} from './thresholds.ts'

export type Severity = 'error' | 'warning'
export type FindingRule =
  | 'crisis-resource'
  | 'stigmatizing-phrase'
  | 'method-detail'
  | 'alt-text'
  | 'heading-order'
  | 'link-text'
  | 'seo-title'
  | 'seo-description'
  | 'article-grade'
  | 'long-sentence'
  | 'passive-voice'
  | 'complex-word'
  | 'inclusive-language'

export type Finding = {
  rule: FindingRule
  severity: Severity
  message: string
  /** The text concerned, as the author wrote it. */
  excerpt?: string
  /** The body block it sits in, for the Studio to point at. */
  blockKey?: string
}

export type ParagraphGrade = {blockKey?: string; text: string; grades: Grades}

export type ContentReport = {
  grades: Grades | null
  /** Paragraphs above the paragraph threshold, hardest first. */
  hardestParagraphs: ParagraphGrade[]
  mentionsSuicide: boolean
  findings: Finding[]
  /** The search result as a reader would see it: the title and description used. */
  searchPreview: {title: string; description: string}
}

const ERRORS_BLOCK_PUBLISHING: Severity = 'error'

/** Checks an article as a reader in distress, a screen reader and a search engine meet it. */
export function checkArticle(article: ArticleInput): ContentReport {
  const parts = articleParts(article)
  const findings: Finding[] = []
  let total: Counts = {sentence: 0, word: 0, syllable: 0, letter: 0}
  const graded: ParagraphGrade[] = []

  for (const paragraph of parts.paragraphs) {
    const prose = parseProse(paragraph.text)
    const counts = countProse(prose.tree)
    total = addCounts(total, counts)
    const paragraphGrades = grades(counts)
    if (paragraphGrades && counts.word >= THRESHOLDS.minWordsToGrade) {
      graded.push({blockKey: paragraph.key, text: paragraph.text, grades: paragraphGrades})
    }
    for (const sentence of prose.sentences) {
      const words = sentence.split(/\s+/).filter(Boolean).length
      if (words > THRESHOLDS.longSentenceWords) {
        findings.push(
          warning(
            'long-sentence',
            `This sentence has ${words} words; try splitting it (aim for under ${THRESHOLDS.longSentenceWords}).`,
            sentence,
            paragraph,
          ),
        )
      }
    }
    for (const message of prose.messages) {
      findings.push(proseFinding(message.source, message.actual, message.expected, paragraph))
    }
  }

  const text = [
    article.title,
    article.excerpt,
    ...parts.headings.map((h) => h.text),
    ...parts.paragraphs.map((p) => p.text),
  ]
    .filter(Boolean)
    .join('\n')
  const mentionsSuicide = TOPIC_PATTERNS.some((pattern) => pattern.test(text))
  if (mentionsSuicide) findings.push(...safeMessaging(text, parts.hasCrisisBlock, parts.paragraphs))

  findings.push(...accessibility(article, parts))
  const searchPreview = {
    title: article.seo?.title?.trim() || article.title?.trim() || '',
    description: article.seo?.description?.trim() || article.excerpt?.trim() || '',
  }
  findings.push(...searchBasics(searchPreview))

  const articleGrades = total.word >= THRESHOLDS.minWordsToGrade ? grades(total) : null
  if (articleGrades && articleGrades.fleschKincaid > THRESHOLDS.articleGrade) {
    findings.push({
      rule: 'article-grade',
      severity: 'warning',
      message: `The article reads at grade ${articleGrades.fleschKincaid}; aim for ${THRESHOLDS.articleGrade} or below (shorter sentences, plainer words).`,
    })
  }
  const hardestParagraphs = graded
    .filter((p) => p.grades.fleschKincaid > THRESHOLDS.paragraphGrade)
    .sort((a, b) => b.grades.fleschKincaid - a.grades.fleschKincaid)
  return {grades: articleGrades, hardestParagraphs, mentionsSuicide, findings, searchPreview}
}

/** checkArticle on a value of unknown shape (a Studio form value or a stored document). */
export function checkArticleValue(value: unknown): ContentReport {
  return checkArticle(articleInputSchema.catch({}).parse(value ?? {}))
}

export function hasErrors(report: ContentReport): boolean {
  return report.findings.some((finding) => finding.severity === ERRORS_BLOCK_PUBLISHING)
}

function warning(rule: FindingRule, message: string, excerpt?: string, paragraph?: Paragraph): Finding {
  return {
    rule,
    severity: 'warning',
    message,
    ...(excerpt ? {excerpt} : {}),
    ...(paragraph?.key ? {blockKey: paragraph.key} : {}),
  }
}

function proseFinding(
  source: 'passive' | 'simplify' | 'equality',
  actual: string,
  expected: string[],
  paragraph: Paragraph,
): Finding {
  const instead = expected
    .slice(0, 4)
    .map((word) => `"${word}"`)
    .join(', ')
  switch (source) {
    case 'passive':
      return warning('passive-voice', `"${actual}" may be passive voice; say who does what.`, actual, paragraph)
    // With no alternative offered, the advice is to leave the words out ("it is", "clearly").
    case 'simplify':
      return warning(
        'complex-word',
        instead
          ? `"${actual}" has a simpler alternative: ${instead}.`
          : `"${actual}" can usually go; read the sentence without it.`,
        actual,
        paragraph,
      )
    case 'equality':
      return warning(
        'inclusive-language',
        instead
          ? `"${actual}" can hurt some readers; consider ${instead}.`
          : `"${actual}" can hurt some readers; consider leaving it out.`,
        actual,
        paragraph,
      )
  }
}

// Whole words and phrases, case-insensitive: "suicide" but not "suicidepreventionweek".
function phrasePattern(phrase: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+')}(?![\\p{L}\\p{N}])`,
    'iu',
  )
}

// Compiled once: the Studio panel re-checks on every keystroke.
const TOPIC_PATTERNS = SUICIDE_TOPIC_TERMS.map(phrasePattern)
const STIGMA_PATTERNS = STIGMATIZING_PHRASES.map((entry) => ({...entry, pattern: phrasePattern(entry.phrase)}))
const METHOD_PATTERNS = METHOD_TERMS.map((term) => ({term, pattern: phrasePattern(term)}))

function safeMessaging(text: string, hasCrisisBlock: boolean, paragraphs: Paragraph[]): Finding[] {
  const findings: Finding[] = []
  if (!hasCrisisBlock && !CRISIS_RESOURCE_PATTERN.test(text)) {
    findings.push({
      rule: 'crisis-resource',
      severity: 'error',
      message:
        'This article mentions suicide or self-harm: add the crisis resources block (or name the 988 Suicide & Crisis Lifeline in the text) before publishing.',
    })
  }
  const where = (pattern: RegExp) => paragraphs.find((p) => pattern.test(p.text))
  for (const {phrase, instead, why, pattern} of STIGMA_PATTERNS) {
    if (pattern.test(text))
      findings.push(
        warning('stigmatizing-phrase', `Write "${instead}" rather than "${phrase}". ${why}`, phrase, where(pattern)),
      )
  }
  for (const {term, pattern} of METHOD_PATTERNS) {
    if (pattern.test(text))
      findings.push(
        warning(
          'method-detail',
          `"${term}": leave out methods. Details of how can raise risk for readers who are struggling.`,
          term,
          where(pattern),
        ),
      )
  }
  return findings
}

const VAGUE_LINK_TEXT = /^(click here|here|this|this link|link|read more|more|learn more|go|this page|page)$/i
const LOOKS_LIKE_URL = /^(https?:\/\/|www\.)\S+$/i

function accessibility(article: ArticleInput, parts: ReturnType<typeof articleParts>): Finding[] {
  const findings: Finding[] = []
  if (article.mainImage?.asset && !article.mainImage.alt?.trim()) {
    findings.push({
      rule: 'alt-text',
      severity: 'error',
      message: 'The main image needs alternative text: describe what it shows for people who cannot see it.',
    })
  }
  for (const image of parts.images) {
    if (!image.alt)
      findings.push({
        rule: 'alt-text',
        severity: 'error',
        message: 'An image in the body needs alternative text.',
        ...(image.key ? {blockKey: image.key} : {}),
      })
  }
  // The page's title is the h1, so the body starts at h2 and never skips a level going down.
  let previous = 1
  for (const heading of parts.headings) {
    if (heading.level > previous + 1) {
      findings.push({
        rule: 'heading-order',
        severity: 'warning',
        message: `"${heading.text}" is a level ${heading.level} heading after level ${previous}; use level ${previous + 1} so screen reader users can follow the outline.`,
        ...(heading.key ? {blockKey: heading.key} : {}),
      })
    }
    previous = heading.level
  }
  for (const link of parts.links) {
    const text = link.text.trim()
    if (VAGUE_LINK_TEXT.test(text) || LOOKS_LIKE_URL.test(text)) {
      findings.push({
        rule: 'link-text',
        severity: 'warning',
        message: `Link text "${text}" does not say where it goes; name the page or what the reader will find.`,
        excerpt: text,
        ...(link.key ? {blockKey: link.key} : {}),
      })
    }
  }
  return findings
}

function searchBasics({title, description}: {title: string; description: string}): Finding[] {
  const findings: Finding[] = []
  if (title.length > THRESHOLDS.seoTitleMax) {
    findings.push({
      rule: 'seo-title',
      severity: 'warning',
      message: `The search title has ${title.length} characters; search engines cut it after about ${THRESHOLDS.seoTitleMax}.`,
    })
  }
  if (description.length < THRESHOLDS.seoDescriptionMin || description.length > THRESHOLDS.seoDescriptionMax) {
    findings.push({
      rule: 'seo-description',
      severity: 'warning',
      message: `The search description has ${description.length} characters; ${THRESHOLDS.seoDescriptionMin}-${THRESHOLDS.seoDescriptionMax} tells a reader enough without being cut.`,
    })
  }
  return findings
}
