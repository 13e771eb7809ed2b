import type { ChatPart, ChatRequest, FinishReason, InferenceEngine, ModelRef, RoleName } from '../engines/engine-types'
import type { ResolvedRole } from '../engines/role-service'

export type ScriptedReply = string | { text: string; reason?: FinishReason; error?: string }

/**
 * An engine double for pipeline tests: each call's reply is chosen by a
 * function of the request (tests match on the prompt), streamed a few
 * characters at a time; every request is recorded.
 */
export class ScriptedEngine implements InferenceEngine {
  readonly kind = 'openai-compatible' as const
  readonly requests: ChatRequest[] = []

  constructor(private readonly reply: (request: ChatRequest, call: number) => ScriptedReply) {}

  async *chat(_model: ModelRef, request: ChatRequest): AsyncIterable<ChatPart> {
    const call = this.requests.length
    this.requests.push(request)
    const scripted = this.reply(request, call)
    const { text, reason = 'stop', error } = typeof scripted === 'string' ? { text: scripted } : scripted
    for (let at = 0; at < text.length; at += 8) yield { type: 'text-delta', text: text.slice(at, at + 8) }
    yield { type: 'finish', reason, timing: { ttftMs: 1, outputTokens: Math.ceil(text.length / 4), tokensPerSecond: null, totalMs: 2 }, ...(error ? { error } : {}) }
  }

  async embed(): Promise<number[][]> {
    throw new Error('the scripted engine does not embed')
  }

  async models(): Promise<string[]> {
    return ['scripted']
  }

  /** The last user message of each request, for asserting what a step was asked. */
  prompts(): string[] {
    return this.requests.map((request) => request.messages.at(-1)?.content ?? '')
  }
}

/** Roles on scripted engines; roles left out resolve to null (not assigned). */
export function scriptedRoles(engines: Partial<Record<RoleName, ScriptedEngine>>): { resolve(role: RoleName): ResolvedRole | null } {
  return {
    resolve(role) {
      const engine = engines[role]
      return engine ? { role, engine, model: { model: 'scripted', adapter: null }, sampling: {}, info: { engine: 'scripted', model: 'scripted', adapter: null } } : null
    }
  }
}
