import type { z } from 'zod'

/** One thing wrong with a value, by its dotted path ("(root)" for the whole). */
export interface SchemaProblem {
  path: string
  message: string
}

export function schemaProblems(error: z.ZodError): SchemaProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }))
}

/** Parses text that should be JSON of a schema (a model's structured output), naming every problem instead of throwing. */
export function parseJsonText<T extends z.ZodType>(text: string, schema: T, options: { notJsonHint?: string } = {}): { ok: true; value: z.output<T> } | { ok: false; problems: SchemaProblem[] } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', message: `not JSON${options.notJsonHint ?? ''}: ${error instanceof Error ? error.message : String(error)}` }] }
  }
  const parsed = schema.safeParse(raw)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: schemaProblems(parsed.error) }
}
