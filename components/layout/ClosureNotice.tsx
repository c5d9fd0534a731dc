import {describeClosureDays} from '../../lib/practice/describe.ts'
import {getClosureNotices} from '../../sanity/lib/practice.ts'

/** On every page from 7 days before a closure until it ends (Practice details → Closures). */
export async function ClosureNotice() {
  const notices = await getClosureNotices()
  if (!notices.length) return null
  return (
    <aside className="closure-notice" aria-label="Office closures">
      <div className="container">
        {notices.map((closure) => (
          <p key={`${closure.from}-${closure.note}`}>
            <strong>Office closed {describeClosureDays(closure)}:</strong> {closure.note}. Crisis lines stay open: call
            or text 988.
          </p>
        ))}
      </div>
    </aside>
  )
}
