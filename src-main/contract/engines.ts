import { eventIterator } from '@orpc/contract'
import { z } from 'zod'
import { roleNames } from '../engines/engine-types'
import { base } from './base'
import { downloadsContract } from './downloads'
import { vllmContract } from './vllm'

export type { RoleName } from '../engines/engine-types'

export const engineStatusSchema = z.object({
  state: z.enum(['idle', 'starting', 'ready', 'degraded', 'crashed', 'stopping']),
  kind: z.enum(['llama-cpp']).nullable(),
  model: z.string().nullable(),
  file: z.string().nullable(),
  adapters: z.array(z.string()),
  threads: z.number().nullable(),
  gpu: z.union([z.string(), z.literal(false)]).nullable(),
  gpuLayers: z.number().nullable(),
  contextSize: z.number().nullable(),
  sequences: z.number().nullable(),
  running: z.number(),
  waiting: z.number(),
  since: z.string(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  api: z.object({ baseUrl: z.string(), apiKey: z.string() }).nullable()
})
export type EngineStatus = z.infer<typeof engineStatusSchema>

const ggufSummarySchema = z.object({
  file: z.string(),
  sizeBytes: z.number(),
  kind: z.enum(['model', 'adapter']),
  architecture: z.string(),
  name: z.string().nullable(),
  parameters: z.number(),
  quantization: z.string(),
  contextLength: z.number().nullable(),
  chatTemplate: z.string().nullable(),
  loraAlpha: z.number().nullable()
})

export const libraryEntrySchema = z.object({ id: z.string(), summary: ggufSummarySchema.nullable(), problem: z.string().nullable() })
export type LibraryEntryView = z.infer<typeof libraryEntrySchema>

const modelFileId = z.string().min(1).max(255).regex(/^[^/\\]+\.gguf$/i, 'a .gguf file name in the models folder')

export const startInputSchema = z.object({
  model: modelFileId,
  adapters: z.array(modelFileId).max(16).default([]),
  contextSize: z.number().int().min(256).max(262_144).optional(),
  sequences: z.number().int().min(1).max(64).optional(),
  threads: z.number().int().min(1).max(512).optional()
})

const samplingSchema = z.object({
  temperature: z.number().min(0).max(2).optional(),
  topP: z.number().gt(0).max(1).optional(),
  maxTokens: z.number().int().positive().max(32_768).optional(),
  seed: z.number().int().optional()
})

export const endpointSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(['openai-compatible', 'llama-cpp', 'vllm']), baseUrl: z.string().nullable(), hasKey: z.boolean(), createdAt: z.string() })
export const roleRowSchema = z.object({ role: z.enum(roleNames), endpointId: z.string(), model: z.string(), adapter: z.string().nullable(), sampling: samplingSchema, updatedAt: z.string() })

export const tryPartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text-delta'), text: z.string() }),
  z.object({ type: z.literal('reasoning-delta'), text: z.string() }),
  z.object({ type: z.literal('usage'), inputTokens: z.number(), outputTokens: z.number() }),
  z.object({
    type: z.literal('finish'),
    reason: z.enum(['stop', 'length', 'aborted', 'error']),
    timing: z.object({ ttftMs: z.number().nullable(), outputTokens: z.number(), tokensPerSecond: z.number().nullable(), totalMs: z.number() }),
    error: z.string().optional()
  })
])
export type TryPart = z.infer<typeof tryPartSchema>

export const hardwareSchema = z.object({
  cpu: z.string(),
  logicalCores: z.number(),
  mathCores: z.number().nullable(),
  ramTotalBytes: z.number(),
  ramFreeBytes: z.number(),
  platform: z.string(),
  gpu: z.object({ backend: z.union([z.string(), z.literal(false)]), devices: z.array(z.string()), vramTotalBytes: z.number().nullable(), error: z.string().nullable() }),
  nvidiaSmi: z.array(z.object({ name: z.string(), memoryTotalMiB: z.number(), driver: z.string() })).nullable(),
  wsl: z.object({ available: z.boolean(), distros: z.array(z.string()) }).nullable(),
  recommendations: z.array(z.object({ model: z.string(), quantization: z.string(), sizeGiB: z.number(), fits: z.enum(['gpu', 'cpu', 'no']), note: z.string() })),
  vllmAdvice: z.string()
})
export type Hardware = z.infer<typeof hardwareSchema>

export const enginesContract = {
  /** The supervised vLLM server (Linux, or WSL2 on Windows). */
  vllm: vllmContract,
  /** Model downloads from Hugging Face or a URL, with progress, resume, SHA-256 check and cancel. */
  downloads: downloadsContract,
  status: base.output(engineStatusSchema),
  /** The status now, then every change (state, error, API address). */
  watch: base.output(eventIterator(engineStatusSchema)),
  start: base.meta({ audit: true }).input(startInputSchema).output(engineStatusSchema),
  stop: base.meta({ audit: true }).output(engineStatusSchema),
  library: base.output(z.object({ dir: z.string(), entries: z.array(libraryEntrySchema) })),
  importModel: base.meta({ audit: true }).input(z.object({ path: z.string().min(1).max(4096) })).output(libraryEntrySchema),
  deleteModel: base.meta({ audit: true }).input(z.object({ id: modelFileId })).output(z.object({ deleted: z.boolean() })),
  hardware: base.output(hardwareSchema),
  endpoints: base.output(z.array(endpointSchema)),
  roles: base.output(z.array(roleRowSchema)),
  assign: base
    .meta({ audit: true })
    .input(z.object({ role: z.enum(roleNames), endpointId: z.string().min(1), model: z.string().min(1).max(200), adapter: z.string().max(200).nullable().default(null), sampling: samplingSchema.optional() }))
    .output(roleRowSchema),
  unassign: base.meta({ audit: true }).input(z.object({ role: z.enum(roleNames) })).output(z.object({ ok: z.literal(true) })),
  /** The in-process engine's endpoint row (made on first use), for assigning roles to it. */
  localEndpoint: base.output(endpointSchema),
  /** The supervised vLLM server's endpoint row (made on first use). */
  vllmEndpoint: base.output(endpointSchema),
  /** An OpenAI-compatible server (Ollama, LM Studio, a remote vLLM, a paid teacher); the key is kept outside the database. */
  addEndpoint: base
    .meta({ audit: true })
    .input(z.object({ name: z.string().trim().min(1).max(100), baseUrl: z.url({ protocol: /^https?$/ }).max(2000), apiKey: z.string().max(4000).nullable().default(null) }))
    .output(endpointSchema),
  removeEndpoint: base.meta({ audit: true }).input(z.object({ id: z.string().min(1) })).output(z.object({ removed: z.boolean() })),
  /** Asks an endpoint for its model list: the only call that reaches a remote server, and only when the user asks. */
  endpointModels: base.input(z.object({ id: z.string().min(1) })).output(z.array(z.string())),
  /** A quick try-it chat: one prompt to a role, or to a model/adapter of the local engine, streamed with timing. */
  tryChat: base
    .input(
      z.object({
        target: z.union([z.object({ role: z.enum(roleNames) }), z.object({ model: z.string().min(1), adapter: z.string().nullable().default(null) })]),
        prompt: z.string().min(1).max(8000),
        thinking: z.boolean().default(false),
        maxTokens: z.number().int().min(1).max(4096).default(256)
      })
    )
    .output(eventIterator(tryPartSchema))
}
