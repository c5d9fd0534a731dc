import {NextResponse} from 'next/server'

// Liveness: the process answers. Nothing else is asked, so a slow Content Lake or Redis never
// gets a healthy instance restarted.
export function GET() {
  return NextResponse.json({status: 'live'}, {headers: {'cache-control': 'no-store'}})
}
