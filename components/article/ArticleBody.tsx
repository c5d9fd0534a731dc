import {PortableText, type PortableTextComponents} from '@portabletext/react'
import Link from 'next/link'
import {z} from 'zod'
import {imageModel, type PortableBlock} from '../../sanity/lib/models.ts'
import {CRISIS_BLOCK_TYPE} from '../../lib/content-check/article.ts'
import {publicEnv} from '../../lib/env.ts'
import {isExternal, safeHref} from '../../lib/links.ts'
import {ContentImage} from '../ui/ContentImage.tsx'
import {imageDisplays} from '../ui/image-displays.ts'
import {CrisisResources} from './CrisisResources.tsx'
import {headingIds} from './headingId.ts'
import {routes} from '../../lib/routes.ts'

const calloutModel = z.object({tone: z.string().nullish(), title: z.string().nullish(), text: z.string()})
const crisisModel = z.object({lead: z.string().nullish()})
const ctaModel = z.object({label: z.string(), href: z.string(), text: z.string().nullish()})

// Headings get their ids from the whole body (headingIds), so the components are made per body.
const withHeadingIds = (ids: Map<string, string>): PortableTextComponents => ({
  ...components,
  block: {
    h2: ({children, value}) => <h2 id={ids.get(value._key ?? '')}>{children}</h2>,
    h3: ({children, value}) => <h3 id={ids.get(value._key ?? '')}>{children}</h3>,
    blockquote: ({children}) => <blockquote>{children}</blockquote>,
  },
})

const components: PortableTextComponents = {
  marks: {
    link: ({children, value}) => {
      const href = safeHref(value?.href)
      if (!href) return <>{children}</>
      return isExternal(href) ? (
        <a href={href} rel="noopener noreferrer" data-print-href={href}>
          {children}
        </a>
      ) : (
        <a href={href} data-print-href={new URL(href, publicEnv.NEXT_PUBLIC_SITE_URL).href}>
          {children}
        </a>
      )
    },
    internalLink: ({children, value}) =>
      typeof value?.slug === 'string' ? (
        <Link
          href={routes.post(value.slug)}
          data-print-href={new URL(routes.post(value.slug), publicEnv.NEXT_PUBLIC_SITE_URL).href}
        >
          {children}
        </Link>
      ) : (
        <>{children}</>
      ),
  },
  types: {
    accessibleImage: ({value}) => {
      const image = imageModel.safeParse(value)
      if (!image.success) return null
      return (
        <figure>
          <ContentImage image={image.data} display={imageDisplays.article} />
          {image.data.caption ? <figcaption>{image.data.caption}</figcaption> : null}
        </figure>
      )
    },
    callout: ({value}) => {
      const callout = calloutModel.safeParse(value)
      if (!callout.success) return null
      return (
        <aside className={`callout callout--${callout.data.tone ?? 'note'}`}>
          {callout.data.title ? <p className="callout__title">{callout.data.title}</p> : null}
          <p>{callout.data.text}</p>
        </aside>
      )
    },
    callToAction: ({value}) => {
      const cta = ctaModel.safeParse(value)
      const href = cta.success ? safeHref(cta.data.href) : null
      if (!cta.success || !href) return null
      return (
        <div className="cta">
          {cta.data.text ? <p>{cta.data.text}</p> : null}
          <a className="button" href={href}>
            {cta.data.label}
          </a>
        </div>
      )
    },
    [CRISIS_BLOCK_TYPE]: ({value}) => <CrisisResources lead={crisisModel.safeParse(value).data?.lead} />,
  },
}

export function ArticleBody({body}: {body: PortableBlock[]}) {
  return (
    <div className="prose">
      <PortableText value={body} components={withHeadingIds(headingIds(body))} />
    </div>
  )
}
