import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCliAsync } from '../test-support/spawn-cli'
import { useTempDirs } from '../test-support/temp-dir'

const tempDir = useTempDirs()

/**
 * Three notes where full text ranks deterministically: "wheeze" is four times
 * in alpha's two short sentences and once in beta's long one, so BM25 puts
 * alpha first and beta second.
 */
function knowledgeFolder(dir: string): string {
  const kb = join(dir, 'kb')
  mkdirSync(join(kb, 'en'), { recursive: true })
  mkdirSync(join(kb, 'zh'))
  writeFileSync(join(kb, 'README.md'), '# About these notes\n\nwheeze wheeze wheeze wheeze wheeze\n')
  writeFileSync(join(kb, 'en', 'alpha.md'), '# Alpha\n\nThe wheeze is loud. Wheeze wheeze wheeze.\n')
  writeFileSync(join(kb, 'en', 'beta.md'), '# Beta\n\nA faint wheeze was heard among many other findings such as crackles, murmurs, rubs, bruits and gallops on examination today.\n')
  writeFileSync(join(kb, 'zh', 'gamma.md'), '# 丙\n\n患者突发胸痛，伴大汗。\n')
  return kb
}

const questions = [
  { question: 'wheeze', expected_source: 'en/alpha.md', lang: 'en' },
  // The base name is enough; this one comes second.
  { question: 'wheeze', expected_source: 'beta.md', lang: 'en' },
  { question: 'xylophone quartz', expected_source: 'en/beta.md', lang: 'en' },
  { question: '胸痛大汗', expected_source: 'zh/gamma.md', lang: 'zh' }
]

describe('cliniclab eval rag', () => {
  it('ranks each expected document and computes recall@1, recall@5 and MRR per mode and language, full text only without an embedder', async () => {
    const dir = tempDir()
    const kb = knowledgeFolder(dir)
    const file = join(dir, 'questions.jsonl')
    writeFileSync(file, `${questions.map((line) => JSON.stringify(line)).join('\n')}\n`)
    const out = join(dir, 'rag.json')
    const { status, stdout, stderr } = await runCliAsync(['eval', 'rag', '--kb', kb, '--questions', file, '--json', out])
    expect(stderr).not.toContain('cliniclab:')
    expect(status).toBe(0)
    expect(stdout).toMatch(/vector\s+skipped: no embedder/)
    expect(stdout).toMatch(/hybrid\s+skipped: no embedder/)
    const report = JSON.parse(readFileSync(out, 'utf8')) as { documents: number; summary: Record<string, Record<string, unknown>>; questions: { ranks: { fts: number | null } }[]; skipped: { mode: string }[] }
    // README.md is not a note.
    expect(report.documents).toBe(3)
    expect(report.questions.map((item) => item.ranks.fts)).toEqual([1, 2, null, 1])
    expect(report.summary.fts).toEqual({
      all: { questions: 4, recallAt1: 0.5, recallAt5: 0.75, mrr: 0.625 },
      en: { questions: 3, recallAt1: 1 / 3, recallAt5: 2 / 3, mrr: 0.5 },
      zh: { questions: 1, recallAt1: 1, recallAt5: 1, mrr: 1 }
    })
    expect(report.summary.vector).toBeUndefined()
    expect(report.skipped.map((entry) => entry.mode)).toEqual(['vector', 'hybrid'])
  })

  it('stops at a malformed question line, naming it', async () => {
    const dir = tempDir()
    const file = join(dir, 'questions.jsonl')
    writeFileSync(file, `${JSON.stringify(questions[0])}\n{"question": "wheeze",\n`)
    const { status, stderr } = await runCliAsync(['eval', 'rag', '--kb', knowledgeFolder(dir), '--questions', file])
    expect(status).toBe(1)
    expect(stderr).toMatch(/cliniclab: EVAL_QUESTIONS_INVALID: .*questions\.jsonl line 2: not JSON/)
  })
})
