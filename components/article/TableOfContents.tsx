import {toPlainText} from '@portabletext/react'
import type {PortableBlock} from '../../sanity/lib/models.ts'
import {headingIds} from './headingId.ts'

type Entry = {id: string; text: string; level: 2 | 3}

export function tableOfContents(body: PortableBlock[]): Entry[] {
  const ids = headingIds(body)
  return body.flatMap((block) => {
    const id = ids.get(block._key)
    return id ? [{id, text: toPlainText([block]).trim(), level: block.style === 'h2' ? 2 : 3}] : []
  })
}

/** Only the h2 sections: a long list of every h3 would be harder to scan than the article. */
export function TableOfContents({body}: {body: PortableBlock[]}) {
  const sections = tableOfContents(body).filter((entry) => entry.level === 2)
  if (sections.length < 2) return null
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">In this article</h2>
      <ol>
        {sections.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
