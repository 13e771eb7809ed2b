import { eventIterator } from '@orpc/contract'
import { z } from 'zod'
import { base } from './base'

/** How ClinicLab launches vLLM; stored in SQLite, applied at the next start. */
export const vllmSettingsSchema = z.object({
  mode: z.enum(['native', 'wsl']).default('native'),
  /** WSL distribution (mode wsl); empty = the default one. */
  distro: z.string().max(100).default(''),
  /** The `vllm` program: a name on the PATH or a full path (inside WSL in mode wsl). */
  executable: z.string().min(1).max(4096).default('vllm'),
  /** A Hugging Face id or a local folder with the weights. */
  model: z.string().min(1, 'the model to serve').max(4096),
  servedName: z.string().regex(/^[\w.-]{1,100}$/, 'letters, digits, dot, dash or underscore').default('base'),
  maxModelLen: z.number().int().min(256).max(1_048_576).default(8192),
  gpuMemoryUtilization: z.number().min(0.1).max(0.99).default(0.85),
  adapters: z.array(z.object({ name: z.string().regex(/^[\w.-]{1,100}$/), path: z.string().min(1).max(4096) })).max(32).default([]),
  maxLoraRank: z.number().int().min(1).max(512).default(16),
  runtimeLora: z.boolean().default(false),
  extraArgs: z.array(z.string().max(500)).max(64).default([])
})
export type VllmSettingsView = z.output<typeof vllmSettingsSchema>

const causeSchema = z.object({ code: z.string(), cause: z.string(), fix: z.string(), line: z.string().nullable() })

export const vllmStatusSchema = z.object({
  state: z.enum(['idle', 'starting', 'ready', 'degraded', 'crashed', 'stopping']),
  pid: z.number().nullable(),
  baseUrl: z.string().nullable(),
  restarts: z.number(),
  /** Why it is not running (state crashed), in plain words with a fix and the log line that told. */
  cause: causeSchema.nullable(),
  /** Why the last automatic restart happened, kept after it is ready again. */
  lastCrash: causeSchema.nullable(),
  /** Crashed with a restart scheduled, as opposed to given up. */
  restarting: z.boolean(),
  since: z.string(),
  settings: vllmSettingsSchema.nullable(),
  logFile: z.string()
})
export type VllmStatusView = z.infer<typeof vllmStatusSchema>

export const vllmMetricsSchema = z.object({
  at: z.string(),
  running: z.number().nullable(),
  waiting: z.number().nullable(),
  kvCacheUsage: z.number().nullable(),
  promptTokens: z.number().nullable(),
  generationTokens: z.number().nullable(),
  meanTtftMs: z.number().nullable(),
  meanItlMs: z.number().nullable()
})
export type VllmMetricsView = z.infer<typeof vllmMetricsSchema>

/** The status, plus log lines: the whole tail first, then only new ones. */
export const vllmEventSchema = z.object({ status: vllmStatusSchema, lines: z.array(z.string()) })
export type VllmEvent = z.infer<typeof vllmEventSchema>

export const vllmContract = {
  status: base.output(vllmStatusSchema),
  watch: base.output(eventIterator(vllmEventSchema)),
  saveSettings: base.meta({ audit: true }).input(vllmSettingsSchema).output(vllmSettingsSchema),
  /** Launches and returns at once (state starting); the first start can take many minutes, which `watch` shows. */
  start: base.meta({ audit: true }).output(vllmStatusSchema),
  stop: base.meta({ audit: true }).output(vllmStatusSchema),
  /** Read from vLLM's /metrics; null while it is not ready. */
  metrics: base.output(vllmMetricsSchema.nullable())
}
