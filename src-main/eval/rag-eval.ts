import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Core } from '../core/create-core'
import { AppError } from '../core/errors'
import { formatOf } from '../knowledge/readers/read-document'
import { percentile } from './percentile'
import { RANK_CUTOFF, rankOf, retrievalFigures, type RetrievalFigures } from './rag-metrics'
import type { RagQuestion } from './rag-questions'

export const ragModes = ['fts', 'vector', 'hybrid'] as const
export type RagMode = (typeof ragModes)[number]
export const modeLabels: Record<RagMode, string> = { fts: 'full-text', vector: 'vector', hybrid: 'hybrid' }

/**
 * The documents under a folder, named by their path inside it with `/`
 * (`zh/acute-appendicitis.md`, as the app names the starter notes). A
 * README describes the folder rather than being a note to retrieve, and
 * files of other kinds (the questions themselves) are not documents.
 */
export function knowledgeFiles(dir: string): { name: string; file: string }[] {
  const found: { name: string; file: string }[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && formatOf(entry.name) && !/^readme\./i.test(entry.name)) found.push({ name: relative(dir, path).split(sep).join('/'), file: path })
    }
  }
  walk(dir)
  return found.sort((a, b) => a.name.localeCompare(b.name))
}

/** Queues every document of the folder not already in the collection (by name); a refused file is returned, not thrown. */
export async function addFolder(core: Core, collectionId: string, dir: string): Promise<{ queued: string[]; refused: AppError[] }> {
  const known = new Set(core.knowledge.status().documents.filter((doc) => doc.collectionId === collectionId).map((doc) => doc.name))
  const refused: AppError[] = []
  const queued: string[] = []
  for (const { name, file } of knowledgeFiles(dir)) {
    if (known.has(name)) continue
    try {
      queued.push((await core.knowledge.addDocument(collectionId, file, { name })).id)
    } catch (error) {
      // A duplicate is refused too: the same text under two names is indexed once, and questions about the second name miss.
      if (!(error instanceof AppError)) throw error
      refused.push(error)
    }
  }
  return { queued, refused }
}

export interface QuestionResult {
  line: number
  question: string
  expected_source: string
  lang: string | null
  /** Rank of the first passage from the expected document (top 10), null when it is not there. */
  ranks: Partial<Record<RagMode, number | null>>
  /** The document of the first passage, to see what was found instead. */
  top: Partial<Record<RagMode, string | null>>
}

export interface RagEvalReport {
  kb: string
  questionsFile: string
  documents: number
  passages: number
  embedder: { id: string | null; testModel: boolean }
  skipped: { mode: RagMode; reason: string }[]
  /** Per mode: `all`, then one entry per `lang` in the questions. */
  summary: Partial<Record<RagMode, Record<string, RetrievalFigures>>>
  searchMs: Partial<Record<RagMode, { p50: number; p95: number }>>
  questions: QuestionResult[]
}

/** Asks every question in each mode and ranks where its expected document came. */
export async function askQuestions(core: Core, collectionId: string, questions: readonly RagQuestion[], modes: readonly RagMode[], onProgress: (line: string) => void = () => undefined) {
  const results: QuestionResult[] = questions.map((item) => ({ line: item.line, question: item.question, expected_source: item.expected_source, lang: item.lang, ranks: {}, top: {} }))
  const searchMs: RagEvalReport['searchMs'] = {}
  for (const mode of modes) {
    onProgress(`${modeLabels[mode]}: ${questions.length} question(s)`)
    const times: number[] = []
    for (const [at, item] of questions.entries()) {
      const started = performance.now()
      const result = await core.knowledge.search({ query: item.question, collectionIds: [collectionId], limit: RANK_CUTOFF, mode })
      times.push(performance.now() - started)
      // A narrower search than asked would be scored as if it were the mode named: stop instead.
      if (result.mode !== mode || result.note) throw new AppError('EVAL_SEARCH_NARROWED', `The ${modeLabels[mode]} search ran as ${result.mode}${result.note ? ` (${result.note})` : ''}; the embedder did not serve this collection.`, {})
      const names = result.hits.map((hit) => hit.documentName)
      results[at]!.ranks[mode] = rankOf(names, item.expected_source)
      results[at]!.top[mode] = names[0] ?? null
    }
    searchMs[mode] = { p50: percentile(times, 50), p95: percentile(times, 95) }
  }
  return { results, searchMs }
}

/** Figures per mode, overall and per language. */
export function summarize(results: readonly QuestionResult[], modes: readonly RagMode[]): RagEvalReport['summary'] {
  const languages = [...new Set(results.map((item) => item.lang).filter((lang): lang is string => lang !== null))].sort()
  const summary: RagEvalReport['summary'] = {}
  for (const mode of modes) {
    const ranks = (subset: readonly QuestionResult[]) => retrievalFigures(subset.map((item) => item.ranks[mode] ?? null))
    summary[mode] = { all: ranks(results), ...Object.fromEntries(languages.map((lang) => [lang, ranks(results.filter((item) => item.lang === lang))])) }
  }
  return summary
}

export function formatRagEval(report: RagEvalReport): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`
  const lines = [
    `RAG retrieval: ${report.questions.length} question(s) from ${report.questionsFile} over ${report.documents} document(s), ${report.passages} passage(s) in ${report.kb}`,
    `embedder: ${report.embedder.id ?? 'none'}${report.embedder.testModel ? '  — the generated RANDOM-WEIGHT TEST MODEL: its vector figures check the plumbing, not retrieval quality' : ''}`,
    `A question is found at the rank of the first passage from its expected document; MRR over the top ${RANK_CUTOFF}.`,
    '',
    `${'mode'.padEnd(10)} ${'lang'.padEnd(5)} ${'questions'.padStart(9)} ${'recall@1'.padStart(9)} ${'recall@5'.padStart(9)} ${'MRR'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`
  ]
  for (const mode of ragModes) {
    const figures = report.summary[mode]
    const skipped = report.skipped.find((entry) => entry.mode === mode)
    if (!figures) {
      lines.push(`${modeLabels[mode].padEnd(10)} skipped: ${skipped?.reason ?? 'not run'}`)
      continue
    }
    for (const [lang, row] of Object.entries(figures)) {
      const latency = lang === 'all' ? report.searchMs[mode] : undefined
      lines.push(
        `${(lang === 'all' ? modeLabels[mode] : '').padEnd(10)} ${lang.padEnd(5)} ${String(row.questions).padStart(9)} ${percent(row.recallAt1).padStart(9)} ${percent(row.recallAt5).padStart(9)} ${row.mrr.toFixed(3).padStart(7)} ${(latency ? latency.p50.toFixed(1) : '').padStart(8)} ${(latency ? latency.p95.toFixed(1) : '').padStart(8)}`
      )
    }
  }
  return lines.map((line) => line.trimEnd()).join('\n')
}
