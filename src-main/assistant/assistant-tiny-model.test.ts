import { afterEach, describe, expect, it } from 'vitest'
import { createInProcessClient } from '../api/in-process-client'
import type { AssistantEvent } from '../contract/assistant'
import { createCore, type Core } from '../core/create-core'
import { useTempDirs } from '../test-support/temp-dir'
import { tinyModels } from '../test-support/tiny-models'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose()
})

describe('the whole assistant pipeline on the tiny GGUF model', () => {
  it('routes, retrieves, drafts (streamed), checks, critiques and saves the answer, with every role on the local engine', async () => {
    const dir = tempDir()
    const core = createCore({ dataDir: dir, logLevel: 'warn' }, { gpu: false })
    cores.push(core)
    const client = createInProcessClient({ core, door: 'cli', actor: 'test' })
    const tiny = await tinyModels()
    const model = await client.engines.importModel({ path: tiny.model })
    const status = await client.engines.start({ model: model.id, adapters: [], threads: 1, contextSize: 2048, sequences: 2 })
    const local = await client.engines.localEndpoint()
    // Random weights: short replies, so the test is about mechanics, never wording.
    for (const role of ['assistant', 'extractor', 'critic'] as const) await client.engines.assign({ role, endpointId: local.id, model: status.model!, adapter: null, sampling: { maxTokens: 40 } })

    const collection = await client.knowledge.createCollection({ name: 'Notes' })
    const note = '# 急性冠脉综合征\n\n## 首要检查\n首次医疗接触后十分钟内完成十二导联心电图。尽早检测高敏肌钙蛋白。'
    await client.knowledge.addDocument({ collectionId: collection.id, file: new File([note], 'acs.md') })
    await core.knowledge.idle()

    const conversation = await client.assistant.create({})
    const events: AssistantEvent[] = []
    for await (const event of await client.assistant.ask({ conversationId: conversation.id, text: '胸痛应该先做什么检查？' })) events.push(event)
    const types = events.map((event) => event.type)
    expect(types.slice(0, 4)).toEqual(['user', 'route', 'queries', 'passages'])
    expect(types.at(-1)).toBe('done')
    expect(types).toContain('delta')
    expect(types).toContain('step')
    const done = events.at(-1) as Extract<AssistantEvent, { type: 'done' }>
    expect(['answer', 'not-covered']).toContain(done.message.mode)
    expect(done.message.citations?.[0]?.documentName).toBe('acs.md')
    expect(done.message.trace?.steps.length).toBeGreaterThanOrEqual(1)
    expect(done.message.trace?.steps[0]?.critique).not.toBeNull()
    expect(done.message.tokens).toBeGreaterThan(0)
    await core.assistant.settled()
    const saved = await client.assistant.get({ id: conversation.id })
    expect(saved.messages.map((message) => [message.role, message.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete']
    ])
  }, 120_000)
})
