import { readFileSync } from 'node:fs'
import { AppError } from '../core/errors'

/** One line of a retrieval question file: what is asked, and the document that answers it. */
export interface RagQuestion {
  /** 1-based line in the file, so a figure can be traced back to its question. */
  line: number
  question: string
  expected_source: string
  lang: string | null
}

export class QuestionsInvalidError extends AppError<{ file: string; line: number }> {
  constructor(file: string, line: number, problem: string) {
    super('EVAL_QUESTIONS_INVALID', `${file} line ${line}: ${problem}. Each line is {"question": "…", "expected_source": "zh/file.md", "lang": "zh"} (lang optional).`, { file, line })
  }
}

/** Reads a JSONL question file; blank lines are skipped, anything else malformed stops with its line number. */
export function readQuestions(file: string): RagQuestion[] {
  const questions: RagQuestion[] = []
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((text, at) => {
      const line = at + 1
      if (text.trim() === '') return
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (error) {
        throw new QuestionsInvalidError(file, line, `not JSON (${error instanceof Error ? error.message : String(error)})`)
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new QuestionsInvalidError(file, line, 'not a JSON object')
      const record = value as Record<string, unknown>
      if (typeof record.question !== 'string' || record.question.trim() === '') throw new QuestionsInvalidError(file, line, '"question" is missing or not a string')
      if (typeof record.expected_source !== 'string' || record.expected_source.trim() === '') throw new QuestionsInvalidError(file, line, '"expected_source" is missing or not a string')
      if (record.lang !== undefined && typeof record.lang !== 'string') throw new QuestionsInvalidError(file, line, '"lang" is not a string')
      questions.push({ line, question: record.question, expected_source: record.expected_source, lang: record.lang ?? null })
    })
  if (questions.length === 0) throw new QuestionsInvalidError(file, 1, 'the file has no questions')
  return questions
}
