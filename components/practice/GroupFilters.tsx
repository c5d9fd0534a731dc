import Link from 'next/link'
import {FORMAT_FILTERS, SERVICE_FILTERS, type GroupFilter} from '../../lib/practice/group-filters.ts'
import {routes} from '../../lib/routes.ts'

type Choice = {slug: string; label: string}

function FilterLinks({
  label,
  choices,
  current,
  href,
}: {
  label: string
  choices: Choice[]
  current: string
  href: (slug: string) => string
}) {
  return (
    <nav aria-label={label} className="filters__group">
      <p className="filters__label">{label}</p>
      <ul className="filters__list plain-list">
        {choices.map((choice) => (
          <li key={choice.slug}>
            <Link
              className="filter"
              href={href(choice.slug)}
              aria-current={choice.slug === current ? 'page' : undefined}
            >
              {choice.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** Narrow the groups by where they meet and by service: plain links, so it works without JavaScript. */
export function GroupFilters({filter}: {filter: GroupFilter}) {
  return (
    <div className="filters">
      <FilterLinks
        label="Where"
        choices={FORMAT_FILTERS}
        current={filter.format}
        href={(format) => routes.groupsFiltered(format, filter.service)}
      />
      <FilterLinks
        label="Service"
        choices={SERVICE_FILTERS}
        current={filter.service}
        href={(service) => routes.groupsFiltered(filter.format, service)}
      />
    </div>
  )
}
