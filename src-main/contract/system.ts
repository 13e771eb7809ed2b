import { eventIterator } from '@orpc/contract'
import { z } from 'zod'
import { base } from './base'

export const healthSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  startedAt: z.iso.datetime(),
  uptimeMs: z.number().nonnegative(),
  /** Streams currently open to clients; returns to 0 when they finish or are cancelled. */
  openStreams: z.number().int().nonnegative(),
  node: z.string(),
  platform: z.string()
})
export type Health = z.infer<typeof healthSchema>

export const tickSchema = z.object({ n: z.number().int().positive(), at: z.iso.datetime() })
export type Tick = z.infer<typeof tickSchema>

export const ticksInputSchema = z.object({
  intervalMs: z.number().int().min(10).max(10_000).default(500),
  /** Stop after this many ticks; without it the stream runs until cancelled. */
  count: z.number().int().min(1).max(100_000).optional()
})

export const systemContract = {
  health: base.output(healthSchema),
  /** A stream that proves streaming and cancellation through every door. */
  ticks: base.input(ticksInputSchema).output(eventIterator(tickSchema))
}
