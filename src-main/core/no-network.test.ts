import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInProcessClient } from '../api/in-process-client'
import { createCore } from './create-core'
import { starterPackDir } from '../test-support/starter-core'
import { useTempDirs } from '../test-support/temp-dir'
import { tinyModels } from '../test-support/tiny-models'

const tempDir = useTempDirs()
const outbound: string[] = []
const originalConnect = net.Socket.prototype.connect

// Every TCP connection the process opens passes through Socket#connect (http, fetch/undici, the openai client).
beforeAll(() => {
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const [first] = args
    const options = typeof first === 'object' && first !== null ? (first as net.TcpNetConnectOpts) : { port: Number(first), host: typeof args[1] === 'string' ? args[1] : 'localhost' }
    const host = options.host ?? 'localhost'
    if (!('path' in (options as object)) && !['127.0.0.1', 'localhost', '::1'].includes(host)) outbound.push(`${host}:${options.port}`)
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args)
  } as typeof net.Socket.prototype.connect
})
afterAll(() => {
  net.Socket.prototype.connect = originalConnect
})

describe('no network unless the user asks', () => {
  it('starting the app, practising, loading a model, chatting, its local API and the hardware probe open no outbound connection', async () => {
    const core = createCore({ dataDir: tempDir(), logLevel: 'warn' }, { gpu: false, bundledPackDir: starterPackDir })
    try {
      const client = createInProcessClient({ core, door: 'cli', actor: 'test' })
      await client.system.health()
      const { sessionId } = await client.patient.start({ packId: 'starter', caseId: 'acute-coronary-syndrome', language: 'zh' })
      for await (const part of await client.patient.ask({ sessionId, text: '您哪里不舒服？' })) void part
      const tiny = await tinyModels()
      const model = await client.engines.importModel({ path: tiny.model })
      const status = await client.engines.start({ model: model.id, threads: 1, contextSize: 1024 })
      for await (const part of await client.engines.tryChat({ target: { model: status.model!, adapter: null }, prompt: 'hi', maxTokens: 4 })) void part
      const response = await fetch(`${status.api!.baseUrl}/models`, { headers: { authorization: `Bearer ${status.api!.apiKey}` } })
      expect(response.status).toBe(200)
      await client.engines.hardware()
      await client.engines.stop()
    } finally {
      await core.dispose()
    }
    expect(outbound).toEqual([])
  })

  it('the monitor does see an outbound connection (so the test above could fail)', async () => {
    const before = outbound.length
    const socket = new net.Socket()
    socket.on('error', () => undefined)
    // 192.0.2.0/24 is TEST-NET-1: reserved, never routed; the attempt is recorded before it fails.
    socket.connect({ host: '192.0.2.1', port: 9 })
    socket.destroy()
    expect(outbound.slice(before)).toEqual(['192.0.2.1:9'])
    outbound.splice(before)
  })
})
