import type { StatementCache } from './statement-cache'

export interface AuditRecord {
  door: string
  actor: string
  action: string
  traceId: string
  outcome: 'ok' | 'error'
  detail?: unknown
}

export interface AuditRow extends Omit<AuditRecord, 'detail'> {
  id: number
  at: string
  detail: unknown
}

/** Who did what, when, through which door, under which trace id. Append-only. */
export class AuditLog {
  constructor(private readonly sql: StatementCache) {}

  write(record: AuditRecord, now = new Date()): void {
    this.sql
      .get<{ at: string; door: string; actor: string; action: string; traceId: string; outcome: string; detail: string | null }>(
        `INSERT INTO audit_log (at, door, actor, action, trace_id, outcome, detail)
         VALUES (@at, @door, @actor, @action, @traceId, @outcome, @detail)`
      )
      .run({
      at: now.toISOString(),
      door: record.door,
      actor: record.actor,
      action: record.action,
      traceId: record.traceId,
      outcome: record.outcome,
      detail: record.detail === undefined ? null : JSON.stringify(record.detail)
    })
  }

  recent(limit: number): AuditRow[] {
    const rows = this.sql
      .get<[number], Omit<AuditRow, 'detail'> & { detail: string | null }>(
        `SELECT id, at, door, actor, action, trace_id AS traceId, outcome, detail
         FROM audit_log ORDER BY id DESC LIMIT ?`
      )
      .all(limit)
    return rows.map((row) => ({ ...row, detail: row.detail === null ? null : (JSON.parse(row.detail) as unknown) }))
  }
}
