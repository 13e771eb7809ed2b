import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core/create-core'
import { HostRefusedError } from '../core/errors'
import { useTempDirs } from '../test-support/temp-dir'
import { startHost, type RunningHost } from './host-server'
import { isLoopbackHost } from './loopback'

const tempDir = useTempDirs()

function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    request(url, { method: 'GET', headers }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }))
    })
      .on('error', reject)
      .end()
  })
}

describe('the headless host', () => {
  let core: Core
  let host: RunningHost | null = null

  beforeEach(() => {
    core = createCore({ dataDir: tempDir(), logLevel: 'warn' })
  })
  afterEach(async () => {
    await host?.dispose()
    host = null
    await core.dispose()
  })

  it('refuses a non-loopback address without an access token', async () => {
    await expect(startHost(core, { host: '0.0.0.0', port: 0, rendererDir: '/none' })).rejects.toThrow(HostRefusedError)
    await expect(startHost(core, { host: '0.0.0.0', port: 0, rendererDir: '/none' })).rejects.toThrow(/needs an access token/)
  })

  it('requires the token on every API call when one is set', async () => {
    host = await startHost(core, { host: '127.0.0.1', port: 0, token: 's3cret-token', rendererDir: '/none' })
    const url = new URL('/rpc/system/health', host.url).toString()
    const denied = await fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })
    expect(denied.status).toBe(401)
    expect(((await denied.json()) as { code: string }).code).toBe('UNAUTHORIZED')
    const wrong = await fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', authorization: 'Bearer nope' } })
    expect(wrong.status).toBe(401)
    const allowed = await fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret-token' } })
    expect(allowed.status).toBe(200)
  })

  it('answers only to loopback host names (no DNS rebinding)', async () => {
    host = await startHost(core, { host: '127.0.0.1', port: 0, rendererDir: '/none' })
    const port = new URL(host.url).port
    const rebound = await rawGet(host.url, { host: `evil.example:${port}` })
    expect(rebound.status).toBe(421)
    const local = await rawGet(host.url, { host: `localhost:${port}` })
    expect(local.status).toBe(503)
    expect(local.body).toContain('npm run build')
  })

  it('serves the built renderer with a strict content security policy, falling back to index.html', async () => {
    const rendererDir = join(tempDir(), 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ClinicLab</title>')
    host = await startHost(core, { host: '127.0.0.1', port: 0, rendererDir })
    const page = await rawGet(new URL('/some/deep/link', host.url).toString())
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>ClinicLab</title>')
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'")
    expect((await rawGet(new URL('/rpc/no/such', host.url).toString())).status).toBe(404)
  })
})

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['192.168.1.5', false],
    ['::', false],
    ['localhost.evil.example', false]
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected)
  })
})
