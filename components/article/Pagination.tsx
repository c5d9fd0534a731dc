import Link from 'next/link'
import {pageWindow} from '../../lib/pagination.ts'
import {routes} from '../../lib/routes.ts'

type Props = {page: number; pageCount: number; basePath: string}

export function Pagination({page, pageCount, basePath}: Props) {
  if (pageCount <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={routes.listPage(basePath, page - 1)} rel="prev">
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
              <Link href={routes.listPage(basePath, n)} aria-label={`Page ${n}`}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pageCount ? (
        <Link href={routes.listPage(basePath, page + 1)} rel="next">
          Older articles
        </Link>
      ) : null}
    </nav>
  )
}
