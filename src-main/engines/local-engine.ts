import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import { AppError, describeCause } from '../core/errors'
import { watchStream } from '../core/watch-stream'
import type { ModelLibrary } from '../models/model-library'
import type { InferenceEngine } from './engine-types'
import { LlamaCppEngine, type LlamaCppOptions } from './llama-cpp-engine'
import type { GpuChoice } from './llama-runtime'
import { engineResolver, OpenAiServer, type ModelResolver, type ResolvedModel } from './openai-server'

export type LocalEngineState = 'idle' | 'starting' | 'ready' | 'degraded' | 'crashed' | 'stopping'

export interface LocalEngineStatus {
  state: LocalEngineState
  kind: 'llama-cpp' | null
  model: string | null
  file: string | null
  adapters: string[]
  threads: number | null
  gpu: string | false | null
  gpuLayers: number | null
  contextSize: number | null
  sequences: number | null
  running: number
  waiting: number
  since: string
  /** Why the last start failed or the engine stopped working, in plain words. */
  error: { code: string; message: string } | null
  /** ClinicLab's own OpenAI-compatible API over this engine, while it is ready. */
  api: { baseUrl: string; apiKey: string } | null
}

export interface LocalStartInput {
  /** A file in the models folder. */
  model: string
  /** Adapter files in the models folder, served under their names without `.gguf`. */
  adapters?: string[]
  contextSize?: number
  sequences?: number
  threads?: number
}

const notReady = {
  local: { starting: 'The local engine is still loading its model; try again in a moment.', stopped: 'The local engine is not running. Start a model in Models & engines.' },
  vllm: { starting: 'vLLM is still starting; try again once it is ready.', stopped: 'vLLM is not running. Start it in Models & engines.' }
}

/** An engine ClinicLab runs itself (in-process, or the supervised vLLM) cannot answer now, and why. */
export class EngineNotReadyError extends AppError<{ state: LocalEngineState; engine: keyof typeof notReady }> {
  constructor(state: LocalEngineState, engine: keyof typeof notReady = 'local') {
    super('ENGINE_NOT_READY', notReady[engine][state === 'starting' ? 'starting' : 'stopped'], { state, engine })
  }
}

/**
 * The in-process engine and its lifecycle: idle → starting → ready → stopping
 * → idle, or → crashed with the reason when loading fails. While ready it also
 * serves the local OpenAI-compatible API, where roles are model names.
 */
export class LocalEngine {
  #engine: LlamaCppEngine | null = null
  #server: OpenAiServer | null = null
  #status: LocalEngineStatus = blankStatus('idle', null)
  readonly #events = new EventEmitter()
  #work: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly library: ModelLibrary,
    private readonly logger: Logger,
    private readonly options: { gpu?: GpuChoice; apiPort?: number; resolveRole?: (name: string) => Promise<ResolvedModel | null>; roleNames?: () => string[] } = {}
  ) {}

  status(): LocalEngineStatus {
    const load = this.#engine?.load() ?? { running: 0, waiting: 0 }
    return { ...this.#status, ...load }
  }

  /** The engine while it is ready; null otherwise. */
  engine(): InferenceEngine | null {
    return this.#status.state === 'ready' ? this.#engine : null
  }

  /** The engine while it is ready; otherwise an error that says why not (loading, or no model). */
  require(): InferenceEngine {
    const engine = this.engine()
    if (!engine) throw new EngineNotReadyError(this.#status.state)
    return engine
  }

  /** Live status: the current one at once, then every change, until the signal aborts. */
  watch(signal?: AbortSignal): AsyncGenerator<LocalEngineStatus> {
    return watchStream(this.#events, () => this.status(), signal)
  }

  /** Loads a model (stopping the one running first); resolves when it is ready, rejects with the reason it is not. */
  start(input: LocalStartInput): Promise<LocalEngineStatus> {
    return this.#serial(async () => {
      await this.#stopNow()
      const name = input.model.replace(/\.gguf$/i, '')
      const options: LlamaCppOptions = {
        modelPath: this.library.path(input.model),
        adapters: (input.adapters ?? []).map((id) => ({ name: id.replace(/\.gguf$/i, ''), path: this.library.path(id) })),
        ...(this.options.gpu !== undefined ? { gpu: this.options.gpu } : {}),
        ...(input.contextSize ? { contextSize: input.contextSize } : {}),
        ...(input.sequences ? { sequences: input.sequences } : {}),
        ...(input.threads ? { threads: input.threads } : {})
      }
      this.#set({ ...blankStatus('starting', null), model: name, file: options.modelPath, kind: 'llama-cpp' })
      try {
        const engine = await LlamaCppEngine.load(options)
        this.#engine = engine
        const server = new OpenAiServer({ resolver: this.#resolver(engine) })
        await server.listen(this.options.apiPort ?? 0)
        this.#server = server
        const info = engine.info
        this.logger.info({ model: info.file, adapters: info.adapters, threads: info.threads, gpu: info.gpu, api: server.baseUrl }, 'local engine ready')
        this.#set({
          ...blankStatus('ready', null),
          kind: 'llama-cpp',
          model: info.name,
          file: info.file,
          adapters: info.adapters,
          threads: info.threads,
          gpu: info.gpu,
          gpuLayers: info.gpuLayers,
          contextSize: info.contextSize,
          sequences: info.sequences,
          api: { baseUrl: server.baseUrl, apiKey: server.apiKey }
        })
      } catch (error) {
        await this.#stopNow()
        const reason = error instanceof AppError ? { code: error.code, message: error.message } : { code: 'ENGINE_START_FAILED', message: `The local engine could not start: ${describeCause(error)}` }
        this.logger.error({ err: error, model: input.model }, 'local engine failed to start')
        this.#set({ ...blankStatus('crashed', reason), kind: 'llama-cpp', model: name, file: options.modelPath })
        throw error
      }
      return this.status()
    })
  }

  stop(): Promise<LocalEngineStatus> {
    return this.#serial(async () => {
      await this.#stopNow()
      this.#set(blankStatus('idle', null))
      return this.status()
    })
  }

  async dispose(): Promise<void> {
    await this.#serial(() => this.#stopNow())
    this.#events.removeAllListeners()
  }

  async #stopNow(): Promise<void> {
    if (!this.#engine && !this.#server) return
    this.#set({ ...this.#status, state: 'stopping' })
    const [engine, server] = [this.#engine, this.#server]
    this.#engine = null
    this.#server = null
    await server?.close()
    await engine?.dispose()
  }

  /** Starts and stops run one at a time, in the order asked. */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#work.then(work, work)
    this.#work = result.catch(() => undefined)
    return result
  }

  #set(status: LocalEngineStatus): void {
    this.#status = { ...status, since: new Date().toISOString() }
    this.#events.emit('change', this.status())
  }

  #resolver(engine: LlamaCppEngine): ModelResolver {
    const own = engineResolver(engine)
    return {
      names: async () => [
        { id: engine.info.name, ownedBy: 'cliniclab' },
        ...engine.info.adapters.map((id) => ({ id, ownedBy: 'cliniclab', parent: engine.info.name })),
        ...(this.options.roleNames?.() ?? []).map((id) => ({ id, ownedBy: 'cliniclab-role' }))
      ],
      resolve: async (name) => (await own.resolve(name)) ?? (await this.options.resolveRole?.(name)) ?? null
    }
  }
}

function blankStatus(state: LocalEngineState, error: LocalEngineStatus['error']): LocalEngineStatus {
  return { state, kind: null, model: null, file: null, adapters: [], threads: null, gpu: null, gpuLayers: null, contextSize: null, sequences: null, running: 0, waiting: 0, since: new Date().toISOString(), error, api: null }
}
