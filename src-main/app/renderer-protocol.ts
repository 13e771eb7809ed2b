import { join, normalize, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { net, protocol } from 'electron'
import { contentSecurityPolicy } from '../host/security-headers'

export const rendererScheme = 'app'
export const rendererOrigin = `${rendererScheme}://cliniclab`

/** Must run before `app.whenReady()`: a standard, secure scheme gets a real origin for CSP 'self'. */
export function registerRendererScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: rendererScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the built renderer from disk, refusing any path that escapes its folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(rendererScheme, async (request) => {
    const { pathname } = new URL(request.url)
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname)
    const file = normalize(join(rendererDir, relative))
    if (!file.startsWith(rendererDir + sep)) return new Response('Forbidden', { status: 403 })
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', contentSecurityPolicy)
    return new Response(response.body, { status: response.status, headers })
  })
}
