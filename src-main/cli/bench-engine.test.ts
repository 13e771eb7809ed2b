import { describe, expect, it } from 'vitest'
import { runCliAsync } from '../test-support/spawn-cli'
import { useTempDirs } from '../test-support/temp-dir'
import { tinyModels } from '../test-support/tiny-models'

const tempDir = useTempDirs()

describe('cliniclab bench engine', () => {
  it('measures both setups per concurrency level and prints vllm-bench field names as JSON', async () => {
    const tiny = await tinyModels()
    const { status, stdout, stderr } = await runCliAsync(['--data', tempDir(), 'bench', 'engine', '--model', tiny.model, '--cpu', '--concurrency', '1,2', '--requests', '1', '--max-tokens', '8', '--json'])
    expect(stderr).toContain('alternating direct and through the local API')
    expect(status).toBe(0)
    const result = JSON.parse(stdout) as { levels: { concurrency: number; direct: Record<string, number>; api: Record<string, number>; throughput_ratio: number }[]; scaling: { direct: number } }
    expect(result.levels.map((level) => level.concurrency)).toEqual([1, 2])
    for (const level of result.levels) {
      for (const summary of [level.direct, level.api]) {
        expect(summary).toMatchObject({ completed: level.concurrency, failed: 0, total_output_tokens: 8 * level.concurrency })
        expect(summary.median_ttft_ms).toBeGreaterThan(0)
        expect(summary.output_throughput).toBeGreaterThan(0)
        expect(summary).toHaveProperty('p99_itl_ms')
        expect(summary).toHaveProperty('median_tpot_ms')
      }
      expect(level.throughput_ratio).toBeGreaterThan(0)
    }
    expect(result.scaling.direct).toBeGreaterThan(0)
  })

  it('refuses a malformed --concurrency with advice', async () => {
    const { status, stderr } = await runCliAsync(['--data', tempDir(), 'bench', 'engine', '--concurrency', '1,two'])
    expect(status).toBe(1)
    expect(stderr).toMatch(/USAGE: --concurrency takes positive whole numbers/)
  })
})
