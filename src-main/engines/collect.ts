import { z } from 'zod'
import { AppError } from '../core/errors'
import { parseJsonText } from '../core/schema-problems'
import type { ChatPart, ChatRequest, FinishReason, InferenceEngine, ModelRef, Timing } from './engine-types'

export interface Collected {
  text: string
  reasoning: string
  reason: FinishReason
  timing: Timing
  error?: string
}

/** Reads a chat stream to its end. */
export async function collect(parts: AsyncIterable<ChatPart>): Promise<Collected> {
  let text = ''
  let reasoning = ''
  for await (const part of parts) {
    if (part.type === 'text-delta') text += part.text
    if (part.type === 'reasoning-delta') reasoning += part.text
    if (part.type === 'finish') return { text, reasoning, reason: part.reason, timing: part.timing, ...(part.error ? { error: part.error } : {}) }
  }
  throw new Error('the engine ended a chat without a finish part')
}

export class StructuredOutputError extends AppError<{ problems: { path: string; message: string }[]; text: string }> {
  constructor(problems: { path: string; message: string }[], text: string) {
    super('STRUCTURED_OUTPUT_INVALID', `The model's JSON did not match its schema: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`, { problems, text })
  }
}

export class EngineCallError extends AppError<{ reason: FinishReason }> {
  constructor(reason: FinishReason, message: string) {
    super(reason === 'aborted' ? 'ENGINE_ABORTED' : 'ENGINE_FAILED', message, { reason })
  }
}

/**
 * Structured output: the engine is asked for the schema's JSON (constrained
 * where it can be), and what arrives is validated again with zod, since no
 * constraint is trusted on its own.
 */
export async function completeJson<T extends z.ZodType>(engine: InferenceEngine, model: ModelRef, request: Omit<ChatRequest, 'jsonSchema'>, schema: T, name: string): Promise<{ value: z.output<T>; timing: Timing }> {
  const result = await collect(engine.chat(model, { ...request, jsonSchema: { name, schema: z.toJSONSchema(schema) as Record<string, unknown> } }))
  if (result.reason === 'aborted' || result.reason === 'error') throw new EngineCallError(result.reason, result.error ?? `the call ended: ${result.reason}`)
  const parsed = parseJsonText(result.text, schema, result.reason === 'length' ? { notJsonHint: ' (cut off at the token limit)' } : {})
  if (!parsed.ok) throw new StructuredOutputError(parsed.problems, result.text)
  return { value: parsed.value, timing: result.timing }
}
