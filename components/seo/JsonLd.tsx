import {serializeJsonLd, type JsonLd as JsonLdData} from '../../lib/json-ld.ts'

export function JsonLd({data}: {data: JsonLdData}) {
  // serializeJsonLd escapes everything that could end the script element early.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{__html: serializeJsonLd(data)}} />
}
