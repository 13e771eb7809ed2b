import OpenAI, { APIUserAbortError } from 'openai'
import type { ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions'
import type { ChatPart, ChatRequest, InferenceEngine, ModelRef } from './engine-types'
import { TimingClock } from './timing-clock'

export interface OpenAiEndpoint {
  /** e.g. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), a remote vLLM, a paid API. */
  baseUrl: string
  apiKey: string | null
  /** Per-request timeout; long generations stream, so this bounds silence, not length. */
  timeoutMs?: number
}

/** Reasoning arrives as `reasoning_content` (vLLM ≤ 0.9, DeepSeek) or `reasoning` (newer vLLM, Ollama). */
type Delta = ChatCompletionChunk.Choice.Delta & { reasoning_content?: string | null; reasoning?: string | null }

/**
 * Any OpenAI-compatible server through the official `openai` package: a
 * supervised vLLM, Ollama, LM Studio, or a remote "teacher". An adapter is
 * asked for by its served name (vLLM's --lora-modules name=path).
 */
export class OpenAiEngine implements InferenceEngine {
  readonly kind = 'openai-compatible' as const
  readonly #client: OpenAI

  constructor(endpoint: OpenAiEndpoint) {
    this.#client = new OpenAI({ baseURL: endpoint.baseUrl, apiKey: endpoint.apiKey ?? 'none', timeout: endpoint.timeoutMs ?? 120_000, maxRetries: 0 })
  }

  async *chat(model: ModelRef, request: ChatRequest): AsyncGenerator<ChatPart> {
    const clock = new TimingClock()
    const params: ChatCompletionCreateParamsStreaming & { chat_template_kwargs?: { enable_thinking: boolean } } = {
      model: model.adapter ?? model.model,
      messages: request.messages,
      stream: true,
      stream_options: { include_usage: true },
      ...(request.sampling?.temperature !== undefined ? { temperature: request.sampling.temperature } : {}),
      ...(request.sampling?.topP !== undefined ? { top_p: request.sampling.topP } : {}),
      ...(request.sampling?.maxTokens !== undefined ? { max_tokens: request.sampling.maxTokens } : {}),
      ...(request.sampling?.seed !== undefined ? { seed: request.sampling.seed } : {}),
      ...(request.jsonSchema ? { response_format: { type: 'json_schema', json_schema: { name: request.jsonSchema.name, schema: request.jsonSchema.schema, strict: true } } } : {}),
      // Qwen3 chat templates read this (vLLM, SGLang); other servers ignore unknown fields.
      ...(request.thinking !== undefined ? { chat_template_kwargs: { enable_thinking: request.thinking } } : {})
    }
    let reason: 'stop' | 'length' | 'aborted' | 'error' = 'stop'
    let error: string | undefined
    try {
      const stream = await this.#client.chat.completions.create(params, request.signal ? { signal: request.signal } : {})
      for await (const chunk of stream) {
        const choice = chunk.choices[0]
        const delta = choice?.delta as Delta | undefined
        const thought = delta?.reasoning_content ?? delta?.reasoning
        if (thought) {
          clock.token()
          yield { type: 'reasoning-delta', text: thought }
        }
        if (delta?.content) {
          clock.token()
          yield { type: 'text-delta', text: delta.content }
        }
        if (choice?.finish_reason === 'length') reason = 'length'
        if (chunk.usage) {
          clock.setOutputTokens(chunk.usage.completion_tokens)
          yield { type: 'usage', inputTokens: chunk.usage.prompt_tokens, outputTokens: chunk.usage.completion_tokens }
        }
      }
      if (request.signal?.aborted) reason = 'aborted'
    } catch (caught) {
      if (caught instanceof APIUserAbortError || request.signal?.aborted) reason = 'aborted'
      else {
        reason = 'error'
        error = caught instanceof Error ? caught.message : String(caught)
      }
    }
    yield { type: 'finish', reason, timing: clock.finish(), ...(error ? { error } : {}) }
  }

  async embed(model: ModelRef, texts: readonly string[], options: { signal?: AbortSignal } = {}): Promise<number[][]> {
    const response = await this.#client.embeddings.create({ model: model.adapter ?? model.model, input: [...texts] }, options.signal ? { signal: options.signal } : {})
    return [...response.data].sort((a, b) => a.index - b.index).map((entry) => entry.embedding)
  }

  async models(options: { signal?: AbortSignal } = {}): Promise<string[]> {
    const names: string[] = []
    for await (const model of this.#client.models.list(options.signal ? { signal: options.signal } : {})) names.push(model.id)
    return names
  }
}
