import { basename } from 'node:path'
import type { ChatHistoryItem, ChatWrapper, Llama, LlamaContext, LlamaContextSequence, LlamaEmbeddingContext, LlamaGrammar, LlamaModel } from 'node-llama-cpp'
import { AppError, describeCause } from '../core/errors'
import { AdapterMismatchError, inspectGguf, ModelFileInvalidError, type GgufSummary } from '../models/gguf-info'
import type { ChatMessage, ChatPart, ChatRequest, FinishReason, InferenceEngine, ModelRef } from './engine-types'
import { llamaRuntime, type GpuChoice } from './llama-runtime'
import { PartChannel } from './part-channel'
import { SlotQueue } from './slot-queue'
import { TimingClock } from './timing-clock'

export interface LlamaCppOptions {
  modelPath: string
  /** The name clients ask for; defaults to the file name without `.gguf`. */
  name?: string
  /** LoRA adapters served by name, each in its own context over the shared weights. */
  adapters?: { name: string; path: string; scale?: number }[]
  /** Tokens per sequence. */
  contextSize?: number
  /** Concurrent chats per context (base or adapter). */
  sequences?: number
  /** Clamped to the machine's math cores: more threads than cores ran 100× slower in measurements. */
  threads?: number
  gpu?: GpuChoice
  gpuLayers?: 'auto' | number
  /** Requests allowed to wait per context before new ones are refused (back-pressure). */
  maxWaiting?: number
}

export interface LlamaCppInfo {
  name: string
  file: string
  summary: GgufSummary
  threads: number
  gpu: string | false
  gpuLayers: number
  contextSize: number
  sequences: number
  adapters: string[]
}

export class ModelNotServedError extends AppError<{ model: string; served: string[] }> {
  constructor(model: string, served: string[]) {
    super('MODEL_NOT_SERVED', `The local engine does not serve "${model}"; it serves ${served.join(', ')}.`, { model, served })
  }
}

const stoppedWhileAnswering = 'The local engine was stopped while answering.'
const stoppedError = (): AppError => new AppError('ENGINE_STOPPED', 'The local engine was stopped.', {})

interface Slot {
  context: LlamaContext
  queue: SlotQueue
  /**
   * The context's sequences, kept rather than disposed after each chat:
   * disposing reclaims the id asynchronously, and a kept sequence lets the
   * next chat reuse the tokens it shares with the last (a system prompt).
   */
  idle: LlamaContextSequence[]
}

/**
 * node-llama-cpp in the main process: one loaded model, one context per LoRA
 * adapter (the weights are shared), several sequences per context so chats
 * run together in one batch. Waiting callers are served in arrival order.
 */
export class LlamaCppEngine implements InferenceEngine {
  readonly kind = 'llama-cpp' as const
  readonly #slots = new Map<string | null, Promise<Slot>>()
  /** The same slots once created, for synchronous queue figures. */
  readonly #ready = new Map<string | null, Slot>()
  readonly #grammars = new Map<string, Promise<LlamaGrammar>>()
  #embedding: Promise<LlamaEmbeddingContext> | null = null
  readonly #embedQueue = new SlotQueue(1, 64)
  /** Generations in flight: stopping the engine ends them first, then frees the contexts under them. */
  readonly #inflight = new Set<{ stop: AbortController; done: Promise<void> }>()
  #disposed = false

  private constructor(
    readonly info: LlamaCppInfo,
    private readonly llama: Llama,
    private readonly model: LlamaModel,
    private readonly wrappers: { plain: ChatWrapper; thinking: ChatWrapper },
    private readonly options: Required<Pick<LlamaCppOptions, 'contextSize' | 'sequences' | 'maxWaiting'>> & { threads: number; adapters: Map<string, { path: string; scale: number }> }
  ) {}

  /** Checks the files, then loads the model and its base context; every failure names the file and what is wrong. */
  static async load(options: LlamaCppOptions): Promise<LlamaCppEngine> {
    const summary = await inspectGguf(options.modelPath)
    if (summary.kind !== 'model') throw new ModelFileInvalidError(options.modelPath, 'it is a LoRA adapter, not a model; load its base model and add the adapter to it')
    const adapters = new Map<string, { path: string; scale: number }>()
    for (const adapter of options.adapters ?? []) {
      const adapterSummary = await inspectGguf(adapter.path)
      if (adapterSummary.kind !== 'adapter') throw new ModelFileInvalidError(adapter.path, 'it is a model, not a LoRA adapter')
      if (adapterSummary.architecture !== summary.architecture) throw new AdapterMismatchError(adapter.path, adapterSummary.architecture, summary.architecture)
      adapters.set(adapter.name, { path: adapter.path, scale: adapter.scale ?? 1 })
    }
    const llama = await llamaRuntime(options.gpu ?? 'auto')
    const threads = Math.max(1, Math.min(options.threads ?? defaultThreads(llama.cpuMathCores), llama.cpuMathCores))
    let model: LlamaModel
    try {
      model = await llama.loadModel({ modelPath: options.modelPath, gpuLayers: options.gpuLayers ?? 'auto' })
    } catch (error) {
      throw new ModelFileInvalidError(options.modelPath, `llama.cpp could not load it (${describeCause(error)})`, error)
    }
    const { QwenChatWrapper, resolveChatWrapper } = await import('node-llama-cpp')
    const qwenStyle = summary.chatTemplate?.includes('<|im_start|>') === true && summary.chatTemplate.includes('<think>')
    const wrappers = qwenStyle
      ? { plain: new QwenChatWrapper({ thoughts: 'discourage' }), thinking: new QwenChatWrapper({ thoughts: 'auto' }) }
      : (() => {
          const wrapper = resolveChatWrapper(model)
          return { plain: wrapper, thinking: wrapper }
        })()
    const contextSize = Math.min(options.contextSize ?? 4096, summary.contextLength ?? 4096)
    const sequences = options.sequences ?? 4
    const info: LlamaCppInfo = {
      name: options.name ?? basename(options.modelPath).replace(/\.gguf$/i, ''),
      file: options.modelPath,
      summary,
      threads,
      gpu: llama.gpu,
      gpuLayers: model.gpuLayers,
      contextSize,
      sequences,
      adapters: [...adapters.keys()]
    }
    const engine = new LlamaCppEngine(info, llama, model, wrappers, { contextSize, sequences, maxWaiting: options.maxWaiting ?? 32, threads, adapters })
    try {
      await engine.#slot(null)
      // Adapters are loaded now so a broken one fails the load, not some later chat.
      for (const name of adapters.keys()) await engine.#slot(name)
    } catch (error) {
      await engine.dispose()
      throw error
    }
    return engine
  }

  async models(): Promise<string[]> {
    return [this.info.name, ...this.info.adapters]
  }

  /** Queue figures for the status view and the metrics of the local API. */
  load(): { running: number; waiting: number } {
    let running = 0
    let waiting = 0
    for (const slot of this.#ready.values()) {
      running += slot.queue.running
      waiting += slot.queue.waiting
    }
    return { running, waiting }
  }

  /** A model name that is an adapter's name selects that adapter (as vLLM's served names do). */
  #adapterFor(ref: ModelRef): string | null {
    const adapter = ref.adapter ?? (this.options.adapters.has(ref.model) ? ref.model : null)
    if (adapter !== null && !this.options.adapters.has(adapter)) throw new ModelNotServedError(adapter, [this.info.name, ...this.info.adapters])
    if (adapter === null && ref.model !== this.info.name && ref.model !== '') throw new ModelNotServedError(ref.model, [this.info.name, ...this.info.adapters])
    return adapter
  }

  #slot(adapter: string | null): Promise<Slot> {
    let slot = this.#slots.get(adapter)
    if (!slot) {
      const lora = adapter === null ? undefined : this.options.adapters.get(adapter)
      slot = this.model
        .createContext({
          contextSize: this.options.contextSize,
          sequences: this.options.sequences,
          threads: this.options.threads,
          ...(lora ? { lora: { adapters: [{ filePath: lora.path, scale: lora.scale }] } } : {})
        })
        .then(
          (context) => {
            const idle = Array.from({ length: this.options.sequences }, () => context.getSequence())
            const ready = { context, queue: new SlotQueue(this.options.sequences, this.options.maxWaiting), idle }
            this.#ready.set(adapter, ready)
            return ready
          },
          (error: unknown) => {
            this.#slots.delete(adapter)
            if (lora) throw new ModelFileInvalidError(lora.path, `llama.cpp could not apply this adapter (${describeCause(error)})`, error)
            throw new AppError('ENGINE_CONTEXT_FAILED', `Could not create a context of ${this.options.contextSize} tokens × ${this.options.sequences} sequences: ${describeCause(error)}. Lower the context size or the number of parallel chats.`, {}, { cause: error })
          }
        )
      this.#slots.set(adapter, slot)
    }
    return slot
  }

  #grammar(schema: Record<string, unknown>): Promise<LlamaGrammar> {
    const key = JSON.stringify(schema)
    let grammar = this.#grammars.get(key)
    if (!grammar) {
      // node-llama-cpp understands a subset of JSON Schema; keywords it does not know are dropped by zod's output anyway.
      grammar = Promise.resolve().then(() => this.llama.createGrammarForJsonSchema(schema as never))
      grammar.catch(() => this.#grammars.delete(key))
      this.#grammars.set(key, grammar)
    }
    return grammar
  }

  async *chat(ref: ModelRef, request: ChatRequest): AsyncGenerator<ChatPart> {
    const clock = new TimingClock()
    const stop = new AbortController()
    const onAbort = (): void => stop.abort()
    request.signal?.addEventListener('abort', onAbort, { once: true })
    const channel = new PartChannel<ChatPart>()
    const generation = this.#generate(ref, request, stop.signal, clock, channel).finally(() => channel.close())
    const entry = { stop, done: generation }
    this.#inflight.add(entry)
    void generation.finally(() => this.#inflight.delete(entry))
    try {
      yield* channel
      await generation
    } finally {
      // A consumer that stops reading (closed stream, cancelled request) stops the generation too.
      request.signal?.removeEventListener('abort', onAbort)
      stop.abort()
      await generation.catch(() => undefined)
    }
  }

  async #generate(ref: ModelRef, request: ChatRequest, signal: AbortSignal, clock: TimingClock, channel: PartChannel<ChatPart>): Promise<void> {
    let reason: FinishReason
    let error: string | undefined
    let release: (() => void) | null = null
    try {
      if (this.#disposed) throw stoppedError()
      const slot = await this.#slot(this.#adapterFor(ref))
      release = await slot.queue.acquire(signal)
      const grammar = request.jsonSchema ? await this.#grammar(request.jsonSchema.schema) : undefined
      const { LlamaChat } = await import('node-llama-cpp')
      // The queue granted a slot, so an idle sequence is there.
      const sequence = slot.idle.pop()!
      const meter = sequence.tokenMeter.getState()
      const chat = new LlamaChat({ contextSequence: sequence, chatWrapper: request.thinking ? this.wrappers.thinking : this.wrappers.plain, autoDisposeSequence: false })
      try {
        const sampling = request.sampling ?? {}
        const response = await chat.generateResponse(toHistory(request.messages), {
          signal,
          stopOnAbortSignal: true,
          ...(sampling.maxTokens !== undefined ? { maxTokens: sampling.maxTokens } : {}),
          ...(sampling.temperature !== undefined ? { temperature: sampling.temperature } : {}),
          ...(sampling.topP !== undefined ? { topP: sampling.topP } : {}),
          ...(sampling.seed !== undefined ? { seed: sampling.seed } : {}),
          ...(grammar ? { grammar } : {}),
          onResponseChunk: (chunk) => {
            if (chunk.tokens.length > 0) clock.token(chunk.tokens.length)
            if (chunk.text === '') return
            channel.push(chunk.type === 'segment' ? { type: 'reasoning-delta', text: chunk.text } : { type: 'text-delta', text: chunk.text })
          }
        })
        const stopReason = response.metadata.stopReason
        reason = stopReason === 'maxTokens' ? 'length' : stopReason === 'abort' || signal.aborted ? 'aborted' : 'stop'
        if (reason === 'aborted' && this.#disposed) {
          reason = 'error'
          error = stoppedWhileAnswering
        }
        // The meter counts over the sequence's life; this call's share is the difference.
        const used = sequence.tokenMeter.diff(meter)
        channel.push({ type: 'usage', inputTokens: used.usedInputTokens, outputTokens: used.usedOutputTokens })
        clock.setOutputTokens(used.usedOutputTokens)
      } finally {
        chat.dispose()
        slot.idle.push(sequence)
      }
    } catch (caught) {
      if (this.#disposed) {
        reason = 'error'
        error = stoppedWhileAnswering
      } else if (signal.aborted) reason = 'aborted'
      else {
        reason = 'error'
        error = caught instanceof AppError ? caught.message : `llama.cpp failed: ${describeCause(caught)}`
      }
    } finally {
      release?.()
    }
    channel.push({ type: 'finish', reason, timing: clock.finish(), ...(error ? { error } : {}) })
  }

  async embed(_ref: ModelRef, texts: readonly string[], options: { signal?: AbortSignal } = {}): Promise<number[][]> {
    const release = await this.#embedQueue.acquire(options.signal)
    try {
      this.#embedding ??= this.model.createEmbeddingContext({ contextSize: Math.min(this.options.contextSize, 2048), threads: this.options.threads })
      const context = await this.#embedding
      const vectors: number[][] = []
      for (const text of texts) {
        options.signal?.throwIfAborted()
        vectors.push([...(await context.getEmbeddingFor(text)).vector])
      }
      return vectors
    } finally {
      release()
    }
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return
    this.#disposed = true
    for (const slot of this.#ready.values()) slot.queue.rejectAll(stoppedError())
    for (const entry of this.#inflight) entry.stop.abort()
    await Promise.allSettled([...this.#inflight].map((entry) => entry.done))
    const contexts = await Promise.allSettled([...this.#slots.values()])
    for (const result of contexts) if (result.status === 'fulfilled') await result.value.context.dispose()
    if (this.#embedding) await (await this.#embedding.catch(() => null))?.dispose()
    await this.model.dispose()
  }
}

/**
 * Threads by default: all math cores, except that on machines with four or
 * fewer one is left to the app's own thread (UI, HTTP, SSE). Measured on a
 * 2-core machine with `bench engine`: 2 threads gave ~100 tokens/s on the tiny
 * model, 1 thread ~300 (llama.cpp's threads spin and starve the event loop).
 */
export function defaultThreads(mathCores: number): number {
  return mathCores <= 4 ? Math.max(1, mathCores - 1) : mathCores
}

/** The conversation as node-llama-cpp's history, ending in the empty model turn to be generated. */
function toHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((message) =>
    message.role === 'system' ? { type: 'system', text: message.content } : message.role === 'user' ? { type: 'user', text: message.content } : { type: 'model', response: [message.content] }
  )
  history.push({ type: 'model', response: [] })
  return history
}
