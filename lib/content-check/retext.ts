import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import retextPassive from 'retext-passive'
import retextSimplify from 'retext-simplify'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'

// Gendered pronouns are how a clinician writes about one person; retext-equality would flag
// every "she" in a case vignette, and drown the warnings that matter (ableist and addiction terms).
const EQUALITY_IGNORED = [
  'he',
  'she',
  'her',
  'him',
  'his',
  'hers',
  'herself',
  'himself',
  'woman',
  'women',
  'man',
  'men',
  'mother',
  'father',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
]

const processor = unified()
  .use(retextEnglish)
  .use(retextPassive)
  .use(retextSimplify)
  .use(retextEquality, {ignore: EQUALITY_IGNORED})

export type ProseMessage = {
  source: 'passive' | 'simplify' | 'equality'
  actual: string
  expected: string[]
  reason: string
}
export type ParsedProse = {tree: Root; sentences: string[]; messages: ProseMessage[]}

const SOURCES: Record<string, ProseMessage['source']> = {
  'retext-passive': 'passive',
  'retext-simplify': 'simplify',
  'retext-equality': 'equality',
}

/** Parses English prose into sentences and words, with the retext plugins' messages. */
export function parseProse(text: string): ParsedProse {
  const file = new VFile(text)
  const tree = processor.runSync(processor.parse(file), file) as Root
  const sentences: string[] = []
  visit(tree, 'SentenceNode', (sentence: Sentence) => {
    sentences.push(toString(sentence))
  })
  const messages = file.messages.flatMap((message): ProseMessage[] => {
    const source = SOURCES[message.source ?? '']
    if (!source) return []
    const expected = Array.isArray(message.expected) ? message.expected.map(String) : []
    return [{source, actual: String(message.actual ?? ''), expected, reason: message.reason}]
  })
  return {tree, sentences, messages}
}
