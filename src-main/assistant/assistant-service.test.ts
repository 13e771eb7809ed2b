import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AssistantEvent } from '../contract/assistant'
import type { ChatRequest, RoleName } from '../engines/engine-types'
import { EmbedderHost } from '../knowledge/embedders/embedder-host'
import { KnowledgeService } from '../knowledge/knowledge-service'
import { Store } from '../store/store'
import { scriptedRoles, ScriptedEngine, type ScriptedReply } from '../test-support/scripted-engine'
import { silentLogger } from '../test-support/silent-logger'
import { useTempDirs } from '../test-support/temp-dir'
import { AssistantService } from './assistant-service'

const tempDir = useTempDirs()
const open: { dispose(): Promise<void> }[] = []
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.dispose()
})

const notes = {
  'acs.md': '# 急性冠脉综合征\n\n## 首要检查\n首次医疗接触后十分钟内完成十二导联心电图。尽早检测高敏肌钙蛋白。\n\n## 初始处理\n无禁忌时嚼服阿司匹林。',
  'appendicitis.md': '# 急性阑尾炎\n\n## 初始处理\n确诊后尽早行阑尾切除术。术前静脉使用抗生素，常用头孢类联合甲硝唑。'
}

async function assistantOn(engines: Partial<Record<RoleName, ScriptedEngine>>, options: { contextBudget?: number } = {}) {
  const dir = tempDir()
  const store = Store.open({ file: join(dir, 'db.sqlite'), backupDir: join(dir, 'backups'), logger: silentLogger, slowQueryMs: 1000 })
  open.push(store)
  const host = new EmbedderHost(store, { onnx: () => Promise.reject(new Error('unused')), gguf: () => Promise.reject(new Error('unused')), engine: () => { throw new Error('unused') } }, silentLogger)
  const knowledge = new KnowledgeService(store, host, silentLogger, { dir: join(dir, 'knowledge') })
  open.push(knowledge)
  const collection = knowledge.createCollection('Notes')
  for (const [name, text] of Object.entries(notes)) {
    writeFileSync(join(dir, name), text)
    await knowledge.addDocument(collection.id, join(dir, name))
  }
  await knowledge.idle()
  const assistant = new AssistantService(store, knowledge, scriptedRoles(engines), silentLogger, options)
  open.push({ dispose: () => assistant.settled() })
  return { assistant, store, conversation: assistant.create() }
}

async function ask(assistant: AssistantService, conversationId: string, text: string): Promise<AssistantEvent[]> {
  const events: AssistantEvent[] = []
  for await (const event of assistant.ask(conversationId, text)) events.push(event)
  return events
}

function last<T extends AssistantEvent['type']>(events: AssistantEvent[], type: T): Extract<AssistantEvent, { type: T }> {
  return events.filter((event): event is Extract<AssistantEvent, { type: T }> => event.type === type).at(-1)!
}

const promptOf = (request: ChatRequest) => request.messages.map((message) => message.content).join('\n')

/** The extractor's three jobs, told apart by their prompts. */
function extractor(entities: (prompt: string) => string = () => '{"entities": []}') {
  return new ScriptedEngine((request) => {
    const prompt = promptOf(request)
    if (prompt.includes('提取') || prompt.includes('Extract')) return entities(prompt)
    if (prompt.includes('改写') || prompt.includes('Rewrite')) return '{"queries": ["急性阑尾炎 抗生素 初始处理"]}'
    return '{"parts": [{"index": 0, "intent": "medical"}]}'
  })
}

describe('AssistantService', () => {
  it('with no model, answers with the top passages, cited and labelled evidence only, and keeps both messages', async () => {
    const { assistant, conversation } = await assistantOn({})
    const events = await ask(assistant, conversation.id, '胸痛时首先要做什么检查？')
    expect(events.map((event) => event.type)).toEqual(['user', 'route', 'queries', 'passages', 'done'])
    const done = last(events, 'done')
    expect(done.message).toMatchObject({ role: 'assistant', mode: 'evidence-only', status: 'complete' })
    expect(done.message.text).toMatch(/^仅证据——未加载模型。/)
    expect(done.message.text).toContain('心电图')
    expect(done.message.text).toMatch(/\[1\]/)
    expect(done.message.citations?.[0]).toMatchObject({ n: 1, documentName: 'acs.md' })
    const saved = assistant.get(conversation.id)
    expect(saved.messages.map((message) => message.role)).toEqual(['user', 'assistant'])
    expect(saved.conversation.title).toBe('胸痛时首先要做什么检查？')
  })

  it('with no model, says the knowledge base does not cover a question whose passages share only question words', async () => {
    const { assistant, conversation } = await assistantOn({})
    const done = last(await ask(assistant, conversation.id, '薛定谔方程是什么意思？'), 'done').message
    expect(done).toMatchObject({ mode: 'not-covered', citations: [] })
    expect(done.text).toContain('知识库未涵盖')
  })

  it('puts the urgent-care message first when the question has a red flag', async () => {
    const { assistant, conversation } = await assistantOn({})
    const events = await ask(assistant, conversation.id, '我胸口疼，一直出冷汗，怎么办？')
    expect(events[1]).toMatchObject({ type: 'escalation', flags: [{ id: 'chest-pain-sweating' }] })
    expect(last(events, 'done').message.text).toMatch(/^⚠️ 紧急提示：/)
    expect(last(events, 'done').message.trace?.redFlags.map((flag) => flag.id)).toEqual(['chest-pain-sweating'])
  })

  it('declines what is out of scope without searching', async () => {
    const { assistant, conversation } = await assistantOn({})
    const events = await ask(assistant, conversation.id, '今天北京天气怎么样？')
    expect(events.map((event) => event.type)).toEqual(['user', 'route', 'done'])
    expect(last(events, 'done').message).toMatchObject({ mode: 'declined', text: expect.stringContaining('超出了医学知识助手的范围') })
  })

  it('drafts, drops the unsupported sentence, has the critic find it, and refines until the critique passes', async () => {
    const drafts: ScriptedReply[] = ['阑尾炎确诊后应尽早行阑尾切除术[1]。所有患者都应先观察一周再手术[1]。', '确诊后尽早行阑尾切除术[1]。术前静脉使用抗生素[1]。']
    const assistantEngine = new ScriptedEngine((_request, call) => drafts[call] ?? '')
    const verdicts = ['{"pass": false, "issues": [{"kind": "missed-red-flag", "detail": "未提到术前抗生素"}]}', '{"pass": true, "issues": []}']
    const critic = new ScriptedEngine((_request, call) => verdicts[call] ?? '{"pass": true, "issues": []}')
    const { assistant, conversation } = await assistantOn({ assistant: assistantEngine, critic, extractor: extractor() })
    const events = await ask(assistant, conversation.id, '急性阑尾炎怎么处理？')
    const steps = events.filter((event) => event.type === 'step')
    expect(steps.map((event) => event.step.stage)).toEqual(['draft', 'refine'])
    expect(steps[0]!.step.check).toMatchObject({ removed: 1, supported: 1 })
    expect(steps[0]!.step.critique).toMatchObject({ pass: false, by: 'model' })
    expect(steps[1]!.step.critique).toMatchObject({ pass: true })
    // The refinement was told what the critic found and which sentence was removed.
    const refinePrompt = assistantEngine.prompts()[1]!
    expect(refinePrompt).toContain('未提到术前抗生素')
    expect(refinePrompt).toContain('所有患者都应先观察一周再手术')
    const done = last(events, 'done').message
    expect(done).toMatchObject({ mode: 'answer', text: '确诊后尽早行阑尾切除术[1]。术前静脉使用抗生素[1]。' })
    expect(done.trace?.queries).toContain('急性阑尾炎 抗生素 初始处理')
    expect(events.filter((event) => event.type === 'delta').map((event) => event.text).join('')).toBe(drafts.join(''))
  })

  it('says the knowledge base does not cover it when no cited sentence is supported', async () => {
    const assistantEngine = new ScriptedEngine(() => '建议服用维生素C预防阑尾炎[1]。')
    const { assistant, conversation } = await assistantOn({ assistant: assistantEngine }, {})
    const done = last(await ask(assistant, conversation.id, '阑尾炎能预防吗？'), 'done').message
    expect(done).toMatchObject({ mode: 'not-covered', text: expect.stringContaining('知识库未涵盖') })
  })

  it('extracts entity memory in the background (nothing for a message that states nothing), and the critique uses it', async () => {
    const ext = extractor((prompt) => (prompt.includes('青霉素过敏') ? '{"entities": [{"kind": "allergy", "value": "青霉素"}, {"kind": "age", "value": "35岁"}]}' : '{"entities": []}'))
    const assistantEngine = new ScriptedEngine((_request, call) => (call === 0 ? '术前静脉使用抗生素[1]，可选阿莫西林[1]。' : '术前静脉使用抗生素，常用头孢类联合甲硝唑[1]。'))
    const critic = new ScriptedEngine(() => '{"pass": true, "issues": []}')
    const { assistant, conversation } = await assistantOn({ assistant: assistantEngine, critic, extractor: ext })
    const events = await ask(assistant, conversation.id, '我35岁，对青霉素过敏。阑尾炎术前用什么抗生素？')
    expect(assistant.memory(conversation.id).map((entry) => [entry.kind, entry.value, entry.source])).toEqual([
      ['age', '35岁', 'extracted'],
      ['allergy', '青霉素', 'extracted']
    ])
    // The allergy reached the critique: the rule flagged amoxicillin although the critic model passed it, so the answer was refined.
    const steps = events.filter((event) => event.type === 'step')
    expect(steps[0]!.step.critique?.issues).toEqual([{ kind: 'allergy', detail: '回答提到「阿莫西林」，但此人对「青霉素」过敏。' }])
    expect(steps[0]!.step.critique?.pass).toBe(false)
    expect(critic.prompts()[0]).toContain('过敏: 青霉素')
    expect(last(events, 'done').message.text).toContain('头孢类')

    await ask(assistant, conversation.id, '谢谢')
    await assistant.settled()
    expect(assistant.memory(conversation.id)).toHaveLength(2)
    const entry = assistant.memory(conversation.id).find((item) => item.kind === 'allergy')!
    expect(assistant.updateMemory(conversation.id, entry.id, 'allergy', '头孢').find((item) => item.id === entry.id)).toMatchObject({ value: '头孢', source: 'user' })
    // An entry is changed only through its own conversation.
    const other = assistant.create()
    assistant.updateMemory(other.id, entry.id, 'allergy', '磺胺')
    assistant.removeMemory(other.id, entry.id)
    expect(assistant.memory(conversation.id).find((item) => item.id === entry.id)).toMatchObject({ value: '头孢' })
  })

  it('keeps the question and what streamed when the engine fails mid-answer', async () => {
    const assistantEngine = new ScriptedEngine(() => ({ text: '确诊后尽早', reason: 'error', error: 'the engine exited (code 137)' }))
    const { assistant, conversation } = await assistantOn({ assistant: assistantEngine })
    const events = await ask(assistant, conversation.id, '阑尾炎怎么处理？')
    expect(last(events, 'error')).toMatchObject({ code: 'ENGINE_FAILED', message: 'the engine exited (code 137)', saved: { status: 'interrupted', text: '确诊后尽早' } })
    expect(last(events, 'error').saved?.citations?.[0]).toMatchObject({ n: 1, documentName: 'appendicitis.md' })
    expect(assistant.get(conversation.id).messages.map((message) => [message.role, message.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'interrupted']
    ])
  })

  it('folds older turns into the summary once they pass the context budget', async () => {
    const summarizer = new ScriptedEngine((request) => (promptOf(request).includes('合并') ? '用户问过心电图和肌钙蛋白。' : '首次医疗接触后十分钟内完成十二导联心电图[1]。'))
    const { assistant, conversation } = await assistantOn({ assistant: summarizer }, { contextBudget: 40 })
    for (const question of ['胸痛做什么检查？', '肌钙蛋白什么时候测？', '心电图多快要做？']) await ask(assistant, conversation.id, question)
    const saved = assistant.get(conversation.id).conversation
    expect(saved.summary).toBe('用户问过心电图和肌钙蛋白。')
    expect(saved.summarizedThrough).toBeGreaterThan(0)
    const lastDraft = summarizer.requests.at(-1)!
    expect(lastDraft.messages[0]!.content).toContain('此前对话摘要：用户问过心电图和肌钙蛋白。')
  })
})
