import {Hono} from 'hono'
import type {NodeWebSocket} from '@hono/node-ws'
import type {PresenceHub, PresencePeer} from '../presence.ts'
import type {LakeEnv} from './context.ts'

/** `/v…/socket/{dataset}`: the Studio's presence socket, relayed by the hub. */
export function presenceRoutes(upgradeWebSocket: NodeWebSocket['upgradeWebSocket'], hub: PresenceHub): Hono<LakeEnv> {
  return new Hono<LakeEnv>().get(
    '/:apiVersion/socket/:dataset',
    upgradeWebSocket(() => {
      let peer: PresencePeer | undefined
      return {
        onOpen: (_event, ws) => {
          peer = {send: (text) => ws.send(text), close: () => ws.close()}
          hub.join(peer)
        },
        onMessage: (event, ws) => {
          if (!peer) return
          const text = String(event.data)
          // The bifur client's heartbeat: answer in kind so it knows the socket is alive.
          if (text === '♥') return ws.send('♥')
          hub.receive(peer, text)
        },
        onClose: () => {
          if (peer) hub.leave(peer)
        },
      }
    }),
  )
}
