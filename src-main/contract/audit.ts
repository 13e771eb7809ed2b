import { z } from 'zod'
import { base } from './base'

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  door: z.string(),
  actor: z.string(),
  action: z.string(),
  traceId: z.string(),
  outcome: z.enum(['ok', 'error']),
  detail: z.unknown()
})
export type AuditEntry = z.infer<typeof auditEntrySchema>

export const auditContract = {
  recent: base
    .input(z.object({ limit: z.number().int().min(1).max(500).default(50) }))
    .output(z.array(auditEntrySchema))
}
