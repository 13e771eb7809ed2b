/**
 * Per-request measurements and their summary under the field names of
 * `vllm bench serve`, so figures from ClinicLab and from vLLM read the same.
 * TPOT = (latency − TTFT) / (output tokens − 1); ITL = the gaps between
 * streamed chunks.
 */
export interface RequestSample {
  ok: boolean
  inputTokens: number
  outputTokens: number
  ttftMs: number | null
  e2elMs: number
  /** Gaps between consecutive streamed chunks, in ms. */
  itlMs: number[]
}

export interface ServeSummary {
  completed: number
  failed: number
  duration: number
  total_input_tokens: number
  total_output_tokens: number
  request_throughput: number
  output_throughput: number
  total_token_throughput: number
  mean_ttft_ms: number
  median_ttft_ms: number
  std_ttft_ms: number
  p99_ttft_ms: number
  mean_tpot_ms: number
  median_tpot_ms: number
  std_tpot_ms: number
  p99_tpot_ms: number
  mean_itl_ms: number
  median_itl_ms: number
  std_itl_ms: number
  p99_itl_ms: number
  mean_e2el_ms: number
  median_e2el_ms: number
  std_e2el_ms: number
  p99_e2el_ms: number
}

/** Linear-interpolated percentile (numpy's default), as vllm bench reports it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low)
}

function stats(values: readonly number[]): { mean: number; median: number; std: number; p99: number } {
  if (values.length === 0) return { mean: 0, median: 0, std: 0, p99: 0 }
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length
  const std = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length)
  return { mean, median: percentile(values, 50), std, p99: percentile(values, 99) }
}

export function summarize(samples: readonly RequestSample[], durationMs: number): ServeSummary {
  const done = samples.filter((sample) => sample.ok)
  const seconds = durationMs / 1000
  const input = done.reduce((sum, sample) => sum + sample.inputTokens, 0)
  const output = done.reduce((sum, sample) => sum + sample.outputTokens, 0)
  const ttft = stats(done.flatMap((sample) => (sample.ttftMs === null ? [] : [sample.ttftMs])))
  const tpot = stats(done.filter((sample) => sample.outputTokens > 1 && sample.ttftMs !== null).map((sample) => (sample.e2elMs - sample.ttftMs!) / (sample.outputTokens - 1)))
  const itl = stats(done.flatMap((sample) => sample.itlMs))
  const e2el = stats(done.map((sample) => sample.e2elMs))
  return {
    completed: done.length,
    failed: samples.length - done.length,
    duration: seconds,
    total_input_tokens: input,
    total_output_tokens: output,
    request_throughput: done.length / seconds,
    output_throughput: output / seconds,
    total_token_throughput: (input + output) / seconds,
    mean_ttft_ms: ttft.mean,
    median_ttft_ms: ttft.median,
    std_ttft_ms: ttft.std,
    p99_ttft_ms: ttft.p99,
    mean_tpot_ms: tpot.mean,
    median_tpot_ms: tpot.median,
    std_tpot_ms: tpot.std,
    p99_tpot_ms: tpot.p99,
    mean_itl_ms: itl.mean,
    median_itl_ms: itl.median,
    std_itl_ms: itl.std,
    p99_itl_ms: itl.p99,
    mean_e2el_ms: e2el.mean,
    median_e2el_ms: e2el.median,
    std_e2el_ms: e2el.std,
    p99_e2el_ms: e2el.p99
  }
}
