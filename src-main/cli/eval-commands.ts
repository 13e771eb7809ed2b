import { UsageError } from './run-command'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { scorerVersion } from '../assessment/rule-scorer'
import type { Case } from '../cases/case-schema'
import { createCore, type Core, type CoreOptions } from '../core/create-core'
import { patientModelFromRoles } from '../engines/role-models'
import { CasePackInvalidError } from '../core/errors'
import { printProblems } from './case-commands'
import { evaluateCase, overall, pairTranscripts, type CaseReport, type Figures } from '../eval/patient-eval'
import { evaluateScorerCase, scorerSummary, type ScorerCaseReport, type VariantScore } from '../eval/scorer-eval'
import type { SessionLanguage } from '../patient/localize'

const percent = (value: number) => `${(value * 100).toFixed(1)}%`
const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`)

function row(label: string, figures: Figures): string {
  return [label.padEnd(24), String(figures.questions).padStart(5), String(figures.leaks).padStart(6), percent(figures.polarityAgreement).padStart(9), figures.rougeL.toFixed(3).padStart(8), percent(figures.answeredRate).padStart(9), ms(figures.latencyP50Ms).padStart(10), ms(figures.latencyP95Ms).padStart(10)].join(' ')
}

interface EvalSet {
  core: Core
  language: SessionLanguage
  pairs: { packId: string; source: Case; file: string }[]
}

/** Imports the cases into a throwaway data folder and pairs them with the transcripts; the folder goes when the work is done. */
async function withEvalSet<T>(options: { cases: string; transcripts: string; language?: SessionLanguage | undefined }, work: (set: EvalSet) => Promise<T>, coreOptions: CoreOptions = {}): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cliniclab-eval-'))
  const core = createCore({ dataDir, logLevel: 'warn' }, coreOptions)
  try {
    let imported
    try {
      imported = core.cases.importPack(resolve(options.cases))
    } catch (error) {
      if (error instanceof CasePackInvalidError) printProblems('error', error.data.problems)
      throw error
    }
    const packId = imported.manifest.id
    const cases = core.cases.list().filter((item) => item.packId === packId).map((item) => ({ packId, source: core.cases.get(packId, item.id)! }))
    const pairs = pairTranscripts(cases, resolve(options.transcripts))
    if (pairs.length === 0) throw new UsageError(`No transcript in ${options.transcripts} matches a case file name in ${options.cases}.`)
    const language = options.language ?? (imported.manifest.languages[0] === 'en' ? 'en' : 'zh')
    return await work({ core, language, pairs })
  } finally {
    await core.dispose()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * `cliniclab eval patient`: imports the cases into a throwaway data folder,
 * replays every transcript and prints per-case and overall figures.
 */
export async function evalPatientCommand(options: { cases: string; transcripts: string; engine: string; language?: 'zh' | 'en'; json?: string }, userDataDir: string): Promise<void> {
  if (options.engine !== 'scripted' && options.engine !== 'patient') {
    throw new UsageError(`--engine ${options.engine}: "scripted", or "patient" for whatever the patient role runs on (\`cliniclab engines list\`).`)
  }
  // The cases go into a throwaway folder; the patient role (endpoint, model, adapter, key) comes from the user's own.
  const userCore = options.engine === 'patient' ? createCore({ dataDir: userDataDir, logLevel: 'warn' }) : null
  const patientModel = userCore ? patientModelFromRoles(userCore.roles) : () => null
  if (userCore && !patientModel()) {
    await userCore.dispose()
    throw new UsageError('--engine patient: no endpoint is assigned to the patient role; run `cliniclab engines assign patient ENDPOINT MODEL` first.')
  }
  try {
    await evalPatient(options, patientModel)
  } finally {
    await userCore?.dispose()
  }
}

async function evalPatient(options: { cases: string; transcripts: string; engine: string; language?: 'zh' | 'en'; json?: string }, patientModel: NonNullable<CoreOptions['patientModel']>): Promise<void> {
  await withEvalSet(options, async ({ core, language, pairs }) => {
    const reports: CaseReport[] = []
    for (const pair of pairs) reports.push(await evaluateCase(core, pair.packId, pair.source, pair.file, language))

    const header = ['setup'.padEnd(24), 'turns'.padStart(5), 'leaks'.padStart(6), 'polarity'.padStart(9), 'ROUGE-L'.padStart(8), 'answered'.padStart(9), 'p50'.padStart(10), 'p95'.padStart(10)].join(' ')
    process.stdout.write(`Patient evaluation: ${pairs.length} case(s) from ${options.cases}, engine ${options.engine}, language ${language}\n`)
    process.stdout.write('ROUGE-L is F over characters (tokenizer-free); polarity = both affirm or both deny.\n\n')
    process.stdout.write(`${header}\n`)
    for (const report of reports) process.stdout.write(`${row(`${report.caseId}`, report.patient)}\n`)
    const summary = {
      patient: overall(reports, (report) => report.patient),
      alwaysDeny: overall(reports, (report) => report.baselines.alwaysDeny),
      echoChiefComplaint: overall(reports, (report) => report.baselines.echoChiefComplaint)
    }
    process.stdout.write(`\n${header}\n${row(`overall (${options.engine})`, summary.patient)}\n${row('baseline: always deny', summary.alwaysDeny)}\n${row('baseline: echo complaint', summary.echoChiefComplaint)}\n`)
    if (options.json) {
      writeFileSync(resolve(options.json), `${JSON.stringify({ engine: options.engine, language, summary, cases: reports }, null, 2)}\n`)
      process.stdout.write(`\nJSON written to ${options.json}\n`)
    }
  }, { patientModel })
}

/**
 * `cliniclab eval scorer`: each human consultation scored as if a student had
 * asked its questions, against two degraded copies of itself.
 */
export async function evalScorerCommand(options: { cases: string; transcripts: string; language?: 'zh' | 'en'; json?: string }): Promise<void> {
  await withEvalSet(options, async ({ core, language, pairs }) => {
    const reports: ScorerCaseReport[] = []
    for (const pair of pairs) reports.push(await evaluateScorerCase(core, pair.packId, pair.source, pair.file, language))
    const cell = (variant: VariantScore) => `${variant.total.toFixed(1).padStart(6)} (${String(variant.questions).padStart(3)}q)`
    const header = ['case'.padEnd(16), 'full'.padStart(13), 'first 5'.padStart(13), 'no history'.padStart(13), 'full>first5'.padStart(12), 'full>nohist'.padStart(12)].join(' ')
    process.stdout.write(`Scorer evaluation (${scorerVersion}): ${pairs.length} consultation(s) from ${options.transcripts}, language ${language}\n`)
    process.stdout.write('Each transcript\'s questions are replayed into a session and scored out of 100 (no diagnosis submitted, so at most the history-taking parts count).\n\n')
    process.stdout.write(`${header}\n`)
    const mark = (value: boolean) => (value ? 'yes' : 'NO').padStart(12)
    for (const report of reports) {
      process.stdout.write(`${[report.caseId.slice(0, 16).padEnd(16), cell(report.full), cell(report.firstFive), cell(report.withoutHistory), mark(report.full.total > report.firstFive.total), mark(report.full.total > report.withoutHistory.total)].join(' ')}\n`)
    }
    const summary = scorerSummary(reports)
    process.stdout.write(`\nmean score: full ${summary.meanFull.toFixed(1)}, first 5 questions ${summary.meanFirstFive.toFixed(1)}, without history ${summary.meanWithoutHistory.toFixed(1)}\n`)
    process.stdout.write(`full > first 5: ${percent(summary.fullAboveFirstFive)} of cases; full > without history: ${percent(summary.fullAboveWithoutHistory)} of cases\n`)
    if (options.json) {
      writeFileSync(resolve(options.json), `${JSON.stringify({ scorerVersion, language, summary, cases: reports }, null, 2)}\n`)
      process.stdout.write(`\nJSON written to ${options.json}\n`)
    }
  })
}
