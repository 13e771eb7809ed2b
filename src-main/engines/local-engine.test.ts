import { copyFile, open } from 'node:fs/promises'
import { join } from 'node:path'
import OpenAI from 'openai'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createInProcessClient } from '../api/in-process-client'
import { completeJson } from './collect'
import { judgeModelFromRoles } from './role-models'
import type { TryPart } from '../contract/engines'
import { createCore, type Core } from '../core/create-core'
import { useTempDirs } from '../test-support/temp-dir'
import { tinyModels } from '../test-support/tiny-models'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose()
})

async function setUp() {
  const core = createCore({ dataDir: tempDir(), logLevel: 'warn' }, { gpu: false })
  cores.push(core)
  const client = createInProcessClient({ core, door: 'cli', actor: 'test' })
  const tiny = await tinyModels()
  const model = await client.engines.importModel({ path: tiny.model })
  const adapter = await client.engines.importModel({ path: tiny.adapters[0]!.path })
  return { core, client, tiny, modelId: model.id, adapterId: adapter.id }
}

async function drain(parts: AsyncIterable<TryPart>): Promise<TryPart[]> {
  const seen: TryPart[] = []
  for await (const part of parts) seen.push(part)
  return seen
}

describe('Models & engines through the API', () => {
  it('imports a model and an adapter, starts the local engine, and answers the try-it chat with timing', async () => {
    const { client, modelId, adapterId } = await setUp()
    const library = await client.engines.library()
    expect(library.entries.map((entry) => [entry.id, entry.summary?.kind])).toEqual(expect.arrayContaining([[modelId, 'model'], [adapterId, 'adapter']]))

    const states: string[] = []
    const watching = (async () => {
      for await (const status of await client.engines.watch()) {
        states.push(status.state)
        if (status.state === 'ready') break
      }
    })()
    const status = await client.engines.start({ model: modelId, adapters: [adapterId], threads: 1, contextSize: 1024, sequences: 2 })
    await watching
    expect(states).toEqual(expect.arrayContaining(['starting', 'ready']))
    expect(status).toMatchObject({ state: 'ready', kind: 'llama-cpp', adapters: [adapterId.replace('.gguf', '')], threads: 1, error: null })
    expect(status.api?.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:/)

    const parts = await drain(await client.engines.tryChat({ target: { model: status.model!, adapter: null }, prompt: '你好', maxTokens: 6 }))
    expect(parts.filter((part) => part.type === 'text-delta').length).toBeGreaterThan(0)
    expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'length', timing: { outputTokens: 6 } })
  })

  it('a role assigned to the local engine runs on its adapter, in the try-it chat and as a model name of the local API', async () => {
    const { client, modelId, adapterId } = await setUp()
    const status = await client.engines.start({ model: modelId, adapters: [adapterId], threads: 1, contextSize: 1024 })
    const local = await client.engines.localEndpoint()
    expect(local).toMatchObject({ name: 'local', kind: 'llama-cpp' })
    const adapter = adapterId.replace('.gguf', '')
    await client.engines.assign({ role: 'extractor', endpointId: local.id, model: status.model!, adapter, sampling: { temperature: 0, maxTokens: 8 } })
    const viaRole = await drain(await client.engines.tryChat({ target: { role: 'extractor' }, prompt: 'fever', maxTokens: 8 }))
    const viaAdapter = await drain(await client.engines.tryChat({ target: { model: status.model!, adapter }, prompt: 'fever', maxTokens: 8 }))
    const text = (parts: TryPart[]) => parts.flatMap((part) => (part.type === 'text-delta' ? [part.text] : [])).join('')
    expect(text(viaAdapter).length).toBeGreaterThan(0)

    const api = new OpenAI({ baseURL: status.api!.baseUrl, apiKey: status.api!.apiKey, maxRetries: 0 })
    expect((await api.models.list()).data.map((model) => model.id)).toContain('extractor')
    const completion = await api.chat.completions.create({ model: 'extractor', messages: [{ role: 'user', content: 'fever' }] })
    expect(completion.usage?.completion_tokens).toBe(8)
    // temperature 0 from the role's sampling in both paths
    expect(completion.choices[0]?.message.content).toBe(text(viaRole))
  })

  it('the judge and the extractor run on the local engine with their JSON schema enforced (grammar) and checked again on arrival', async () => {
    const { core, client, modelId, adapterId } = await setUp()
    const status = await client.engines.start({ model: modelId, adapters: [adapterId], threads: 1, contextSize: 1024 })
    const local = await client.engines.localEndpoint()
    await client.engines.assign({ role: 'judge', endpointId: local.id, model: status.model!, adapter: null, sampling: { maxTokens: 96 } })
    await client.engines.assign({ role: 'extractor', endpointId: local.id, model: status.model!, adapter: adapterId.replace('.gguf', ''), sampling: { maxTokens: 96 } })

    // The random-weight model knows nothing; only the grammar can make its output fit the schema.
    const verdict = z.object({ verdict: z.enum(['pass', 'fail']), score: z.number().int() })
    const judge = judgeModelFromRoles(core.roles)()!
    expect(judge.info).toMatchObject({ engine: 'llama-cpp:local', model: status.model })
    const judged = await judge.completeJson([{ role: 'user', content: 'Grade this history.' }], { jsonSchema: z.toJSONSchema(verdict) as Record<string, unknown>, temperature: 0 })
    expect(verdict.safeParse(JSON.parse(judged.text)).success).toBe(true)

    const extractor = core.roles.resolve('extractor')!
    expect(extractor.sampling.temperature).toBe(0)
    const facts = z.object({ allergies: z.array(z.enum(['penicillin', 'aspirin', 'latex'])).max(3), nothingToExtract: z.boolean() })
    const { value } = await completeJson(extractor.engine, extractor.model, { messages: [{ role: 'user', content: 'No known allergies.' }], sampling: extractor.sampling }, facts, 'facts')
    expect(facts.safeParse(value).success).toBe(true)
  })

  it('stopping mid-answer ends the answer with the cause and leaves the app working; a role on a stopped engine says so', async () => {
    const { client, modelId } = await setUp()
    const status = await client.engines.start({ model: modelId, threads: 1, contextSize: 1024 })
    const stream = await client.engines.tryChat({ target: { model: status.model!, adapter: null }, prompt: 'Tell me everything.', maxTokens: 3000 })
    const parts: TryPart[] = []
    let stopping: Promise<unknown> | null = null
    for await (const part of stream) {
      parts.push(part)
      if (parts.length === 3) stopping = client.engines.stop()
    }
    await stopping
    expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'error', error: expect.stringMatching(/stopped while answering/) })
    expect((await client.engines.status()).state).toBe('idle')
    expect((await client.system.health()).version).toBeTruthy()

    const local = await client.engines.localEndpoint()
    await client.engines.assign({ role: 'patient', endpointId: local.id, model: status.model!, adapter: null })
    const refused = await drain(await client.engines.tryChat({ target: { role: 'patient' }, prompt: 'hello', maxTokens: 4 }))
    expect(refused.at(-1)).toMatchObject({ type: 'finish', reason: 'error', error: expect.stringMatching(/not running/) })
  })

  it('a truncated model fails to start with the reason in the status; deleting a loaded model is refused', async () => {
    const { core, client, modelId, tiny } = await setUp()
    const cut = join(core.models.dir, 'cut.gguf')
    await copyFile(tiny.model, cut)
    const handle = await open(cut, 'r+')
    await handle.truncate(5_000_000)
    await handle.close()
    const listed = (await client.engines.library()).entries.find((entry) => entry.id === 'cut.gguf')
    expect(listed?.problem).toMatch(/cut\.gguf/)
    await expect(client.engines.start({ model: 'cut.gguf', threads: 1 })).rejects.toMatchObject({ code: 'MODEL_FILE_INVALID' })
    expect(await client.engines.status()).toMatchObject({ state: 'crashed', error: { code: 'MODEL_FILE_INVALID' } })

    await client.engines.start({ model: modelId, threads: 1, contextSize: 1024 })
    await expect(client.engines.deleteModel({ id: modelId })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await client.engines.deleteModel({ id: 'cut.gguf' })).toEqual({ deleted: true })
    await expect(client.engines.start({ model: '../escape.gguf' })).rejects.toThrow(/a \.gguf file name in the models folder/)
  })

  it('refuses to import a file that is not a GGUF, naming it, and the library is unchanged', async () => {
    const { client } = await setUp()
    const before = (await client.engines.library()).entries.length
    await expect(client.engines.importModel({ path: join(tempDir(), 'missing.gguf') })).rejects.toMatchObject({ code: 'MODEL_FILE_MISSING' })
    expect((await client.engines.library()).entries.length).toBe(before)
  })

  it('reports hardware with a recommendation for every Qwen3 size', async () => {
    const { client } = await setUp()
    const hardware = await client.engines.hardware()
    expect(hardware.logicalCores).toBeGreaterThan(0)
    expect(hardware.recommendations.length).toBeGreaterThanOrEqual(5)
    expect(hardware.recommendations.some((row) => row.fits !== 'no')).toBe(true)
    expect(hardware.vllmAdvice).toMatch(/vLLM/)
  })
})
