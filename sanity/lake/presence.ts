import {randomBytes} from 'node:crypto'
import {z} from 'zod'

/** One connected Studio tab. The HTTP edge supplies how to send it text. */
export type PresencePeer = {send: (text: string) => void; close: () => void}

type PeerState = {userId: string | null; sessionId?: string; subscriptions: Set<string>}

const request = z.object({
  jsonrpc: z.literal('2.0'),
  method: z.string(),
  params: z.record(z.string(), z.unknown()).default({}),
  id: z.union([z.string(), z.number()]).optional(),
})

export type PresenceVerifier = (authorization: string) => string | null

/**
 * Presence as the Studio's bifur client speaks it (JSON-RPC over a WebSocket): each tab
 * subscribes to "presence", announces where it is, answers roll calls, and says goodbye.
 * The lake relays each message to every other tab, so two editors in one document see each other.
 */
export class PresenceHub {
  private readonly peers = new Map<PresencePeer, PeerState>()
  private readonly verify: PresenceVerifier

  constructor(verify: PresenceVerifier) {
    this.verify = verify
  }

  join(peer: PresencePeer): void {
    this.peers.set(peer, {userId: null, subscriptions: new Set()})
  }

  leave(peer: PresencePeer): void {
    const state = this.peers.get(peer)
    this.peers.delete(peer)
    // A closed tab disappears for the others without waiting for its announcements to age out.
    if (state?.userId && state.sessionId) {
      this.broadcast(peer, {type: 'disconnect', i: state.userId, m: {session: state.sessionId}})
    }
  }

  receive(peer: PresencePeer, text: string): void {
    const state = this.peers.get(peer)
    if (!state) return
    let parsed: z.infer<typeof request>
    try {
      parsed = request.parse(JSON.parse(text))
    } catch {
      return peer.send(
        JSON.stringify({jsonrpc: '2.0', id: null, error: {code: -32700, message: 'Not a JSON-RPC request'}}),
      )
    }
    const reply = (result: unknown) => {
      if (parsed.id !== undefined) peer.send(JSON.stringify({jsonrpc: '2.0', id: parsed.id, result}))
    }
    const fail = (message: string) =>
      peer.send(JSON.stringify({jsonrpc: '2.0', id: parsed.id ?? null, error: {code: 401, message}}))
    const {method, params} = parsed
    if (method === 'authorization') {
      state.userId = this.verify(String(params.authorization ?? ''))
      return state.userId ? reply(true) : fail('Not signed in')
    }
    if (!state.userId) return fail('Sign in first')
    const userId = state.userId
    switch (method) {
      case 'presence_subscribe': {
        const subscription = randomBytes(8).toString('hex')
        state.subscriptions.add(subscription)
        return reply(subscription)
      }
      case 'presence_unsubscribe':
        state.subscriptions.delete(String(params.subscriptionId))
        return reply(true)
      case 'presence_announce': {
        const data = z.object({sessionId: z.string(), locations: z.array(z.unknown())}).safeParse(params.data)
        if (!data.success) return fail('presence_announce needs data.sessionId and data.locations')
        state.sessionId = data.data.sessionId
        this.broadcast(peer, {type: 'state', i: userId, m: data.data})
        return reply(true)
      }
      case 'presence_rollcall':
        this.broadcast(peer, {type: 'rollCall', i: userId, session: String(params.session ?? '')})
        return reply(true)
      case 'presence_disconnect':
        this.broadcast(peer, {type: 'disconnect', i: userId, m: {session: String(params.session ?? '')}})
        return reply(true)
      default:
        return peer.send(
          JSON.stringify({
            jsonrpc: '2.0',
            id: parsed.id ?? null,
            error: {code: -32601, message: `Unknown method ${method}`},
          }),
        )
    }
  }

  close(): void {
    for (const peer of this.peers.keys()) peer.close()
    this.peers.clear()
  }

  private broadcast(from: PresencePeer, result: unknown): void {
    for (const [peer, state] of this.peers) {
      if (peer === from) continue
      for (const subscription of state.subscriptions) {
        peer.send(JSON.stringify({jsonrpc: '2.0', method: 'presence_subscription', params: {subscription, result}}))
      }
    }
  }
}
