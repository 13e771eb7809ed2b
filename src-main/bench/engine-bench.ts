import type { ChatMessage, InferenceEngine, ModelRef } from '../engines/engine-types'
import { LlamaCppEngine } from '../engines/llama-cpp-engine'
import { OpenAiEngine } from '../engines/openai-engine'
import { engineResolver, OpenAiServer } from '../engines/openai-server'
import { summarize, type RequestSample, type ServeSummary } from './serve-metrics'

export interface EngineBenchOptions {
  modelPath: string
  concurrency: number[]
  /** Requests per concurrency level = this × the level, so every level keeps its streams busy equally long. */
  requestsPerStream: number
  maxTokens: number
  threads?: number
  gpu?: 'auto' | false
  onProgress?: (line: string) => void
}

export interface EngineBenchLevel {
  concurrency: number
  direct: ServeSummary
  api: ServeSummary
  /** (b)/(a) output throughput. */
  throughput_ratio: number
  /** Median TTFT added by the HTTP path, ms. */
  added_median_ttft_ms: number
}

export interface EngineBenchResult {
  model: string
  threads: number
  gpu: string | false
  max_tokens: number
  levels: EngineBenchLevel[]
  /** Aggregate output tokens/s at the highest level ÷ at concurrency 1, for each setup. */
  scaling: { direct: number; api: number } | null
}

// Clinical prompts of different lengths in both languages, so prompt processing is part of TTFT.
const prompts: string[] = [
  '我胸口痛了两个小时，还出冷汗，怎么办？',
  'A 67-year-old man has crushing chest pain radiating to the left arm for 40 minutes. What are the first investigations?',
  '孩子发烧三天，咳嗽，呼吸有点快。需要注意什么？',
  'Summarise the red flags for headache in one paragraph.',
  '糖尿病患者恶心呕吐、口渴多尿，血糖很高，可能是什么问题？',
  'List the differential diagnosis of right lower quadrant pain in a young woman.',
  '请用通俗的话解释什么是心力衰竭。',
  'What should a patient with suspected stroke do in the first hour?'
]

async function measure(engine: InferenceEngine, model: ModelRef, prompt: string, maxTokens: number): Promise<RequestSample> {
  const messages: ChatMessage[] = [
    { role: 'system', content: '你是一名临床助手。You are a clinical assistant.' },
    { role: 'user', content: prompt }
  ]
  const started = performance.now()
  let ttftMs: number | null = null
  let last = started
  const itlMs: number[] = []
  let inputTokens = 0
  let outputTokens = 0
  let ok = false
  // Temperature 0 and a fixed budget: both setups generate the same tokens, so the comparison is of the paths alone.
  for await (const part of engine.chat(model, { messages, sampling: { maxTokens, temperature: 0, seed: 7 } })) {
    if (part.type === 'text-delta' || part.type === 'reasoning-delta') {
      const now = performance.now()
      if (ttftMs === null) ttftMs = now - started
      else itlMs.push(now - last)
      last = now
    } else if (part.type === 'usage') {
      inputTokens = part.inputTokens
      outputTokens = part.outputTokens
    } else if (part.type === 'finish') ok = part.reason === 'stop' || part.reason === 'length'
  }
  return { ok, inputTokens, outputTokens, ttftMs, e2elMs: performance.now() - started, itlMs }
}

/** `concurrency` requests at once, prompts taken from `first` on; returns the wall time. */
async function runBatch(engine: InferenceEngine, model: ModelRef, concurrency: number, first: number, maxTokens: number, samples: RequestSample[]): Promise<number> {
  const started = performance.now()
  samples.push(...(await Promise.all(Array.from({ length: concurrency }, (_, stream) => measure(engine, model, prompts[(first + stream) % prompts.length]!, maxTokens)))))
  return performance.now() - started
}

/**
 * One concurrency level for both setups, in alternating rounds (a, b, a, b …)
 * so that drift in the machine's speed (other processes, thermal) falls on
 * both equally instead of on whichever ran second.
 */
async function runLevel(setups: { direct: InferenceEngine; api: InferenceEngine }, model: ModelRef, concurrency: number, requestsPerStream: number, maxTokens: number): Promise<{ direct: ServeSummary; api: ServeSummary }> {
  const samples = { direct: [] as RequestSample[], api: [] as RequestSample[] }
  const duration = { direct: 0, api: 0 }
  for (let round = 0; round < requestsPerStream; round++) {
    for (const name of ['direct', 'api'] as const) duration[name] += await runBatch(setups[name], model, concurrency, round * concurrency, maxTokens, samples[name])
  }
  return { direct: summarize(samples.direct, duration.direct), api: summarize(samples.api, duration.api) }
}

/**
 * `cliniclab bench engine`: the same prompts (a) straight into node-llama-cpp
 * and (b) through ClinicLab's own path — the local OpenAI-compatible API over
 * HTTP/SSE, read by the OpenAI client engine — in one run, one loaded model.
 */
export async function benchEngine(options: EngineBenchOptions): Promise<EngineBenchResult> {
  const maxConcurrency = Math.max(...options.concurrency)
  const engine = await LlamaCppEngine.load({ modelPath: options.modelPath, gpu: options.gpu ?? 'auto', ...(options.threads ? { threads: options.threads } : {}), sequences: maxConcurrency, contextSize: 1024, maxWaiting: maxConcurrency * 4 })
  const server = new OpenAiServer({ resolver: engineResolver(engine) })
  try {
    await server.listen()
    const viaApi = new OpenAiEngine({ baseUrl: server.baseUrl, apiKey: server.apiKey })
    const model = { model: engine.info.name }
    options.onProgress?.(`model ${engine.info.name}, ${engine.info.threads} threads, gpu ${String(engine.info.gpu)}; warming up`)
    await measure(engine, model, prompts[0]!, 8)
    await measure(viaApi, model, prompts[0]!, 8)
    const levels: EngineBenchLevel[] = []
    for (const concurrency of options.concurrency) {
      options.onProgress?.(`concurrency ${concurrency}: ${options.requestsPerStream * concurrency} requests per setup, alternating direct and through the local API`)
      const { direct, api } = await runLevel({ direct: engine, api: viaApi }, model, concurrency, options.requestsPerStream, options.maxTokens)
      levels.push({ concurrency, direct, api, throughput_ratio: api.output_throughput / direct.output_throughput, added_median_ttft_ms: api.median_ttft_ms - direct.median_ttft_ms })
    }
    const first = levels.find((level) => level.concurrency === 1)
    const last = levels.at(-1)
    return {
      model: engine.info.name,
      threads: engine.info.threads,
      gpu: engine.info.gpu,
      max_tokens: options.maxTokens,
      levels,
      scaling: first && last && last !== first ? { direct: last.direct.output_throughput / first.direct.output_throughput, api: last.api.output_throughput / first.api.output_throughput } : null
    }
  } finally {
    await server.close()
    await engine.dispose()
  }
}

export function formatEngineBench(result: EngineBenchResult): string {
  const number = (value: number, digits = 1): string => value.toFixed(digits)
  const lines = [`model ${result.model} · threads ${result.threads} · gpu ${String(result.gpu)} · max_tokens ${result.max_tokens}`, '']
  lines.push('conc  setup   completed  output_throughput  median_ttft_ms  p99_ttft_ms  median_itl_ms  median_tpot_ms  median_e2el_ms')
  for (const level of result.levels) {
    for (const [name, summary] of [['(a) direct', level.direct], ['(b) api', level.api]] as const) {
      lines.push(
        `${String(level.concurrency).padEnd(5)} ${name.padEnd(11)} ${String(summary.completed).padStart(5)}  ${number(summary.output_throughput).padStart(17)}  ${number(summary.median_ttft_ms, 2).padStart(14)}  ${number(summary.p99_ttft_ms, 2).padStart(11)}  ${number(summary.median_itl_ms, 2).padStart(13)}  ${number(summary.median_tpot_ms, 2).padStart(14)}  ${number(summary.median_e2el_ms).padStart(14)}`
      )
    }
    lines.push(`      (b)/(a) throughput ${number(level.throughput_ratio, 3)} · added median TTFT ${number(level.added_median_ttft_ms, 2)} ms`)
  }
  if (result.scaling) lines.push('', `aggregate tokens/s at concurrency ${result.levels.at(-1)!.concurrency} vs 1: direct ×${number(result.scaling.direct, 2)}, api ×${number(result.scaling.api, 2)}`)
  return lines.join('\n')
}
