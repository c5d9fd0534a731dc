import type {Metadata} from 'next'
import {ServiceList} from '../../../components/practice/ServiceList.tsx'
import {pageMetadata} from '../../../lib/seo.ts'
import {services} from '../../../lib/services/index.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Services',
  description: 'Intensive Outpatient Program, group therapy, a BIPOC group and individual therapy in Asheville.',
  path: routes.services,
})

export default function ServicesPage() {
  return (
    <section aria-labelledby="services-title">
      <h1 id="services-title">Services</h1>
      <p className="hero__lead">Care built around groups, with one-to-one support alongside.</p>
      <ServiceList services={services} />
    </section>
  )
}
