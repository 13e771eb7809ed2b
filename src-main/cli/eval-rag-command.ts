import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createCore, type Core } from '../core/create-core'
import { AppError } from '../core/errors'
import { addFolder, askQuestions, formatRagEval, summarize, type RagEvalReport, type RagMode } from '../eval/rag-eval'
import { readQuestions } from '../eval/rag-questions'
import { findStarterKnowledge } from '../knowledge/bundled-knowledge'
import { findCollection } from './kb-commands'
import { waitForIndexing } from './kb-progress'
import { UsageError } from './run-command'

export interface EvalRagOptions {
  kb?: string
  questions: string
  json?: string
  embedderOnnx?: string
  limit?: number
}

const progress = (line: string): void => void process.stderr.write(`… ${line}\n`)

/** Where `--embedder-onnx tiny` writes the generated test model: inside the data folder, so a kept folder is not embedded again. */
const tinyFolder = (dataDir: string) => join(dataDir, 'cache', 'tiny-onnx-256')

async function embedderFolder(dataDir: string, choice: string): Promise<string> {
  if (choice !== 'tiny') return resolve(choice)
  const folder = tinyFolder(dataDir)
  if (!existsSync(join(folder, 'onnx', 'model.onnx'))) {
    progress('--embedder-onnx tiny: generating the random-weight test embedding model (256 dimensions)')
    // A dev dependency (onnx-proto) writes it, so it is loaded only when asked for.
    const { writeTinyOnnxEmbedder } = await import('../test-support/tiny-onnx').catch((error: unknown) => {
      throw new UsageError(`--embedder-onnx tiny needs ClinicLab's dev dependencies (run \`npm ci\` in a checkout): ${error instanceof Error ? error.message : String(error)}`)
    })
    await writeTinyOnnxEmbedder(folder, { dimensions: 256 })
  }
  return folder
}

async function useOnnxEmbedder(core: Core, folder: string): Promise<void> {
  const settings = core.embedders.status().settings
  if (settings.kind === 'onnx' && settings.folder === folder && !settings.quantized) return
  await core.embedders.set({ kind: 'onnx', folder, quantized: false })
  try {
    await core.embedders.current()
  } catch (error) {
    // A kept data folder keeps the embedder it had.
    await core.embedders.set(settings)
    throw error
  }
  await core.knowledge.reembedAll()
}

/**
 * `cliniclab eval rag`: indexes a folder of documents (a throwaway data
 * folder, or the one given with --data so a second run reuses the index),
 * asks every question by full text, vectors and both fused, and reports
 * recall@1, recall@5 and MRR overall and per language.
 */
export async function evalRagCommand(options: EvalRagOptions, explicitDataDir: string | undefined): Promise<void> {
  const questionsFile = resolve(options.questions)
  if (!existsSync(questionsFile)) throw new UsageError(`No question file ${options.questions}.`)
  let questions = readQuestions(questionsFile)
  if (options.limit) questions = questions.slice(0, options.limit)
  const kbDir = options.kb ? resolve(options.kb) : findStarterKnowledge()
  if (!kbDir || !existsSync(kbDir) || !statSync(kbDir).isDirectory()) throw new UsageError(options.kb ? `No folder ${options.kb}.` : 'The starter knowledge pack was not found; pass --kb DIR.')

  const dataDir = explicitDataDir ? resolve(explicitDataDir) : mkdtempSync(join(tmpdir(), 'cliniclab-eval-rag-'))
  const core = createCore({ dataDir, logLevel: 'warn' })
  const stop = new AbortController()
  const interrupt = (): void => stop.abort()
  process.once('SIGINT', interrupt)
  try {
    // Without --embedder-onnx a kept data folder answers with the embedder it has (a throwaway one has none).
    if (options.embedderOnnx) await useOnnxEmbedder(core, await embedderFolder(dataDir, options.embedderOnnx))
    const settings = core.embedders.status().settings
    const testModel = settings.kind === 'onnx' && settings.folder === tinyFolder(dataDir)
    const collectionName = `eval rag · ${kbDir}`
    const collection = findCollection(core, collectionName) ?? core.knowledge.createCollection(collectionName)
    const started = performance.now()
    const { queued, refused } = await addFolder(core, collection.id, kbDir)
    for (const error of refused) process.stderr.write(`  left out: ${error.code}: ${error.message}\n`)
    progress(`indexing ${queued.length} document(s) from ${kbDir}${explicitDataDir ? ` into ${dataDir}` : ''}`)
    if (!(await waitForIndexing(core.knowledge, stop.signal, queued))) throw new AppError('EVAL_STOPPED', 'Stopped while indexing.', {})
    const view = findCollection(core, collection.id)!
    const failed = core.knowledge.status().documents.filter((doc) => doc.collectionId === collection.id && doc.state === 'failed')
    for (const doc of failed) process.stderr.write(`  not indexed: ${doc.name}: ${doc.errorCode}: ${doc.errorMessage}\n`)
    progress(`${view.documents} document(s), ${view.chunks} passage(s) ready in ${((performance.now() - started) / 1000).toFixed(1)} s`)

    const embedderId = core.embedders.id
    const modes: RagMode[] = embedderId ? ['fts', 'vector', 'hybrid'] : ['fts']
    const reason = 'no embedder (pass --embedder-onnx FOLDER, or --embedder-onnx tiny for the random-weight test model)'
    const { results, searchMs } = await askQuestions(core, collection.id, questions, modes, progress)
    const report: RagEvalReport = {
      kb: kbDir,
      questionsFile,
      documents: view.documents,
      passages: view.chunks,
      embedder: { id: embedderId, testModel },
      skipped: embedderId ? [] : (['vector', 'hybrid'] as const).map((mode) => ({ mode, reason })),
      summary: summarize(results, modes),
      searchMs,
      questions: results
    }
    process.stdout.write(`${formatRagEval(report)}\n`)
    if (options.json) {
      writeFileSync(resolve(options.json), `${JSON.stringify(report, null, 2)}\n`)
      process.stdout.write(`\nJSON written to ${options.json}\n`)
    }
  } finally {
    process.off('SIGINT', interrupt)
    await core.dispose()
    if (!explicitDataDir) rmSync(dataDir, { recursive: true, force: true })
  }
}
