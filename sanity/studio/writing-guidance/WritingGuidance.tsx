import {Badge, Box, Button, Card, Flex, Stack, Text} from '@sanity/ui'
import {useDeferredValue, useMemo} from 'react'
import type {DocumentInspectorProps, Path} from 'sanity'
import {DocumentInspectorHeader, useDocumentPane} from 'sanity/structure'
import {checkArticleValue, THRESHOLDS, type Finding} from '../../../lib/content-check/index.ts'
import {routes} from '../../../lib/routes.ts'

const RULE_TITLES: Record<Finding['rule'], string> = {
  'crisis-resource': 'Crisis resources',
  'stigmatizing-phrase': 'Safe messaging',
  'method-detail': 'Safe messaging',
  'alt-text': 'Accessibility',
  'heading-order': 'Accessibility',
  'link-text': 'Accessibility',
  'seo-title': 'Search',
  'seo-description': 'Search',
  'article-grade': 'Reading level',
  'long-sentence': 'Plain language',
  'passive-voice': 'Plain language',
  'complex-word': 'Plain language',
  'inclusive-language': 'Inclusive language',
}

/**
 * Writing guidance beside the article, updated as the clinician types: the reading grade, the
 * hardest paragraphs, safe-messaging, accessibility and search checks, and a search preview.
 * The checks are lib/content-check's, the same that validation and `npm run content:check` run.
 */
export function WritingGuidance({onClose}: DocumentInspectorProps) {
  const {value, onPathOpen} = useDocumentPane()
  // Checking runs retext over every paragraph: deferred, typing stays responsive in long articles.
  const deferred = useDeferredValue(value)
  const report = useMemo(() => checkArticleValue(deferred), [deferred])
  const slug = (deferred as {slug?: {current?: string}}).slug?.current
  const open = (finding: {blockKey?: string}) =>
    finding.blockKey ? () => onPathOpen(['body', {_key: finding.blockKey}] as Path) : undefined
  const errors = report.findings.filter((f) => f.severity === 'error')
  const warnings = report.findings.filter((f) => f.severity === 'warning')
  const grade = report.grades?.fleschKincaid

  return (
    <Flex direction="column" height="fill" overflow="hidden">
      <DocumentInspectorHeader closeButtonLabel="Close writing guidance" onClose={onClose} title="Writing guidance" />
      <Box flex={1} overflow="auto" padding={4}>
        <Stack gap={5}>
          <Stack gap={3} as="section" aria-label="Reading level">
            <Text size={1} weight="semibold">
              Reading level
            </Text>
            {report.grades ? (
              <Card
                padding={3}
                radius={2}
                tone={grade !== undefined && grade > THRESHOLDS.articleGrade ? 'caution' : 'positive'}
                data-testid="writing-guidance-grade"
              >
                <Text size={2}>
                  Grade {report.grades.fleschKincaid.toFixed(1)}{' '}
                  <Text as="span" size={1} muted>
                    (Flesch-Kincaid; Coleman-Liau {report.grades.colemanLiau.toFixed(1)})
                  </Text>
                </Text>
                <Box paddingTop={2}>
                  <Text size={1} muted>
                    Aim for grade {THRESHOLDS.articleGrade} or below: readers may be tired, worried or in distress.
                  </Text>
                </Box>
              </Card>
            ) : (
              <Text size={1} muted data-testid="writing-guidance-grade">
                Write at least {THRESHOLDS.minWordsToGrade} words to see a grade.
              </Text>
            )}
            {report.hardestParagraphs.slice(0, 3).map((paragraph) => (
              <Card key={paragraph.blockKey ?? paragraph.text} padding={3} radius={2} border>
                <Stack gap={2}>
                  <Text size={1} weight="semibold">
                    Grade {paragraph.grades.fleschKincaid.toFixed(1)}
                  </Text>
                  <Text size={1} textOverflow="ellipsis">
                    {paragraph.text}
                  </Text>
                  {paragraph.blockKey ? (
                    <Button mode="bleed" fontSize={1} padding={2} text="Show in the text" onClick={open(paragraph)} />
                  ) : null}
                </Stack>
              </Card>
            ))}
          </Stack>

          <FindingList
            title="Must fix before publishing"
            findings={errors}
            tone="critical"
            open={open}
            empty="Nothing blocks publishing."
          />
          <FindingList title="Suggestions" findings={warnings} tone="caution" open={open} empty="No suggestions." />

          <Stack gap={3} as="section" aria-label="Search result preview">
            <Text size={1} weight="semibold">
              In search results
            </Text>
            <Card padding={3} radius={2} border>
              <Stack gap={2}>
                <Text size={1} muted>
                  {routes.post(slug ?? '…')}
                </Text>
                <Text size={2} weight="medium" style={{color: '#1a0dab'}} data-testid="search-preview-title">
                  {truncate(report.searchPreview.title, THRESHOLDS.seoTitleMax) || 'Add a title'}
                </Text>
                <Text size={1}>
                  {truncate(report.searchPreview.description, THRESHOLDS.seoDescriptionMax) ||
                    'Add an SEO description or an excerpt.'}
                </Text>
              </Stack>
            </Card>
          </Stack>
        </Stack>
      </Box>
    </Flex>
  )
}

function FindingList({
  title,
  findings,
  tone,
  open,
  empty,
}: {
  title: string
  findings: Finding[]
  tone: 'critical' | 'caution'
  open: (f: Finding) => (() => void) | undefined
  empty: string
}) {
  return (
    <Stack gap={3} as="section" aria-label={title}>
      <Flex gap={2} align="center">
        <Text size={1} weight="semibold">
          {title}
        </Text>
        <Badge tone={findings.length ? tone : 'positive'}>{findings.length}</Badge>
      </Flex>
      {findings.length ? (
        findings.map((finding, index) => (
          <Card
            key={`${finding.rule}-${finding.blockKey ?? ''}-${index}`}
            padding={3}
            radius={2}
            tone={tone}
            data-rule={finding.rule}
          >
            <Stack gap={2}>
              <Text size={0} muted>
                {RULE_TITLES[finding.rule]}
              </Text>
              <Text size={1}>{finding.message}</Text>
              {finding.blockKey ? (
                <Button mode="bleed" fontSize={1} padding={2} text="Show in the text" onClick={open(finding)} />
              ) : null}
            </Stack>
          </Card>
        ))
      ) : (
        <Text size={1} muted>
          {empty}
        </Text>
      )}
    </Stack>
  )
}

// Where a search engine would cut the line, so the author sees what readers will.
function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}
