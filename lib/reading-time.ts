// Adult silent reading averages about 200-250 words a minute; 200 is kinder to a reader who is
// tired or reading in a second language. English words average about six characters with the
// space, so a character count (which GROQ can give without sending the text) is enough.
const WORDS_PER_MINUTE = 200
const CHARACTERS_PER_WORD = 6

export function readingMinutes(characterCount: number): number {
  if (!Number.isFinite(characterCount) || characterCount <= 0) return 1
  return Math.max(1, Math.round(characterCount / CHARACTERS_PER_WORD / WORDS_PER_MINUTE))
}

export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`
}
