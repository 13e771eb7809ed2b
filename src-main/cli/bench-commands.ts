import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { benchEngine, formatEngineBench } from '../bench/engine-bench'
import { benchRag, formatRagBench } from '../bench/rag-bench'
import { ensureTinySet } from '../models/tiny-set'
import { UsageError } from './run-command'

export interface BenchEngineOptions {
  model?: string
  concurrency: string
  requests: string
  maxTokens: string
  threads?: string
  cpu?: boolean
  json?: boolean | string
}

function positiveInts(value: string, flag: string): number[] {
  const numbers = value.split(',').map((part) => Number(part.trim()))
  if (numbers.length === 0 || numbers.some((number) => !Number.isInteger(number) || number < 1)) throw new UsageError(`${flag} takes positive whole numbers separated by commas, e.g. 1,2,4 (got "${value}").`)
  return numbers
}

/** `cliniclab bench engine`: node-llama-cpp direct vs through ClinicLab's own OpenAI-compatible API, in one run. */
export async function benchEngineCommand(dataDir: string, options: BenchEngineOptions): Promise<void> {
  const concurrency = positiveInts(options.concurrency, '--concurrency')
  const [requestsPerStream] = positiveInts(options.requests, '--requests')
  const [maxTokens] = positiveInts(options.maxTokens, '--max-tokens')
  const threads = options.threads ? positiveInts(options.threads, '--threads')[0] : undefined
  const progress = (line: string): void => void process.stderr.write(`… ${line}\n`)
  let modelPath = options.model
  if (!modelPath) {
    progress('no --model: generating the tiny random-weight test model (Qwen3 vocabulary)')
    modelPath = (await ensureTinySet(join(dataDir, 'cache', 'tiny-models'))).model
  }
  const result = await benchEngine({ modelPath, concurrency, requestsPerStream: requestsPerStream!, maxTokens: maxTokens!, ...(threads ? { threads } : {}), gpu: options.cpu ? false : 'auto', onProgress: progress })
  if (typeof options.json === 'string') await writeFile(options.json, `${JSON.stringify(result, null, 2)}\n`)
  process.stdout.write(options.json === true ? `${JSON.stringify(result, null, 2)}\n` : `${formatEngineBench(result)}\n`)
}

export interface BenchRagOptions {
  rows: string
  dims: string
  queries: string
  json?: boolean | string
}

/** `cliniclab bench rag`: the knowledge base's index on synthetic passages; flat and indexed vector search compared in one run. */
export async function benchRagCommand(options: BenchRagOptions): Promise<void> {
  const [rows] = positiveInts(options.rows, '--rows')
  const [dimensions] = positiveInts(options.dims, '--dims')
  const [queries] = positiveInts(options.queries, '--queries')
  const result = await benchRag({ rows: rows!, dimensions: dimensions!, queries: queries!, onProgress: (line) => void process.stderr.write(`… ${line}\n`) })
  if (typeof options.json === 'string') await writeFile(options.json, `${JSON.stringify(result, null, 2)}\n`)
  process.stdout.write(options.json === true ? `${JSON.stringify(result, null, 2)}\n` : `${formatRagBench(result)}\n`)
}
