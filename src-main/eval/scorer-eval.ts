import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { z } from 'zod'
import type { Case, FactCategory } from '../cases/case-schema'
import type { Core } from '../core/create-core'
import type { SessionLanguage } from '../patient/localize'
import { toPatientView } from '../patient/patient-view'
import { QuestionMatcher, questionTopics } from '../patient/question-matcher'

/** Only the questions are replayed, so a transcript needs no answers here (eval patient needs them). */
const transcriptSchema = z.array(z.object({ question: z.string() }).loose())

/** 既往史 (with medicines and allergies), 个人史 (with menstrual and reproductive history) and 家族史. */
const historyCategories = new Set<FactCategory>(['past-history', 'surgery', 'medication', 'allergy', 'social', 'menstrual-reproductive', 'family'])

export interface VariantScore {
  questions: number
  total: number
  history: number
}

export interface ScorerCaseReport {
  caseId: string
  transcript: string
  full: VariantScore
  firstFive: VariantScore
  withoutHistory: VariantScore
}

/** Whether a question asks about past, personal or family history: its cues or the facts it reaches. */
export function asksAboutHistory(matcher: QuestionMatcher, question: string): boolean {
  return [...questionTopics(matcher.match(question))].some((category) => historyCategories.has(category))
}

/**
 * Replays a human consultation's questions as if a student asked them, scores
 * the session with the rule scorer, and does the same for two degraded copies
 * (the first five questions; the history questions removed). A scorer worth
 * having ranks the complete consultation above both.
 */
export async function evaluateScorerCase(core: Core, packId: string, source: Case, transcriptFile: string, language: SessionLanguage): Promise<ScorerCaseReport> {
  const questions = transcriptSchema.parse(JSON.parse(readFileSync(transcriptFile, 'utf8'))).map((turn) => turn.question)
  const matcher = new QuestionMatcher(toPatientView(source))
  const run = async (asked: readonly string[]): Promise<VariantScore> => {
    const sessionId = core.patient.start({ packId, caseId: source.id, language })
    for (const question of asked) {
      for await (const part of core.patient.ask(sessionId, question)) void part
    }
    // The transcripts end without a diagnosis, so every variant is scored as asked, unsubmitted.
    const result = core.assessment.score(sessionId, { requireSubmitted: false })
    return { questions: asked.length, total: result.total, history: result.components.find((component) => component.id === 'history')?.points ?? 0 }
  }
  return {
    caseId: source.id,
    transcript: basename(transcriptFile),
    full: await run(questions),
    firstFive: await run(questions.slice(0, 5)),
    withoutHistory: await run(questions.filter((question) => !asksAboutHistory(matcher, question)))
  }
}

export function scorerSummary(reports: readonly ScorerCaseReport[]) {
  const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0)
  return {
    cases: reports.length,
    meanFull: mean(reports.map((report) => report.full.total)),
    meanFirstFive: mean(reports.map((report) => report.firstFive.total)),
    meanWithoutHistory: mean(reports.map((report) => report.withoutHistory.total)),
    fullAboveFirstFive: mean(reports.map((report) => (report.full.total > report.firstFive.total ? 1 : 0))),
    fullAboveWithoutHistory: mean(reports.map((report) => (report.full.total > report.withoutHistory.total ? 1 : 0)))
  }
}
