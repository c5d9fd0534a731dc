import {useId} from 'react'
import {routes} from '../../lib/routes.ts'

/** The crisis-resources block an article carries when it touches on suicide or self-harm. */
export function CrisisResources({lead}: {lead?: string | null}) {
  const titleId = useId()
  return (
    <aside className="callout callout--important crisis-resources" aria-labelledby={titleId}>
      <p className="callout__title" id={titleId}>
        If you are thinking about suicide, or worried about someone
      </p>
      {lead ? <p>{lead}</p> : null}
      <p>
        <a href="tel:988">Call</a> or <a href="sms:988">text</a> <strong>988</strong>, the Suicide &amp; Crisis
        Lifeline, at any hour. In an emergency, call <a href="tel:911">911</a>.
      </p>
      <p>
        <a href={routes.crisis}>More ways to get help now</a>
      </p>
    </aside>
  )
}
