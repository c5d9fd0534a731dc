import Link from 'next/link'
import {pageWindow} from '@/lib/pagination'

type Props = {page: number; pageCount: number; basePath: string}

/** Page 1 lives at the list's own URL; page n at `<basePath>/page/n`. */
export function pageHref(basePath: string, page: number): string {
  return page === 1 ? basePath : `${basePath}/page/${page}`
}

export function Pagination({page, pageCount, basePath}: Props) {
  if (pageCount <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={pageHref(basePath, page - 1)} rel="prev">
          Newer articles
        </Link>
      ) : null}
      <ol>
        {pageWindow(page, pageCount).map((n, index) => (
          <li key={n === 'gap' ? `gap-${index}` : n}>
            {n === 'gap' ? (
              <span aria-hidden="true">…</span>
            ) : n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <Link href={pageHref(basePath, n)} aria-label={`Page ${n}`}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pageCount ? (
        <Link href={pageHref(basePath, page + 1)} rel="next">
          Older articles
        </Link>
      ) : null}
    </nav>
  )
}
