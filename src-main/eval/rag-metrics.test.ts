import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { rankOf, retrievalFigures, sourceMatches } from './rag-metrics'
import { readQuestions } from './rag-questions'

const tempDir = useTempDirs()

describe('retrieval figures', () => {
  it('matches a document by its name, a path ending in the source, or its base name', () => {
    expect(sourceMatches('zh/acute-appendicitis.md', 'zh/acute-appendicitis.md')).toBe(true)
    expect(sourceMatches('starter/zh/acute-appendicitis.md', 'zh/acute-appendicitis.md')).toBe(true)
    expect(sourceMatches('zh/acute-appendicitis.md', 'acute-appendicitis.md')).toBe(true)
    expect(sourceMatches('en/acute-appendicitis.md', 'zh/acute-appendicitis.md')).toBe(false)
    expect(sourceMatches('zh/not-acute-appendicitis.md', 'acute-appendicitis.md')).toBe(false)
  })

  it('ranks the first passage from the expected document, within the top 10', () => {
    expect(rankOf(['b.md', 'a.md', 'a.md'], 'a.md')).toBe(2)
    expect(rankOf([...Array<string>(10).fill('b.md'), 'a.md'], 'a.md')).toBeNull()
    expect(rankOf([], 'a.md')).toBeNull()
  })

  it('computes recall@1, recall@5 and MRR, a miss counting zero', () => {
    expect(retrievalFigures([1, 2, null, 6])).toEqual({ questions: 4, recallAt1: 0.25, recallAt5: 0.5, mrr: (1 + 1 / 2 + 0 + 1 / 6) / 4 })
  })
})

describe('question files', () => {
  it('skips blank lines and names the line of a malformed one', () => {
    const dir = tempDir()
    const file = join(dir, 'questions.jsonl')
    writeFileSync(file, '{"question": "胸痛？", "expected_source": "zh/acs.md", "lang": "zh"}\n\n{"question": "Chest pain?", "expected_source": "en/acs.md"}\n')
    expect(readQuestions(file)).toEqual([
      { line: 1, question: '胸痛？', expected_source: 'zh/acs.md', lang: 'zh' },
      { line: 3, question: 'Chest pain?', expected_source: 'en/acs.md', lang: null }
    ])
    writeFileSync(file, '{"question": "胸痛？", "expected_source": "zh/acs.md"}\n["a list"]\n')
    expect(() => readQuestions(file)).toThrow(/line 2: not a JSON object/)
    writeFileSync(file, '{"question": "胸痛？"}\n')
    expect(() => readQuestions(file)).toThrow(expect.objectContaining({ code: 'EVAL_QUESTIONS_INVALID', message: expect.stringContaining('line 1: "expected_source" is missing') }))
  })
})
