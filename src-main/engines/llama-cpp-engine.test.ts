import { copyFile, open, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { useTempDirs } from '../test-support/temp-dir'
import { tinyModels } from '../test-support/tiny-models'
import type { TinySet } from '../models/tiny-set'
import { collect, completeJson } from './collect'
import type { ChatPart } from './engine-types'
import { LlamaCppEngine } from './llama-cpp-engine'

const tempDir = useTempDirs()
let tiny: TinySet
let engine: LlamaCppEngine

beforeAll(async () => {
  tiny = await tinyModels()
  engine = await LlamaCppEngine.load({ modelPath: tiny.model, adapters: tiny.adapters, gpu: false, threads: 1, contextSize: 1024, sequences: 2, maxWaiting: 1 })
}, 60_000)

afterAll(async () => {
  await engine?.dispose()
})

const hello = [{ role: 'user' as const, content: '你好，医生。I have had chest pain since this morning.' }]

describe('LlamaCppEngine on the generated tiny model', () => {
  it('loads with threads clamped to the math cores and serves the model and its adapters by name', async () => {
    expect(engine.info.threads).toBe(1)
    expect(engine.info.summary).toMatchObject({ architecture: 'llama', kind: 'model', contextLength: 2048 })
    expect(await engine.models()).toEqual([engine.info.name, 'persona-a', 'persona-b'])
  })

  it('streams text deltas, reports usage and timing, and stops at maxTokens with reason length', async () => {
    const parts: ChatPart[] = []
    for await (const part of engine.chat({ model: engine.info.name }, { messages: hello, sampling: { maxTokens: 12, temperature: 0.8, seed: 1 } })) parts.push(part)
    const deltas = parts.filter((part) => part.type === 'text-delta')
    expect(deltas.length).toBeGreaterThan(1)
    const usage = parts.find((part) => part.type === 'usage')
    expect(usage).toMatchObject({ outputTokens: 12 })
    expect(usage && usage.type === 'usage' ? usage.inputTokens : 0).toBeGreaterThan(10)
    const finish = parts.at(-1)
    expect(finish?.type).toBe('finish')
    if (finish?.type !== 'finish') return
    expect(finish.reason).toBe('length')
    expect(finish.timing.outputTokens).toBe(12)
    expect(finish.timing.ttftMs).toBeGreaterThan(0)
    expect(finish.timing.tokensPerSecond).toBeGreaterThan(0)
    expect(finish.timing.totalMs).toBeGreaterThanOrEqual(finish.timing.ttftMs!)
  })

  it('stops generating promptly when the signal aborts, ending with reason aborted', async () => {
    const controller = new AbortController()
    let seen = 0
    let finish: ChatPart | undefined
    for await (const part of engine.chat({ model: engine.info.name }, { messages: hello, sampling: { maxTokens: 800, temperature: 1, seed: 2 }, signal: controller.signal })) {
      if (part.type === 'text-delta' && ++seen === 3) controller.abort()
      if (part.type === 'finish') finish = part
    }
    expect(finish).toMatchObject({ type: 'finish', reason: 'aborted' })
    // It stopped within a few tokens of the abort, far from the 800 allowed.
    expect(finish?.type === 'finish' ? finish.timing.outputTokens : 999).toBeLessThan(20)
  })

  it('a consumer that stops reading stops the generation and frees its sequence', async () => {
    for (let round = 0; round < 3; round++) {
      for await (const part of engine.chat({ model: engine.info.name }, { messages: hello, sampling: { maxTokens: 500, temperature: 1 } })) {
        if (part.type === 'text-delta') break
      }
    }
    expect(engine.load()).toEqual({ running: 0, waiting: 0 })
  })

  it('constrains output to a JSON schema with a grammar; the result parses and validates', async () => {
    const schema = z.object({ urgent: z.boolean(), triage: z.enum(['red', 'yellow', 'green']), note: z.string().max(12) })
    const { value } = await completeJson(engine, { model: engine.info.name }, { messages: hello, sampling: { maxTokens: 80, temperature: 0.7, seed: 3 } }, schema, 'triage')
    expect(['red', 'yellow', 'green']).toContain(value.triage)
    expect(value.note.length).toBeLessThanOrEqual(12)
  })

  it('two adapters on one loaded model give different outputs for the same prompt', async () => {
    const request = { messages: hello, sampling: { maxTokens: 16, temperature: 0 } }
    const base = await collect(engine.chat({ model: engine.info.name }, request))
    const a = await collect(engine.chat({ model: engine.info.name, adapter: 'persona-a' }, request))
    const b = await collect(engine.chat({ model: 'persona-b' }, request))
    const againA = await collect(engine.chat({ model: engine.info.name, adapter: 'persona-a' }, request))
    expect(a.text).not.toBe(b.text)
    expect(a.text).not.toBe(base.text)
    expect(againA.text).toBe(a.text)
  })

  it('runs concurrent chats in one context and refuses callers beyond the queue (back-pressure)', async () => {
    const request = { messages: hello, sampling: { maxTokens: 30, temperature: 1 } }
    // 2 sequences + 1 waiting are accepted; the 4th is refused at once.
    const results = await Promise.all([0, 1, 2, 3].map(() => collect(engine.chat({ model: engine.info.name }, request))))
    const reasons = results.map((result) => result.reason).sort()
    expect(reasons).toEqual(['error', 'length', 'length', 'length'])
    expect(results.find((result) => result.reason === 'error')?.error).toMatch(/waiting/)
    expect(engine.load()).toEqual({ running: 0, waiting: 0 })
  })

  it('an unknown model or adapter name ends the stream with an error naming what is served', async () => {
    const result = await collect(engine.chat({ model: engine.info.name, adapter: 'nope' }, { messages: hello, sampling: { maxTokens: 4 } }))
    expect(result.reason).toBe('error')
    expect(result.error).toMatch(/persona-a/)
  })

  it('computes embeddings of the model width, the same for the same text', async () => {
    const [first, second, again] = await engine.embed({ model: engine.info.name }, ['胸痛 chest pain', 'abdominal pain', '胸痛 chest pain'])
    expect(first).toHaveLength(64)
    expect(again).toEqual(first)
    expect(second).not.toEqual(first)
  })
})

describe('LlamaCppEngine refuses bad files clearly', () => {
  it('a missing file', async () => {
    await expect(LlamaCppEngine.load({ modelPath: join(tempDir(), 'gone.gguf'), gpu: false, threads: 1 })).rejects.toMatchObject({ code: 'MODEL_FILE_MISSING' })
  })

  it('a file that is not GGUF', async () => {
    const file = join(tempDir(), 'notes.gguf')
    await writeFile(file, 'this is not a model\n'.repeat(100))
    await expect(LlamaCppEngine.load({ modelPath: file, gpu: false, threads: 1 })).rejects.toMatchObject({ code: 'MODEL_FILE_INVALID', message: /notes\.gguf.*header/ })
  })

  it('a truncated download', async () => {
    const file = join(tempDir(), 'cut.gguf')
    await copyFile(tiny.model, file)
    const handle = await open(file, 'r+')
    await handle.truncate(10_000_000)
    await handle.close()
    await expect(LlamaCppEngine.load({ modelPath: file, gpu: false, threads: 1 })).rejects.toMatchObject({ code: 'MODEL_FILE_INVALID' })
  })

  it('an adapter made for another architecture, leaving the loaded engine working', async () => {
    await expect(LlamaCppEngine.load({ modelPath: tiny.model, adapters: [{ name: 'other', path: tiny.foreignAdapter }], gpu: false, threads: 1 })).rejects.toMatchObject({ code: 'ADAPTER_MISMATCH', message: /qwen2.*llama/ })
    const still = await collect(engine.chat({ model: engine.info.name }, { messages: hello, sampling: { maxTokens: 3 } }))
    expect(still.reason).toBe('length')
  })

  it('a model file given as an adapter, and an adapter given as a model', async () => {
    await expect(LlamaCppEngine.load({ modelPath: tiny.adapters[0]!.path, gpu: false, threads: 1 })).rejects.toMatchObject({ code: 'MODEL_FILE_INVALID', message: /adapter, not a model/ })
    await expect(LlamaCppEngine.load({ modelPath: tiny.model, adapters: [{ name: 'x', path: tiny.model }], gpu: false, threads: 1 })).rejects.toMatchObject({ code: 'MODEL_FILE_INVALID', message: /not a LoRA adapter/ })
  })
})
