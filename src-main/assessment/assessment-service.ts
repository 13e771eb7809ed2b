import { stringify } from 'csv-stringify/sync'
import type { ChecklistSection } from '../cases/checklist-schema'
import type { Localized } from '../cases/case-schema'
import { AppError } from '../core/errors'
import type { Logger } from '../core/logger'
import { pick } from '../patient/localize'
import { SessionNotFoundError, type PatientService } from '../patient/patient-service'
import type { ScoredSessionRow } from '../store/score-repository'
import type { MessageRow, OrderRow } from '../store/session-repository'
import type { Store } from '../store/store'
import { sectionLabels } from './checklist-template'
import { buildCritiquePrompt, checkVerdict, critiquePromptVersion, JudgeUnavailableError, storedVerdictSchema, verdictSchema, type JudgeModel, type StoredVerdict } from './critique'
import { scoreSession, scorerVersion } from './rule-scorer'
import { scoreResultSchema, type ScoreResult } from './score-schema'
import { z } from 'zod'

export class SessionNotFinishedError extends AppError<{ sessionId: string }> {
  constructor(sessionId: string) {
    super('SESSION_NOT_FINISHED', 'This session has not been submitted yet: the report, with the answer, opens after submission.', { sessionId })
  }
}

export interface Critique {
  id: number
  engine: string
  model: string
  adapter: string | null
  promptVersion: string
  latencyMs: number | null
  createdAt: string
  verdict: StoredVerdict
}

export type TimelineEntry =
  | { kind: 'message'; message: MessageRow; turn: number | null; revealed: { id: string; text: Localized }[]; earnedItemIds: string[] }
  | { kind: 'order'; order: OrderRow; turn: number; grade: ScoreResult['orders']['items'][number]['grade'] }

/** Recurring omissions: a section skipped entirely in at least half of a profile's recent sessions (and at least twice). */
const omissionWindow = 10

/**
 * Scores finished sessions with the rule scorer, keeps every version's
 * result, asks the judge for a critique when one is configured, and builds
 * reports, replays, histories and leaderboards from what is stored.
 */
export class AssessmentService {
  constructor(
    private readonly store: Store,
    private readonly patient: PatientService,
    private readonly logger: Logger,
    /** The `judge` role's model; null when none is assigned. */
    private readonly judge: () => JudgeModel | null
  ) {}

  /** Scores a session with the current scorer (once per version) and returns that result. */
  score(sessionId: string, options: { traceId?: string | null; requireSubmitted?: boolean } = {}): ScoreResult {
    const session = this.store.sessions.get(sessionId)
    if (!session) throw new SessionNotFoundError(sessionId)
    if ((options.requireSubmitted ?? true) && session.status !== 'submitted') throw new SessionNotFinishedError(sessionId)
    const existing = this.store.scores.scores(sessionId).find((row) => row.scorerVersion === scorerVersion)
    if (existing) return scoreResultSchema.parse(JSON.parse(existing.result))
    const source = this.store.sessions.snapshot(sessionId)!
    const result = scoreSession({
      source,
      language: session.language,
      messages: this.store.sessions.messages(sessionId),
      orders: this.store.sessions.orders(sessionId),
      finalDiagnosis: session.finalDiagnosis,
      differential: session.differential,
      startedAt: session.startedAt,
      endedAt: session.endedAt
    })
    // Only finished sessions are kept: a score of one still running would go stale with the next question.
    if (session.status === 'submitted') {
      this.store.transaction('assessment.score', () =>
        this.store.scores.insertScore({ sessionId, scorerVersion, total: result.total, result: JSON.stringify(result), traceId: options.traceId ?? null, createdAt: new Date().toISOString() })
      )
      this.logger.info({ sessionId, scorerVersion, total: result.total }, 'session scored')
    }
    return result
  }

  /** Everything the feedback page shows, from the case as it was when the session ran. */
  report(sessionId: string) {
    const view = this.patient.view(sessionId)
    if (view.session.status !== 'submitted') throw new SessionNotFinishedError(sessionId)
    const score = this.score(sessionId)
    const critiques = this.store.scores.critiques(sessionId)
    const latest = critiques.at(-1)
    return {
      view,
      score,
      scoreHistory: this.store.scores.scores(sessionId).map((row) => ({ scorerVersion: row.scorerVersion, total: row.total, createdAt: row.createdAt })),
      critique: latest ? this.#critique(latest) : null,
      judgeAvailable: this.judge() !== null,
      timeline: this.#timeline(sessionId, score)
    }
  }

  async critique(sessionId: string, options: { traceId?: string | null; signal?: AbortSignal } = {}): Promise<Critique> {
    const judge = this.judge()
    if (!judge) throw new JudgeUnavailableError()
    const session = this.store.sessions.get(sessionId)
    if (!session) throw new SessionNotFoundError(sessionId)
    if (session.status !== 'submitted') throw new SessionNotFinishedError(sessionId)
    const score = this.score(sessionId)
    const messages = this.store.sessions.messages(sessionId)
    const processItems = score.checklist.items.filter((item) => item.kind === 'process')
    const prompt = buildCritiquePrompt({ source: this.store.sessions.snapshot(sessionId)!, language: session.language, messages, processItems })
    const started = performance.now()
    const { text } = await judge.completeJson(prompt, { jsonSchema: z.toJSONSchema(verdictSchema) as Record<string, unknown>, temperature: 0, ...(options.signal ? { signal: options.signal } : {}) })
    const verdict = checkVerdict(text, processItems, messages)
    const row = { sessionId, ...judge.info, promptVersion: critiquePromptVersion, verdict: JSON.stringify(verdict), latencyMs: performance.now() - started, traceId: options.traceId ?? null, createdAt: new Date().toISOString() }
    const id = this.store.transaction('assessment.critique', () => this.store.scores.insertCritique(row))
    return this.#critique({ id, ...row })
  }

  /** A profile's record: every session, averages, best per case and what it keeps leaving out. */
  history(profileId: string) {
    this.#scoreMissing()
    const rows = this.store.scores.scoredSessions({ profileId })
    const totals = rows.map((row) => row.total)
    const results = rows.map((row) => this.#parse(row))
    const recent = results.slice(0, omissionWindow)
    const skipped = new Map<ChecklistSection, number>()
    for (const result of recent) for (const section of result.sections) if (section.items > 0 && section.earnedItems === 0) skipped.set(section.id, (skipped.get(section.id) ?? 0) + 1)
    return {
      sessions: rows.map((row, index) => ({ ...this.#summary(row), diagnosisCorrect: results[index]!.diagnosis.correct })),
      average: mean(totals),
      last5Average: mean(totals.slice(0, 5)),
      bestPerCase: [...groupBy(rows, (row) => `${row.packId}/${row.caseId}`).values()].map((group) => ({ packId: group[0]!.packId, caseId: group[0]!.caseId, caseTitle: title(group[0]!), best: Math.max(...group.map((row) => row.total)), attempts: group.length })),
      omissions: [...skipped.entries()]
        .filter(([, count]) => count >= 2 && count * 2 >= recent.length)
        .sort((a, b) => b[1] - a[1])
        .map(([section, count]) => ({ section, label: sectionLabels[section], skipped: count, of: recent.length }))
    }
  }

  /** Profiles ranked on one case (best score), or overall (mean of each profile's best per case). */
  leaderboard(filter: { packId?: string | undefined; caseId?: string | undefined } = {}) {
    this.#scoreMissing()
    const rows = this.store.scores.scoredSessions(filter).filter((row) => row.profileId !== null)
    const entries = [...groupBy(rows, (row) => row.profileId!).values()].map((group) => {
      const bestPerCase = [...groupBy(group, (row) => `${row.packId}/${row.caseId}`).values()].map((attempts) => Math.max(...attempts.map((row) => row.total)))
      return { profileId: group[0]!.profileId!, displayName: group[0]!.displayName ?? '', sessions: group.length, cases: bestPerCase.length, best: Math.max(...group.map((row) => row.total)), average: mean(group.map((row) => row.total)), rankScore: mean(bestPerCase) ?? 0 }
    })
    entries.sort((a, b) => b.rankScore - a.rankScore || b.best - a.best || a.displayName.localeCompare(b.displayName))
    return entries.map((entry, index) => ({ rank: index + 1, ...entry }))
  }

  /** Every scored session as CSV, for instructors (UTF-8 with a byte-order mark so spreadsheet apps read Chinese). */
  resultsCsv(): string {
    this.#scoreMissing()
    const rows = this.store.scores.scoredSessions()
    const header = ['session_id', 'profile', 'pack', 'case', 'case_title', 'language', 'started_at', 'ended_at', 'score', 'scorer_version', 'diagnosis', 'diagnosis_correct', 'questions', 'history', 'process', 'red_flags', 'diagnosis_points', 'orders', 'efficiency', 'cost_cny', 'skipped_sections']
    const body = rows.map((row) => {
      const result = this.#parse(row)
      const points = Object.fromEntries(result.components.map((component) => [component.id, component.applicable ? component.points : '']))
      return [row.sessionId, row.displayName ?? '', row.packId, row.caseId, pick(title(row), row.language), row.language, row.startedAt, row.endedAt ?? '', row.total, row.scorerVersion, row.finalDiagnosis ?? '', result.diagnosis.correct ? 'yes' : 'no', result.efficiency.questions, points.history, points.process, points['red-flags'], points.diagnosis, points.orders, points.efficiency, result.orders.totalCostCny, result.sections.filter((section) => section.items > 0 && section.earnedItems === 0).map((section) => section.id).join(' ')]
    })
    return `\uFEFF${stringify([header, ...body])}`
  }

  /** Sessions submitted through any door, or scored by an older scorer, get the current score before they are ranked. */
  #scoreMissing(): void {
    for (const sessionId of this.store.scores.unscored(scorerVersion)) {
      try {
        this.score(sessionId)
      } catch (error) {
        this.logger.error({ err: error, sessionId }, 'session could not be scored')
      }
    }
  }

  #timeline(sessionId: string, score: ScoreResult): TimelineEntry[] {
    const messages = this.store.sessions.messages(sessionId)
    const orders = this.store.sessions.orders(sessionId)
    const source = this.store.sessions.snapshot(sessionId)!
    const factText = new Map(source.facts.map((fact) => [fact.id, fact.text]))
    const earnedAt = new Map<number, string[]>()
    for (const item of score.checklist.items) if (item.status === 'earned' && item.messageId !== null) earnedAt.set(item.messageId, [...(earnedAt.get(item.messageId) ?? []), item.id])
    let turn = 0
    const entries: TimelineEntry[] = messages.map((message) => ({
      kind: 'message',
      message,
      turn: message.role === 'student' ? ++turn : null,
      revealed: message.factIds.flatMap((id) => (factText.has(id) ? [{ id, text: factText.get(id)! }] : [])),
      earnedItemIds: earnedAt.get(message.id) ?? []
    }))
    const grades = new Map(score.orders.items.map((item) => [item.orderId, item]))
    for (const order of orders) {
      // An order goes after the last message written before it: the place it had on the student's screen.
      const index = entries.findLastIndex((entry) => (entry.kind === 'message' ? entry.message.createdAt : entry.order.createdAt) <= order.createdAt)
      entries.splice(index + 1, 0, { kind: 'order', order, turn: grades.get(order.id)?.turn ?? 0, grade: grades.get(order.id)?.grade ?? 'ungraded' })
    }
    return entries
  }

  #critique(row: { id: number; engine: string; model: string; adapter: string | null; promptVersion: string; verdict: string; latencyMs: number | null; createdAt: string }): Critique {
    return { id: row.id, engine: row.engine, model: row.model, adapter: row.adapter, promptVersion: row.promptVersion, latencyMs: row.latencyMs, createdAt: row.createdAt, verdict: storedVerdictSchema.parse(JSON.parse(row.verdict)) }
  }

  #parse(row: ScoredSessionRow): ScoreResult {
    return scoreResultSchema.parse(JSON.parse(row.result))
  }

  #summary(row: ScoredSessionRow) {
    return { sessionId: row.sessionId, packId: row.packId, caseId: row.caseId, caseTitle: title(row), language: row.language, startedAt: row.startedAt, endedAt: row.endedAt, total: row.total, scorerVersion: row.scorerVersion }
  }
}

const mean = (values: readonly number[]) => (values.length ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10 : null)

function title(row: ScoredSessionRow): Localized {
  return JSON.parse(row.caseTitle) as Localized
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}
