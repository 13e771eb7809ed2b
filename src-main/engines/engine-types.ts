/**
 * The one interface every inference engine implements (node-llama-cpp in
 * process, a supervised vLLM, any OpenAI-compatible endpoint). Callers name
 * the role they work for; the role decides engine, model, adapter and sampling.
 */
export const roleNames = ['patient', 'assistant', 'extractor', 'critic', 'judge', 'teacher'] as const
export type RoleName = (typeof roleNames)[number]

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant'
  content: string
}

export interface Sampling {
  temperature?: number
  topP?: number
  maxTokens?: number
  seed?: number
}

/** Which weights answer: a served model name, and optionally a LoRA adapter on it. */
export interface ModelRef {
  model: string
  adapter?: string | null
}

export interface ChatRequest {
  messages: ChatMessage[]
  sampling?: Sampling
  /** Structured output: the engine constrains generation to this JSON schema where it can. */
  jsonSchema?: { name: string; schema: Record<string, unknown> }
  /** Qwen3-style thinking, switchable per call; engines that cannot switch ignore it. */
  thinking?: boolean
  signal?: AbortSignal
}

export type FinishReason = 'stop' | 'length' | 'aborted' | 'error'

export interface Timing {
  /** From the call to the first generated token; null when none came. */
  ttftMs: number | null
  outputTokens: number
  /** Output tokens per second after the first one; null below two tokens. */
  tokensPerSecond: number | null
  totalMs: number
}

export type ChatPart =
  | { type: 'text-delta'; text: string }
  | { type: 'reasoning-delta'; text: string }
  | { type: 'usage'; inputTokens: number; outputTokens: number }
  | { type: 'finish'; reason: FinishReason; timing: Timing; error?: string }

export interface InferenceEngine {
  readonly kind: 'llama-cpp' | 'vllm' | 'openai-compatible'
  /** Streams one answer; always ends with exactly one `finish` part, also when aborted or failing. */
  chat(model: ModelRef, request: ChatRequest): AsyncIterable<ChatPart>
  embed(model: ModelRef, texts: readonly string[], options?: { signal?: AbortSignal }): Promise<number[][]>
  /** The model names the engine can serve now. */
  models(options?: { signal?: AbortSignal }): Promise<string[]>
}
