import { describe, expect, it } from 'vitest'
import { percentile, summarize } from './serve-metrics'

describe('serve metrics (vllm bench serve names)', () => {
  it('interpolates percentiles like numpy', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5)
    expect(percentile([10, 20, 30, 40, 50], 99)).toBeCloseTo(49.6)
    expect(percentile([], 50)).toBe(0)
  })

  it('computes TPOT as (latency − TTFT)/(tokens − 1), throughputs over the duration, and counts failures apart', () => {
    const summary = summarize(
      [
        { ok: true, inputTokens: 10, outputTokens: 11, ttftMs: 100, e2elMs: 600, itlMs: [40, 60] },
        { ok: true, inputTokens: 20, outputTokens: 5, ttftMs: 200, e2elMs: 400, itlMs: [50] },
        { ok: false, inputTokens: 0, outputTokens: 0, ttftMs: null, e2elMs: 5, itlMs: [] }
      ],
      2000
    )
    expect(summary).toMatchObject({ completed: 2, failed: 1, duration: 2, total_input_tokens: 30, total_output_tokens: 16, output_throughput: 8, request_throughput: 1, total_token_throughput: 23 })
    expect(summary.mean_tpot_ms).toBe((50 + 50) / 2)
    expect(summary.mean_ttft_ms).toBe(150)
    expect(summary.median_itl_ms).toBe(50)
    expect(summary.std_e2el_ms).toBe(100)
  })
})
