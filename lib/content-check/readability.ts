import {colemanLiau} from 'coleman-liau'
import {fleschKincaid} from 'flesch-kincaid'
import type {Root, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {syllable} from 'syllable'
import {visit} from 'unist-util-visit'

export type Counts = {sentence: number; word: number; syllable: number; letter: number}
export type Grades = {fleschKincaid: number; colemanLiau: number}

/** Counts what the grade formulas need, on retext's own sentence and word boundaries. */
export function countProse(tree: Root): Counts {
  const counts: Counts = {sentence: 0, word: 0, syllable: 0, letter: 0}
  visit(tree, 'SentenceNode', () => {
    counts.sentence += 1
  })
  visit(tree, 'WordNode', (node: Word) => {
    const word = toString(node)
    // Numbers such as 988 are words to a reader but have no syllables to count.
    const letters = word.replace(/[^\p{L}\p{N}]/gu, '').length
    if (!letters) return
    counts.word += 1
    counts.letter += letters
    counts.syllable += Math.max(1, syllable(word))
  })
  return counts
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    sentence: a.sentence + b.sentence,
    word: a.word + b.word,
    syllable: a.syllable + b.syllable,
    letter: a.letter + b.letter,
  }
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10

/** US school grades by Flesch-Kincaid (syllables) and Coleman-Liau (letters), from the same counts. */
export function grades(counts: Counts): Grades | null {
  if (!counts.word || !counts.sentence) return null
  return {fleschKincaid: oneDecimal(fleschKincaid(counts)), colemanLiau: oneDecimal(colemanLiau(counts))}
}
