import { EventEmitter } from 'node:events'
import { mkdirSync } from 'node:fs'
import type { Logger } from 'pino'
import { vllmSettingsSchema, type VllmEvent, type VllmMetricsView, type VllmSettingsView, type VllmStatusView } from '../../contract/vllm'
import { AppError } from '../../core/errors'
import { watchStream } from '../../core/watch-stream'
import type { Store } from '../../store/store'
import type { InferenceEngine } from '../engine-types'
import { EngineNotReadyError } from '../local-engine'
import type { VllmSettings } from './vllm-command'
import { VllmSupervisor, type SupervisorOptions, type SupervisorStatus } from './vllm-supervisor'

export class VllmNotConfiguredError extends AppError<Record<string, never>> {
  constructor() {
    super('VLLM_NOT_CONFIGURED', 'vLLM has no settings yet: choose the model to serve first.', {})
  }
}

export type VllmTuning = Pick<SupervisorOptions, 'stallMs' | 'stopGraceMs' | 'restart' | 'pollMs'>

const settingsKey = 'engines.vllm'

/**
 * The supervised vLLM server as the app sees it: settings kept in SQLite, one
 * supervisor per start, the status and log lines as a stream for the view,
 * metrics on request, and the server as an engine for roles while it is
 * ready. Servers an earlier run left behind are swept when this is built.
 */
export class VllmService {
  #supervisor: VllmSupervisor | null = null
  #since = new Date().toISOString()
  /** Read once and on save: the status is asked for often, also while the core shuts down. */
  #settings: VllmSettingsView | null
  #disposed = false
  readonly #events = new EventEmitter()

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly paths: { runDir: string; logFile: string },
    private readonly tuning: VllmTuning = {}
  ) {
    this.#events.setMaxListeners(0)
    mkdirSync(paths.runDir, { recursive: true })
    const parsed = vllmSettingsSchema.safeParse(store.settings.all()[settingsKey])
    this.#settings = parsed.success ? parsed.data : null
    const swept = VllmSupervisor.sweepOrphans(paths.runDir)
    if (swept.length > 0) logger.warn({ pids: swept }, 'killed vLLM servers an earlier run left behind')
  }

  settings(): VllmSettingsView | null {
    return this.#settings
  }

  /** Saved for the next start; a running server keeps its settings until restarted. */
  saveSettings(input: VllmSettingsView): VllmSettingsView {
    const settings = vllmSettingsSchema.parse(input)
    this.store.transaction('engines.vllm.settings', () => this.store.settings.set({ [settingsKey]: settings }))
    this.#settings = settings
    this.#emit([])
    return settings
  }

  status(): VllmStatusView {
    const supervisor: SupervisorStatus = this.#supervisor?.status() ?? { state: 'idle', pid: null, baseUrl: null, restarts: 0, cause: null, lastCrash: null, restarting: false }
    return { ...supervisor, since: this.#since, settings: this.settings(), logFile: this.paths.logFile }
  }

  watch(signal?: AbortSignal): AsyncGenerator<VllmEvent> {
    return watchStream(this.#events, () => ({ status: this.status(), lines: [...(this.#supervisor?.logTail ?? [])] }), signal)
  }

  /** Launches with the saved settings (stopping a running server first); resolves once ready, rejects with the cause. */
  start(): Promise<void> {
    const saved = this.settings()
    if (!saved) throw new VllmNotConfiguredError()
    const previous = this.#supervisor
    // An empty distro means WSL's default one, which the command builder expresses by leaving it out.
    const { distro, ...rest } = saved
    const settings: VllmSettings = { ...rest, ...(distro ? { distro } : {}) }
    // Lines are batched per tick: a starting vLLM prints hundreds, the view needs them a screen at a time.
    const pending: string[] = []
    const supervisor = new VllmSupervisor({
      ...this.tuning,
      settings,
      runDir: this.paths.runDir,
      logFile: this.paths.logFile,
      onStatus: (status) => {
        this.#since = new Date().toISOString()
        if (status.state === 'crashed') this.logger.warn({ cause: status.cause }, 'vLLM crashed')
        this.#emit(pending.splice(0))
      },
      onLine: (line) => {
        if (pending.push(line) === 1) setImmediate(() => this.#emit(pending.splice(0)))
      }
    })
    this.#supervisor = supervisor
    this.logger.info({ model: settings.model, mode: settings.mode }, 'starting vLLM')
    // Launched at once when nothing runs, so a caller sees "starting" as soon as this returns.
    return previous ? previous.dispose().then(() => supervisor.start()) : supervisor.start()
  }

  async stop(): Promise<void> {
    const supervisor = this.#supervisor
    if (!supervisor) return
    await supervisor.dispose()
  }

  engine(): InferenceEngine | null {
    return this.#supervisor?.engine() ?? null
  }

  /** The server while it is ready; otherwise an error that says why not. */
  require(): InferenceEngine {
    const engine = this.engine()
    if (!engine) throw new EngineNotReadyError(this.status().state, 'vllm')
    return engine
  }

  async metrics(): Promise<VllmMetricsView | null> {
    const metrics = await this.#supervisor?.metrics().catch(() => null)
    return metrics ? { at: new Date().toISOString(), ...metrics } : null
  }

  async dispose(): Promise<void> {
    await this.stop()
    this.#disposed = true
    this.#events.removeAllListeners()
  }

  #emit(lines: string[]): void {
    if (this.#disposed) return
    this.#events.emit('change', { status: this.status(), lines })
  }
}
