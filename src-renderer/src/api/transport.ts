import { createORPCClient } from '@orpc/client'
import { RPCLink as FetchLink } from '@orpc/client/fetch'
import { RPCLink as MessagePortLink } from '@orpc/client/message-port'
import type { ApiClient } from '../../../src-main/contract'

export type Transport = 'message-port' | 'http'

export interface Connection {
  transport: Transport
  client: ApiClient
}

const tokenKey = 'cliniclab.token'

/**
 * Picks the transport at start: under Electron the window is loaded with
 * `?transport=message-port` and the preload forwards one end of a channel to
 * the main process; served by the host, the API is `/rpc` on the same origin.
 */
export function connect(location: Location = window.location): Connection {
  const params = new URLSearchParams(location.search)
  if (params.get('transport') === 'message-port') {
    const channel = new MessageChannel()
    window.postMessage('cliniclab:orpc-port', '*', [channel.port2])
    channel.port1.start()
    return { transport: 'message-port', client: createORPCClient(new MessagePortLink({ port: channel.port1 })) }
  }
  const token = takeToken(params)
  const link = new FetchLink({
    url: new URL('/rpc', location.origin).toString(),
    headers: () => (token ? { authorization: `Bearer ${token}` } : {})
  })
  return { transport: 'http', client: createORPCClient(link) }
}

/** A token arrives once in the URL the host printed; keep it for the tab and take it out of the address bar. */
function takeToken(params: URLSearchParams): string | null {
  const fromUrl = params.get('token')
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl)
    params.delete('token')
    const query = params.toString()
    history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`)
    return fromUrl
  }
  return sessionStorage.getItem(tokenKey)
}
