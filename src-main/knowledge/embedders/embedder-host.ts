import { EventEmitter } from 'node:events'
import { embedderSettingsSchema, type EmbedderSettings, type EmbedderStatus } from '../../contract/knowledge'
import { AppError, describeCause } from '../../core/errors'
import type { Logger } from '../../core/logger'
import type { InferenceEngine } from '../../engines/engine-types'
import type { Store } from '../../store/store'
import type { Embedder } from './embedder'

const settingsKey = 'knowledge.embedder'

/** How each kind of embedder is opened; the core wires the real ones, tests may pass their own. */
export interface EmbedderOpeners {
  onnx(folder: string, quantized: boolean): Promise<Embedder>
  gguf(model: string): Promise<Embedder>
  engine(endpointId: string): InferenceEngine
}

/**
 * The embedder chosen in settings, opened on first use and kept; a change of
 * choice disposes the old one. Knows only settings and lifetimes — which
 * collections must be embedded again is the knowledge service's business.
 */
export class EmbedderHost {
  #settings: EmbedderSettings
  #open: Promise<Embedder> | null = null
  #status: Omit<EmbedderStatus, 'settings'> = { id: null, state: 'none', dimensions: null, error: null }
  readonly events = new EventEmitter()

  constructor(
    private readonly store: Store,
    private readonly openers: EmbedderOpeners,
    private readonly logger: Logger
  ) {
    this.events.setMaxListeners(0)
    const parsed = embedderSettingsSchema.safeParse(store.settings.all()[settingsKey])
    this.#settings = parsed.success ? parsed.data : { kind: 'none' }
    this.#status.state = this.#settings.kind === 'none' ? 'none' : 'idle'
    this.#status.id = idFor(this.#settings)
  }

  status(): EmbedderStatus {
    return { settings: this.#settings, ...this.#status }
  }

  /** The id vectors made now would carry (null: no embedder chosen). */
  get id(): string | null {
    return idFor(this.#settings)
  }

  async set(input: EmbedderSettings): Promise<EmbedderStatus> {
    const settings = embedderSettingsSchema.parse(input)
    this.store.transaction('knowledge.embedder', () => this.store.settings.set({ [settingsKey]: settings }))
    await this.#close()
    this.#settings = settings
    this.#status = { id: idFor(settings), state: settings.kind === 'none' ? 'none' : 'idle', dimensions: null, error: null }
    this.#emit()
    return this.status()
  }

  /** The embedder, opened on first call; null when none is chosen. A failure is kept in the status and thrown. */
  async current(): Promise<Embedder | null> {
    const settings = this.#settings
    if (settings.kind === 'none') return null
    if (!this.#open) {
      this.#status = { ...this.#status, state: 'loading', error: null }
      this.#emit()
      this.#open = this.#openFor(settings)
        .then(async (embedder) => {
          const dimensions = await embedder.dimensions()
          if (this.#settings === settings) {
            this.#status = { ...this.#status, state: 'ready', dimensions }
            this.#emit()
          }
          return embedder
        })
        .catch((error: unknown) => {
          this.logger.warn({ err: error, kind: settings.kind }, 'the embedder could not be opened')
          if (this.#settings === settings) {
            this.#open = null
            this.#status = { ...this.#status, state: 'failed', error: { code: error instanceof AppError ? error.code : 'EMBEDDER_FAILED', message: describeCause(error) } }
            this.#emit()
          }
          throw error
        })
    }
    return this.#open
  }

  async #openFor(settings: Exclude<EmbedderSettings, { kind: 'none' }>): Promise<Embedder> {
    if (settings.kind === 'onnx') return this.openers.onnx(settings.folder, settings.quantized)
    if (settings.kind === 'gguf') return this.openers.gguf(settings.model)
    const { EngineEmbedder } = await import('./engine-embedder')
    return new EngineEmbedder(idFor(settings)!, this.openers.engine(settings.endpointId), { model: settings.model, adapter: null })
  }

  async #close(): Promise<void> {
    const open = this.#open
    this.#open = null
    if (open) await (await open.catch(() => null))?.dispose()
  }

  async dispose(): Promise<void> {
    await this.#close()
  }

  #emit(): void {
    this.events.emit('change')
  }
}

function idFor(settings: EmbedderSettings): string | null {
  switch (settings.kind) {
    case 'none':
      return null
    case 'onnx':
      return `onnx:${settings.folder}${settings.quantized ? ':q' : ''}`
    case 'gguf':
      return `gguf:${settings.model}`
    case 'engine':
      return `engine:${settings.endpointId}:${settings.model}`
  }
}
