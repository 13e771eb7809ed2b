import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createInProcessClient } from '../../api/in-process-client'
import type { VllmEvent } from '../../contract/vllm'
import { createCore, type Core } from '../../core/create-core'
import { starterPackDir } from '../../test-support/starter-core'
import { useTempDirs } from '../../test-support/temp-dir'
import { writeStandInLauncher } from '../../test-support/vllm-stand-in-launcher'
import { tinyModels } from '../../test-support/tiny-models'

// vLLM here is the STAND-IN (test-support/vllm-stand-in.ts), launched through a wrapper script as a user's `vllm` would be.
const tempDir = useTempDirs()
const cores: Core[] = []

beforeAll(async () => {
  await tinyModels()
}, 60_000)
afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose()
  delete process.env.STAND_IN_FAIL
  delete process.env.STAND_IN_ONCE
})

function setUp() {
  const dataDir = tempDir()
  const core = createCore({ dataDir, logLevel: 'warn' }, { gpu: false, bundledPackDir: starterPackDir, vllm: { stallMs: 20_000, stopGraceMs: 1_000, restart: { maxAttempts: 2, baseDelayMs: 100 } } })
  cores.push(core)
  const client = createInProcessClient({ core, door: 'cli', actor: 'test' })
  return { core, client, dataDir }
}

/** The settings a user gives for a vLLM in a virtual environment, pointing at the stand-in's launcher. */
async function saveStandIn(client: ReturnType<typeof setUp>['client']) {
  return client.engines.vllm.saveSettings({ mode: 'native', executable: writeStandInLauncher(tempDir()), model: '/models/Qwen3-8B', servedName: 'qwen3-8b', maxModelLen: 2048 } as never)
}

describe('vLLM in the app (against the stand-in)', () => {
  it('refuses to start without settings and validates the settings it is given', async () => {
    const { client } = setUp()
    await expect(client.engines.vllm.start()).rejects.toMatchObject({ code: 'VLLM_NOT_CONFIGURED' })
    await expect(client.engines.vllm.saveSettings({ model: '', servedName: 'bad name' } as never)).rejects.toMatchObject({ code: 'INPUT_VALIDATION_FAILED', message: expect.stringMatching(/model: the model to serve[\s\S]*servedName: letters, digits/) })
    expect((await client.engines.vllm.status()).settings).toBeNull()
  })

  it('starts from saved settings, streams its log and status, reports metrics, and serves a role', async () => {
    const { client } = setUp()
    const saved = await saveStandIn(client)
    expect(saved).toMatchObject({ mode: 'native', gpuMemoryUtilization: 0.85, adapters: [] })
    const events: VllmEvent[] = []
    const watching = (async () => {
      for await (const event of await client.engines.vllm.watch()) {
        events.push(event)
        if (event.status.state === 'ready') break
      }
    })()
    expect((await client.engines.vllm.start()).state).toBe('starting')
    await watching
    const lines = events.flatMap((event) => event.lines)
    expect(lines.some((line) => line.includes('--served-model-name qwen3-8b'))).toBe(true)
    expect(lines.some((line) => line.includes('Application startup complete'))).toBe(true)
    // The key of each launch never reaches the log.
    expect(lines.join('\n')).toContain('--api-key <key>')
    expect(lines.filter((line) => /--api-key (?!<key>)/.test(line))).toEqual([])
    // The stand-in echoes its arguments as vLLM does; that line is there, with the key replaced.
    expect(lines.some((line) => line.includes('args: serve'))).toBe(true)
    expect((await client.engines.vllm.metrics())).toMatchObject({ kvCacheUsage: 0.05, running: 0 })

    const endpoint = await client.engines.vllmEndpoint()
    expect(endpoint).toMatchObject({ kind: 'vllm', name: 'vllm' })
    await client.engines.assign({ role: 'teacher', endpointId: endpoint.id, model: 'qwen3-8b', adapter: null })
    const parts = []
    for await (const part of await client.engines.tryChat({ target: { role: 'teacher' }, prompt: 'hello', maxTokens: 5 })) parts.push(part)
    expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'length' })

    const stopped = await client.engines.vllm.stop()
    expect(stopped.state).toBe('idle')
    const after = []
    for await (const part of await client.engines.tryChat({ target: { role: 'teacher' }, prompt: 'hello', maxTokens: 5 })) after.push(part)
    expect(after.at(-1)).toMatchObject({ type: 'finish', reason: 'error', error: expect.stringContaining('vLLM is not running') })
  })

  it('an out-of-memory start is explained in plain words, with the fix, in the status', async () => {
    const { client } = setUp()
    await saveStandIn(client)
    process.env.STAND_IN_FAIL = 'oom'
    await client.engines.vllm.start()
    await expect.poll(async () => (await client.engines.vllm.status()).state, { timeout: 20_000 }).toBe('crashed')
    const status = await client.engines.vllm.status()
    expect(status.cause).toMatchObject({ code: 'GPU_MEMORY', line: expect.stringContaining('out of memory') })
    expect(status.restarts).toBe(0)
  })

  it('killed mid-answer to a student: the app keeps running, the partial reply is kept as interrupted with the cause, and vLLM restarts', async () => {
    const { client, dataDir } = setUp()
    await saveStandIn(client)
    process.env.STAND_IN_FAIL = 'die-mid-stream'
    process.env.STAND_IN_ONCE = join(dataDir, 'stand-in-crashed-once')
    await client.engines.vllm.start()
    await expect.poll(async () => (await client.engines.vllm.status()).state, { timeout: 30_000 }).toBe('ready')
    const endpoint = await client.engines.vllmEndpoint()
    await client.engines.assign({ role: 'patient', endpointId: endpoint.id, model: 'qwen3-8b', adapter: null, sampling: { maxTokens: 200 } })

    const { sessionId } = await client.patient.start({ packId: 'starter', caseId: 'acute-coronary-syndrome', language: 'zh' })
    const parts = []
    for await (const part of await client.patient.ask({ sessionId, text: '您哪里不舒服？' })) parts.push(part)
    expect(existsSync(process.env.STAND_IN_ONCE)).toBe(true)
    expect(parts.at(-1)).toMatchObject({ type: 'error', code: 'ENGINE_FAILED', message: expect.stringContaining('Your question is saved') })

    const view = await client.patient.session({ sessionId })
    expect(view.messages.map((message) => [message.role, message.status])).toEqual([
      ['student', 'complete'],
      ['patient', 'interrupted']
    ])
    expect(view.messages[1]).toMatchObject({ engine: 'vllm:vllm', model: 'qwen3-8b' })

    // The supervisor says why and starts it again; the same session then gets a whole answer.
    await expect.poll(async () => { const now = await client.engines.vllm.status(); return `${now.state} after ${now.restarts}` }, { timeout: 30_000 }).toBe('ready after 1')
    const status = await client.engines.vllm.status()
    expect(status).toMatchObject({ restarts: 1, lastCrash: { code: 'EXITED' } })
    expect(readFileSync(status.logFile, 'utf8')).toContain('simulated crash mid-stream')
    const again = []
    for await (const part of await client.patient.ask({ sessionId, text: '疼了多久了？' })) again.push(part)
    expect(again.at(-1)).toMatchObject({ type: 'done', message: { role: 'patient', status: 'complete' } })
  })
})
