/** What the Models view shows from vLLM's Prometheus /metrics. */
export interface VllmMetrics {
  running: number | null
  waiting: number | null
  /** 0–1. */
  kvCacheUsage: number | null
  promptTokens: number | null
  generationTokens: number | null
  meanTtftMs: number | null
  meanItlMs: number | null
}

/** Metric names changed across vLLM versions; both spellings are read. */
const names = {
  running: ['vllm:num_requests_running'],
  waiting: ['vllm:num_requests_waiting'],
  kvCacheUsage: ['vllm:kv_cache_usage_perc', 'vllm:gpu_cache_usage_perc'],
  promptTokens: ['vllm:prompt_tokens_total'],
  generationTokens: ['vllm:generation_tokens_total'],
  ttft: ['vllm:time_to_first_token_seconds'],
  itl: ['vllm:inter_token_latency_seconds', 'vllm:time_per_output_token_seconds']
}

/** Sums every sample of a metric (over labels such as model_name). */
function total(samples: Map<string, number>, metric: readonly string[]): number | null {
  for (const name of metric) {
    if (samples.has(name)) return samples.get(name)!
  }
  return null
}

export function parseVllmMetrics(text: string): VllmMetrics {
  const samples = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue
    const match = /^([a-zA-Z_:][\w:]*)(?:\{[^}]*\})?\s+(\S+)/.exec(line)
    if (!match) continue
    const value = Number(match[2])
    if (!Number.isFinite(value)) continue
    samples.set(match[1]!, (samples.get(match[1]!) ?? 0) + value)
  }
  const mean = (metric: readonly string[]): number | null => {
    for (const name of metric) {
      const sum = samples.get(`${name}_sum`)
      const count = samples.get(`${name}_count`)
      if (sum !== undefined && count !== undefined) return count > 0 ? (sum / count) * 1000 : null
    }
    return null
  }
  return {
    running: total(samples, names.running),
    waiting: total(samples, names.waiting),
    kvCacheUsage: total(samples, names.kvCacheUsage),
    promptTokens: total(samples, names.promptTokens),
    generationTokens: total(samples, names.generationTokens),
    meanTtftMs: mean(names.ttft),
    meanItlMs: mean(names.itl)
  }
}
