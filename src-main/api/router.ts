import { randomUUID } from 'node:crypto'
import { implement, ORPCError } from '@orpc/server'
import { validateAny } from '../cases/case-service'
import { contract } from '../contract'
import { knowledgeExtensions } from '../contract/knowledge'
import type { ApiContext } from './context'
import { toWireError } from './error-mapping'
import { withUploadedFile } from './uploads'
import { detectHardware } from '../system/hardware'

const os = implement(contract).$context<ApiContext>()

/** Audit rows keep what was asked, never a key or token that came with it. */
function withoutSecrets(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, /key|token|password|secret/i.test(key) && value ? '<redacted>' : value]))
}

/** Gives every call a trace id and writes the audit log for state-changing ones. */
const traced = os.use(async ({ context, path, procedure, next }, input) => {
  const traceId = context.traceId ?? randomUUID()
  if (!procedure['~orpc'].meta.audit) return next({ context: { traceId } })
  const record = { door: context.door, actor: context.actor, action: path.join('.'), traceId, detail: withoutSecrets(input) }
  try {
    const result = await next({ context: { traceId } })
    context.core.store.audit.write({ ...record, outcome: 'ok' })
    return result
  } catch (error) {
    context.core.store.audit.write({ ...record, outcome: 'error', detail: { input: record.detail, error: String(error) } })
    throw error
  }
})

export const router = traced.router({
  system: {
    health: traced.system.health.handler(({ context }) => context.core.system.health()),
    ticks: traced.system.ticks.handler(({ context, input, signal }) =>
      context.core.system.ticks(input, signal ? { signal } : {})
    )
  },
  settings: {
    get: traced.settings.get.handler(({ context }) => context.core.settings.get()),
    update: traced.settings.update.handler(({ context, input }) => context.core.settings.update(input))
  },
  profiles: {
    list: traced.profiles.list.handler(({ context }) => context.core.profiles.list()),
    create: traced.profiles.create.handler(({ context, input }) => context.core.profiles.create(input))
  },
  engines: {
    status: traced.engines.status.handler(({ context }) => context.core.engineState()),
    watch: traced.engines.watch.handler(({ context, signal }) => context.core.local.watch(signal)),
    start: traced.engines.start.handler(({ context, input }) => context.core.local.start(input)),
    stop: traced.engines.stop.handler(({ context }) => context.core.local.stop()),
    library: traced.engines.library.handler(async ({ context }) => ({ dir: context.core.models.dir, entries: await context.core.models.list() })),
    importModel: traced.engines.importModel.handler(({ context, input }) => context.core.models.import(input.path)),
    deleteModel: traced.engines.deleteModel.handler(async ({ context, input }) => {
      if (context.core.local.status().file === context.core.models.path(input.id) && context.core.local.status().state !== 'idle') throw new ORPCError('CONFLICT', { message: `${input.id} is loaded; stop the engine before deleting it.` })
      return { deleted: await context.core.models.remove(input.id) }
    }),
    hardware: traced.engines.hardware.handler(() => detectHardware()),
    endpoints: traced.engines.endpoints.handler(({ context }) => context.core.roles.endpoints()),
    roles: traced.engines.roles.handler(({ context }) => context.core.roles.roles()),
    assign: traced.engines.assign.handler(({ context, input }) => context.core.roles.assign(input.role, { endpointId: input.endpointId, model: input.model, adapter: input.adapter, ...(input.sampling ? { sampling: input.sampling } : {}) })),
    unassign: traced.engines.unassign.handler(({ context, input }) => {
      context.core.roles.unassign(input.role)
      return { ok: true as const }
    }),
    localEndpoint: traced.engines.localEndpoint.handler(({ context }) => context.core.roles.localEndpoint()),
    vllmEndpoint: traced.engines.vllmEndpoint.handler(({ context }) => context.core.roles.vllmEndpoint()),
    addEndpoint: traced.engines.addEndpoint.handler(({ context, input }) => context.core.roles.addEndpoint({ name: input.name, kind: 'openai-compatible', baseUrl: input.baseUrl, apiKey: input.apiKey })),
    removeEndpoint: traced.engines.removeEndpoint.handler(({ context, input }) => {
      const endpoint = context.core.roles.endpoints().find((entry) => entry.id === input.id)
      // Removing one that is already gone is not an error (removed: false); an engine ClinicLab runs cannot go.
      if (endpoint && endpoint.kind !== 'openai-compatible') throw new ORPCError('CONFLICT', { message: `${endpoint.name} is an engine ClinicLab runs itself; it cannot be removed.` })
      return { removed: context.core.roles.removeEndpoint(input.id) }
    }),
    endpointModels: traced.engines.endpointModels.handler(({ context, input, signal }) => context.core.roles.engineFor(context.core.roles.endpoint(input.id)).models(signal ? { signal } : {})),
    downloads: {
      list: traced.engines.downloads.list.handler(({ context }) => context.core.downloads.list()),
      watch: traced.engines.downloads.watch.handler(({ context, signal }) => context.core.downloads.watch(signal)),
      start: traced.engines.downloads.start.handler(({ context, input }) => context.core.downloads.start(input.sha256 ? { uri: input.uri, sha256: input.sha256 } : { uri: input.uri })),
      cancel: traced.engines.downloads.cancel.handler(({ context, input }) => context.core.downloads.cancel(input.id, { discard: input.discard })),
      interrupted: traced.engines.downloads.interrupted.handler(({ context }) => context.core.downloads.interrupted())
    },
    vllm: {
      status: traced.engines.vllm.status.handler(({ context }) => context.core.vllm.status()),
      watch: traced.engines.vllm.watch.handler(({ context, signal }) => context.core.vllm.watch(signal)),
      saveSettings: traced.engines.vllm.saveSettings.handler(({ context, input }) => context.core.vllm.saveSettings(input)),
      start: traced.engines.vllm.start.handler(({ context }) => {
        // Starting can take minutes; the call returns at once and the watch stream shows progress and the cause of a failure.
        const starting = context.core.vllm.start()
        starting.catch((error: unknown) => context.core.logger.warn({ err: error }, 'vLLM did not start'))
        return context.core.vllm.status()
      }),
      stop: traced.engines.vllm.stop.handler(async ({ context }) => {
        await context.core.vllm.stop()
        return context.core.vllm.status()
      }),
      metrics: traced.engines.vllm.metrics.handler(({ context }) => context.core.vllm.metrics())
    },
    tryChat: traced.engines.tryChat.handler(({ context, input, signal }) => context.core.tryChat(input, signal))
  },
  audit: {
    recent: traced.audit.recent.handler(({ context, input }) => context.core.store.audit.recent(input.limit))
  },
  cases: {
    list: traced.cases.list.handler(({ context }) => ({ packs: context.core.cases.packs(), cases: context.core.cases.list() })),
    validateUpload: traced.cases.validateUpload.handler(({ context, input }) =>
      withUploadedFile(context.core.tempDir, input.file, (path) => {
        const { pack, problems, warnings } = validateAny(path)
        return { valid: pack !== null, packId: pack?.manifest.id ?? null, caseCount: pack?.cases.length ?? 0, problems, warnings }
      })
    ),
    importUpload: traced.cases.importUpload.handler(({ context, input }) =>
      withUploadedFile(context.core.tempDir, input.file, (path) => {
        const result = context.core.cases.importPack(path)
        return { packId: result.manifest.id, version: result.manifest.version, caseCount: result.caseCount, warnings: result.warnings }
      })
    ),
    exportPack: traced.cases.exportPack.handler(({ context, input }) => {
      const zip = context.core.cases.exportZip(input.packId)
      if (!zip) throw new ORPCError('NOT_FOUND', { message: `No installed pack "${input.packId}".` })
      return new File([zip.bytes], zip.fileName, { type: 'application/zip' })
    }),
    deletePack: traced.cases.deletePack.handler(({ context, input }) => ({ deleted: context.core.cases.deletePack(input.packId) }))
  },
  patient: {
    start: traced.patient.start.handler(({ context, input }) => ({ sessionId: context.core.patient.start(input) })),
    ask: traced.patient.ask.handler(({ context, input, signal }) => context.core.patient.ask(input.sessionId, input.text, signal ? { signal } : {})),
    order: traced.patient.order.handler(({ context, input }) => context.core.patient.order(input.sessionId, input.text)),
    submit: traced.patient.submit.handler(({ context, input }) => {
      const view = context.core.patient.submit(input.sessionId, input.diagnosis, input.differential)
      // Scored at once, under the submission's trace id, so the report opens with its score.
      context.core.assessment.score(input.sessionId, { traceId: context.traceId ?? null })
      return view
    }),
    session: traced.patient.session.handler(({ context, input }) => context.core.patient.view(input.sessionId))
  },
  assessment: {
    report: traced.assessment.report.handler(({ context, input }) => context.core.assessment.report(input.sessionId)),
    critique: traced.assessment.critique.handler(({ context, input, signal }) => context.core.assessment.critique(input.sessionId, { traceId: context.traceId ?? null, ...(signal ? { signal } : {}) })),
    history: traced.assessment.history.handler(({ context, input }) => context.core.assessment.history(input.profileId)),
    leaderboard: traced.assessment.leaderboard.handler(({ context, input }) => context.core.assessment.leaderboard(input)),
    exportCsv: traced.assessment.exportCsv.handler(({ context }) => new File([context.core.assessment.resultsCsv()], `cliniclab-results-${new Date().toISOString().slice(0, 10)}.csv`, { type: 'text/csv;charset=utf-8' }))
  },
  knowledge: {
    status: traced.knowledge.status.handler(({ context }) => context.core.knowledge.status()),
    watch: traced.knowledge.watch.handler(({ context, signal }) => context.core.knowledge.watch(signal)),
    createCollection: traced.knowledge.createCollection.handler(({ context, input }) => context.core.knowledge.createCollection(input.name)),
    removeCollection: traced.knowledge.removeCollection.handler(async ({ context, input }) => ({ removed: await context.core.knowledge.removeCollection(input.id) })),
    addDocument: traced.knowledge.addDocument.handler(({ context, input }) =>
      withUploadedFile(context.core.tempDir, input.file, (path) => context.core.knowledge.addDocument(input.collectionId, path, { name: input.file.name }), knowledgeExtensions)
    ),
    removeDocument: traced.knowledge.removeDocument.handler(async ({ context, input }) => ({ removed: await context.core.knowledge.removeDocument(input.id) })),
    reindexDocument: traced.knowledge.reindexDocument.handler(({ context, input }) => context.core.knowledge.reindexDocument(input.id)),
    search: traced.knowledge.search.handler(({ context, input }) => context.core.knowledge.search(input)),
    passage: traced.knowledge.passage.handler(({ context, input }) => context.core.knowledge.passage(input.chunkId)),
    setEmbedder: traced.knowledge.setEmbedder.handler(async ({ context, input }) => {
      const status = await context.core.embedders.set(input)
      await context.core.knowledge.reembedAll()
      return status
    })
  },
  assistant: {
    conversations: traced.assistant.conversations.handler(({ context }) => context.core.assistant.conversations()),
    create: traced.assistant.create.handler(({ context, input }) => context.core.assistant.create(input)),
    get: traced.assistant.get.handler(({ context, input }) => context.core.assistant.get(input.id)),
    remove: traced.assistant.remove.handler(({ context, input }) => ({ removed: context.core.assistant.remove(input.id) })),
    setCollections: traced.assistant.setCollections.handler(({ context, input }) => context.core.assistant.setCollections(input.id, input.collections)),
    ask: traced.assistant.ask.handler(({ context, input, signal }) => context.core.assistant.ask(input.conversationId, input.text, signal)),
    memory: {
      add: traced.assistant.memory.add.handler(({ context, input }) => context.core.assistant.addMemory(input.conversationId, input.kind, input.value)),
      update: traced.assistant.memory.update.handler(({ context, input }) => context.core.assistant.updateMemory(input.conversationId, input.id, input.kind, input.value)),
      remove: traced.assistant.memory.remove.handler(({ context, input }) => context.core.assistant.removeMemory(input.conversationId, input.id))
    }
  }
})

export type AppRouter = typeof router

/** Shared by every door, so an error looks the same in-process, over MessagePort and over HTTP. */
async function mapErrors<T>({ next }: { next(): Promise<T> }): Promise<T> {
  try {
    return await next()
  } catch (error) {
    throw toWireError(error)
  }
}

export const errorInterceptors = [mapErrors]
