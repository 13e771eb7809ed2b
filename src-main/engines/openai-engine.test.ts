import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { startOpenAiStandIn } from '../test-support/openai-stand-in'
import { collect, completeJson } from './collect'
import type { ChatPart } from './engine-types'
import { OpenAiEngine } from './openai-engine'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

async function engineFor(options: Parameters<typeof startOpenAiStandIn>[0]) {
  const stand = await startOpenAiStandIn(options)
  close = stand.close
  return { stand, engine: new OpenAiEngine({ baseUrl: stand.baseUrl, apiKey: 'sk-test' }) }
}

describe('the OpenAI-compatible engine', () => {
  it('streams text and reasoning as named parts, ends with one finish, and records timings', async () => {
    const { stand, engine } = await engineFor({ pieces: ['胸口', '疼了', '两个小时。'], reasoning: ['想一想'], delayMs: 5 })
    const parts: ChatPart[] = []
    for await (const part of engine.chat({ model: 'qwen3-0.6b', adapter: 'patient-lora' }, { messages: [{ role: 'user', content: '哪里不舒服？' }], sampling: { temperature: 0.7, maxTokens: 64 }, thinking: false })) parts.push(part)
    expect(parts.filter((part) => part.type === 'text-delta').map((part) => part.text).join('')).toBe('胸口疼了两个小时。')
    expect(parts.find((part) => part.type === 'reasoning-delta')).toEqual({ type: 'reasoning-delta', text: '想一想' })
    expect(parts.find((part) => part.type === 'usage')).toEqual({ type: 'usage', inputTokens: 12, outputTokens: 4 })
    const finish = parts.at(-1)
    expect(finish?.type).toBe('finish')
    if (finish?.type !== 'finish') return
    expect(finish.reason).toBe('stop')
    expect(finish.timing.outputTokens).toBe(4)
    expect(finish.timing.ttftMs).toBeGreaterThan(0)
    expect(finish.timing.tokensPerSecond).toBeGreaterThan(0)
    expect(finish.timing.totalMs).toBeGreaterThanOrEqual(finish.timing.ttftMs!)
    // The adapter is asked for by its served name; sampling and the thinking switch travel in the body.
    expect(stand.requests[0]).toMatchObject({ model: 'patient-lora', temperature: 0.7, max_tokens: 64, stream: true, chat_template_kwargs: { enable_thinking: false }, auth: 'Bearer sk-test' })
  })

  it('stops promptly when aborted and says so in the finish part', async () => {
    const { stand, engine } = await engineFor({ pieces: Array.from({ length: 200 }, (_, index) => `${index} `), delayMs: 20 })
    const controller = new AbortController()
    const parts: ChatPart[] = []
    const started = performance.now()
    for await (const part of engine.chat({ model: 'qwen3-0.6b' }, { messages: [{ role: 'user', content: 'count' }], signal: controller.signal })) {
      parts.push(part)
      if (parts.length === 3) controller.abort()
    }
    expect(performance.now() - started).toBeLessThan(2000)
    expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'aborted' })
    expect(parts.filter((part) => part.type === 'text-delta').length).toBeLessThan(10)
    await expect.poll(() => stand.closedEarly()).toBe(true)
  })

  it('reports a length stop and a server error as finish reasons, not exceptions', async () => {
    const cut = await engineFor({ pieces: ['half'], finishReason: 'length' })
    expect((await collect(cut.engine.chat({ model: 'm' }, { messages: [{ role: 'user', content: 'x' }] }))).reason).toBe('length')
    await close?.()
    const failing = await engineFor({ pieces: [], failWith: { status: 500, message: 'CUDA out of memory' } })
    const result = await collect(failing.engine.chat({ model: 'm' }, { messages: [{ role: 'user', content: 'x' }] }))
    expect(result).toMatchObject({ reason: 'error', error: expect.stringContaining('CUDA out of memory') })
  })

  it('asks for JSON-schema output and validates what arrives with zod', async () => {
    const schema = z.object({ intent: z.enum(['chat', 'medical', 'out-of-scope']), confidence: z.number().min(0).max(1) })
    const good = await engineFor({ pieces: ['{"intent": "medical", ', '"confidence": 0.9}'] })
    const { value, timing } = await completeJson(good.engine, { model: 'm' }, { messages: [{ role: 'user', content: '胸痛怎么办' }], sampling: { temperature: 0 } }, schema, 'intent')
    expect(value).toEqual({ intent: 'medical', confidence: 0.9 })
    expect(timing.outputTokens).toBe(2)
    expect(good.stand.requests[0]).toMatchObject({ temperature: 0, response_format: { type: 'json_schema', json_schema: { name: 'intent', strict: true, schema: expect.objectContaining({ type: 'object', required: ['intent', 'confidence'] }) } } })
    await close?.()
    const bad = await engineFor({ pieces: ['{"intent": "gossip", "confidence": 3}'] })
    await expect(completeJson(bad.engine, { model: 'm' }, { messages: [{ role: 'user', content: 'x' }] }, schema, 'intent')).rejects.toMatchObject({ code: 'STRUCTURED_OUTPUT_INVALID', message: expect.stringContaining('intent') })
  })

  it('lists models and embeds in input order', async () => {
    const { engine } = await engineFor({ pieces: [] })
    expect(await engine.models()).toEqual(['qwen3-0.6b', 'patient-lora'])
    expect(await engine.embed({ model: 'bge' }, ['a', 'bbb'])).toEqual([
      [1, 0, 1],
      [3, 1, 1]
    ])
  })
})
