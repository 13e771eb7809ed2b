import type { Database, Statement } from 'better-sqlite3'

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
  readonly #insert: Statement<{ at: string; door: string; actor: string; action: string; traceId: string; outcome: string; detail: string | null }>
  readonly #recent: Statement<[number], Omit<AuditRow, 'detail'> & { detail: string | null }>

  constructor(db: Database) {
    this.#insert = db.prepare(
      `INSERT INTO audit_log (at, door, actor, action, trace_id, outcome, detail)
       VALUES (@at, @door, @actor, @action, @traceId, @outcome, @detail)`
    )
    this.#recent = db.prepare(
      `SELECT id, at, door, actor, action, trace_id AS traceId, outcome, detail
       FROM audit_log ORDER BY id DESC LIMIT ?`
    )
  }

  write(record: AuditRecord, now = new Date()): void {
    this.#insert.run({
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
    return this.#recent.all(limit).map((row) => ({ ...row, detail: row.detail === null ? null : (JSON.parse(row.detail) as unknown) }))
  }
}
