import Link from 'next/link'
import type {Service} from '../../lib/services/types.ts'
import {routes} from '../../lib/routes.ts'

export function ServiceList({services, headingLevel = 2}: {services: Service[]; headingLevel?: 2 | 3}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="service-list">
      {services.map((service) => (
        <li key={service.slug}>
          <Heading>
            <Link href={routes.service(service.slug)}>{service.title}</Link>
          </Heading>
          <p>{service.summary}</p>
        </li>
      ))}
    </ul>
  )
}
