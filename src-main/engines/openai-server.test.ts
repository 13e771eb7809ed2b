import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { tinyModels } from '../test-support/tiny-models'
import { collect } from './collect'
import type { ChatPart, InferenceEngine } from './engine-types'
import { LlamaCppEngine } from './llama-cpp-engine'
import { OpenAiEngine } from './openai-engine'
import { OpenAiServer, type ModelResolver } from './openai-server'

let engine: LlamaCppEngine
let server: OpenAiServer
let client: OpenAI
const watchedFinishes: ChatPart[] = []

beforeAll(async () => {
  const tiny = await tinyModels()
  engine = await LlamaCppEngine.load({ modelPath: tiny.model, name: 'tiny', adapters: tiny.adapters, gpu: false, threads: 1, contextSize: 1024, sequences: 2 })
  // Roles are model names too: "extractor" runs on persona-a at temperature 0.
  const resolver: ModelResolver = {
    async names() {
      return [{ id: 'tiny', ownedBy: 'cliniclab' }, ...engine.info.adapters.map((id) => ({ id, ownedBy: 'cliniclab', parent: 'tiny' })), { id: 'extractor', ownedBy: 'cliniclab-role' }]
    },
    async resolve(name) {
      if (name === 'watched') {
        // The same engine, recording how each answer ended.
        const watched: InferenceEngine = {
          kind: engine.kind,
          models: () => engine.models(),
          embed: (ref, texts) => engine.embed(ref, texts),
          async *chat(ref, request) {
            for await (const part of engine.chat(ref, request)) {
              if (part.type === 'finish') watchedFinishes.push(part)
              yield part
            }
          }
        }
        return { engine: watched, ref: { model: 'tiny' }, sampling: {} }
      }
      if (name === 'extractor') return { engine, ref: { model: 'tiny', adapter: 'persona-a' }, sampling: { temperature: 0, maxTokens: 64 } }
      return (await engine.models()).includes(name) ? { engine, ref: { model: name }, sampling: {} } : null
    }
  }
  server = new OpenAiServer({ resolver })
  await server.listen()
  client = new OpenAI({ baseURL: server.baseUrl, apiKey: server.apiKey, maxRetries: 0 })
}, 60_000)

afterAll(async () => {
  await server?.close()
  await engine?.dispose()
})

const messages = [{ role: 'user' as const, content: '我头痛三天了 — headache for three days.' }]

describe('the local OpenAI-compatible API, used by the official openai client unchanged', () => {
  it('listens on loopback only and lists models, adapters (with parent) and roles', async () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/)
    const models = await client.models.list()
    const ids = models.data.map((model) => model.id)
    expect(ids).toEqual(['tiny', 'persona-a', 'persona-b', 'extractor'])
    expect(models.data[1]).toMatchObject({ parent: 'tiny' })
  })

  it('answers a non-streamed chat with usage and a finish reason', async () => {
    const completion = await client.chat.completions.create({ model: 'tiny', messages, max_tokens: 8, temperature: 0.5, seed: 4 })
    expect(completion.choices[0]?.finish_reason).toBe('length')
    expect(completion.choices[0]?.message.content?.length).toBeGreaterThan(0)
    expect(completion.usage?.completion_tokens).toBe(8)
  })

  it('streams chunks over SSE and reports usage when asked', async () => {
    const stream = await client.chat.completions.create({ model: 'persona-b', messages, max_tokens: 10, stream: true, stream_options: { include_usage: true } })
    let deltas = 0
    let finish: string | null = null
    let completionTokens = 0
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content) deltas++
      finish = chunk.choices[0]?.finish_reason ?? finish
      completionTokens = chunk.usage?.completion_tokens ?? completionTokens
    }
    expect(deltas).toBeGreaterThan(1)
    expect(finish).toBe('length')
    expect(completionTokens).toBe(10)
  })

  it('honours response_format json_schema', async () => {
    const schema = { type: 'object', properties: { severity: { type: 'string', enum: ['mild', 'severe'] }, recurrent: { type: 'boolean' } }, required: ['severity', 'recurrent'], additionalProperties: false }
    const completion = await client.chat.completions.create({ model: 'tiny', messages, max_tokens: 40, temperature: 0.8, response_format: { type: 'json_schema', json_schema: { name: 'headache', schema } } })
    const parsed = z.object({ severity: z.enum(['mild', 'severe']), recurrent: z.boolean() }).parse(JSON.parse(completion.choices[0]!.message.content!))
    expect(['mild', 'severe']).toContain(parsed.severity)
  })

  it('a role name runs on its adapter with its sampling, exactly as asking for the adapter at those settings', async () => {
    const viaRole = await client.chat.completions.create({ model: 'extractor', messages, max_tokens: 12 })
    const viaAdapter = await client.chat.completions.create({ model: 'persona-a', messages, max_tokens: 12, temperature: 0 })
    const viaOther = await client.chat.completions.create({ model: 'persona-b', messages, max_tokens: 12, temperature: 0 })
    expect(viaRole.choices[0]?.message.content).toBe(viaAdapter.choices[0]?.message.content)
    expect(viaRole.choices[0]?.message.content).not.toBe(viaOther.choices[0]?.message.content)
  })

  it('computes embeddings in input order', async () => {
    const response = await client.embeddings.create({ model: 'tiny', input: ['fever', 'cough'] })
    expect(response.data.map((entry) => entry.index)).toEqual([0, 1])
    expect(response.data[0]?.embedding).toHaveLength(64)
  })

  it('refuses a wrong key, an unknown model and a malformed body with OpenAI-style errors', async () => {
    const stranger = new OpenAI({ baseURL: server.baseUrl, apiKey: 'sk-wrong', maxRetries: 0 })
    await expect(stranger.models.list()).rejects.toMatchObject({ status: 401 })
    await expect(client.chat.completions.create({ model: 'gpt-4o', messages })).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/persona-a/) })
    await expect(client.chat.completions.create({ model: 'tiny', messages: [] })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/messages/) })
  })

  it('stops generating when the client goes away mid-stream', async () => {
    const controller = new AbortController()
    const stream = await client.chat.completions.create({ model: 'watched', messages, max_tokens: 1500, temperature: 1, stream: true }, { signal: controller.signal })
    let seen = 0
    try {
      for await (const chunk of stream) if (chunk.choices[0]?.delta.content && ++seen === 3) controller.abort()
    } catch {
      // The client reports its own abort; what matters is the server side below.
    }
    expect(seen).toBe(3)
    await expect.poll(() => watchedFinishes.length, { timeout: 5_000 }).toBe(1)
    expect(watchedFinishes[0]).toMatchObject({ reason: 'aborted' })
    expect(watchedFinishes[0]?.type === 'finish' ? watchedFinishes[0].timing.outputTokens : 1500).toBeLessThan(200)
    expect(engine.load().running).toBe(0)
  })

  it('ClinicLab’s own OpenAI engine runs through it like any endpoint (the path bench engine measures)', async () => {
    const remote = new OpenAiEngine({ baseUrl: server.baseUrl, apiKey: server.apiKey })
    const direct = await collect(engine.chat({ model: 'tiny', adapter: 'persona-a' }, { messages, sampling: { maxTokens: 10, temperature: 0 } }))
    const viaHttp = await collect(remote.chat({ model: 'tiny', adapter: 'persona-a' }, { messages, sampling: { maxTokens: 10, temperature: 0 } }))
    expect(viaHttp.text).toBe(direct.text)
    expect(viaHttp.timing.outputTokens).toBe(10)
    expect(viaHttp.timing.ttftMs).toBeGreaterThan(0)
  })
})
