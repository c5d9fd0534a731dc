import {highlightParts} from '../../lib/search.ts'

export function Highlighted({text, words}: {text: string; words: string[]}) {
  return (
    <>
      {highlightParts(text, words).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  )
}
