import { eventIterator } from '@orpc/contract'
import { z } from 'zod'
import { base } from './base'

export const downloadSchema = z.object({
  id: z.string(),
  uri: z.string(),
  fileName: z.string(),
  state: z.enum(['queued', 'downloading', 'verifying', 'done', 'failed', 'cancelled']),
  downloadedBytes: z.number(),
  totalBytes: z.number().nullable(),
  resumedFromBytes: z.number(),
  bytesPerSecond: z.number(),
  sha256: z.string().nullable(),
  verified: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  resultId: z.string().nullable()
})
export type DownloadItem = z.infer<typeof downloadSchema>

/** Model downloads: the only place the app reaches the network on its own, and only when the user starts one. */
export const downloadsContract = {
  list: base.output(z.array(downloadSchema)),
  /** The list now, then after every change (at most ten times a second). */
  watch: base.output(eventIterator(z.array(downloadSchema))),
  start: base
    .meta({ audit: true })
    .input(z.object({ uri: z.string().trim().min(3).max(2000), sha256: z.string().trim().regex(/^[0-9a-fA-F]{64}$/, '64 hexadecimal characters').optional() }))
    .output(downloadSchema),
  cancel: base.meta({ audit: true }).input(z.object({ id: z.string().min(1), discard: z.boolean().default(false) })).output(downloadSchema),
  /** Partial files left by an earlier run; starting the same URI resumes them. */
  interrupted: base.output(z.array(z.object({ uri: z.string(), fileName: z.string(), downloadedBytes: z.number(), totalBytes: z.number().nullable() })))
}
