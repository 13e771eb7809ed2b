import type { StatementCache } from './statement-cache'

export interface ScoreRow {
  id: number
  sessionId: string
  scorerVersion: string
  total: number
  /** The scorer's full result as JSON; parsed by the assessment service against its schema. */
  result: string
  traceId: string | null
  createdAt: string
}

export interface CritiqueRow {
  id: number
  sessionId: string
  engine: string
  model: string
  adapter: string | null
  promptVersion: string
  verdict: string
  latencyMs: number | null
  traceId: string | null
  createdAt: string
}

/** A finished session with its latest score: the rows history, leaderboards and CSV export are built from. */
export interface ScoredSessionRow {
  sessionId: string
  profileId: string | null
  displayName: string | null
  packId: string
  caseId: string
  caseTitle: string
  language: 'zh' | 'en'
  startedAt: string
  endedAt: string | null
  finalDiagnosis: string | null
  scorerVersion: string
  total: number
  result: string
}

const scoreColumns = 'id, session_id AS sessionId, scorer_version AS scorerVersion, total, result, trace_id AS traceId, created_at AS createdAt'

/** Scores and critiques of practice sessions. */
export class ScoreRepository {
  constructor(private readonly sql: StatementCache) {}

  insertScore(score: Omit<ScoreRow, 'id'>): void {
    this.sql
      .get(
        `INSERT INTO session_scores (session_id, scorer_version, total, result, trace_id, created_at)
         VALUES (@sessionId, @scorerVersion, @total, @result, @traceId, @createdAt)
         ON CONFLICT (session_id, scorer_version) DO NOTHING`
      )
      .run(score)
  }

  /** Every score of a session, oldest first. */
  scores(sessionId: string): ScoreRow[] {
    return this.sql.get<[string], ScoreRow>(`SELECT ${scoreColumns} FROM session_scores WHERE session_id = ? ORDER BY id`).all(sessionId)
  }

  insertCritique(critique: Omit<CritiqueRow, 'id'>): number {
    const { lastInsertRowid } = this.sql
      .get(
        `INSERT INTO session_critiques (session_id, engine, model, adapter, prompt_version, verdict, latency_ms, trace_id, created_at)
         VALUES (@sessionId, @engine, @model, @adapter, @promptVersion, @verdict, @latencyMs, @traceId, @createdAt)`
      )
      .run(critique)
    return Number(lastInsertRowid)
  }

  critiques(sessionId: string): CritiqueRow[] {
    return this.sql
      .get<[string], CritiqueRow>(
        `SELECT id, session_id AS sessionId, engine, model, adapter, prompt_version AS promptVersion, verdict, latency_ms AS latencyMs, trace_id AS traceId, created_at AS createdAt
         FROM session_critiques WHERE session_id = ? ORDER BY id`
      )
      .all(sessionId)
  }

  /** Submitted sessions that have no score from this scorer version yet. */
  unscored(scorerVersion: string): string[] {
    return this.sql
      .get<[string], { id: string }>(
        `SELECT id FROM patient_sessions s WHERE status = 'submitted' AND NOT EXISTS (SELECT 1 FROM session_scores WHERE session_id = s.id AND scorer_version = ?) ORDER BY ended_at`
      )
      .all(scorerVersion)
      .map((row) => row.id)
  }

  /** Submitted sessions with their most recent score, newest first. */
  scoredSessions(filter: { profileId?: string | undefined; packId?: string | undefined; caseId?: string | undefined } = {}): ScoredSessionRow[] {
    return this.sql
      .get<[{ profileId: string | null; packId: string | null; caseId: string | null }], ScoredSessionRow>(
        `SELECT s.id AS sessionId, s.profile_id AS profileId, p.display_name AS displayName, s.pack_id AS packId, s.case_id AS caseId,
                json_extract(s.case_snapshot, '$.title') AS caseTitle, s.language, s.started_at AS startedAt, s.ended_at AS endedAt,
                s.final_diagnosis AS finalDiagnosis, sc.scorer_version AS scorerVersion, sc.total, sc.result
         FROM patient_sessions s
         JOIN session_scores sc ON sc.id = (SELECT max(id) FROM session_scores WHERE session_id = s.id)
         LEFT JOIN profiles p ON p.id = s.profile_id
         WHERE s.status = 'submitted'
           AND (@profileId IS NULL OR s.profile_id = @profileId) AND (@packId IS NULL OR s.pack_id = @packId) AND (@caseId IS NULL OR s.case_id = @caseId)
         ORDER BY s.ended_at DESC, s.id`
      )
      .all({ profileId: filter.profileId ?? null, packId: filter.packId ?? null, caseId: filter.caseId ?? null })
  }
}
