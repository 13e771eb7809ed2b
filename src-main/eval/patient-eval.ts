import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { z } from 'zod'
import type { Case } from '../cases/case-schema'
import type { Core } from '../core/create-core'
import { DisclosureGuard } from '../patient/disclosure-guard'
import { pick, type SessionLanguage } from '../patient/localize'
import { fallbackReplies } from '../patient/scripted-patient'
import { percentile } from './percentile'
import { polarity } from './polarity'
import { rougeLCharF } from './rouge'

const transcriptSchema = z.array(z.object({ round: z.union([z.number(), z.string()]).optional(), question: z.string(), answer: z.string() }).loose())

export interface ReplyRecord {
  question: string
  human: string
  reply: string
  leak: boolean
  polarityAgrees: boolean
  rougeL: number
  answered: boolean
  latencyMs: number
}

export interface Figures {
  questions: number
  leaks: number
  polarityAgreement: number
  rougeL: number
  answeredRate: number
  latencyP50Ms: number
  latencyP95Ms: number
}

export interface CaseReport {
  caseId: string
  transcript: string
  patient: Figures
  baselines: { alwaysDeny: Figures; echoChiefComplaint: Figures }
}

export function summarize(records: readonly ReplyRecord[]): Figures {
  const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0)
  return {
    questions: records.length,
    leaks: records.filter((record) => record.leak).length,
    polarityAgreement: mean(records.map((record) => (record.polarityAgrees ? 1 : 0))),
    rougeL: mean(records.map((record) => record.rougeL)),
    answeredRate: mean(records.map((record) => (record.answered ? 1 : 0))),
    latencyP50Ms: percentile(records.map((record) => record.latencyMs), 50),
    latencyP95Ms: percentile(records.map((record) => record.latencyMs), 95)
  }
}

/** Transcripts are paired with cases by file name: transcripts/01.json ↔ the case imported from cases/01.json. */
export function pairTranscripts(cases: readonly { packId: string; source: Case }[], transcriptDir: string): { packId: string; source: Case; file: string }[] {
  const files = readdirSync(transcriptDir).filter((name) => name.endsWith('.json')).sort()
  return files.flatMap((file) => {
    const match = cases.find(({ source }) => source.source && basename(source.source.file) === file)
    return match ? [{ ...match, file: join(transcriptDir, file) }] : []
  })
}

/**
 * Replays each human standardized-patient consultation's questions into a
 * fresh session and compares the replies with the human's answers; two
 * trivial baselines get the same measures so the numbers mean something.
 */
export async function evaluateCase(core: Core, packId: string, source: Case, transcriptFile: string, language: SessionLanguage): Promise<CaseReport> {
  const turns = transcriptSchema.parse(JSON.parse(readFileSync(transcriptFile, 'utf8')))
  const guard = new DisclosureGuard(source)
  const sessionId = core.patient.start({ packId, caseId: source.id, language })
  const chiefComplaint = pick(source.facts.find((fact) => fact.category === 'chief-complaint')?.say, language)
  const denial = language === 'zh' ? '没有。' : 'No.'
  const volunteered = source.facts.filter((fact) => fact.disclosure === 'volunteered').map((fact) => fact.id)

  const patient: ReplyRecord[] = []
  const alwaysDeny: ReplyRecord[] = []
  const echo: ReplyRecord[] = []
  for (const turn of turns) {
    let reply = ''
    let latencyMs = 0
    for await (const part of core.patient.ask(sessionId, turn.question)) {
      if (part.type === 'done') {
        reply = part.message.text
        latencyMs = part.message.latencyMs ?? 0
      }
      if (part.type === 'error') reply = ''
    }
    // Volunteered facts are always the patient's to say; everything else only once the ledger has it.
    const ledger = new Set([...core.store.sessions.revealedFactIds(sessionId), ...volunteered])
    const record = (text: string, latency: number, substantive: boolean): ReplyRecord => ({
      question: turn.question,
      human: turn.answer,
      reply: text,
      // A leak is judged with nothing sanctioned but what the session has revealed: the same guard, run after the fact.
      leak: guard.check(text, { question: turn.question, allowedFactIds: ledger, orderedItemIds: new Set() }).some((violation) => violation.kind !== 'hidden-fact'),
      polarityAgrees: polarity(text) === polarity(turn.answer),
      rougeL: rougeLCharF(text, turn.answer),
      answered: substantive && text.length > 0 && !fallbackReplies.has(text),
      latencyMs: latency
    })
    patient.push(record(reply, latencyMs, true))
    // A constant answer is a fallback by construction: the baselines answer nothing.
    alwaysDeny.push(record(denial, 0, false))
    echo.push(record(chiefComplaint, 0, false))
  }
  return {
    caseId: source.id,
    transcript: basename(transcriptFile),
    patient: summarize(patient),
    baselines: { alwaysDeny: summarize(alwaysDeny), echoChiefComplaint: summarize(echo) }
  }
}

export function overall(reports: readonly CaseReport[], pickFigures: (report: CaseReport) => Figures): Figures {
  const total = reports.reduce((sum, report) => sum + pickFigures(report).questions, 0)
  const weighted = (key: keyof Figures) => (total ? reports.reduce((sum, report) => sum + pickFigures(report)[key] * pickFigures(report).questions, 0) / total : 0)
  return {
    questions: total,
    leaks: reports.reduce((sum, report) => sum + pickFigures(report).leaks, 0),
    polarityAgreement: weighted('polarityAgreement'),
    rougeL: weighted('rougeL'),
    answeredRate: weighted('answeredRate'),
    latencyP50Ms: percentile(reports.map((report) => pickFigures(report).latencyP50Ms), 50),
    latencyP95Ms: Math.max(0, ...reports.map((report) => pickFigures(report).latencyP95Ms))
  }
}
