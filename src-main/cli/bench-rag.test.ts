import { describe, expect, it } from 'vitest'
import { runCliAsync } from '../test-support/spawn-cli'

describe('cliniclab bench rag', () => {
  it('writes synthetic passages, builds the vector index and times every setup, as JSON', async () => {
    const { status, stdout, stderr } = await runCliAsync(['bench', 'rag', '--rows', '2000', '--dims', '64', '--queries', '20', '--json'])
    expect(stderr).toContain('building the vector index')
    expect(status).toBe(0)
    const result = JSON.parse(stdout) as { rows: number; ingest: Record<string, number>; vector_index: { type: string; build_s: number; recall_at_10_vs_flat: number }; latency: Record<string, Record<string, number>>; target: { met: boolean | null } }
    expect(result.rows).toBe(2000)
    expect(result.ingest.rows_per_s).toBeGreaterThan(0)
    expect(result.vector_index.type).toMatch(/hnsw/i)
    expect(result.vector_index.recall_at_10_vs_flat).toBeGreaterThan(0.5)
    expect(Object.keys(result.latency).sort()).toEqual(['fts', 'hybrid_flat', 'hybrid_indexed', 'hybrid_indexed_sequential', 'vector_flat', 'vector_indexed'])
    for (const summary of Object.values(result.latency)) {
      expect(summary.p50_ms).toBeGreaterThan(0)
      expect(summary.p95_ms).toBeGreaterThanOrEqual(summary.p50_ms!)
    }
    // Too few rows to judge a target set for 100k.
    expect(result.target.met).toBeNull()
  })

  it('refuses a malformed --rows with advice', async () => {
    const { status, stderr } = await runCliAsync(['bench', 'rag', '--rows', 'many'])
    expect(status).toBe(1)
    expect(stderr).toMatch(/USAGE: --rows takes positive whole numbers/)
  })
})
