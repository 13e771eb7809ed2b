import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { KnowledgeStatus, SearchResult } from '../contract/knowledge'
import { writeMarkdownFixture } from '../test-support/kb-fixtures'
import { runCliAsync, startCli } from '../test-support/spawn-cli'
import { useTempDirs } from '../test-support/temp-dir'
import { writeTinyOnnxEmbedder } from '../test-support/tiny-onnx'

const tempDir = useTempDirs()

const chinese = '# 急性冠脉综合征\n\n## 临床表现\n典型表现为胸骨后压榨样疼痛，持续二十分钟以上。可伴大汗、恶心和呼吸困难。\n'

async function kbList(dataDir: string): Promise<Omit<KnowledgeStatus, 'current'>> {
  const { stdout } = await runCliAsync(['--data', dataDir, 'kb', 'list', '--json'])
  return JSON.parse(stdout) as Omit<KnowledgeStatus, 'current'>
}

async function kbSearch(dataDir: string, ...args: string[]): Promise<SearchResult> {
  const { stdout } = await runCliAsync(['--data', dataDir, 'kb', 'search', ...args, '--json'])
  return JSON.parse(stdout) as SearchResult
}

// The knowledge commands with vectors, from the generated tiny ONNX embedder (random weights: mechanics, not ranking quality).
describe('cliniclab kb and eval rag on the tiny ONNX embedder', () => {
  it('sets an ONNX embedder, embeds the collection again, and searches hybrid; a folder that does not load keeps the old choice', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    await runCliAsync(['--data', dataDir, 'kb', 'add', '--collection', 'Cardiology', '--create', writeMarkdownFixture(dir, 'acs.md', chinese)])
    const broken = await runCliAsync(['--data', dataDir, 'kb', 'embedder', 'onnx', dir])
    expect(broken.status).toBe(1)
    expect(broken.stderr).toContain('EMBEDDER_MODEL_INVALID')
    expect((await runCliAsync(['--data', dataDir, 'kb', 'embedder'])).stdout).toContain('none')

    const model = await writeTinyOnnxEmbedder(join(dir, 'tiny'), { dimensions: 32 })
    const set = await runCliAsync(['--data', dataDir, 'kb', 'embedder', 'onnx', model])
    expect(set.status).toBe(0)
    expect(set.stdout).toContain(`Embedder: onnx:${model} (ready, 32 dimensions)`)
    expect(set.stdout).toContain('Embedded 1 document(s) again.')
    const hybrid = await kbSearch(dataDir, '胸痛出汗', '--mode', 'hybrid', '--collection', 'Cardiology')
    expect(hybrid).toMatchObject({ mode: 'hybrid', note: null })
    expect(hybrid.hits[0]).toMatchObject({ documentName: 'acs.md', heading: '急性冠脉综合征 › 临床表现', ftsRank: 1, vectorRank: expect.any(Number) })
  }, 60_000)

  it('stops on Ctrl-C with the document part-indexed, and the same command resumes it', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    await runCliAsync(['--data', dataDir, 'kb', 'embedder', 'onnx', await writeTinyOnnxEmbedder(join(dir, 'tiny'), { dimensions: 32 })])
    const sections = Array.from({ length: 3000 }, (_, at) => `## 第${at + 1}节\n\n第${at + 1}节讲述胸痛的鉴别诊断要点。`).join('\n\n')
    const file = writeMarkdownFixture(dir, 'long.md', `# 胸痛\n\n${sections}`)
    const run = startCli(['--data', dataDir, 'kb', 'add', file])
    await vi.waitFor(() => expect(run.stderr()).toContain('passages'), { timeout: 15_000, interval: 20 })
    run.child.kill('SIGINT')
    const stopped = await run.done
    expect(stopped.status).toBe(1)
    expect(stopped.stderr).toContain('KB_INDEXING_STOPPED')
    expect((await kbList(dataDir)).documents).toEqual([expect.objectContaining({ name: 'long.md', state: expect.stringMatching(/^(indexing|queued)$/) })])

    const resumed = await runCliAsync(['--data', dataDir, 'kb', 'add', file])
    expect(resumed.stderr).toContain('long.md was left part-indexed by an earlier run; resuming it.')
    expect(resumed.status).toBe(0)
    expect(resumed.stdout).toContain('long.md: 3000 passage(s)')
  }, 60_000)

  it('eval rag --embedder-onnx tiny generates the random-weight test model, says so, and adds vector and hybrid figures', async () => {
    const dir = tempDir()
    writeMarkdownFixture(dir, 'acs.md', chinese)
    const file = join(dir, 'questions.jsonl')
    writeFileSync(file, `${JSON.stringify({ question: '胸痛出汗', expected_source: 'acs.md', lang: 'zh' })}\n`)
    const out = join(dir, 'rag.json')
    const { status, stdout, stderr } = await runCliAsync(['eval', 'rag', '--kb', dir, '--questions', file, '--embedder-onnx', 'tiny', '--json', out])
    expect(stderr).toContain('generating the random-weight test embedding model')
    expect(status).toBe(0)
    expect(stdout).toContain('RANDOM-WEIGHT TEST MODEL')
    const report = JSON.parse(readFileSync(out, 'utf8')) as { embedder: { testModel: boolean }; summary: Record<string, { all: { questions: number; recallAt5: number } }>; skipped: unknown[] }
    expect(report.embedder.testModel).toBe(true)
    expect(report.skipped).toEqual([])
    expect(Object.keys(report.summary)).toEqual(['fts', 'vector', 'hybrid'])
    // One document: every mode must find it.
    for (const mode of ['fts', 'vector', 'hybrid']) expect(report.summary[mode]!.all).toMatchObject({ questions: 1, recallAt5: 1 })
  })
})
