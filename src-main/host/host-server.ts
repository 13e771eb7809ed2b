import { timingSafeEqual } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RPCHandler } from '@orpc/server/node'
import sirv from 'sirv'
import type { Core } from '../core/create-core'
import type { AsyncDisposableLike } from '../core/disposable'
import { HostRefusedError } from '../core/errors'
import { errorInterceptors, router } from '../api/router'
import { hostHeaderName, isLoopbackHost } from './loopback'
import { securityHeaders } from './security-headers'

export interface HostOptions {
  host: string
  port: number
  /** Required for a non-loopback address; every API call must then carry it. */
  token?: string | undefined
  /** The built renderer (out/renderer). */
  rendererDir: string
}

export interface RunningHost extends AsyncDisposableLike {
  url: string
  server: Server
}

/** Serves the built renderer and the API (`/rpc`, streams as SSE) from one core. */
export async function startHost(core: Core, options: HostOptions): Promise<RunningHost> {
  const loopback = isLoopbackHost(options.host)
  if (!loopback && !options.token) throw new HostRefusedError(options.host)

  const rpc = new RPCHandler(router, { clientInterceptors: errorInterceptors })
  const serveStatic = existsSync(options.rendererDir)
    ? sirv(options.rendererDir, { single: true, dev: false, etag: true, setHeaders: applySecurityHeaders })
    : null

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      core.logger.error({ err: error, url: request.url }, 'host request failed')
      if (!response.headersSent) sendJson(response, 500, { code: 'INTERNAL_SERVER_ERROR', message: 'Internal error' })
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A loopback host answers only to loopback names, which defeats DNS rebinding.
    if (loopback && !isLoopbackHost(hostHeaderName(request.headers.host))) {
      sendJson(response, 421, { code: 'MISDIRECTED', message: 'This host only answers on its loopback address.' })
      return
    }
    if (request.url?.startsWith('/rpc/')) {
      if (options.token && !hasToken(request, options.token)) {
        sendJson(response, 401, { code: 'UNAUTHORIZED', message: 'An access token is required: open the URL the host printed (it ends in ?token=…).' })
        return
      }
      const traceHeader = request.headers['x-trace-id']
      const { matched } = await rpc.handle(request, response, {
        prefix: '/rpc',
        context: {
          core,
          door: 'host',
          actor: `http ${request.socket.remoteAddress ?? 'unknown'}`,
          ...(typeof traceHeader === 'string' && traceHeader.length <= 100 ? { traceId: traceHeader } : {})
        }
      })
      if (!matched) sendJson(response, 404, { code: 'NOT_FOUND', message: `No procedure at ${request.url}` })
      return
    }
    if (serveStatic) {
      serveStatic(request, response, () => sendJson(response, 404, { code: 'NOT_FOUND', message: 'Not found' }))
      return
    }
    response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders })
    response.end(`The ClinicLab interface is not built (${options.rendererDir} is missing): run \`npm run build\`. The API is up at /rpc.\n`)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${shownHost}:${address.port}/`
  core.logger.info({ url }, 'host listening')

  return {
    url,
    server,
    dispose: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Open SSE streams would hold close() forever.
        server.closeAllConnections()
      })
  }
}

function applySecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value)
}

function hasToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? ''
  const given = Buffer.from(header.replace(/^Bearer\s+/i, ''))
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...securityHeaders })
  response.end(JSON.stringify(body))
}
