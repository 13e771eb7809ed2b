import { randomUUID } from 'node:crypto'
import { AppError } from '../core/errors'
import type { EndpointRow, RoleRow } from '../store/engine-repository'
import type { Store } from '../store/store'
import type { ChatPart, ChatRequest, InferenceEngine, ModelRef, RoleName, Sampling } from './engine-types'
import { EngineNotReadyError } from './local-engine'
import { OpenAiEngine } from './openai-engine'
import type { SecretStore } from './secret-store'

export class EndpointNotFoundError extends AppError<{ endpointId: string }> {
  constructor(endpointId: string) {
    super('ENDPOINT_NOT_FOUND', `No engine endpoint ${endpointId}.`, { endpointId })
  }
}

/** Sampling a role starts with: extraction and judging are deterministic, the patient and assistant are not. */
export const roleDefaults: Record<RoleName, Sampling> = {
  patient: { temperature: 0.7, topP: 0.9, maxTokens: 256 },
  assistant: { temperature: 0.3, topP: 0.9, maxTokens: 1024 },
  extractor: { temperature: 0, maxTokens: 512 },
  critic: { temperature: 0, maxTokens: 1024 },
  judge: { temperature: 0, maxTokens: 1024 },
  teacher: { temperature: 0.7, topP: 0.95, maxTokens: 2048 }
}

export interface ResolvedRole {
  role: RoleName
  engine: InferenceEngine
  model: ModelRef
  sampling: Sampling
  info: { engine: string; model: string; adapter: string | null }
}

/**
 * Roles ("brains"): each mapped to an endpoint, a model, an adapter and
 * sampling defaults, stored in SQLite. Every call names its role and runs on
 * that role's adapter; engines are built once per endpoint and shared.
 */
export class RoleService {
  readonly #engines = new Map<string, InferenceEngine>()

  constructor(
    private readonly store: Store,
    private readonly secrets: SecretStore,
    /**
     * The engines ClinicLab runs itself — in-process llama.cpp and the supervised
     * vLLM — each as the engine now or an error saying why it cannot answer;
     * roles on their endpoints run there.
     */
    private readonly managed: Record<ManagedKind, () => InferenceEngine> = {
      'llama-cpp': () => {
        throw new EngineNotReadyError('idle')
      },
      vllm: () => {
        throw new EngineNotReadyError('idle', 'vllm')
      }
    }
  ) {}

  /** The endpoint row for the in-process engine, made on first use. */
  localEndpoint(): EndpointRow {
    return this.#managedEndpoint('llama-cpp', 'local')
  }

  /** The endpoint row for the supervised vLLM server, made on first use. */
  vllmEndpoint(): EndpointRow {
    return this.#managedEndpoint('vllm', 'vllm')
  }

  #managedEndpoint(kind: ManagedKind, name: string): EndpointRow {
    const existing = this.endpoints().find((endpoint) => endpoint.kind === kind)
    if (existing) return existing
    const endpoint: EndpointRow = { id: randomUUID(), name, kind, baseUrl: null, hasKey: false, createdAt: new Date().toISOString() }
    this.store.transaction('engines.addEndpoint', () => this.store.engines.insertEndpoint(endpoint))
    return endpoint
  }

  addEndpoint(input: { name: string; kind: 'openai-compatible'; baseUrl: string; apiKey?: string | null }): EndpointRow {
    if (this.endpoints().some((existing) => existing.name === input.name)) throw new AppError('ENDPOINT_EXISTS', `An endpoint named "${input.name}" already exists; choose another name or remove that one first.`, { name: input.name })
    const endpoint: EndpointRow = { id: randomUUID(), name: input.name, kind: input.kind, baseUrl: input.baseUrl.replace(/\/+$/, ''), hasKey: Boolean(input.apiKey), createdAt: new Date().toISOString() }
    if (input.apiKey) this.secrets.set(endpoint.id, input.apiKey)
    this.store.transaction('engines.addEndpoint', () => this.store.engines.insertEndpoint(endpoint))
    return endpoint
  }

  removeEndpoint(id: string): boolean {
    const removed = this.store.transaction('engines.removeEndpoint', () => this.store.engines.deleteEndpoint(id))
    this.secrets.delete(id)
    this.#engines.delete(id)
    return removed
  }

  endpoints(): EndpointRow[] {
    return this.store.engines.endpoints()
  }

  /** One endpoint by id; ENDPOINT_NOT_FOUND when there is none. */
  endpoint(id: string): EndpointRow {
    const endpoint = this.endpoints().find((entry) => entry.id === id)
    if (!endpoint) throw new EndpointNotFoundError(id)
    return endpoint
  }

  assign(role: RoleName, input: { endpointId: string; model: string; adapter?: string | null; sampling?: Sampling }): RoleRow {
    this.endpoint(input.endpointId)
    this.store.transaction('engines.assign', () => this.store.engines.assign({ role, endpointId: input.endpointId, model: input.model, adapter: input.adapter ?? null, sampling: { ...roleDefaults[role], ...input.sampling } }))
    return this.store.engines.roles().find((row) => row.role === role)!
  }

  unassign(role: RoleName): void {
    this.store.transaction('engines.unassign', () => this.store.engines.unassign(role))
  }

  roles(): RoleRow[] {
    return this.store.engines.roles()
  }

  /** The engine, weights and sampling a role runs on now; null when it has none. */
  resolve(role: RoleName): ResolvedRole | null {
    const row = this.store.engines.roles().find((entry) => entry.role === role)
    if (!row) return null
    const endpoint = this.endpoints().find((entry) => entry.id === row.endpointId)
    if (!endpoint) return null
    return { role, engine: this.engineFor(endpoint), model: { model: row.model, adapter: row.adapter }, sampling: row.sampling, info: { engine: `${endpoint.kind}:${endpoint.name}`, model: row.model, adapter: row.adapter } }
  }

  /** The engine behind an endpoint, built once and shared by every role on it. */
  engineFor(endpoint: EndpointRow): InferenceEngine {
    let engine = this.#engines.get(endpoint.id)
    if (!engine && endpoint.kind !== 'openai-compatible') {
      engine = new DeferredEngine(endpoint.kind, this.managed[endpoint.kind])
      this.#engines.set(endpoint.id, engine)
    }
    if (!engine) {
      if (!endpoint.baseUrl) throw new AppError('ENDPOINT_INVALID', `The endpoint ${endpoint.name} has no address.`, { endpointId: endpoint.id })
      engine = new OpenAiEngine({ baseUrl: endpoint.baseUrl, apiKey: this.secrets.get(endpoint.id) })
      this.#engines.set(endpoint.id, engine)
    }
    return engine
  }
}

type ManagedKind = 'llama-cpp' | 'vllm'

/**
 * Roles assigned to an engine ClinicLab runs itself hold this stand-in for
 * it, so a role keeps working across restarts (a new model, a new vLLM port
 * and key); while nothing runs a call ends with a clear error instead of
 * failing somewhere deeper.
 */
class DeferredEngine implements InferenceEngine {
  constructor(
    readonly kind: ManagedKind,
    private readonly current: () => InferenceEngine
  ) {}

  async *chat(model: ModelRef, request: ChatRequest): AsyncGenerator<ChatPart> {
    let engine: InferenceEngine
    try {
      engine = this.current()
    } catch (error) {
      // A chat always ends in a finish part, also when there is nothing to run it on.
      yield { type: 'finish', reason: 'error', timing: { ttftMs: null, outputTokens: 0, tokensPerSecond: null, totalMs: 0 }, error: error instanceof Error ? error.message : String(error) }
      return
    }
    yield* engine.chat(model, request)
  }

  embed(model: ModelRef, texts: readonly string[], options?: { signal?: AbortSignal }): Promise<number[][]> {
    return this.current().embed(model, texts, options)
  }

  async models(options?: { signal?: AbortSignal }): Promise<string[]> {
    let engine: InferenceEngine
    try {
      engine = this.current()
    } catch {
      return []
    }
    return engine.models(options)
  }
}
