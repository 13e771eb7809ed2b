import { MessageChannel } from 'node:worker_threads'
import { createORPCClient } from '@orpc/client'
import { RPCLink as FetchLink } from '@orpc/client/fetch'
import { RPCLink as MessagePortLink } from '@orpc/client/message-port'
import { RPCHandler } from '@orpc/server/message-port'
import { createInProcessClient } from '../api/in-process-client'
import { errorInterceptors, router } from '../api/router'
import type { ApiClient } from '../contract'
import type { Core } from '../core/create-core'
import { startHost } from '../host/host-server'

export interface OpenDoor {
  client: ApiClient
  close(): Promise<void>
}

/** The three ways in, each onto the same core: the contract tests run through all of them. */
export const doors: Record<string, (core: Core) => Promise<OpenDoor>> = {
  'in-process': async (core) => ({
    client: createInProcessClient({ core, door: 'cli', actor: 'test' }),
    close: async () => {}
  }),
  // Node's MessagePort stands in for Electron's MessagePortMain: oRPC's adapter takes both.
  'message-port': async (core) => {
    const channel = new MessageChannel()
    new RPCHandler(router, { clientInterceptors: errorInterceptors }).upgrade(channel.port1, { context: { core, door: 'electron', actor: 'test' } })
    channel.port1.start()
    channel.port2.start()
    return {
      client: createORPCClient(new MessagePortLink({ port: channel.port2 })),
      close: async () => {
        channel.port1.close()
        channel.port2.close()
      }
    }
  },
  http: async (core) => {
    const host = await startHost(core, { host: '127.0.0.1', port: 0, rendererDir: '/nonexistent' })
    return {
      client: createORPCClient(new FetchLink({ url: new URL('/rpc', host.url).toString() })),
      close: async () => host.dispose()
    }
  }
}
