import type { Case, Localized } from '../cases/case-schema'
import type { StatementCache } from './statement-cache'

export interface SessionRow {
  id: string
  profileId: string | null
  packId: string
  caseId: string
  language: 'zh' | 'en'
  responder: string
  status: 'active' | 'submitted'
  startedAt: string
  endedAt: string | null
  finalDiagnosis: string | null
  differential: string[] | null
}

export interface MessageRow {
  id: number
  role: 'student' | 'patient'
  text: string
  createdAt: string
  status: 'complete' | 'interrupted'
  latencyMs: number | null
  engine: string | null
  model: string | null
  adapter: string | null
  outputTokens: number | null
  factIds: string[]
}

export interface OrderRow {
  id: number
  text: string
  resolution: 'matched' | 'default' | 'unavailable' | 'vague' | 'unrecognised'
  kind: 'exam' | 'test' | null
  itemId: string | null
  name: Localized | null
  result: Localized | null
  costCny: number
  turnaroundMinutes: number
  createdAt: string
}

export type NewMessage = Omit<MessageRow, 'id' | 'createdAt' | 'factIds' | 'status'> & { status?: MessageRow['status'] }

const sessionColumns = `id, profile_id AS profileId, pack_id AS packId, case_id AS caseId, language, responder, status,
  started_at AS startedAt, ended_at AS endedAt, final_diagnosis AS finalDiagnosis, differential`

/** Patient-practice sessions: every message, fact revealed, order and guard event, written as it happens. */
export class SessionRepository {
  constructor(private readonly sql: StatementCache) {}

  create(session: Omit<SessionRow, 'status' | 'endedAt' | 'finalDiagnosis' | 'differential'>, snapshot: Case): void {
    this.sql
      .get(
        `INSERT INTO patient_sessions (id, profile_id, pack_id, case_id, case_snapshot, language, responder, status, started_at)
         VALUES (@id, @profileId, @packId, @caseId, @snapshot, @language, @responder, 'active', @startedAt)`
      )
      .run({ ...session, snapshot: JSON.stringify(snapshot) })
  }

  get(id: string): SessionRow | null {
    const row = this.sql.get<[string], Omit<SessionRow, 'differential'> & { differential: string | null }>(`SELECT ${sessionColumns} FROM patient_sessions WHERE id = ?`).get(id)
    return row ? { ...row, differential: row.differential ? (JSON.parse(row.differential) as string[]) : null } : null
  }

  snapshot(id: string): Case | null {
    const row = this.sql.get<[string], { body: string }>('SELECT case_snapshot AS body FROM patient_sessions WHERE id = ?').get(id)
    return row ? (JSON.parse(row.body) as Case) : null
  }

  addMessage(sessionId: string, message: NewMessage, factIds: readonly string[] = [], now = new Date()): number {
    const { lastInsertRowid } = this.sql
      .get(
        `INSERT INTO session_messages (session_id, role, text, created_at, status, latency_ms, engine, model, adapter, output_tokens)
         VALUES (@sessionId, @role, @text, @createdAt, @status, @latencyMs, @engine, @model, @adapter, @outputTokens)`
      )
      .run({ sessionId, ...message, status: message.status ?? 'complete', createdAt: now.toISOString() })
    const ledger = this.sql.get('INSERT OR IGNORE INTO fact_ledger (message_id, fact_id) VALUES (?, ?)')
    for (const factId of factIds) ledger.run(lastInsertRowid, factId)
    return Number(lastInsertRowid)
  }

  messages(sessionId: string): MessageRow[] {
    const rows = this.sql
      .get<[string], Omit<MessageRow, 'factIds'> & { factIds: string | null }>(
        `SELECT m.id, m.role, m.text, m.created_at AS createdAt, m.status, m.latency_ms AS latencyMs, m.engine, m.model, m.adapter,
                m.output_tokens AS outputTokens, (SELECT json_group_array(fact_id) FROM fact_ledger l WHERE l.message_id = m.id) AS factIds
         FROM session_messages m WHERE m.session_id = ? ORDER BY m.id`
      )
      .all(sessionId)
    return rows.map((row) => ({ ...row, factIds: row.factIds ? (JSON.parse(row.factIds) as string[]) : [] }))
  }

  revealedFactIds(sessionId: string): Set<string> {
    const rows = this.sql
      .get<[string], { factId: string }>('SELECT DISTINCT l.fact_id AS factId FROM fact_ledger l JOIN session_messages m ON m.id = l.message_id WHERE m.session_id = ?')
      .all(sessionId)
    return new Set(rows.map((row) => row.factId))
  }

  addOrder(sessionId: string, order: Omit<OrderRow, 'id' | 'createdAt'>, now = new Date()): number {
    const { lastInsertRowid } = this.sql
      .get(
        `INSERT INTO session_orders (session_id, text, resolution, kind, item_id, name, result, cost_cny, turnaround_minutes, created_at)
         VALUES (@sessionId, @text, @resolution, @kind, @itemId, @name, @result, @costCny, @turnaroundMinutes, @createdAt)`
      )
      .run({
        sessionId,
        ...order,
        name: order.name ? JSON.stringify(order.name) : null,
        result: order.result ? JSON.stringify(order.result) : null,
        createdAt: now.toISOString()
      })
    return Number(lastInsertRowid)
  }

  orders(sessionId: string): OrderRow[] {
    return this.sql
      .get<[string], Omit<OrderRow, 'name' | 'result'> & { name: string | null; result: string | null }>(
        `SELECT id, text, resolution, kind, item_id AS itemId, name, result, cost_cny AS costCny, turnaround_minutes AS turnaroundMinutes, created_at AS createdAt
         FROM session_orders WHERE session_id = ? ORDER BY id`
      )
      .all(sessionId)
      .map((row) => ({ ...row, name: row.name ? (JSON.parse(row.name) as Localized) : null, result: row.result ? (JSON.parse(row.result) as Localized) : null }))
  }

  addGuardEvent(sessionId: string, event: { question: string; rejectedReply: string; violations: unknown; action: 'regenerated' | 'replaced' }, now = new Date()): void {
    this.sql
      .get(
        `INSERT INTO guard_events (session_id, question, rejected_reply, violations, action, created_at)
         VALUES (@sessionId, @question, @rejectedReply, @violations, @action, @createdAt)`
      )
      .run({ sessionId, ...event, violations: JSON.stringify(event.violations), createdAt: now.toISOString() })
  }

  guardEvents(sessionId: string): { question: string; rejectedReply: string; violations: unknown; action: string }[] {
    return this.sql
      .get<[string], { question: string; rejectedReply: string; violations: string; action: string }>(
        'SELECT question, rejected_reply AS rejectedReply, violations, action FROM guard_events WHERE session_id = ? ORDER BY id'
      )
      .all(sessionId)
      .map((row) => ({ ...row, violations: JSON.parse(row.violations) as unknown }))
  }

  submit(sessionId: string, diagnosis: string, differential: string[], now = new Date()): void {
    this.sql
      .get(`UPDATE patient_sessions SET status = 'submitted', ended_at = ?, final_diagnosis = ?, differential = ? WHERE id = ? AND status = 'active'`)
      .run(now.toISOString(), diagnosis, JSON.stringify(differential), sessionId)
  }
}
