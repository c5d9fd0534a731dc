import {joinWithAnd} from '../../lib/practice/describe.ts'
import {ACCEPTING_CLIENTS, titleOf, type AcceptingClients} from '../../lib/practice/options.ts'
import {stateNames} from '../../lib/practice/us-states.ts'
import {getService} from '../../lib/services/index.ts'

type Props = {
  clinician: {acceptingClients: AcceptingClients; acceptingFor: string[]; telehealth: boolean; licensedStates: string[]}
  /** The profile says in which states; a card keeps to one line. */
  detailed?: boolean
}

const serviceTitles = (slugs: string[]) =>
  joinWithAnd(slugs.flatMap((slug) => getService(slug)?.title ?? []).map((title) => title.replace(/ \(.*\)$/, '')))

/** Whether a clinician takes new clients (and for what), and whether they see people online. */
export function Availability({clinician, detailed = false}: Props) {
  const {acceptingClients, acceptingFor, telehealth, licensedStates} = clinician
  const forWhat = acceptingClients !== 'no' && acceptingFor.length ? `: ${serviceTitles(acceptingFor)}` : ''
  return (
    <ul className="availability plain-list">
      <li className={`status status--accepting-${acceptingClients}`}>
        {titleOf(ACCEPTING_CLIENTS, acceptingClients)}
        {forWhat}
      </li>
      {telehealth ? (
        <li>
          Sees clients by telehealth
          {detailed && licensedStates.length ? ` in ${stateNames(licensedStates)}` : ''}
        </li>
      ) : detailed ? (
        <li>Sees clients in the office only</li>
      ) : null}
      {detailed && licensedStates.length ? <li>Licensed in {stateNames(licensedStates)}</li> : null}
    </ul>
  )
}
