import {z} from 'zod'
import {bipocGroupTherapy} from './bipoc-group-therapy.ts'
import {groupTherapy} from './group-therapy.ts'
import {individualTherapy} from './individual-therapy.ts'
import {intensiveOutpatient} from './intensive-outpatient.ts'
import {serviceSchema, type Service} from './types.ts'

/** The practice's services, in the order the site lists them. Parsed when loaded: a bad entry fails the build. */
export const services: Service[] = z
  .array(serviceSchema)
  .parse([intensiveOutpatient, groupTherapy, bipocGroupTherapy, individualTherapy])

export function getService(slug: string): Service | undefined {
  return services.find((service) => service.slug === slug)
}
