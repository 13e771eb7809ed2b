import { randomUUID } from 'node:crypto'
import type { AssistantEvent, AssistantMessageView, ConversationView } from '../contract/assistant'
import { AppError, describeCause } from '../core/errors'
import type { Logger } from '../core/logger'
import { collect, completeJson } from '../engines/collect'
import type { ChatMessage, RoleName } from '../engines/engine-types'
import type { ResolvedRole } from '../engines/role-service'
import type { KnowledgeService } from '../knowledge/knowledge-service'
import type { AssistantMessageRow, ConversationRow } from '../store/assistant-repository'
import type { Store } from '../store/store'
import { AnswerStoppedError, answerQuestion, type Outcome } from './assistant-pipeline'
import { languageOf } from './assistant-prompts'
import { extractionPrompt, extractionSchema, type MemoryEntry, type MemoryKind } from './entity-memory'
import { extractiveSummary, summaryPrompt, turnsToFold, type Turn } from './summary-memory'

export class ConversationNotFoundError extends AppError<{ id: string }> {
  constructor(id: string) {
    super('CONVERSATION_NOT_FOUND', `No assistant conversation "${id}".`, { id })
  }
}

export interface AssistantOptions {
  /** Tokens of past turns sent verbatim with a question; older ones are folded into the summary. */
  contextBudget?: number
  maxRefinements?: number
}

/**
 * The medical assistant's conversations: each question is saved before it is
 * answered, the answer (or what streamed of it) after; entity memory is
 * extracted alongside, and old turns are folded into the summary when the
 * context budget is reached.
 */
export class AssistantService {
  /** Extractions still running, so tests and shutdown can wait for them. */
  readonly #pending = new Set<Promise<unknown>>()

  constructor(
    private readonly store: Store,
    private readonly knowledge: KnowledgeService,
    private readonly roles: { resolve(role: RoleName): ResolvedRole | null },
    private readonly logger: Logger,
    private readonly options: AssistantOptions = {}
  ) {}

  conversations(): ConversationView[] {
    return this.store.assistant.conversations().map(toConversationView)
  }

  create(input: { title?: string | undefined; collections?: string[] | undefined } = {}): ConversationView {
    const now = new Date().toISOString()
    const row: ConversationRow = {
      id: randomUUID(), profileId: null, title: input.title ?? '', collections: input.collections ?? this.knowledge.status().collections.map((collection) => collection.id),
      summary: '', summarizedThrough: 0, createdAt: now, updatedAt: now
    }
    this.store.transaction('assistant.create', () => this.store.assistant.insertConversation(row))
    return toConversationView(row)
  }

  get(id: string): { conversation: ConversationView; messages: AssistantMessageView[]; memory: MemoryEntry[] } {
    const conversation = this.#conversation(id)
    return { conversation: toConversationView(conversation), messages: this.store.assistant.messages(id).map(toMessageView), memory: this.store.assistant.memory(id) }
  }

  remove(id: string): boolean {
    return this.store.transaction('assistant.remove', () => this.store.assistant.deleteConversation(id))
  }

  setCollections(id: string, collections: string[]): ConversationView {
    this.#conversation(id)
    this.store.transaction('assistant.collections', () => this.store.assistant.updateConversation(id, { collections }))
    return toConversationView(this.#conversation(id))
  }

  async *ask(conversationId: string, text: string, signal?: AbortSignal): AsyncGenerator<AssistantEvent> {
    const conversation = this.#conversation(conversationId)
    const language = languageOf(text)
    const userMessage = this.store.transaction('assistant.question', () => {
      if (!conversation.title) this.store.assistant.updateConversation(conversationId, { title: text.replace(/\s+/g, ' ').slice(0, 40) })
      return this.store.assistant.insertMessage({ conversationId, role: 'user', text, status: 'complete', mode: null, citations: null, trace: null, tokens: null, createdAt: new Date().toISOString() })
    })
    yield { type: 'user', message: toMessageView(userMessage) }
    const memory = this.#extract(conversationId, userMessage.id, text, language, signal)
    const { history, summary } = await this.#history(conversation, userMessage.id, language, signal)
    const pipeline = answerQuestion(
      { question: text, memory, summary, history, ...(this.options.maxRefinements === undefined ? {} : { maxRefinements: this.options.maxRefinements }), ...(signal ? { signal } : {}) },
      { roles: this.roles, search: (query, limit) => this.knowledge.search({ query, limit, collectionIds: this.#conversation(conversationId).collections }) }
    )
    let outcome: Outcome
    try {
      for (;;) {
        const next = await pipeline.next()
        if (next.done) {
          outcome = next.value
          break
        }
        yield next.value
      }
    } catch (error) {
      const stopped = error instanceof AnswerStoppedError ? error : null
      const partial = stopped?.partial.trim() ?? ''
      // What streamed is kept with the passages it cites, so its [n] still open.
      const saved = stopped && partial
        ? toMessageView(this.store.transaction('assistant.interrupted', () => this.store.assistant.insertMessage({ conversationId, role: 'assistant', text: partial, status: 'interrupted', mode: 'answer', citations: stopped.passages, trace: null, tokens: null, createdAt: new Date().toISOString() })))
        : null
      this.logger.warn({ err: error, conversationId }, 'the assistant could not answer')
      yield { type: 'error', code: error instanceof AppError ? error.code : 'ASSISTANT_FAILED', message: describeCause(error), saved }
      return
    }
    const saved = this.store.transaction('assistant.answer', () =>
      this.store.assistant.insertMessage({
        conversationId, role: 'assistant', text: outcome.text, status: 'complete', mode: outcome.mode, citations: outcome.passages, trace: outcome.trace, tokens: outcome.outputTokens, createdAt: new Date().toISOString()
      })
    )
    yield { type: 'done', message: toMessageView(saved) }
  }

  memory(conversationId: string): MemoryEntry[] {
    return this.store.assistant.memory(conversationId)
  }

  addMemory(conversationId: string, kind: MemoryKind, value: string): MemoryEntry[] {
    this.#conversation(conversationId)
    this.store.transaction('assistant.memory.add', () => this.store.assistant.addMemory(conversationId, { id: randomUUID(), kind, value, source: 'user', messageId: null }))
    return this.memory(conversationId)
  }

  updateMemory(conversationId: string, id: string, kind: MemoryKind, value: string): MemoryEntry[] {
    this.store.transaction('assistant.memory.update', () => this.store.assistant.updateMemory(conversationId, id, { kind, value }))
    return this.memory(conversationId)
  }

  removeMemory(conversationId: string, id: string): MemoryEntry[] {
    this.store.transaction('assistant.memory.remove', () => this.store.assistant.deleteMemory(conversationId, id))
    return this.memory(conversationId)
  }

  /** Resolves when background extractions have finished. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#pending])
  }

  /** Entity memory from this message, by the `extractor` role; the memory as it then stands. Never fails the answer. */
  #extract(conversationId: string, messageId: number, text: string, language: 'zh' | 'en', signal?: AbortSignal): Promise<MemoryEntry[]> {
    const extractor = this.roles.resolve('extractor')
    if (!extractor) return Promise.resolve(this.memory(conversationId))
    const work = completeJson(extractor.engine, extractor.model, { messages: [{ role: 'user', content: extractionPrompt(text, language) }], sampling: { temperature: 0, maxTokens: 300 }, thinking: false, ...(signal ? { signal } : {}) }, extractionSchema, 'entities')
      .then(({ value }) => {
        this.store.transaction('assistant.memory.extract', () => {
          for (const entity of value.entities) this.store.assistant.addMemory(conversationId, { id: randomUUID(), kind: entity.kind, value: entity.value, source: 'extracted', messageId })
        })
        return this.memory(conversationId)
      })
      .catch((error: unknown) => {
        this.logger.warn({ err: error, conversationId }, 'entity memory extraction failed')
        return this.store.assistant.conversation(conversationId) ? this.memory(conversationId) : []
      })
    this.#pending.add(work)
    void work.finally(() => this.#pending.delete(work))
    return work
  }

  /** The turns sent verbatim, after folding older ones into the summary when they exceed the budget. */
  async #history(conversation: ConversationRow, beforeId: number, language: 'zh' | 'en', signal?: AbortSignal): Promise<{ history: ChatMessage[]; summary: string }> {
    const turns: Turn[] = this.store.assistant
      .messages(conversation.id)
      .filter((message) => message.id > conversation.summarizedThrough && message.id < beforeId && message.status !== 'failed')
      .map((message) => ({ id: message.id, role: message.role, text: message.text }))
    const { fold, keep } = turnsToFold(turns, this.options.contextBudget ?? 3000)
    let summary = conversation.summary
    if (fold.length > 0) {
      summary = await this.#summarize(summary, fold, language, signal)
      const through = fold.at(-1)!.id
      this.store.transaction('assistant.summary', () => this.store.assistant.updateConversation(conversation.id, { summary, summarizedThrough: through }))
    }
    return { history: keep.map((turn) => ({ role: turn.role, content: turn.text })), summary }
  }

  async #summarize(previous: string, turns: readonly Turn[], language: 'zh' | 'en', signal?: AbortSignal): Promise<string> {
    const assistant = this.roles.resolve('assistant')
    if (assistant) {
      const result = await collect(assistant.engine.chat(assistant.model, { messages: [{ role: 'user', content: summaryPrompt(previous, turns, language) }], sampling: { temperature: 0, maxTokens: 400 }, thinking: false, ...(signal ? { signal } : {}) }))
      if (result.reason === 'stop' && result.text.trim()) return result.text.trim()
      this.logger.warn({ reason: result.reason, error: result.error }, 'the summary could not be written by the model; kept the first sentences instead')
    }
    return extractiveSummary(previous, turns)
  }

  #conversation(id: string): ConversationRow {
    const row = this.store.assistant.conversation(id)
    if (!row) throw new ConversationNotFoundError(id)
    return row
  }
}

function toConversationView(row: ConversationRow): ConversationView {
  const { profileId: _profileId, ...view } = row
  return view
}

function toMessageView(row: AssistantMessageRow): AssistantMessageView {
  const { conversationId: _conversationId, ...view } = row
  return view as AssistantMessageView
}
