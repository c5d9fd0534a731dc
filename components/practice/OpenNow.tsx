'use client'
import {useEffect, useState} from 'react'
import {describeOfficeStatus, officeStatus, type Closure, type OfficeHours} from '../../lib/practice/hours.ts'

const RECHECK_MS = 30_000

// "Open now, until 6 pm" is true only at the minute it is read, and the page around it is
// prerendered: the browser works it out from the hours and closures in the page, and again every
// half minute. Without JavaScript the weekly hours beside it still show.
export function OpenNow({hours, closures}: {hours: OfficeHours[]; closures: Closure[]}) {
  const [status, setStatus] = useState('')
  useEffect(() => {
    const update = () => {
      const now = Date.now()
      setStatus(describeOfficeStatus(officeStatus(now, hours, closures), now))
    }
    update()
    const timer = setInterval(update, RECHECK_MS)
    return () => clearInterval(timer)
  }, [hours, closures])
  return <p className="open-now">{status}</p>
}
