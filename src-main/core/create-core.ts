import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { AssessmentService } from '../assessment/assessment-service'
import type { JudgeModel } from '../assessment/critique'
import { CaseService } from '../cases/case-service'
import { judgeModelFromRoles, patientModelFromRoles } from '../engines/role-models'
import { RoleService } from '../engines/role-service'
import { FileSecretStore, type SecretCodec } from '../engines/secret-store'
import { AppError } from './errors'
import { AssistantService } from '../assistant/assistant-service'
import { ensureStarterKnowledge } from '../knowledge/bundled-knowledge'
import { EmbedderHost } from '../knowledge/embedders/embedder-host'
import { EngineEmbedder } from '../knowledge/embedders/engine-embedder'
import { KnowledgeService } from '../knowledge/knowledge-service'
import { roleNames, type ChatPart, type InferenceEngine, type ModelRef, type RoleName, type Sampling } from '../engines/engine-types'
import { LocalEngine, type LocalEngineStatus } from '../engines/local-engine'
import { VllmService, type VllmTuning } from '../engines/vllm/vllm-service'
import type { GpuChoice } from '../engines/llama-runtime'
import { ModelDownloads } from '../models/model-downloads'
import { ModelLibrary } from '../models/model-library'
import type { PatientModel } from '../patient/patient-model'
import { PatientService } from '../patient/patient-service'
import { ProfileService } from '../profiles/profile-service'
import { SettingsService } from '../settings/settings-service'
import { Store } from '../store/store'
import type { Migration } from '../store/migration'
import { SystemService } from '../system/system-service'
import { parseCoreConfig, type CoreConfig, type CoreConfigInput } from './config'
import { Disposable } from './disposable'
import { createLogger, type Logger } from './logger'

export interface CoreOptions {
  /** Tests replace the shipped migrations to exercise failure paths. */
  migrations?: readonly Migration[]
  /** Replaces the `patient` role's model (tests); by default the role assignment decides, and without one the scripted patient answers. */
  patientModel?: () => PatientModel | null
  /** Replaces the `judge` role's model for the optional critique (tests); by default the role assignment decides. */
  judgeModel?: () => JudgeModel | null
  /** A case pack that ships with the app (the starter pack), installed or updated at start. */
  bundledPackDir?: string | null
  /** GPU use for the in-process engine; tests pass false (CPU only, no GPU probing). */
  gpu?: GpuChoice
  /** Supervisor timings for vLLM (tests shorten the stall timeout and restart delays). */
  vllm?: VllmTuning
  /** Encrypts endpoint keys at rest (the desktop app passes Electron's safeStorage); without one the 0600 file mode protects them. */
  secretCodec?: SecretCodec | null
  /** The starter knowledge pack (notes on the starter cases), put into its own collection at start. */
  bundledKnowledgeDir?: string | null
  /** Where `hf:` URIs resolve (tests point it at a local stand-in); default HF_ENDPOINT or https://huggingface.co/. */
  hfEndpoint?: string
}

/** Where everything lives inside the data folder. */
export function dataPaths(dataDir: string) {
  return {
    database: join(dataDir, 'cliniclab.sqlite'),
    backups: join(dataDir, 'backups'),
    logs: join(dataDir, 'logs'),
    temp: join(dataDir, 'tmp'),
    models: join(dataDir, 'models'),
    run: join(dataDir, 'run'),
    downloads: join(dataDir, 'cache', 'downloads'),
    vllmLog: join(dataDir, 'logs', 'vllm.log'),
    knowledge: join(dataDir, 'knowledge')
  }
}

/**
 * The composition root: every service is built here, through constructors,
 * and owned by the core's lifetime. The three doors (Electron, host, CLI) each
 * build one core and dispose it when they quit.
 */
export class Core extends Disposable {
  readonly config: CoreConfig
  readonly logger: Logger
  readonly logFile: string
  /** Scratch space inside the data folder (uploads in flight). */
  readonly tempDir: string
  readonly store: Store
  readonly system: SystemService
  readonly settings: SettingsService
  readonly profiles: ProfileService
  readonly cases: CaseService
  readonly patient: PatientService
  readonly assessment: AssessmentService
  readonly roles: RoleService
  readonly models: ModelLibrary
  readonly local: LocalEngine
  readonly vllm: VllmService
  readonly downloads: ModelDownloads
  readonly embedders: EmbedderHost
  readonly knowledge: KnowledgeService
  readonly assistant: AssistantService
  readonly #lifetime = new AbortController()
  /** Settles when the starter knowledge pack has been queued (the number of notes added). */
  readonly starterKnowledge: Promise<number> = Promise.resolve(0)

  constructor(input: CoreConfigInput, options: CoreOptions = {}) {
    super('ClinicLab core')
    this.config = parseCoreConfig(input)
    const paths = dataPaths(this.config.dataDir)
    mkdirSync(paths.temp, { recursive: true })
    this.tempDir = paths.temp
    const owned = createLogger({
      logDir: paths.logs,
      level: this.config.logLevel,
      maxSize: this.config.logMaxSize,
      maxFiles: this.config.logMaxFiles,
      echo: this.config.logEcho
    })
    this.register(owned)
    this.logger = owned.logger
    this.logFile = owned.file
    try {
      this.store = this.register(
        Store.open({
          file: paths.database,
          backupDir: paths.backups,
          logger: this.logger,
          slowQueryMs: this.config.slowQueryMs,
          ...(options.migrations ? { migrations: options.migrations } : {})
        })
      )
    } catch (error) {
      this.logger.error({ err: error }, 'could not open the database')
      void this.dispose()
      throw error
    }
    // Registered last so it runs first: open streams end before the database closes.
    this.onDispose(() => this.#lifetime.abort())
    this.system = new SystemService(this.config.dataDir, this.store, this.#lifetime.signal)
    this.settings = new SettingsService(this.store)
    this.profiles = new ProfileService(this.store)
    this.cases = new CaseService(this.store)
    this.models = new ModelLibrary(paths.models)
    // HF_ENDPOINT and HF_TOKEN are Hugging Face's own variables (mirrors, gated repos).
    const hfEndpoint = options.hfEndpoint ?? process.env.HF_ENDPOINT
    const hfToken = process.env.HF_TOKEN
    this.downloads = new ModelDownloads({ library: this.models, partialDir: paths.downloads, ...(hfEndpoint ? { hfEndpoint } : {}), ...(hfToken ? { hfToken } : {}) })
    this.onDispose(() => this.downloads.dispose())
    // The local API offers roles as model names; a role resolves through the role service built next.
    this.local = new LocalEngine(this.models, this.logger, {
      ...(options.gpu !== undefined ? { gpu: options.gpu } : {}),
      roleNames: () => this.roles.roles().map((row) => row.role),
      resolveRole: async (name) => {
        const role = roleNames.find((entry) => entry === name)
        const resolved = role ? this.roles.resolve(role) : null
        return resolved ? { engine: resolved.engine, ref: resolved.model, sampling: resolved.sampling } : null
      }
    })
    this.onDispose(() => this.local.dispose())
    this.vllm = new VllmService(this.store, this.logger, { runDir: paths.run, logFile: paths.vllmLog }, options.vllm)
    this.onDispose(() => this.vllm.dispose())
    this.roles = new RoleService(this.store, new FileSecretStore(this.config.dataDir, options.secretCodec ?? null), { 'llama-cpp': () => this.local.require(), vllm: () => this.vllm.require() })
    // The roles decide which model plays the patient and which judges; tests may pass their own.
    this.patient = new PatientService(this.store, this.logger, options.patientModel ?? patientModelFromRoles(this.roles))
    this.assessment = new AssessmentService(this.store, this.patient, this.logger, options.judgeModel ?? judgeModelFromRoles(this.roles))
    this.embedders = new EmbedderHost(
      this.store,
      {
        onnx: async (folder, quantized) => (await import('../knowledge/embedders/onnx-embedder')).OnnxEmbedder.open(folder, { quantized }),
        gguf: async (model) => {
          const { LlamaCppEngine } = await import('../engines/llama-cpp-engine')
          const engine = await LlamaCppEngine.load({ modelPath: this.models.path(model), contextSize: 2048, sequences: 1, ...(options.gpu !== undefined ? { gpu: options.gpu } : {}) })
          return new EngineEmbedder(`gguf:${model}`, engine, { model }, engine)
        },
        engine: (endpointId) => this.roles.engineFor(this.roles.endpoint(endpointId))
      },
      this.logger
    )
    this.onDispose(() => this.embedders.dispose())
    this.knowledge = new KnowledgeService(this.store, this.embedders, this.logger, { dir: paths.knowledge })
    this.onDispose(() => this.knowledge.dispose())
    this.assistant = new AssistantService(this.store, this.knowledge, this.roles, this.logger)
    this.onDispose(() => this.assistant.settled())
    if (options.bundledKnowledgeDir) {
      // Read and queued in the background: the notes are small, but a start must not wait on them. A core shut down at once
      // (a refused `serve`) stops it between notes and waits for it, so nothing writes to a closed database or log.
      const stop = new AbortController()
      this.starterKnowledge = ensureStarterKnowledge(this.knowledge, options.bundledKnowledgeDir, stop.signal).catch((error: unknown) => {
        if (!stop.signal.aborted) this.logger.error({ err: error, dir: options.bundledKnowledgeDir }, 'the starter knowledge pack could not be added')
        return 0
      })
      this.onDispose(() => {
        stop.abort()
        return this.starterKnowledge.then(() => undefined)
      })
    }
    if (options.bundledPackDir) {
      // A broken bundled pack must not keep the app from starting: it is logged, and practice shows no cases.
      try {
        const installed = this.cases.ensureBundled(options.bundledPackDir)
        if (installed) this.logger.info({ pack: installed.manifest.id, version: installed.manifest.version }, 'bundled case pack installed')
      } catch (error) {
        this.logger.error({ err: error, dir: options.bundledPackDir }, 'bundled case pack could not be installed')
      }
    }
    this.logger.info({ dataDir: this.config.dataDir, schema: this.store.schemaVersion }, 'core started')
  }

  engineState(): LocalEngineStatus {
    return this.local.status()
  }

  /** The try-it chat of Models & engines: one prompt to a role, or to the local engine's model or adapter. */
  async *tryChat(input: { target: { role: RoleName } | { model: string; adapter: string | null }; prompt: string; thinking: boolean; maxTokens: number }, signal?: AbortSignal): AsyncGenerator<ChatPart> {
    let engine: InferenceEngine
    let ref: ModelRef
    let sampling: Sampling = {}
    if ('role' in input.target) {
      const resolved = this.roles.resolve(input.target.role)
      if (!resolved) throw new AppError('ROLE_UNASSIGNED', `The ${input.target.role} role has no model yet; assign one first.`, { role: input.target.role })
      ;({ engine, model: ref, sampling } = resolved)
    } else {
      engine = this.local.require()
      ref = { model: input.target.model, adapter: input.target.adapter }
    }
    yield* engine.chat(ref, { messages: [{ role: 'user', content: input.prompt }], sampling: { ...sampling, maxTokens: input.maxTokens }, thinking: input.thinking, ...(signal ? { signal } : {}) })
  }
}

export function createCore(input: CoreConfigInput, options: CoreOptions = {}): Core {
  return new Core(input, options)
}
